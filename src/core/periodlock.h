#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// One move of the period lock date, as period_locks stores it.
struct PeriodLockMove
{
    qint64 id = 0;
    QDate lockDate; // invalid when there is no lock
    QString reason;
    QString movedBy;
    QDateTime movedAt; // UTC
};

// The period lock (关账日期): nothing dated on or before the lock date is
// written. A charge is dated by the local day of its created_at, and its
// void or approval by that day too. A payment is dated by its payment date,
// and its reversal by that date too. An installment plan is dated by the
// day it is made or cancelled. Triggers in the schema refuse the same
// writes, so a direct insert is refused too.
//
// The services read the lock inside their transaction, where the write lock
// keeps it from moving before they commit.
//
// NOTE: bills, which the Northwind and CSV imports write, are not checked
// against the lock, so an import can still add a bill issued in a closed
// period.
class PeriodLock
{
    Q_DECLARE_TR_FUNCTIONS(PeriodLock)

public:
    // The kind of write that a refusal is about.
    enum class Entry {
        NewCharge,        // the date is the day the charge is written
        ChargeVoid,       // the charge's day
        ChargeApproval,   // the charge's day
        NewPayment,       // the payment date
        PaymentReversal,  // the payment's date
        PlanCreation,     // the day the plan is made
        PlanCancellation, // the day the plan is cancelled
    };

    explicit PeriodLock(QSqlDatabase db) : m_db(std::move(db)) {}

    // Returns the move in force: id 0 and an invalid lockDate when there is
    // no lock. Sets *error when the query fails.
    PeriodLockMove current(QString *error) const;

    // Returns every move, newest first.
    QList<PeriodLockMove> history(QString *error) const;

    // Returns the refusal of entry dated date, translated: it names the
    // date, the lock date and who may move the lock. Empty when date is
    // after the lock date or there is no lock. id is the charge or payment
    // (0 for a new one). Sets *error when a query fails.
    QString refusal(Entry entry, const QDate &date, qint64 id, QString *error) const;

    // Returns a sentence that names who may move the lock date: the active
    // admins, or every user while no user is set up.
    QString whoCanMove(QString *error) const;

private:
    QList<PeriodLockMove> select(const QString &tail, QString *error) const;

    QSqlDatabase m_db;
};
