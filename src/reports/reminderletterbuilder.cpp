#include "reminderletterbuilder.h"

#include "addressformat.h"
#include "dateformat.h"
#include "translations.h"

ReminderLetterBuilder::ReminderLetterBuilder(CompanyProfile company, UiLanguage language)
    : m_company(std::move(company))
    , m_language(language)
    , m_locale(Translations::locale(language))
{
}

ReportDocument ReminderLetterBuilder::build(const QList<ReminderLetter> &letters) const
{
    ReportDocument document;
    document.companyName = m_company.displayName();
    document.title = tr("Payment reminder");
    document.printedAt = QDateTime::currentDateTime();
    document.language = m_language;
    document.orientation = ReportDocument::Orientation::Portrait;

    for (qsizetype i = 0; i < letters.size(); ++i) {
        if (i > 0)
            document.addSectionBreak();
        addLetter(document, letters.at(i));
    }
    return document;
}

QString ReminderLetterBuilder::description(const OpenItem &item, const QLocale &locale)
{
    switch (item.kind) {
    case OpenItem::Kind::Bill:
        return tr("Bill issued %1").arg(formatDate(item.billIssueDate, locale));
    case OpenItem::Kind::Charge:
        if (item.billNo.isEmpty())
            return item.feeTypeLabel;
        return tr("%1, on bill %2", "fee type and bill number").arg(item.feeTypeLabel,
                                                                    item.billNo);
    case OpenItem::Kind::Installment:
        break;
    }
    return tr("%1, installment %2 of %3", "fee type, installment number and count")
        .arg(item.feeTypeLabel)
        .arg(item.installmentSeq)
        .arg(item.installmentCount);
}

QString ReminderLetterBuilder::reference(const OpenItem &item)
{
    if (item.kind == OpenItem::Kind::Bill)
        return item.billNo;
    return tr("No. %1", "charge number").arg(item.chargeId);
}

void ReminderLetterBuilder::addLetter(ReportDocument &document,
                                      const ReminderLetter &letter) const
{
    const ReportCustomer &customer = letter.customer;

    document.addHeading(tr("Payment reminder"));
    document.addFields(recipientFields(customer));
    document.addSpacer();
    document.addFields(senderFields(letter));

    document.addSpacer();
    const QString addressee = customer.contactName.trimmed().isEmpty()
                                  ? customer.companyName
                                  : customer.contactName.trimmed();
    document.addParagraph(tr("Dear %1,").arg(addressee));
    document.addParagraph(tr("According to our records, the amounts below on your account %1 "
                             "were due before %2 and have not been paid yet. Perhaps this has "
                             "escaped your attention. We kindly ask you to pay them as soon as "
                             "possible.")
                              .arg(customer.code, formatDate(letter.date, m_locale)));
    if (letter.previousLetterDate.isValid()) {
        document.addParagraph(tr("We last wrote to you about open amounts on %1.")
                                  .arg(formatDate(letter.previousLetterDate, m_locale)));
    }
    document.addTable(itemTable(letter));

    document.addSpacer();
    document.addParagraph(tr("Please pay %1, quoting your customer code %2.")
                              .arg(totalsText(letter), customer.code));
    document.addFields(paymentFields(letter));
    if (!m_company.paymentNote.isEmpty())
        document.addParagraph(m_company.paymentNote);

    document.addSpacer();
    document.addParagraph(tr("If you have paid in the meantime, please disregard this letter "
                             "and accept our thanks."));
    const QString contact = contactSentence();
    if (!contact.isEmpty())
        document.addParagraph(contact);
    document.addSpacer();
    document.addParagraph(tr("Kind regards,"));
    if (!m_company.name.trimmed().isEmpty())
        document.addParagraph(m_company.name.trimmed());
}

QList<ReportField> ReminderLetterBuilder::recipientFields(const ReportCustomer &customer) const
{
    QList<ReportField> fields;
    fields << ReportField{tr("To"), customer.companyName};
    if (!customer.contactName.isEmpty())
        fields << ReportField{tr("Attention"), customer.contactName};
    const QStringList address = customer.addressLines();
    if (!address.isEmpty())
        fields << ReportField{tr("Address"), joinAddressParts(address)};
    if (!customer.phone.isEmpty())
        fields << ReportField{tr("Phone"), customer.phone};
    fields << ReportField{tr("Customer code"), customer.code};
    return fields;
}

// A company name that is not set is left out, because the page header
// prints the placeholder, which names the menu where the name is set.
QList<ReportField> ReminderLetterBuilder::senderFields(const ReminderLetter &letter) const
{
    QList<ReportField> fields;
    const QString name = m_company.name.trimmed();
    if (!name.isEmpty())
        fields << ReportField{tr("From"), name};

    // The address is typed in a multi-line field.
    const QString address
        = joinAddressParts(m_company.address.split(QLatin1Char('\n'), Qt::SkipEmptyParts));
    if (!address.isEmpty())
        fields << ReportField{name.isEmpty() ? tr("From") : tr("Address"), address};
    fields << ReportField{tr("Date"), formatDate(letter.date, m_locale)};
    return fields;
}

ReportTable ReminderLetterBuilder::itemTable(const ReminderLetter &letter) const
{
    ReportTable table;
    table.columns << ReportColumn{tr("Reference")}
                  << ReportColumn{tr("Description"), Qt::AlignLeft, 1, true}
                  << ReportColumn{tr("Due date")}
                  << ReportColumn{tr("Days overdue"), Qt::AlignRight}
                  << ReportColumn{tr("Amount"), Qt::AlignRight}
                  << ReportColumn{tr("Open"), Qt::AlignRight};

    for (const OpenItem &item : letter.items) {
        table.rows << ReportRow{ReportRow::Kind::Detail,
                                {reference(item), description(item, m_locale),
                                 formatDate(item.dueDate, m_locale),
                                 m_locale.toString(item.daysPastDue(letter.date)),
                                 item.amount.format(m_locale), item.open.format(m_locale)}};
    }
    for (const Money &total : letter.totals) {
        table.rows << ReportRow{ReportRow::Kind::Total,
                                {QString(), tr("Total overdue %1").arg(total.currency()),
                                 QString(), QString(), QString(), total.format(m_locale)}};
    }
    return table;
}

QList<ReportField> ReminderLetterBuilder::paymentFields(const ReminderLetter &letter) const
{
    QList<ReportField> fields;
    if (!m_company.name.trimmed().isEmpty())
        fields << ReportField{tr("Pay to"), m_company.name.trimmed()};
    if (!m_company.bankName.isEmpty())
        fields << ReportField{tr("Bank"), m_company.bankName};
    if (!m_company.bankAccount.isEmpty())
        fields << ReportField{tr("Account"), m_company.bankAccount};
    fields << ReportField{tr("Payment reference"),
                          tr("Customer %1", "payment reference").arg(letter.customer.code)};
    return fields;
}

QString ReminderLetterBuilder::totalsText(const ReminderLetter &letter) const
{
    QStringList amounts;
    for (const Money &total : letter.totals)
        amounts << total.format(m_locale);
    return m_locale.createSeparatedList(amounts);
}

QString ReminderLetterBuilder::contactSentence() const
{
    QStringList ways;
    if (!m_company.contactPerson.isEmpty())
        ways << m_company.contactPerson;
    if (!m_company.phone.isEmpty())
        ways << tr("phone %1").arg(m_company.phone);
    if (!m_company.email.isEmpty())
        ways << tr("email %1").arg(m_company.email);
    if (ways.isEmpty())
        return QString();
    return tr("Questions about these amounts: please contact %1.")
        .arg(ways.join(tr(", ", "contact details separator")));
}
