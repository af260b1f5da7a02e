#include "spendingreportbuilder.h"

#include "translations.h"

SpendingReportBuilder::SpendingReportBuilder(CompanyProfile company, UiLanguage language)
    : m_company(std::move(company))
    , m_language(language)
    , m_locale(Translations::locale(language))
{
}

ReportDocument SpendingReportBuilder::build(const SpendingData &data,
                                            const SpendingChartImages &charts) const
{
    ReportDocument document;
    document.companyName = m_company.displayName();
    document.title = tr("Spending analysis");
    if (data.filter.customerId != 0) {
        document.headerLines << tr("%1 %2", "customer code and company name")
                                    .arg(data.customerCode, data.companyName);
    } else {
        document.headerLines << tr("All customers");
    }
    document.headerLines << tr("Period: %1").arg(data.filter.periodLabel(m_locale))
                         << tr("Currency: %1").arg(data.filter.currency);
    document.printedAt = QDateTime::currentDateTime();
    document.language = m_language;
    document.orientation = ReportDocument::Orientation::Portrait;

    document.addFields(summaryFields(data));
    if (data.isEmpty()) {
        document.addParagraph(tr("No posted charges and no payments of charges in %1 in this "
                                 "period.")
                                  .arg(data.filter.currency));
        return document;
    }

    document.addHeading(tr("Charges and payments by month"));
    document.addImage(charts.monthly);
    document.addTable(monthTable(data));

    document.addHeading(tr("Charges by fee type"));
    document.addImage(charts.feeTypes);
    document.addTable(sliceTable(data, data.feeTypes, tr("Fee type")));

    document.addHeading(tr("Charges by reason"));
    document.addImage(charts.reasons);
    document.addTable(sliceTable(data, data.reasons, tr("Reason")));

    if (data.filter.customerId == 0) {
        document.addHeading(tr("Top %n customers by charges", nullptr,
                               int(data.topCustomers.size())));
        document.addImage(charts.topCustomers);
        document.addTable(customerTable(data));
    }
    return document;
}

QList<ReportField> SpendingReportBuilder::summaryFields(const SpendingData &data) const
{
    const SpendingShare &share = data.billingErrorShare;
    const Money billingErrors(share.part(), data.filter.currency);
    return {
        ReportField{tr("Posted charges"),
                    tr("%1 (%n charges)", nullptr, data.chargeCount)
                        .arg(data.chargesTotal.format(m_locale))},
        ReportField{tr("Payments of charges"),
                    tr("%1 (%n payments)", nullptr, data.paymentCount)
                        .arg(data.paymentsTotal.format(m_locale))},
        ReportField{tr("Billing-error share"),
                    tr("%1 (%2 of %3; %n charges)", nullptr, data.billingErrorCount)
                        .arg(share.format(m_locale), billingErrors.format(m_locale),
                             data.chargesTotal.format(m_locale))},
    };
}

ReportTable SpendingReportBuilder::monthTable(const SpendingData &data) const
{
    ReportTable table;
    table.columns << ReportColumn{tr("Month"), Qt::AlignLeft, 1}
                  << ReportColumn{tr("Charges"), Qt::AlignRight}
                  << ReportColumn{tr("Charge amount"), Qt::AlignRight}
                  << ReportColumn{tr("Payments"), Qt::AlignRight}
                  << ReportColumn{tr("Payment amount"), Qt::AlignRight};
    for (const SpendingMonth &month : data.months) {
        table.rows << ReportRow{ReportRow::Kind::Detail,
                                {SpendingFilter::monthLabel(month.month, m_locale),
                                 m_locale.toString(month.chargeCount),
                                 month.charges.format(m_locale),
                                 m_locale.toString(month.paymentCount),
                                 month.payments.format(m_locale)}};
    }
    table.rows << ReportRow{ReportRow::Kind::Total,
                            {tr("Total"), m_locale.toString(data.chargeCount),
                             data.chargesTotal.format(m_locale),
                             m_locale.toString(data.paymentCount),
                             data.paymentsTotal.format(m_locale)}};
    return table;
}

ReportTable SpendingReportBuilder::sliceTable(const SpendingData &data,
                                              const QList<SpendingSlice> &slices,
                                              const QString &title) const
{
    ReportTable table;
    table.columns << ReportColumn{title, Qt::AlignLeft, 1, true}
                  << ReportColumn{tr("Charges"), Qt::AlignRight}
                  << ReportColumn{tr("Amount"), Qt::AlignRight}
                  << ReportColumn{tr("Share"), Qt::AlignRight};
    table.emptyText = tr("No posted charges in this period.");
    for (const SpendingSlice &slice : slices) {
        table.rows << ReportRow{ReportRow::Kind::Detail,
                                {slice.label, m_locale.toString(slice.chargeCount),
                                 slice.amount.format(m_locale),
                                 data.shareOfCharges(slice.amount).format(m_locale)}};
    }
    if (!slices.isEmpty()) {
        table.rows << ReportRow{ReportRow::Kind::Total,
                                {tr("Total"), m_locale.toString(data.chargeCount),
                                 data.chargesTotal.format(m_locale),
                                 data.shareOfCharges(data.chargesTotal).format(m_locale)}};
    }
    return table;
}

ReportTable SpendingReportBuilder::customerTable(const SpendingData &data) const
{
    ReportTable table;
    table.columns << ReportColumn{tr("Rank"), Qt::AlignRight}
                  << ReportColumn{tr("Code")}
                  << ReportColumn{tr("Customer"), Qt::AlignLeft, 1, true}
                  << ReportColumn{tr("Charges"), Qt::AlignRight}
                  << ReportColumn{tr("Amount"), Qt::AlignRight}
                  << ReportColumn{tr("Share"), Qt::AlignRight};
    table.emptyText = tr("No posted charges in this period.");
    int rank = 0;
    for (const SpendingCustomer &customer : data.topCustomers) {
        table.rows << ReportRow{ReportRow::Kind::Detail,
                                {m_locale.toString(++rank), customer.code,
                                 customer.companyName, m_locale.toString(customer.chargeCount),
                                 customer.amount.format(m_locale),
                                 data.shareOfCharges(customer.amount).format(m_locale)}};
    }
    return table;
}
