#include "paymentsummary.h"

#include "lookuprepository.h"

QString PaymentSummary::build(const PaymentRequest &request, const PaymentReview &review) const
{
    const QLocale locale;
    const QString method = LookupRepository(m_db).label(LookupRepository::Table::PaymentMethods,
                                                        request.paymentMethodCode,
                                                        currentUiLanguage());
    const QString customer = tr("%1 (%2)").arg(review.customer.companyName, review.customer.code);

    QStringList sentences;
    sentences << tr("A payment of %1 from customer %2 will be recorded for %3.")
                     .arg(review.amount.format(locale), customer, review.targetDescription);
    sentences << tr("It was paid by %1 on %2.")
                     .arg(method, locale.toString(request.paidOn, QLocale::LongFormat));
    if (!request.reference.trimmed().isEmpty())
        sentences << tr("The reference is “%1”.").arg(request.reference.trimmed());
    if (!request.note.trimmed().isEmpty())
        sentences << tr("The note reads: “%1”.").arg(request.note.trimmed());

    if (review.openAfter.isZero()) {
        sentences << tr("The open amount goes from %1 to %2, so it is settled.")
                         .arg(review.openBefore.format(locale), review.openAfter.format(locale));
    } else {
        sentences << tr("The open amount goes from %1 to %2.")
                         .arg(review.openBefore.format(locale), review.openAfter.format(locale));
    }
    sentences << tr("The customer's outstanding balance goes from %1 to %2.")
                     .arg(review.customerBalanceBefore.format(locale),
                          review.customerBalanceAfter.format(locale));
    return sentences.join(QLatin1Char('\n'));
}

QString PaymentSummary::replay(qint64 paymentId)
{
    return tr("Payment %1 was already recorded with this request key. Confirming again "
              "writes nothing.")
        .arg(paymentId);
}
