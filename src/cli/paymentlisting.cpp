#include "paymentlisting.h"

#include "textlayout.h"
#include "texttable.h"

#include <QLocale>

PaymentListing::PaymentListing(QSqlDatabase db, UiLanguage language)
    : m_lookups(std::move(db))
    , m_language(language)
{}

void PaymentListing::writeTable(const QList<PaymentRecord> &payments, QTextStream &out) const
{
    using Alignment = TextTable::Alignment;
    TextTable table({{tr("ID"), Alignment::Right},
                     {tr("Paid on"), Alignment::Left},
                     {tr("Amount"), Alignment::Right},
                     {tr("For"), Alignment::Left},
                     {tr("Payment method"), Alignment::Left},
                     {tr("Reference"), Alignment::Left},
                     {tr("Status"), Alignment::Left}});

    const QLocale locale;
    for (const PaymentRecord &payment : payments) {
        table.addRow({QString::number(payment.id),
                      payment.paidOn.toString(Qt::ISODate),
                      payment.amount.format(locale),
                      targetText(payment),
                      m_lookups.label(LookupRepository::Table::PaymentMethods,
                                      payment.paymentMethodCode, m_language),
                      TextLayout::elided(TextLayout::withoutControlCharacters(payment.reference),
                                         ReferenceWidth),
                      statusLabel(payment)});
    }
    table.write(out);
}

QString PaymentListing::targetText(const PaymentRecord &payment)
{
    if (payment.installmentId != 0) {
        //: What a payment paid: %1 is the charge ID, %2 the installment's number.
        return tr("Charge %1, installment %2").arg(payment.chargeId).arg(payment.installmentSeq);
    }
    if (payment.chargeId != 0)
        return tr("Charge %1").arg(payment.chargeId);
    return tr("Bill %1").arg(payment.billNo);
}

QString PaymentListing::statusLabel(const PaymentRecord &payment)
{
    //: Status of a payment that was undone (冲销).
    return payment.isReversed() ? tr("Reversed") : tr("Posted");
}
