#include "chargevoider.h"

#include "auditlog.h"
#include "chargeaccess.h"
#include "chargerepository.h"
#include "chargevalidator.h"
#include "changenotice.h"
#include "databaserecovery.h"
#include "installmentrepository.h"
#include "installmentservice.h"
#include "logging.h"
#include "sqlvalues.h"
#include "storedtotals.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>

ChargeVoider::ChargeVoider(QSqlDatabase db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{
}

ChargeService::VoidResult ChargeVoider::voidCharge(qint64 chargeId, const QString &reason)
{
    ChargeService::VoidResult result;
    const QString trimmedReason = reason.trimmed();
    if (trimmedReason.isEmpty()) {
        result.errorMessage = tr("Enter the reason for voiding charge %1.").arg(chargeId);
        return result;
    }
    if (ChargeValidator::characterCount(trimmedReason) > ChargeService::MaxNoteLength) {
        result.errorMessage = tr("The void reason has %1 characters; at most %2 are allowed.")
                                  .arg(ChargeValidator::characterCount(trimmedReason))
                                  .arg(ChargeService::MaxNoteLength);
        return result;
    }

    Transaction transaction(m_db);
    if (!transaction.begin()) {
        result.databaseFailure = true;
        result.errorMessage = DatabaseRecovery::caught(m_db, transaction.error()).message(
            tr("Charge %1 was not voided. Nothing was changed.").arg(chargeId),
            tr("Charge %1 was not voided: the database could not start a transaction (%2). "
               "Try again.")
                .arg(chargeId)
                .arg(transaction.error().text()));
        return result;
    }

    QString error;
    const auto charge = ChargeRepository(m_db).findById(chargeId, &error);
    if (!charge) {
        result.databaseFailure = !error.isEmpty();
        result.errorMessage = error.isEmpty()
            ? tr("Charge %1 does not exist. Check the charge number.").arg(chargeId)
            : tr("Charge %1 was not voided: %2").arg(chargeId).arg(error);
        return result;
    }
    if (charge->isVoid()) {
        result.errorMessage = tr("Charge %1 is already void: voided by %2 on %3.")
                                  .arg(chargeId)
                                  .arg(charge->voidedBy,
                                       charge->voidedAt.toLocalTime().toString(
                                           QStringLiteral("yyyy-MM-dd HH:mm")));
        return result;
    }
    const QString refusal
        = ChargeAccess(m_db, m_actor).changeRefusal(UserAction::VoidCharge, *charge, &error);
    if (!error.isEmpty() || !refusal.isEmpty()) {
        result.databaseFailure = !error.isEmpty();
        result.errorMessage = error.isEmpty()
            ? refusal
            : tr("Charge %1 was not voided: %2").arg(chargeId).arg(error);
        return result;
    }
    if (charge->paid.minorUnits() > 0) {
        result.errorMessage = tr("Charge %1 cannot be voided because %2 of it is paid. Reverse "
                                 "its payments first, then void it.")
                                  .arg(chargeId)
                                  .arg(charge->paid.format());
        return result;
    }

    // A plan of a void charge has nothing left to collect, so it is cancelled
    // with the void, for the same reason and in the same transaction.
    const InstallmentPlanRecord plan = InstallmentRepository(m_db).activePlan(chargeId, &error);
    if (!error.isEmpty()) {
        result.databaseFailure = true;
        result.errorMessage = tr("Charge %1 was not voided: %2").arg(chargeId).arg(error);
        return result;
    }
    if (plan.id != 0) {
        const InstallmentService::Result cancelled
            = InstallmentService(m_db, m_actor).cancelPlan(plan.id, trimmedReason);
        if (!cancelled.succeeded()) {
            result.databaseFailure = cancelled.status == InstallmentService::Result::Status::Failed;
            result.errorMessage = tr("Charge %1 was not voided: %2")
                                      .arg(chargeId)
                                      .arg(cancelled.errorMessage);
            return result;
        }
    }

    const QString voidedAt = utcTimestampNow();
    QSqlQuery update(m_db);
    bool ok = update.prepare(QStringLiteral(
        "UPDATE charges SET status = 'void', voided_by = :by, voided_at = :at, "
        "void_reason = :reason WHERE id = :id AND status = 'posted'"));
    if (ok) {
        update.bindValue(QStringLiteral(":by"), m_actor);
        update.bindValue(QStringLiteral(":at"), voidedAt);
        update.bindValue(QStringLiteral(":reason"), trimmedReason);
        update.bindValue(QStringLiteral(":id"), chargeId);
        ok = update.exec() && update.numRowsAffected() == 1;
    }
    if (!ok)
        error = update.lastError().text();

    if (ok)
        ok = StoredTotals(m_db).add(charge->customerId, charge->billId,
                                   -charge->amount.minorUnits(), &error);
    if (ok) {
        const QVariantMap details = {
            {QStringLiteral("amount_minor"), charge->amount.minorUnits()},
            {QStringLiteral("currency"), charge->amount.currency()},
            {QStringLiteral("customer_id"), charge->customerId},
            {QStringLiteral("bill_id"), idForJson(charge->billId)},
            {QStringLiteral("status"), QStringLiteral("void")},
            {QStringLiteral("voided_at"), voidedAt},
        };
        ok = AuditLog(m_db).append(m_actor, QStringLiteral("charge.void"),
                                   QStringLiteral("charge"), chargeId, details, trimmedReason,
                                   &error);
    }
    if (ok)
        ok = ChangeNotice::send(m_db, charge->customerId, &error);
    if (ok && !transaction.commit()) {
        ok = false;
        error = transaction.error().text();
    }
    if (!ok) {
        result.databaseFailure = true;
        result.errorMessage = DatabaseRecovery::caught(m_db, error).message(
            tr("Charge %1 was not voided. Nothing was changed.").arg(chargeId),
            tr("Charge %1 was not voided: %2. Nothing was changed; try again.")
                .arg(chargeId)
                .arg(error));
        qCWarning(lcService) << "Void of charge" << chargeId << "failed:" << error;
        return result;
    }

    result.ok = true;
    qCInfo(lcService) << "Voided charge" << chargeId << "customer" << charge->customerId << "bill"
                      << charge->billId << "by" << m_actor;
    return result;
}
