#include "chargesummary.h"

#include "lookuprepository.h"

QString ChargeSummary::build(const ChargeRequest &request, const ChargeReview &review) const
{
    const LookupRepository lookups(m_db);
    const UiLanguage language = currentUiLanguage();
    const QLocale locale;
    const QString feeType =
        lookups.label(LookupRepository::Table::FeeTypes, request.feeTypeCode, language);
    const QString reason =
        lookups.label(LookupRepository::Table::ChargeReasons, request.reasonCode, language);
    const QString method =
        lookups.label(LookupRepository::Table::PaymentMethods, request.paymentMethodCode, language);
    const QString customer =
        tr("%1 (%2)").arg(review.customer.companyName, review.customer.code);

    QStringList sentences;
    if (review.bill.id != 0) {
        sentences << tr("A supplementary charge of %1 for “%2” will be added to bill %3 of "
                        "customer %4, issued on %5.")
                         .arg(review.amount.format(locale), feeType, review.bill.billNo, customer,
                              locale.toString(review.bill.issueDate, QLocale::LongFormat));
    } else {
        sentences << tr("A supplementary charge of %1 for “%2” will be added to the account of "
                        "customer %3, not to a bill.")
                         .arg(review.amount.format(locale), feeType, customer);
    }

    sentences << tr("The reason is “%1”.").arg(reason);
    if (!request.note.trimmed().isEmpty())
        sentences << tr("The note reads: “%1”.").arg(request.note.trimmed());

    sentences << tr("The customer is to pay by %1 no later than %2.")
                     .arg(method, locale.toString(request.dueDate, QLocale::LongFormat));

    if (request.dueDate < QDate::currentDate()) {
        sentences << tr("The due date is already past, so the charge is overdue as soon as it "
                        "is saved.");
    }

    if (review.bill.id != 0) {
        sentences << tr("The bill's outstanding balance goes from %1 to %2.")
                         .arg(review.billBalanceBefore.format(locale),
                              review.billBalanceAfter.format(locale));
    }
    sentences << tr("The customer's outstanding balance goes from %1 to %2.")
                     .arg(review.customerBalanceBefore.format(locale),
                          review.customerBalanceAfter.format(locale));
    if (review.needsApproval) {
        sentences << tr("The amount is more than the approval threshold of %1, so the charge "
                        "waits for approval. The balances change only when a finance user "
                        "other than you approves it; until then it counts in no balance, bill, "
                        "reminder or statement.")
                         .arg(review.approvalThreshold.format(locale));
    }

    return sentences.join(QLatin1Char('\n'));
}
