#include "paymentservice.h"

#include "chargevalidator.h"
#include "databaserecovery.h"
#include "logging.h"
#include "paymentduplicatefinder.h"
#include "paymentrepository.h"
#include "paymentsummary.h"
#include "paymentvalidator.h"
#include "paymentwriter.h"
#include "periodlock.h"
#include "sqlvalues.h"
#include "transaction.h"
#include "usercontext.h"
#include "writelock.h"
#include "writeretry.h"

namespace {

// The payment a valid request would write, for fingerprints and the writer.
PaymentRecord paymentFromRequest(const PaymentRequest &request, const PaymentReview &review)
{
    PaymentRecord payment;
    payment.requestKey = request.requestKey;
    payment.customerId = review.customer.id;
    payment.billId = review.bill.id;
    payment.chargeId = review.charge.id;
    payment.installmentId = review.installment.id;
    payment.amount = review.amount;
    payment.paidOn = request.paidOn;
    payment.paymentMethodCode = request.paymentMethodCode;
    payment.reference = request.reference.trimmed();
    payment.note = request.note.trimmed();
    // Kept only when there was something to acknowledge, so that a stray
    // note never suggests a duplicate that did not exist.
    if (review.needsAcknowledgement())
        payment.duplicateAcknowledgement = request.duplicateAcknowledgement.trimmed();
    return payment;
}

QString fingerprint(const PaymentRecord &payment)
{
    return fieldsFingerprint({
        payment.requestKey,
        QString::number(payment.customerId),
        QString::number(payment.billId),
        QString::number(payment.chargeId),
        QString::number(payment.installmentId),
        QString::number(payment.amount.minorUnits()),
        payment.amount.currency(),
        payment.paidOn.toString(Qt::ISODate),
        payment.paymentMethodCode,
        payment.reference,
        payment.note,
    });
}

} // namespace

PaymentService::PaymentService(QSqlDatabase db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{
}

PaymentReview PaymentService::review(const PaymentRequest &request) const
{
    // Every read below fails without an error text on a connection that
    // QPSQL closed after the server ended it, so it is opened again first.
    QSqlError connectError;
    if (!DatabaseRecovery::prepareForRead(m_db, &connectError,
                                          DatabaseRecovery::Reader::Action)) {
        PaymentReview refused;
        refused.failure = DatabaseFault::fromError(connectError, m_db).message(
            tr("The payment could not be checked."),
            tr("The payment could not be checked because the database reported an error: %1. "
               "Try again; if it persists, run the consistency check.")
                .arg(connectError.text()));
        return refused;
    }

    QString queryError;
    PaymentReview result = check(request, &queryError);
    if (!queryError.isEmpty()) {
        result.failure = DatabaseRecovery::caught(m_db, queryError).message(
            tr("The payment could not be checked."),
            tr("The payment could not be checked because the database reported an error: %1. "
               "Try again; if it persists, run the consistency check.")
                .arg(queryError));
    }
    return result;
}

PaymentReview PaymentService::check(const PaymentRequest &request, QString *queryError) const
{
    PaymentReview result;

    // A request key that was used already replays that payment, whose
    // amount is no longer open; so it is looked up before the checks.
    const auto existing = PaymentRepository(m_db).findByRequestKey(request.requestKey,
                                                                   queryError);
    if (!queryError->isEmpty())
        return result;
    if (existing)
        result.existingPaymentId = existing->id;

    // The role comes first, because no field can fix it.
    const QString refusal
        = UserContext::resolve(m_db, m_actor, queryError).refusal(UserAction::RecordPayment);
    if (!queryError->isEmpty())
        return result;
    if (!refusal.isEmpty())
        result.errors << FieldError{QStringLiteral("created_by"), refusal};

    if (!PaymentValidator(m_db).validate(request, &result, queryError) || !result.isValid())
        return result;

    const PaymentRecord payment = paymentFromRequest(request, result);
    result.fingerprint = fingerprint(payment);
    if (existing) {
        if (fingerprint(*existing) != result.fingerprint) {
            result.errors << FieldError{QStringLiteral("request_key"),
                                        tr("The request key %1 was already used for payment %2 "
                                           "with other values. Start a new payment.")
                                            .arg(request.requestKey)
                                            .arg(existing->id)};
            return result;
        }
        result.summary = PaymentSummary::replay(existing->id);
        return result;
    }

    const QString locked = PeriodLock(m_db).refusal(PeriodLock::Entry::NewPayment,
                                                    request.paidOn, 0, queryError);
    if (!queryError->isEmpty())
        return result;
    if (!locked.isEmpty()) {
        result.errors << FieldError{QStringLiteral("paid_on"), locked};
        return result;
    }

    // The validator has kept the amount within the open amount, so neither
    // result can fall below zero.
    result.openAfter = Money(result.openBefore.minorUnits() - result.amount.minorUnits(),
                             result.openBefore.currency());
    result.customerBalanceBefore = result.customer.balance;
    result.customerBalanceAfter = Money(result.customer.balance.minorUnits()
                                            - result.amount.minorUnits(),
                                        result.customer.balance.currency());

    if (!PaymentDuplicateFinder(m_db).check(request, &result, queryError))
        return result;
    result.summary = PaymentSummary(m_db).build(request, result);
    return result;
}

QString PaymentService::rejection(const PaymentRequest &request, const PaymentReview &current,
                                  const PaymentReview &confirmed) const
{
    if (!current.isValid())
        return current.problemText();
    if (confirmed.fingerprint.isEmpty() || current.fingerprint != confirmed.fingerprint) {
        return tr("The payment differs from the one that was confirmed. Review it again and "
                  "confirm.");
    }

    // An identical payment recorded meanwhile also changes the open amount,
    // and the message that names it is the more useful one.
    const QString duplicate = PaymentDuplicateFinder::rejection(request, current, confirmed);
    if (!duplicate.isEmpty())
        return duplicate;
    if (current.openBefore != confirmed.openBefore) {
        return tr("The open amount of %1 changed from %2 to %3 since the review, because "
                  "another payment was recorded or reversed. Review the payment again and "
                  "confirm.")
            .arg(current.targetDescription, confirmed.openBefore.format(),
                 current.openBefore.format());
    }
    return {};
}

PaymentService::CommitResult PaymentService::commit(const PaymentRequest &request,
                                                    const PaymentReview &confirmed)
{
    return WriteRetry::run<CommitResult>(
        m_db, "Payment commit", [&] { return commitOnce(request, confirmed); },
        [](const CommitResult &result) {
            return result.status == CommitResult::Status::Failed ? result.errorMessage
                                                                 : QString();
        });
}

PaymentService::CommitResult PaymentService::commitOnce(const PaymentRequest &request,
                                                        const PaymentReview &confirmed)
{
    CommitResult result;
    qCInfo(lcPayment) << "Committing payment, request key" << request.requestKey;

    Transaction transaction(m_db);
    if (!transaction.begin()) {
        result.errorMessage = DatabaseRecovery::caught(m_db, transaction.error()).message(
            tr("The payment was not saved. Nothing was written."),
            tr("The payment was not saved: the database could not start a transaction (%1). "
               "Nothing was written; try again.")
                .arg(transaction.error().text()));
        return result;
    }

    // Inside an enclosing transaction the payment is only written, not yet
    // committed.
    const bool nested = transaction.isNested();

    // Everything below runs under the write lock (BEGIN IMMEDIATE on SQLite,
    // the customer's lock on PostgreSQL), so no other writer can pay the
    // same amount between the check and the insert.
    QSqlError lockError;
    if (!WriteLock::lockCustomer(m_db, request.customerId, &lockError)) {
        result.errorMessage = tr("The payment was not saved: another user's change to customer "
                                 "%1 did not finish in time (%2). Nothing was written; try "
                                 "again.")
                                  .arg(request.customerId)
                                  .arg(lockError.text());
        return result;
    }

    QString queryError;
    result.review = check(request, &queryError);
    if (!queryError.isEmpty()) {
        result.errorMessage = DatabaseRecovery::caught(m_db, queryError).message(
            tr("The payment was not saved. Nothing was written."),
            tr("The payment was not saved: %1. Nothing was written; try again.")
                .arg(queryError));
        qCWarning(lcPayment) << "Check failed, request key" << request.requestKey << ":"
                             << queryError;
        return result;
    }

    result.status = CommitResult::Status::Rejected;
    if (result.review.isValid() && result.review.existingPaymentId != 0) {
        result.status = CommitResult::Status::Replayed;
        result.paymentId = result.review.existingPaymentId;
        qCInfo(lcPayment) << "Request key" << request.requestKey << "already wrote payment"
                          << result.paymentId << "; nothing written";
        return result;
    }
    result.errorMessage = rejection(request, result.review, confirmed);
    if (!result.errorMessage.isEmpty()) {
        if (result.review.needsAcknowledgement()) {
            qCInfo(lcPayment) << "Payment rejected, request key" << request.requestKey
                              << "customer" << request.customerId << "looks identical to payments"
                              << result.review.duplicatePaymentIds() << ":"
                              << result.errorMessage;
        } else {
            qCInfo(lcPayment) << "Payment rejected, request key" << request.requestKey << ":"
                              << result.errorMessage;
        }
        return result;
    }

    const PaymentRecord payment = paymentFromRequest(request, result.review);
    qint64 paymentId = 0;
    QString writeError;
    if (!PaymentWriter(m_db, m_actor).insert(payment, &paymentId, &writeError)
        || !transaction.commit()) {
        if (writeError.isEmpty())
            writeError = transaction.error().text();
        transaction.rollback();

        // On a shared database another client may have written the same
        // request key first, and that payment is the result of this request.
        const auto winner = PaymentRepository(m_db).findByRequestKey(request.requestKey);
        if (winner && fingerprint(*winner) == result.review.fingerprint) {
            result.status = CommitResult::Status::Replayed;
            result.paymentId = winner->id;
            return result;
        }
        result.status = CommitResult::Status::Failed;
        result.errorMessage = DatabaseRecovery::caught(m_db, writeError).message(
            tr("The payment was not saved. Nothing was written."),
            tr("The payment was not saved: %1. Nothing was written; try again.")
                .arg(writeError));
        qCWarning(lcPayment) << "Commit failed, request key" << request.requestKey << ":"
                             << writeError;
        return result;
    }

    result.status = CommitResult::Status::Committed;
    result.paymentId = paymentId;
    qCInfo(lcPayment) << (nested ? "Wrote payment (commits with the enclosing transaction)"
                                 : "Committed payment")
                      << paymentId << "customer" << payment.customerId << "bill"
                      << payment.billId << "charge" << payment.chargeId << "installment"
                      << payment.installmentId << "amount" << payment.amount.minorUnits()
                      << payment.amount.currency() << "request key" << request.requestKey
                      << "by" << m_actor;
    if (!payment.duplicateAcknowledgement.isEmpty()) {
        qCInfo(lcPayment) << "Payment" << paymentId << "acknowledged as not a duplicate of"
                          << result.review.duplicatePaymentIds();
    }
    return result;
}

PaymentService::ReverseResult PaymentService::reversePayment(qint64 paymentId,
                                                             const QString &reason)
{
    return WriteRetry::run<ReverseResult>(
        m_db, "Payment reversal", [&] { return reverseOnce(paymentId, reason); },
        [](const ReverseResult &result) {
            return result.databaseFailure ? result.errorMessage : QString();
        });
}

PaymentService::ReverseResult PaymentService::reverseOnce(qint64 paymentId,
                                                          const QString &reason)
{
    ReverseResult result;
    const QString trimmedReason = reason.trimmed();
    if (trimmedReason.isEmpty()) {
        result.errorMessage = tr("Enter the reason for reversing payment %1.").arg(paymentId);
        return result;
    }
    const int reasonLength = ChargeValidator::characterCount(trimmedReason);
    if (reasonLength > MaxNoteLength) {
        result.errorMessage = tr("The reversal reason has %1 characters; at most %2 are "
                                 "allowed.")
                                  .arg(reasonLength)
                                  .arg(MaxNoteLength);
        return result;
    }

    Transaction transaction(m_db);
    if (!transaction.begin()) {
        result.databaseFailure = true;
        result.errorMessage = DatabaseRecovery::caught(m_db, transaction.error()).message(
            tr("Payment %1 was not reversed. Nothing was changed.").arg(paymentId),
            tr("Payment %1 was not reversed: the database could not start a transaction (%2). "
               "Try again.")
                .arg(paymentId)
                .arg(transaction.error().text()));
        return result;
    }

    QString error;
    const PaymentRecord payment = PaymentRepository(m_db).payment(paymentId, &error);
    if (payment.id == 0) {
        result.databaseFailure = !error.isEmpty();
        result.errorMessage = error.isEmpty()
            ? tr("Payment %1 does not exist. Check the payment number.").arg(paymentId)
            : tr("Payment %1 was not reversed: %2").arg(paymentId).arg(error);
        return result;
    }
    if (payment.isReversed()) {
        result.errorMessage = tr("Payment %1 is already reversed: reversed by %2 on %3.")
                                  .arg(QString::number(paymentId), payment.reversedBy,
                                       payment.reversedAt.toLocalTime().toString(
                                           QStringLiteral("yyyy-MM-dd HH:mm")));
        return result;
    }

    // The role and the period lock are read under the write lock, so
    // neither can change before the commit.
    QString refusal
        = UserContext::resolve(m_db, m_actor, &error).refusal(UserAction::ReversePayment);
    if (error.isEmpty() && refusal.isEmpty()) {
        refusal = PeriodLock(m_db).refusal(PeriodLock::Entry::PaymentReversal, payment.paidOn,
                                           paymentId, &error);
    }
    if (!error.isEmpty() || !refusal.isEmpty()) {
        result.databaseFailure = !error.isEmpty();
        result.errorMessage = error.isEmpty()
            ? refusal
            : tr("Payment %1 was not reversed: %2").arg(paymentId).arg(error);
        return result;
    }

    bool ok = PaymentWriter(m_db, m_actor).reverse(payment, trimmedReason, &error);
    if (ok && !transaction.commit()) {
        ok = false;
        error = transaction.error().text();
    }
    if (!ok) {
        result.databaseFailure = true;
        result.errorMessage = DatabaseRecovery::caught(m_db, error).message(
            tr("Payment %1 was not reversed. Nothing was changed.").arg(paymentId),
            tr("Payment %1 was not reversed: %2. Nothing was changed; try again.")
                .arg(paymentId)
                .arg(error));
        qCWarning(lcPayment) << "Reversal of payment" << paymentId << "failed:" << error;
        return result;
    }

    result.ok = true;
    qCInfo(lcPayment) << "Reversed payment" << paymentId << "customer" << payment.customerId
                      << "charge" << payment.chargeId << "installment" << payment.installmentId
                      << "bill" << payment.billId << "by" << m_actor;
    return result;
}
