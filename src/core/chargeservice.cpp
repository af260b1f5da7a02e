#include "chargeservice.h"

#include "auditedinsert.h"
#include "approvalthresholds.h"
#include "chargeaccess.h"
#include "changenotice.h"
#include "connectionstatements.h"
#include "chargeapprover.h"
#include "chargerepository.h"
#include "chargesummary.h"
#include "chargevalidator.h"
#include "chargevoider.h"
#include "databaserecovery.h"
#include "duplicatefinder.h"
#include "logging.h"
#include "sqlvalues.h"
#include "storedtotals.h"
#include "transaction.h"
#include "writelock.h"
#include "writeretry.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// The charge a valid request would write, for fingerprints and audit details.
ChargeRecord chargeFromRequest(const ChargeRequest &request, const ChargeReview &review)
{
    ChargeRecord charge;
    charge.requestKey = request.requestKey;
    charge.customerId = review.customer.id;
    charge.billId = review.bill.id;
    charge.feeTypeCode = request.feeTypeCode;
    charge.amount = review.amount;
    charge.reasonCode = request.reasonCode;
    charge.note = request.note.trimmed();
    charge.paymentMethodCode = request.paymentMethodCode;
    charge.dueDate = request.dueDate;
    return charge;
}

QSet<qint64> findingIds(const QList<DuplicateFinding> &findings)
{
    QSet<qint64> ids;
    for (const DuplicateFinding &finding : findings)
        ids.insert(finding.existing.id);
    return ids;
}

} // namespace

ChargeService::ChargeService(QSqlDatabase db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{
}

ChargeReview ChargeService::review(const ChargeRequest &request) const
{
    // Every read below fails without an error text on a connection that
    // QPSQL closed after the server ended it, so it is opened again first.
    QSqlError connectError;
    if (!DatabaseRecovery::prepareForRead(m_db, &connectError,
                                          DatabaseRecovery::Reader::Action)) {
        ChargeReview refused;
        refused.failure = DatabaseFault::fromError(connectError, m_db).message(
            tr("The charge could not be checked."),
            tr("The charge could not be checked because the database reported an error: %1. "
               "Try again; if it persists, run the consistency check.")
                .arg(connectError.text()));
        return refused;
    }

    // The checks prepare each statement once per connection.
    const ConnectionStatements::Use statements(m_db);
    QString queryError;
    ChargeReview result = check(request, &queryError);
    if (!queryError.isEmpty()) {
        result.failure = DatabaseRecovery::caught(m_db, queryError).message(
            tr("The charge could not be checked."),
            tr("The charge could not be checked because the database reported an error: %1. "
               "Try again; if it persists, run the consistency check.")
                .arg(queryError));
    }
    return result;
}

ChargeReview ChargeService::check(const ChargeRequest &request, QString *queryError) const
{
    ChargeReview result;

    // The role and the period lock come first, because no field can fix them.
    const QString refusal = ChargeAccess(m_db, m_actor).addRefusal(queryError);
    if (!queryError->isEmpty())
        return result;
    if (!refusal.isEmpty())
        result.errors << FieldError{QStringLiteral("created_at"), refusal};

    if (!ChargeValidator(m_db).validate(request, &result, queryError) || !result.isValid())
        return result;

    // Balances before and after; the validator has bounded the amount, but
    // a balance near the qint64 limit could still overflow.
    result.customerBalanceBefore = result.customer.balance;
    const auto customerAfter = result.customerBalanceBefore.plus(result.amount);
    std::optional<Money> billAfter;
    if (result.bill.id != 0) {
        result.billBalanceBefore = result.bill.balance();
        billAfter = result.billBalanceBefore.plus(result.amount);
    }
    if (!customerAfter || (result.bill.id != 0 && !billAfter)) {
        result.errors << FieldError{QStringLiteral("amount_minor"),
                                    tr("The amount %1 would make the balance too large to "
                                       "store. Check the amount.")
                                        .arg(result.amount.format())};
        return result;
    }
    result.customerBalanceAfter = *customerAfter;
    if (billAfter)
        result.billBalanceAfter = *billAfter;

    const auto existing = ChargeRepository(m_db).findByRequestKey(request.requestKey, queryError);
    if (!queryError->isEmpty())
        return result;
    if (existing)
        result.existingChargeId = existing->id;

    const DuplicateFinder::Candidate candidate{result.customer.id, result.bill.id,
                                               request.feeTypeCode, result.amount.minorUnits(),
                                               request.dueDate, request.requestKey};
    if (!DuplicateFinder(m_db, PossibleDuplicateWindowDays).find(candidate, &result, queryError))
        return result;

    // A charge above the threshold of its currency waits for approval.
    const auto threshold = ApprovalThresholds(m_db).find(result.amount.currency(), queryError);
    if (!queryError->isEmpty())
        return result;
    result.needsApproval = threshold && result.amount.minorUnits() > threshold->amount.minorUnits();
    if (result.needsApproval)
        result.approvalThreshold = threshold->amount;

    result.fingerprint = fingerprint(chargeFromRequest(request, result));
    result.summary = ChargeSummary(m_db).build(request, result);
    return result;
}

ChargeService::CommitResult ChargeService::commit(const ChargeRequest &request,
                                                  const ChargeReview &confirmed)
{
    // The checks and writes prepare each statement once per connection.
    const ConnectionStatements::Use statements(m_db);
    return WriteRetry::run<CommitResult>(
        m_db, "Charge commit", [&] { return commitOnce(request, confirmed); },
        [](const CommitResult &result) {
            return result.status == CommitResult::Status::Failed ? result.errorMessage
                                                                 : QString();
        });
}

ChargeService::CommitResult ChargeService::commitOnce(const ChargeRequest &request,
                                                      const ChargeReview &confirmed)
{
    CommitResult result;
    qCInfo(lcService) << "Committing charge, request key" << request.requestKey;

    Transaction transaction(m_db);
    if (!transaction.begin()) {
        result.errorMessage = DatabaseRecovery::caught(m_db, transaction.error()).message(
            tr("The charge was not saved. Nothing was written."),
            tr("The charge was not saved: the database could not start a transaction (%1). "
               "Nothing was written; try again.")
                .arg(transaction.error().text()));
        return result;
    }

    // Inside an enclosing transaction (a CSV import, or its dry run that
    // always rolls back) the charge is only written, not yet committed.
    const bool nested = transaction.isNested();

    // Everything below runs under the write lock (BEGIN IMMEDIATE on SQLite,
    // the customer's lock on PostgreSQL), so no other writer can add a
    // duplicate between the check and the insert.
    QSqlError lockError;
    if (!WriteLock::lockCustomer(m_db, request.customerId, &lockError)) {
        result.errorMessage = tr("The charge was not saved: another user's change to customer "
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
            tr("The charge was not saved. Nothing was written."),
            tr("The charge was not saved: %1. Nothing was written; try again.").arg(queryError));
        return result;
    }

    result.status = CommitResult::Status::Rejected;
    if (result.review.existingChargeId != 0) {
        const auto existing = ChargeRepository(m_db).findById(result.review.existingChargeId);
        if (existing && fingerprint(*existing) == result.review.fingerprint) {
            result.status = CommitResult::Status::Replayed;
            result.chargeId = existing->id;
            qCInfo(lcService) << "Request key" << request.requestKey << "already wrote charge"
                              << existing->id << "; nothing written";
            return result;
        }
        result.errorMessage = tr("The request key %1 was already used for charge %2 with other "
                                 "values. Start a new charge.")
                                  .arg(request.requestKey)
                                  .arg(result.review.existingChargeId);
    } else if (!result.review.isValid()) {
        result.errorMessage = result.review.problemText();
    } else if (result.review.hasExactDuplicate()) {
        result.errorMessage = result.review.exactDuplicates.constFirst().description;
    } else if (confirmed.fingerprint.isEmpty()
               || result.review.fingerprint != confirmed.fingerprint) {
        result.errorMessage = tr("The charge differs from the one that was confirmed. Review it "
                                 "again and confirm.");
    } else if (result.review.needsApproval != confirmed.needsApproval) {
        result.errorMessage = tr("An administrator changed the approval threshold of %1 since "
                                 "the review, so whether the charge waits for approval changed. "
                                 "Review it again and confirm.")
                                  .arg(result.review.amount.currency());
    } else if (!findingIds(confirmed.possibleDuplicates)
                    .contains(findingIds(result.review.possibleDuplicates))) {
        result.errorMessage = tr("New possible duplicates were entered since the review. Look "
                                 "at them and confirm again.");
    } else if (!result.review.canCommit(request.duplicateAcknowledgement)) {
        result.errorMessage = tr("This charge resembles existing charges. Write a note that "
                                 "says why it is not a duplicate.");
    }
    if (!result.errorMessage.isEmpty()) {
        qCInfo(lcService) << "Charge rejected, request key" << request.requestKey << ":"
                          << result.errorMessage;
        return result;
    }

    qint64 chargeId = 0;
    QString writeError;
    if (!write(request, result.review, &chargeId, &writeError) || !transaction.commit()) {
        if (writeError.isEmpty())
            writeError = transaction.error().text();
        transaction.rollback();

        // On a shared database another client may have written the same
        // request key first, and that charge is the result of this request.
        const auto winner = ChargeRepository(m_db).findByRequestKey(request.requestKey);
        if (winner && fingerprint(*winner) == result.review.fingerprint) {
            result.status = CommitResult::Status::Replayed;
            result.chargeId = winner->id;
            return result;
        }
        result.status = CommitResult::Status::Failed;
        result.errorMessage = DatabaseRecovery::caught(m_db, writeError).message(
            tr("The charge was not saved. Nothing was written."),
            tr("The charge was not saved: %1. Nothing was written; try again.").arg(writeError));
        qCWarning(lcService) << "Commit failed, request key" << request.requestKey << ":"
                             << writeError;
        return result;
    }

    result.status = CommitResult::Status::Committed;
    result.chargeId = chargeId;
    qCInfo(lcService) << (nested ? "Wrote charge (commits with the enclosing transaction)"
                                 : "Committed charge")
                      << chargeId << "customer" << result.review.customer.id
                      << "bill" << result.review.bill.id << "amount"
                      << result.review.amount.minorUnits() << result.review.amount.currency()
                      << "request key" << request.requestKey << "by" << m_actor;
    return result;
}

bool ChargeService::write(const ChargeRequest &request, const ChargeReview &review,
                          qint64 *chargeId, QString *error)
{
    const ChargeRecord charge = chargeFromRequest(request, review);
    const QString status = review.needsApproval ? QStringLiteral("pending")
                                                : QStringLiteral("posted");
    const QVariantMap values = {
        {QStringLiteral(":request_key"), charge.requestKey},
        {QStringLiteral(":customer_id"), charge.customerId},
        {QStringLiteral(":bill_id"), idOrNull(charge.billId)},
        {QStringLiteral(":fee_type_code"), charge.feeTypeCode},
        {QStringLiteral(":amount_minor"), charge.amount.minorUnits()},
        {QStringLiteral(":currency"), charge.amount.currency()},
        {QStringLiteral(":reason_code"), charge.reasonCode},
        {QStringLiteral(":note"), notNull(charge.note)},
        {QStringLiteral(":payment_method_code"), charge.paymentMethodCode},
        {QStringLiteral(":due_date"), charge.dueDate.toString(Qt::ISODate)},
        {QStringLiteral(":duplicate_ack_note"),
         notNull(request.duplicateAcknowledgement.trimmed())},
        {QStringLiteral(":status"), status},
    };

    QVariantList possibleDuplicateIds;
    for (const DuplicateFinding &finding : review.possibleDuplicates)
        possibleDuplicateIds << finding.existing.id;

    const QVariantMap details = {
        {QStringLiteral("request_key"), charge.requestKey},
        {QStringLiteral("customer_id"), charge.customerId},
        {QStringLiteral("bill_id"), idForJson(charge.billId)},
        {QStringLiteral("fee_type_code"), charge.feeTypeCode},
        {QStringLiteral("amount_minor"), charge.amount.minorUnits()},
        {QStringLiteral("currency"), charge.amount.currency()},
        {QStringLiteral("reason_code"), charge.reasonCode},
        {QStringLiteral("note"), charge.note},
        {QStringLiteral("payment_method_code"), charge.paymentMethodCode},
        {QStringLiteral("due_date"), charge.dueDate.toString(Qt::ISODate)},
        {QStringLiteral("status"), status},
        {QStringLiteral("possible_duplicates"), possibleDuplicateIds},
    };

    // The charge row, its audit record and the stored totals it raises are
    // written in the caller's transaction, so their order does not matter.
    const bool inserted = AuditedInsert(m_db, m_actor)
        .exec(QStringLiteral(
                  "INSERT INTO charges (request_key, customer_id, bill_id, fee_type_code, "
                  "amount_minor, currency, reason_code, note, payment_method_code, due_date, "
                  "status, duplicate_ack_note, created_by, created_at) "
                  "VALUES (:request_key, :customer_id, :bill_id, :fee_type_code, "
                  ":amount_minor, :currency, :reason_code, :note, :payment_method_code, "
                  ":due_date, :status, :duplicate_ack_note, :created_by, :created_at)"),
              values, QStringLiteral("charge.add"), QStringLiteral("charge"), details,
              request.duplicateAcknowledgement.trimmed(), chargeId, error);

    // A pending charge raises the stored totals only when it is approved.
    return inserted
        && (review.needsApproval
            || StoredTotals(m_db).add(charge.customerId, charge.billId,
                                      charge.amount.minorUnits(), error))
        && ChangeNotice::send(m_db, charge.customerId, error);
}

ChargeService::VoidResult ChargeService::voidCharge(qint64 chargeId, const QString &reason)
{
    return WriteRetry::run<VoidResult>(
        m_db, "Charge void", [&] { return ChargeVoider(m_db, m_actor).voidCharge(chargeId, reason); },
        [](const VoidResult &result) {
            return result.databaseFailure ? result.errorMessage : QString();
        });
}

ChargeService::ApprovalResult ChargeService::approve(qint64 chargeId)
{
    return WriteRetry::run<ApprovalResult>(
        m_db, "Charge approval", [&] { return ChargeApprover(m_db, m_actor).approve(chargeId); },
        [](const ApprovalResult &result) {
            return result.databaseFailure ? result.errorMessage : QString();
        });
}

ChargeService::ApprovalResult ChargeService::reject(qint64 chargeId, const QString &reason)
{
    return WriteRetry::run<ApprovalResult>(
        m_db, "Charge rejection",
        [&] { return ChargeApprover(m_db, m_actor).reject(chargeId, reason); },
        [](const ApprovalResult &result) {
            return result.databaseFailure ? result.errorMessage : QString();
        });
}

QString ChargeService::fingerprint(const ChargeRecord &charge)
{
    return fieldsFingerprint({
        charge.requestKey,
        QString::number(charge.customerId),
        QString::number(charge.billId),
        charge.feeTypeCode,
        QString::number(charge.amount.minorUnits()),
        charge.amount.currency(),
        charge.reasonCode,
        charge.note,
        charge.paymentMethodCode,
        charge.dueDate.toString(Qt::ISODate),
    });
}
