#include "installmentservice.h"

#include "auditlog.h"
#include "chargevalidator.h"
#include "dateformat.h"
#include "installmentplanvalidator.h"
#include "installmentrepository.h"
#include "logging.h"
#include "lookuprepository.h"
#include "sqlstatement.h"
#include "sqlvalues.h"
#include "transaction.h"
#include "usercontext.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// Returns true when plan has the due dates and amounts of request.
bool sameInstallments(const InstallmentPlanRecord &plan, const InstallmentPlanRequest &request)
{
    if (plan.chargeId != request.chargeId
        || plan.installments.size() != request.installments.size()) {
        return false;
    }
    for (int i = 0; i < plan.installments.size(); ++i) {
        const InstallmentRecord &stored = plan.installments.at(i);
        const InstallmentDraft &asked = request.installments.at(i);
        if (stored.dueDate != asked.dueDate || stored.amount != asked.amount)
            return false;
    }
    return true;
}

QString joinedMessages(const QList<FieldError> &errors)
{
    QStringList lines;
    for (const FieldError &error : errors)
        lines << error.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

InstallmentService::InstallmentService(QSqlDatabase db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{
}

QString InstallmentService::accessRefusal(PeriodLock::Entry entry, qint64 planId,
                                          QString *error) const
{
    const QString refusal = UserContext::resolve(m_db, m_actor, error)
                                .refusal(UserAction::ManageInstallmentPlans);
    if (!error->isEmpty() || !refusal.isEmpty())
        return refusal;

    // A plan is dated by the day it is made or cancelled.
    return PeriodLock(m_db).refusal(entry, QDate::currentDate(), planId, error);
}

QList<FieldError> InstallmentService::validate(const InstallmentPlanRequest &request) const
{
    QList<FieldError> errors;
    ChargeRecord charge;
    QString queryError;
    const QString refusal = accessRefusal(PeriodLock::Entry::PlanCreation, 0, &queryError);
    if (!refusal.isEmpty())
        errors << FieldError{QStringLiteral("created_at"), refusal};
    if (!queryError.isEmpty()
        || !InstallmentPlanValidator(m_db).validate(request, &errors, &charge, &queryError)) {
        errors << FieldError{QStringLiteral("charge_id"),
                             tr("The plan could not be checked because the database reported "
                                "an error: %1. Try again.")
                                 .arg(queryError)};
    }
    return errors;
}

QString InstallmentService::summary(const InstallmentPlanRequest &request) const
{
    const QLocale locale;
    QList<FieldError> errors;
    ChargeRecord charge;
    QString queryError;
    InstallmentPlanValidator(m_db).validate(request, &errors, &charge, &queryError);
    if (charge.id == 0)
        return {};

    const QString feeType = LookupRepository(m_db).label(LookupRepository::Table::FeeTypes,
                                                         charge.feeTypeCode, currentUiLanguage());
    QStringList sentences;
    // A valid plan has at least two installments, so the plural always fits.
    sentences << tr("Charge %1 (%2, %3) will be paid in %4 installments:")
                     .arg(QString::number(charge.id), feeType, charge.amount.format(locale),
                          QString::number(request.installments.size()));
    for (int i = 0; i < request.installments.size(); ++i) {
        const InstallmentDraft &draft = request.installments.at(i);
        //: One line of an installment plan: number, amount and due date.
        sentences << tr("%1. %2 due %3")
                         .arg(QString::number(i + 1), draft.amount.format(locale),
                              formatDate(draft.dueDate, locale));
    }
    sentences << tr("Each installment is paid on its own, and reminders follow the "
                    "installments' due dates instead of the charge's due date %1.")
                     .arg(formatDate(charge.dueDate, locale));
    return sentences.join(QLatin1Char('\n'));
}

InstallmentService::Result InstallmentService::createPlan(const InstallmentPlanRequest &request)
{
    Result result;
    qCInfo(lcPayment) << "Creating installment plan for charge" << request.chargeId
                      << "request key" << request.requestKey;

    Transaction transaction(m_db);
    if (!transaction.begin()) {
        result.errorMessage = tr("The plan was not saved: the database could not start a "
                                 "transaction (%1). Nothing was written; try again.")
                                  .arg(transaction.error().text());
        return result;
    }

    QString error;
    const InstallmentRepository plans(m_db);
    const auto existing = plans.findByRequestKey(request.requestKey, &error);
    ChargeRecord charge;
    QString refusal;
    if (error.isEmpty() && !existing)
        refusal = accessRefusal(PeriodLock::Entry::PlanCreation, 0, &error);
    if (!refusal.isEmpty())
        result.errors << FieldError{QStringLiteral("created_at"), refusal};
    else if (error.isEmpty() && !existing)
        InstallmentPlanValidator(m_db).validate(request, &result.errors, &charge, &error);
    if (!error.isEmpty()) {
        result.errorMessage = tr("The plan was not saved: %1. Nothing was written; try again.")
                                  .arg(error);
        qCWarning(lcPayment) << "Plan check failed, charge" << request.chargeId << ":" << error;
        return result;
    }

    result.status = Result::Status::Rejected;
    if (existing) {
        if (sameInstallments(*existing, request)) {
            result.status = Result::Status::Replayed;
            result.planId = existing->id;
            return result;
        }
        result.errorMessage = tr("The request key %1 was already used for installment plan %2 "
                                 "with other values. Start a new plan.")
                                  .arg(request.requestKey)
                                  .arg(existing->id);
        return result;
    }
    if (!result.errors.isEmpty()) {
        result.errorMessage = joinedMessages(result.errors);
        qCInfo(lcPayment) << "Plan rejected, charge" << request.chargeId << ":"
                          << result.errorMessage;
        return result;
    }

    qint64 planId = 0;
    if (!insertPlan(request, charge, &planId, &error) || !transaction.commit()) {
        if (error.isEmpty())
            error = transaction.error().text();
        transaction.rollback();
        result.status = Result::Status::Failed;
        result.errorMessage = tr("The plan was not saved: %1. Nothing was written; try again.")
                                  .arg(error);
        qCWarning(lcPayment) << "Plan for charge" << request.chargeId << "failed:" << error;
        return result;
    }

    result.status = Result::Status::Committed;
    result.planId = planId;
    qCInfo(lcPayment) << "Committed installment plan" << planId << "charge" << charge.id
                      << "installments" << request.installments.size() << "by" << m_actor;
    return result;
}

bool InstallmentService::insertPlan(const InstallmentPlanRequest &request,
                                    const ChargeRecord &charge, qint64 *planId, QString *error)
{
    SqlStatement plan(m_db, QStringLiteral(
        "INSERT INTO installment_plans (request_key, charge_id, status, created_by, created_at) "
        "VALUES (:request_key, :charge_id, 'active', :created_by, :created_at)"));
    if (!plan.isPrepared()) {
        *error = plan->lastError().text();
        return false;
    }
    plan->bindValue(QStringLiteral(":request_key"), request.requestKey);
    plan->bindValue(QStringLiteral(":charge_id"), charge.id);
    plan->bindValue(QStringLiteral(":created_by"), m_actor);
    plan->bindValue(QStringLiteral(":created_at"), utcTimestampNow());
    if (!plan->exec()) {
        *error = plan->lastError().text();
        return false;
    }
    *planId = plan->lastInsertId().toLongLong();

    SqlStatement installment(m_db, QStringLiteral(
        "INSERT INTO installments (plan_id, charge_id, seq, due_date, amount_minor, currency) "
        "VALUES (:plan_id, :charge_id, :seq, :due_date, :amount_minor, :currency)"));
    if (!installment.isPrepared()) {
        *error = installment->lastError().text();
        return false;
    }
    QVariantList details;
    for (int i = 0; i < request.installments.size(); ++i) {
        const InstallmentDraft &draft = request.installments.at(i);
        installment->bindValue(QStringLiteral(":plan_id"), *planId);
        installment->bindValue(QStringLiteral(":charge_id"), charge.id);
        installment->bindValue(QStringLiteral(":seq"), i + 1);
        installment->bindValue(QStringLiteral(":due_date"), draft.dueDate.toString(Qt::ISODate));
        installment->bindValue(QStringLiteral(":amount_minor"), draft.amount.minorUnits());
        installment->bindValue(QStringLiteral(":currency"), draft.amount.currency());
        if (!installment->exec()) {
            *error = installment->lastError().text();
            return false;
        }
        details << QVariantMap{{QStringLiteral("seq"), i + 1},
                               {QStringLiteral("due_date"), draft.dueDate.toString(Qt::ISODate)},
                               {QStringLiteral("amount_minor"), draft.amount.minorUnits()}};
    }

    const QVariantMap audit = {
        {QStringLiteral("request_key"), request.requestKey},
        {QStringLiteral("charge_id"), charge.id},
        {QStringLiteral("currency"), charge.amount.currency()},
        {QStringLiteral("installments"), details},
    };
    return AuditLog(m_db).append(m_actor, QStringLiteral("installment_plan.add"),
                                 QStringLiteral("installment_plan"), *planId, audit, QString(),
                                 error);
}

InstallmentService::Result InstallmentService::cancelPlan(qint64 planId, const QString &reason)
{
    Result result;
    result.status = Result::Status::Rejected;
    result.planId = planId;
    const QString trimmedReason = reason.trimmed();
    if (trimmedReason.isEmpty()) {
        result.errorMessage = tr("Enter the reason for cancelling installment plan %1.")
                                  .arg(planId);
    } else if (ChargeValidator::characterCount(trimmedReason) > MaxReasonLength) {
        result.errorMessage = tr("The cancel reason has %1 characters; at most %2 are allowed.")
                                  .arg(ChargeValidator::characterCount(trimmedReason))
                                  .arg(MaxReasonLength);
    }
    if (!result.errorMessage.isEmpty()) {
        result.errors << FieldError{QStringLiteral("cancel_reason"), result.errorMessage};
        return result;
    }

    Transaction transaction(m_db);
    if (!transaction.begin()) {
        result.status = Result::Status::Failed;
        result.errorMessage = tr("Installment plan %1 was not cancelled: the database could not "
                                 "start a transaction (%2). Try again.")
                                  .arg(planId)
                                  .arg(transaction.error().text());
        return result;
    }
    const bool nested = transaction.isNested();

    QString error;
    const InstallmentPlanRecord plan = InstallmentRepository(m_db).plan(planId, &error);
    if (!error.isEmpty()) {
        result.status = Result::Status::Failed;
        result.errorMessage = tr("Installment plan %1 was not cancelled: %2").arg(planId).arg(error);
        return result;
    }
    result.errorMessage = cancelRejection(plan, planId);
    if (result.errorMessage.isEmpty())
        result.errorMessage = accessRefusal(PeriodLock::Entry::PlanCancellation, planId, &error);
    if (!error.isEmpty()) {
        result.status = Result::Status::Failed;
        result.errorMessage = tr("Installment plan %1 was not cancelled: %2").arg(planId).arg(error);
        return result;
    }
    if (!result.errorMessage.isEmpty())
        return result;

    if (!writeCancel(plan, trimmedReason, &error) || !transaction.commit()) {
        if (error.isEmpty())
            error = transaction.error().text();
        transaction.rollback();
        result.status = Result::Status::Failed;
        result.errorMessage = tr("Installment plan %1 was not cancelled: %2. Nothing was "
                                 "changed; try again.")
                                  .arg(planId)
                                  .arg(error);
        qCWarning(lcPayment) << "Cancel of installment plan" << planId << "failed:" << error;
        return result;
    }

    result.status = Result::Status::Committed;
    qCInfo(lcPayment) << (nested ? "Cancelled installment plan (commits with the enclosing "
                                   "transaction)"
                                 : "Cancelled installment plan")
                      << planId << "charge" << plan.chargeId << "by" << m_actor;
    return result;
}

QString InstallmentService::cancelRejection(const InstallmentPlanRecord &plan,
                                            qint64 planId) const
{
    if (plan.id == 0)
        return tr("Installment plan %1 does not exist. Check the plan number.").arg(planId);
    if (!plan.isActive()) {
        return tr("Installment plan %1 is already cancelled: cancelled by %2 on %3.")
            .arg(QString::number(planId), plan.cancelledBy,
                 formatDateTime(plan.cancelledAt));
    }
    for (const InstallmentRecord &installment : plan.installments) {
        if (installment.paid.minorUnits() > 0) {
            return tr("Installment %1 of plan %2 has payments of %3. Reverse them before "
                      "cancelling the plan.")
                .arg(QString::number(installment.seq), QString::number(planId),
                     installment.paid.format());
        }
    }
    return {};
}

bool InstallmentService::writeCancel(const InstallmentPlanRecord &plan, const QString &reason,
                                     QString *error)
{
    SqlStatement update(m_db, QStringLiteral(
        "UPDATE installment_plans SET status = 'cancelled', cancelled_by = :by, "
        "cancelled_at = :at, cancel_reason = :reason WHERE id = :id AND status = 'active'"));
    if (!update.isPrepared()) {
        *error = update->lastError().text();
        return false;
    }
    update->bindValue(QStringLiteral(":by"), m_actor);
    update->bindValue(QStringLiteral(":at"), utcTimestampNow());
    update->bindValue(QStringLiteral(":reason"), reason);
    update->bindValue(QStringLiteral(":id"), plan.id);
    if (!update->exec() || update->numRowsAffected() != 1) {
        *error = update->lastError().isValid()
            ? update->lastError().text()
            : tr("installment plan %1 is no longer active").arg(plan.id);
        return false;
    }

    const QVariantMap details = {
        {QStringLiteral("charge_id"), plan.chargeId},
        {QStringLiteral("installment_count"), plan.installments.size()},
    };
    return AuditLog(m_db).append(m_actor, QStringLiteral("installment_plan.cancel"),
                                 QStringLiteral("installment_plan"), plan.id, details, reason,
                                 error);
}
