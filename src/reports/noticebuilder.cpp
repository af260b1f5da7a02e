#include "noticebuilder.h"

#include "addressformat.h"
#include "dateformat.h"
#include "translations.h"

NoticeBuilder::NoticeBuilder(CompanyProfile company, UiLanguage language)
    : m_company(std::move(company))
    , m_language(language)
    , m_locale(Translations::locale(language))
{
}

ReportDocument NoticeBuilder::build(const QList<ChargeNotice> &notices) const
{
    ReportDocument document;
    document.companyName = m_company.displayName();
    document.title = tr("Charge notice");
    document.printedAt = QDateTime::currentDateTime();
    document.language = m_language;
    document.orientation = ReportDocument::Orientation::Portrait;

    for (qsizetype i = 0; i < notices.size(); ++i) {
        if (i > 0)
            document.addSectionBreak();
        addNotice(document, notices.at(i));
    }
    return document;
}

void NoticeBuilder::addNotice(ReportDocument &document, const ChargeNotice &notice) const
{
    const ChargeReportRow &charge = notice.charge;

    document.addHeading(tr("Charge notice No. %1").arg(charge.chargeId));
    document.addFields(recipientFields(notice.customer));
    const QList<ReportField> sender = senderFields();
    if (!sender.isEmpty()) {
        document.addSpacer();
        document.addFields(sender);
    }

    document.addSpacer();
    document.addParagraph(tr("We have added the following supplementary charge to your "
                             "account %1.")
                              .arg(notice.customer.code));
    document.addFields(chargeFields(charge));

    document.addSpacer();
    document.addParagraph(tr("Please pay %1 by %2.")
                              .arg(charge.amount.format(m_locale),
                                   formatDate(charge.dueDate, m_locale)));
    document.addFields(paymentFields(charge));
    if (!m_company.paymentNote.isEmpty())
        document.addParagraph(m_company.paymentNote);

    const QString contact = contactSentence();
    if (!contact.isEmpty()) {
        document.addSpacer();
        document.addParagraph(contact);
    }
}

QList<ReportField> NoticeBuilder::recipientFields(const ReportCustomer &customer) const
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

// A company name that is not set is left out here and in the payment
// fields, because the page header already prints the placeholder, which
// names the menu where the name is set.
QList<ReportField> NoticeBuilder::senderFields() const
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
    return fields;
}

QList<ReportField> NoticeBuilder::chargeFields(const ChargeReportRow &charge) const
{
    QList<ReportField> fields;
    fields << ReportField{tr("Charge No."), QString::number(charge.chargeId)};
    fields << ReportField{tr("Fee type"), charge.feeTypeLabel};
    fields << ReportField{tr("Reason"), charge.reasonLabel};

    // The note stays on the notice, because the program treats it as the
    // explanation of the charge. The Add Charge dialog labels it only
    // "Note", and the reason Other requires a note that says what the charge
    // is for. The confirmation summary and the customer statement print it
    // too. The internal remark is the acknowledgement note of a possible
    // duplicate, which notices never print.
    if (!charge.note.isEmpty())
        fields << ReportField{tr("Note"), charge.note};
    fields << ReportField{tr("Amount"), charge.amount.format(m_locale)};
    if (charge.billId != 0) {
        fields << ReportField{tr("Bill"),
                              tr("%1, issued %2")
                                  .arg(charge.billNo, formatDate(charge.billIssueDate, m_locale))};
    } else {
        fields << ReportField{tr("Bill"), tr("None; the charge is on your account")};
    }
    fields << ReportField{tr("Entered"),
                          tr("%1 by %2")
                              .arg(formatDate(charge.entryDate, m_locale), charge.enteredBy)};
    return fields;
}

QList<ReportField> NoticeBuilder::paymentFields(const ChargeReportRow &charge) const
{
    QList<ReportField> fields;
    fields << ReportField{tr("Due date"), formatDate(charge.dueDate, m_locale)};
    fields << ReportField{tr("Payment method"), charge.paymentMethodLabel};
    if (!m_company.name.trimmed().isEmpty())
        fields << ReportField{tr("Pay to"), m_company.name.trimmed()};
    if (!m_company.bankName.isEmpty())
        fields << ReportField{tr("Bank"), m_company.bankName};
    if (!m_company.bankAccount.isEmpty())
        fields << ReportField{tr("Account"), m_company.bankAccount};
    fields << ReportField{tr("Payment reference"),
                          tr("Charge %1", "payment reference").arg(charge.chargeId)};
    return fields;
}

QString NoticeBuilder::contactSentence() const
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
    return tr("Questions about this charge: please contact %1.")
        .arg(ways.join(tr(", ", "contact details separator")));
}
