#include "chargeapprover.h"

#include "auditlog.h"
#include "chargeaccess.h"
#include "changenotice.h"
#include "chargerepository.h"
#include "chargevalidator.h"
#include "logging.h"
#include "sqlstatement.h"
#include "sqlvalues.h"
#include "storedtotals.h"
#include "transaction.h"

#include <QSqlError>

ChargeApprover::ChargeApprover(QSqlDatabase db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{
}

QString ChargeApprover::refusal(UserAction action, const std::optional<ChargeRecord> &charge,
                                qint64 chargeId, QString *error) const
{
    if (!charge)
        return tr("Charge %1 does not exist. Check the charge number.").arg(chargeId);
    if (!charge->isPending()) {
        const QString status = ChargeStatusText::label(charge->paymentStatus());
        return tr("Charge %1 does not wait for approval; its status is %2.")
            .arg(QString::number(chargeId), status);
    }

    // The role comes first: a sales user may neither approve nor reject, so
    // the advice to reject one's own charge is only for finance users.
    const QString roleRefusal = ChargeAccess(m_db, m_actor).changeRefusal(action, *charge, error);
    if (!error->isEmpty() || !roleRefusal.isEmpty())
        return roleRefusal;
    if (action == UserAction::ApproveCharge && charge->createdBy == m_actor) {
        return tr("You entered charge %1 yourself, so another finance user must approve it. "
                  "You may reject it to withdraw it.")
            .arg(chargeId);
    }
    return {};
}

ChargeService::ApprovalResult ChargeApprover::approve(qint64 chargeId)
{
    ChargeService::ApprovalResult result;
    qCInfo(lcService) << "Approving charge" << chargeId << "by" << m_actor;

    Transaction transaction(m_db);
    if (!transaction.begin()) {
        result.databaseFailure = true;
        result.errorMessage = tr("Charge %1 was not approved: the database could not start a "
                                 "transaction (%2). Try again.")
                                  .arg(chargeId)
                                  .arg(transaction.error().text());
        return result;
    }

    QString error;
    const auto charge = ChargeRepository(m_db).findById(chargeId, &error);
    const QString refused = error.isEmpty()
                                ? refusal(UserAction::ApproveCharge, charge, chargeId, &error)
                                : QString();
    if (error.isEmpty() && !refused.isEmpty()) {
        result.errorMessage = refused;
        qCInfo(lcService) << "Approval of charge" << chargeId << "rejected:" << refused;
        return result;
    }

    bool ok = error.isEmpty() && writeDecision(*charge, true, QString(), &error);
    if (ok) {
        ok = StoredTotals(m_db).add(charge->customerId, charge->billId,
                                    charge->amount.minorUnits(), &error);
    }
    if (ok)
        ok = ChangeNotice::send(m_db, charge->customerId, &error);
    if (ok && !transaction.commit()) {
        ok = false;
        error = transaction.error().text();
    }
    if (!ok) {
        result.databaseFailure = true;
        result.errorMessage = tr("Charge %1 was not approved: %2. Nothing was changed; try "
                                 "again.")
                                  .arg(chargeId)
                                  .arg(error);
        qCWarning(lcService) << "Approval of charge" << chargeId << "failed:" << error;
        return result;
    }

    result.ok = true;
    qCInfo(lcService) << "Approved charge" << chargeId << "customer" << charge->customerId
                      << "bill" << charge->billId << "amount" << charge->amount.minorUnits()
                      << charge->amount.currency() << "by" << m_actor;
    return result;
}

ChargeService::ApprovalResult ChargeApprover::reject(qint64 chargeId, const QString &reason)
{
    ChargeService::ApprovalResult result;
    const QString trimmedReason = reason.trimmed();
    if (trimmedReason.isEmpty()) {
        result.errorMessage = tr("Enter the reason for rejecting charge %1.").arg(chargeId);
        return result;
    }
    const int length = ChargeValidator::characterCount(trimmedReason);
    if (length > ChargeService::MaxNoteLength) {
        result.errorMessage = tr("The reason for rejecting has %1 characters; at most %2 are "
                                 "allowed.")
                                  .arg(length)
                                  .arg(ChargeService::MaxNoteLength);
        return result;
    }

    Transaction transaction(m_db);
    if (!transaction.begin()) {
        result.databaseFailure = true;
        result.errorMessage = tr("Charge %1 was not rejected: the database could not start a "
                                 "transaction (%2). Try again.")
                                  .arg(chargeId)
                                  .arg(transaction.error().text());
        return result;
    }

    QString error;
    const auto charge = ChargeRepository(m_db).findById(chargeId, &error);
    const QString refused = error.isEmpty()
                                ? refusal(UserAction::RejectCharge, charge, chargeId, &error)
                                : QString();
    if (error.isEmpty() && !refused.isEmpty()) {
        result.errorMessage = refused;
        return result;
    }

    bool ok = error.isEmpty() && writeDecision(*charge, false, trimmedReason, &error)
              && ChangeNotice::send(m_db, charge->customerId, &error);
    if (ok && !transaction.commit()) {
        ok = false;
        error = transaction.error().text();
    }
    if (!ok) {
        result.databaseFailure = true;
        result.errorMessage = tr("Charge %1 was not rejected: %2. Nothing was changed; try "
                                 "again.")
                                  .arg(chargeId)
                                  .arg(error);
        qCWarning(lcService) << "Rejection of charge" << chargeId << "failed:" << error;
        return result;
    }

    result.ok = true;
    qCInfo(lcService) << "Rejected charge" << chargeId << "customer" << charge->customerId
                      << "by" << m_actor;
    return result;
}

bool ChargeApprover::writeDecision(const ChargeRecord &charge, bool approve,
                                   const QString &reason, QString *error)
{
    const QString at = utcTimestampNow();
    SqlStatement update(m_db, approve
                                  ? QStringLiteral("UPDATE charges SET status = 'posted', "
                                                   "approved_by = :by, approved_at = :at "
                                                   "WHERE id = :id AND status = 'pending'")
                                  : QStringLiteral("UPDATE charges SET status = 'rejected', "
                                                   "voided_by = :by, voided_at = :at, "
                                                   "void_reason = :reason "
                                                   "WHERE id = :id AND status = 'pending'"));
    bool ok = update.isPrepared();
    if (ok) {
        update->bindValue(QStringLiteral(":by"), m_actor);
        update->bindValue(QStringLiteral(":at"), at);
        update->bindValue(QStringLiteral(":id"), charge.id);
        if (!approve)
            update->bindValue(QStringLiteral(":reason"), reason);
        ok = update->exec() && update->numRowsAffected() == 1;
    }
    if (!ok) {
        *error = update->lastError().isValid()
                     ? update->lastError().text()
                     : tr("charge %1 no longer waits for approval").arg(charge.id);
        return false;
    }

    QVariantMap details = {
        {QStringLiteral("amount_minor"), charge.amount.minorUnits()},
        {QStringLiteral("currency"), charge.amount.currency()},
        {QStringLiteral("customer_id"), charge.customerId},
        {QStringLiteral("bill_id"), idForJson(charge.billId)},
        {QStringLiteral("created_by"), charge.createdBy},
        {QStringLiteral("status"), approve ? QStringLiteral("posted")
                                           : QStringLiteral("rejected")},
    };
    details.insert(approve ? QStringLiteral("approved_at") : QStringLiteral("voided_at"), at);
    return AuditLog(m_db).append(m_actor,
                                 approve ? QStringLiteral("charge.approve")
                                         : QStringLiteral("charge.reject"),
                                 QStringLiteral("charge"), charge.id, details, reason, error);
}
