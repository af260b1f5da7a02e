#include "periodlockservice.h"

#include "auditedinsert.h"
#include "chargevalidator.h"
#include "logging.h"
#include "periodlock.h"
#include "sqlvalues.h"
#include "transaction.h"
#include "usercontext.h"

PeriodLockService::PeriodLockService(QSqlDatabase db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{
}

PeriodLockService::Result PeriodLockService::move(const QDate &date, const QString &reason)
{
    Result result;
    qCInfo(lcService) << "Moving the period lock date to" << date << "by" << m_actor;

    Transaction transaction(m_db);
    if (!transaction.begin()) {
        result.errorMessage = tr("The period lock date was not moved: the database could not "
                                 "start a transaction (%1). Try again.")
                                  .arg(transaction.error().text());
        return result;
    }

    // The role and the current lock are read under the write lock, so
    // neither can change before the commit.
    QString error;
    const UserContext user = UserContext::resolve(m_db, m_actor, &error);
    const PeriodLockMove current = error.isEmpty() ? PeriodLock(m_db).current(&error)
                                                   : PeriodLockMove();
    if (!error.isEmpty()) {
        result.errorMessage = tr("The period lock date was not moved: %1. Try again.").arg(error);
        qCWarning(lcService) << "Period lock check failed:" << error;
        return result;
    }

    result.status = Result::Status::Rejected;
    result.errorMessage = user.refusal(UserAction::MovePeriodLock);
    if (result.errorMessage.isEmpty())
        result.errorMessage = rejection(current.lockDate, date, reason);
    if (!result.errorMessage.isEmpty()) {
        qCInfo(lcService) << "Period lock move rejected:" << result.errorMessage;
        return result;
    }

    const QString trimmedReason = reason.trimmed();
    const QString oldDate = current.lockDate.isValid() ? current.lockDate.toString(Qt::ISODate)
                                                       : QString();
    const QString newDate = date.toString(Qt::ISODate);
    const QVariantMap details = {
        {QStringLiteral("old_date"), oldDate.isEmpty() ? QVariant() : QVariant(oldDate)},
        {QStringLiteral("new_date"), newDate},
    };
    qint64 moveId = 0;
    const bool ok = AuditedInsert(m_db, m_actor)
                        .exec(QStringLiteral("INSERT INTO period_locks (lock_date, reason, "
                                             "moved_by, moved_at) VALUES (:lock_date, :reason, "
                                             ":created_by, :created_at)"),
                              {{QStringLiteral(":lock_date"), newDate},
                               {QStringLiteral(":reason"), notNull(trimmedReason)}},
                              QStringLiteral("period_lock.move"), QStringLiteral("period_lock"),
                              details, trimmedReason, &moveId, &error);
    if (!ok || !transaction.commit()) {
        if (error.isEmpty())
            error = transaction.error().text();
        result.status = Result::Status::Failed;
        result.errorMessage = tr("The period lock date was not moved: %1. Nothing was changed; "
                                 "try again.")
                                  .arg(error);
        qCWarning(lcService) << "Period lock move failed:" << error;
        return result;
    }

    result.status = Result::Status::Committed;
    result.moveId = moveId;
    qCInfo(lcService) << "Committed period lock move" << moveId << "from"
                      << (oldDate.isEmpty() ? QStringLiteral("none") : oldDate) << "to" << newDate
                      << "by" << m_actor;
    return result;
}

QString PeriodLockService::rejection(const QDate &current, const QDate &date,
                                     const QString &reason) const
{
    const QDate today = QDate::currentDate();
    if (!date.isValid())
        return tr("Enter the new period lock date as YYYY-MM-DD.");
    if (date > today) {
        return tr("The period lock date %1 is after today, %2. Days that have not ended cannot "
                  "be closed; choose today or an earlier date.")
            .arg(date.toString(Qt::ISODate), today.toString(Qt::ISODate));
    }
    if (current.isValid() && date == current)
        return tr("The period lock date is %1 already.").arg(date.toString(Qt::ISODate));

    const int length = ChargeValidator::characterCount(reason.trimmed());
    if (length > MaxReasonLength) {
        return tr("The reason has %1 characters; at most %2 are allowed.")
            .arg(length)
            .arg(MaxReasonLength);
    }
    if (current.isValid() && date < current && length == 0) {
        return tr("Moving the period lock date back from %1 to %2 reopens the days in between "
                  "for changes. Enter the reason for reopening them.")
            .arg(current.toString(Qt::ISODate), date.toString(Qt::ISODate));
    }
    return {};
}
