#include "agingreportbuilder.h"

#include "dateformat.h"
#include "translations.h"

AgingReportBuilder::AgingReportBuilder(CompanyProfile company, UiLanguage language)
    : m_company(std::move(company))
    , m_language(language)
    , m_locale(Translations::locale(language))
{
}

ReportDocument AgingReportBuilder::build(const AgingData &data,
                                         const QStringList &filterLines) const
{
    ReportDocument document;
    document.companyName = m_company.displayName();
    document.title = tr("Aged receivables");
    document.headerLines << tr("As of %1").arg(formatDate(data.asOf, m_locale)) << filterLines;
    document.printedAt = QDateTime::currentDateTime();
    document.language = m_language;
    document.orientation = ReportDocument::Orientation::Automatic;

    document.addParagraph(tr("Open amounts of bills, posted charges without an installment "
                             "plan, and installments, each aged by the days from its due date "
                             "to %1. The amounts are those open when the report was printed.")
                              .arg(formatDate(data.asOf, m_locale)));
    if (data.rows.isEmpty()) {
        document.addParagraph(tr("No customer has an open amount."));
        return document;
    }

    document.addFields(summaryFields(data));
    for (const QString &currency : data.currencies()) {
        document.addHeading(tr("Open amounts in %1").arg(currency));
        document.addTable(currencyTable(data, currency));
    }
    return document;
}

QString AgingReportBuilder::bucketTitle(AgingBucket bucket)
{
    switch (bucket) {
    case AgingBucket::NotDue:
        return tr("Not yet due");
    case AgingBucket::Days1To30:
        return tr("1–30 days");
    case AgingBucket::Days31To60:
        return tr("31–60 days");
    case AgingBucket::Days61To90:
        return tr("61–90 days");
    case AgingBucket::Over90:
        break;
    }
    return tr("Over 90 days");
}

QString AgingReportBuilder::customersLine(const QStringList &customers, const QLocale &locale)
{
    if (customers.isEmpty())
        return tr("Customers: all");
    return tr("Customers: %1").arg(locale.createSeparatedList(customers));
}

// The overdue part is the total less what is not yet due.
QList<ReportField> AgingReportBuilder::summaryFields(const AgingData &data) const
{
    QList<ReportField> fields;
    for (const AgingRow &total : data.totals) {
        const Money overdue(total.totalMinor - total.bucketMinor[int(AgingBucket::NotDue)],
                            total.currency);
        fields << ReportField{tr("Open in %1").arg(total.currency),
                              tr("%1, of which %2 overdue")
                                  .arg(total.total().format(m_locale),
                                       overdue.format(m_locale))};
    }
    return fields;
}

ReportTable AgingReportBuilder::currencyTable(const AgingData &data,
                                              const QString &currency) const
{
    ReportTable table;
    table.columns << ReportColumn{tr("Code")}
                  << ReportColumn{tr("Customer"), Qt::AlignLeft, 1, true};
    for (int bucket = 0; bucket < AgingBucketCount; ++bucket)
        table.columns << ReportColumn{bucketTitle(AgingBucket(bucket)), Qt::AlignRight};
    table.columns << ReportColumn{tr("Total"), Qt::AlignRight};

    for (const AgingRow &row : data.rowsIn(currency)) {
        table.rows << ReportRow{ReportRow::Kind::Detail,
                                QStringList{row.customerCode, row.customerName}
                                    + amountCells(row, true)};
    }
    table.rows << ReportRow{ReportRow::Kind::Total,
                            QStringList{QString(), tr("Total %1").arg(currency)}
                                + amountCells(data.totalIn(currency), false)};
    return table;
}

QStringList AgingReportBuilder::amountCells(const AgingRow &row, bool blankZeros) const
{
    QStringList cells;
    for (int bucket = 0; bucket < AgingBucketCount; ++bucket) {
        const Money amount = row.bucket(AgingBucket(bucket));
        cells << (blankZeros && amount.isZero() ? QString() : amount.format(m_locale));
    }
    cells << row.total().format(m_locale);
    return cells;
}
