#pragma once

#include <QSqlDatabase>
#include <QSqlError>

// Serialises writers that must not interleave on a shared PostgreSQL
// database, with advisory locks that PostgreSQL releases when the
// transaction ends (pg_advisory_xact_lock).
//
// Under READ COMMITTED two sessions could both run a duplicate or open
// amount check before either inserts, and both pass. A writer that takes
// the lock of the customer first sees every write of the customer that
// committed before, and no other such writer can start until it ends.
//
// On SQLite every function returns true at once: a Transaction there starts
// with BEGIN IMMEDIATE, which holds the database's only write lock.
class WriteLock
{
public:
    // Takes the lock of customerId for the rest of the current transaction.
    // Call it inside a Transaction before the first read that a check
    // depends on. Waits up to the session's lock_timeout; false with error
    // set when the lock was not granted (a time-out, or a deadlock that
    // PostgreSQL broke by failing this call with SQLSTATE 40P01).
    static bool lockCustomer(const QSqlDatabase &db, qint64 customerId, QSqlError *error);

    // Takes the lock of schema migrations for the rest of the current
    // transaction, waiting as long as another program migrates.
    static bool lockMigration(const QSqlDatabase &db, QSqlError *error);

private:
    // The first key of every ChargeDesk lock, so that other applications on
    // the same database are unlikely to use the same pair of keys.
    enum class Subject : int {
        Migration = 0x43440001,
        Customer = 0x43440002,
    };

    static bool lock(const QSqlDatabase &db, Subject subject, qint64 id, QSqlError *error);
};
