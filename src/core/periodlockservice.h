#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

// The only code that moves the period lock date (关账日期). Only an admin
// may move it. The new date is not after today. Moving it to an earlier
// date reopens closed days and needs a reason; moving it forward takes an
// optional one. Each move is a new row of period_locks with its audit
// record (period_lock.move, with the old and the new date), written in one
// transaction.
class PeriodLockService
{
    Q_DECLARE_TR_FUNCTIONS(PeriodLockService)

public:
    // Maximum length of a reason, in characters.
    static constexpr int MaxReasonLength = 500;

    struct Result
    {
        enum class Status {
            Committed, // the lock date moved
            Rejected,  // not allowed, or an invalid date or reason
            Failed,    // the database failed; nothing was written
        };

        Status status = Status::Failed;
        qint64 moveId = 0;    // the new row of period_locks
        QString errorMessage; // translated, for Rejected and Failed

        bool succeeded() const { return status == Status::Committed; }
    };

    // actor is recorded as the author of every move; see currentActor().
    PeriodLockService(QSqlDatabase db, QString actor);

    // Moves the lock date to date, with reason (required when date is
    // earlier than the current lock date).
    Result move(const QDate &date, const QString &reason);

private:
    // Returns why the move is rejected, empty when it may be written.
    QString rejection(const QDate &current, const QDate &date, const QString &reason) const;

    QSqlDatabase m_db;
    QString m_actor;
};
