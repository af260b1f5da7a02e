#include "statementbuilder.h"

#include "addressformat.h"
#include "dateformat.h"
#include "translations.h"

StatementBuilder::StatementBuilder(CompanyProfile company, UiLanguage language)
    : m_company(std::move(company))
    , m_language(language)
    , m_locale(Translations::locale(language))
{
}

ReportDocument StatementBuilder::build(const StatementData &data) const
{
    ReportDocument document;
    document.companyName = m_company.displayName();
    document.title = tr("Customer statement");
    document.headerLines
        << tr("%1 %2", "customer code and company name")
               .arg(data.customer.code, data.customer.companyName)
        << tr("Period: %1 – %2")
               .arg(formatDate(data.from, m_locale), formatDate(data.to, m_locale))
        << tr("Currency: %1").arg(data.customer.currency);
    document.printedAt = QDateTime::currentDateTime();
    document.language = m_language;
    document.orientation = ReportDocument::Orientation::Automatic;

    document.addFields(customerFields(data));
    document.addSpacer();
    document.addFields(balanceFields(data));
    document.addHeading(tr("Movements"));
    if (data.entries.isEmpty())
        document.addParagraph(tr("No movements in this period."));
    document.addTable(entryTable(data));
    return document;
}

QList<ReportField> StatementBuilder::customerFields(const StatementData &data) const
{
    const ReportCustomer &customer = data.customer;
    QList<ReportField> fields;
    fields << ReportField{tr("Customer"), customer.companyName};
    fields << ReportField{tr("Customer code"), customer.code};
    if (!customer.contactName.isEmpty()) {
        const QString contact = customer.contactTitle.isEmpty()
            ? customer.contactName
            : tr("%1 (%2)", "contact name and title").arg(customer.contactName,
                                                          customer.contactTitle);
        fields << ReportField{tr("Contact"), contact};
    }
    const QStringList address = customer.addressLines();
    if (!address.isEmpty())
        fields << ReportField{tr("Address"), joinAddressParts(address)};
    if (!customer.phone.isEmpty())
        fields << ReportField{tr("Phone"), customer.phone};
    return fields;
}

// Credits are shown as positive amounts, as the Credit column shows them.
QList<ReportField> StatementBuilder::balanceFields(const StatementData &data) const
{
    const Money credits = data.creditTotal();
    return {
        ReportField{tr("Opening balance on %1").arg(formatDate(data.from, m_locale)),
                    data.opening.format(m_locale)},
        ReportField{tr("Bills, charges and reversed payments"), data.debits.format(m_locale)},
        ReportField{tr("Voids and payments"), credits.format(m_locale)},
        ReportField{tr("Closing balance on %1").arg(formatDate(data.to, m_locale)),
                    data.closing.format(m_locale)},
    };
}

ReportTable StatementBuilder::entryTable(const StatementData &data) const
{
    ReportTable table;
    table.columns << ReportColumn{tr("Date")} << ReportColumn{tr("Type")}
                  << ReportColumn{tr("Reference")}
                  << ReportColumn{tr("Description"), Qt::AlignLeft, 1, true}
                  << ReportColumn{tr("Debit"), Qt::AlignRight}
                  << ReportColumn{tr("Credit"), Qt::AlignRight}
                  << ReportColumn{tr("Balance"), Qt::AlignRight};

    table.rows << ReportRow{ReportRow::Kind::Detail,
                            {formatDate(data.from, m_locale), QString(), QString(),
                             tr("Opening balance"), QString(), QString(),
                             data.opening.format(m_locale)}};
    // Credits are shown as positive amounts in their own column.
    for (const StatementEntry &entry : data.entries) {
        const Money magnitude(qAbs(entry.amount.minorUnits()), entry.amount.currency());
        const QString amount = magnitude.format(m_locale);
        table.rows << ReportRow{ReportRow::Kind::Detail,
                                {formatDate(entry.date, m_locale), kindLabel(entry.kind),
                                 reference(entry), description(entry),
                                 entry.amount.isNegative() ? QString() : amount,
                                 entry.amount.isNegative() ? amount : QString(),
                                 entry.balance.format(m_locale)}};
    }

    const Money credits = data.creditTotal();
    table.rows << ReportRow{ReportRow::Kind::Total,
                            {formatDate(data.to, m_locale), QString(), QString(),
                             tr("Closing balance"), data.debits.format(m_locale),
                             credits.format(m_locale), data.closing.format(m_locale)}};
    return table;
}

QString StatementBuilder::kindLabel(StatementEntry::Kind kind)
{
    switch (kind) {
    case StatementEntry::Kind::Bill:
        return tr("Bill");
    case StatementEntry::Kind::Charge:
        return tr("Charge");
    case StatementEntry::Kind::Void:
        return tr("Void");
    case StatementEntry::Kind::Payment:
        return tr("Payment");
    case StatementEntry::Kind::PaymentReversal:
        break;
    }
    return tr("Payment reversed");
}

QString StatementBuilder::reference(const StatementEntry &entry) const
{
    switch (entry.kind) {
    case StatementEntry::Kind::Bill:
        return entry.billNo;
    case StatementEntry::Kind::Charge:
    case StatementEntry::Kind::Void:
        return tr("No. %1", "charge number").arg(entry.chargeId);
    case StatementEntry::Kind::Payment:
    case StatementEntry::Kind::PaymentReversal:
        break;
    }
    return entry.reference.isEmpty() ? tr("No. %1", "payment number").arg(entry.paymentId)
                                     : entry.reference;
}

QString StatementBuilder::description(const StatementEntry &entry) const
{
    QStringList parts;
    switch (entry.kind) {
    case StatementEntry::Kind::Bill:
        parts << tr("Bill %1 issued").arg(entry.billNo);
        break;
    case StatementEntry::Kind::Charge:
        parts << entry.feeTypeLabel << entry.reasonLabel;
        if (!entry.billNo.isEmpty())
            parts << tr("on bill %1").arg(entry.billNo);
        if (!entry.note.isEmpty())
            parts << entry.note;
        break;
    case StatementEntry::Kind::Void:
        parts << tr("Charge %1 (%2) voided").arg(entry.chargeId).arg(entry.feeTypeLabel);
        if (!entry.voidReason.isEmpty())
            parts << tr("reason: %1").arg(entry.voidReason);
        break;
    case StatementEntry::Kind::Payment:
        parts << entry.paymentMethodLabel;
        if (entry.installmentSeq > 0)
            parts << tr("for installment %1 of charge %2").arg(entry.installmentSeq)
                         .arg(entry.chargeId);
        else if (entry.chargeId > 0)
            parts << tr("for charge %1").arg(entry.chargeId);
        else if (!entry.billNo.isEmpty())
            parts << tr("for bill %1").arg(entry.billNo);
        break;
    case StatementEntry::Kind::PaymentReversal:
        parts << tr("Payment %1 reversed").arg(entry.paymentId);
        if (!entry.reverseReason.isEmpty())
            parts << tr("reason: %1").arg(entry.reverseReason);
        break;
    }
    return parts.join(tr("; ", "separator between the parts of a description"));
}
