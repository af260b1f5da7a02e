#pragma once

#include "databasefault.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// Keeps a connection that hit a fault from writing where the write could be
// lost, and brings it back once the cause is gone.
//
// After an I/O error, a read-only refusal or a lost server connection, the
// connection is closed and opened again: at once when no transaction is
// active on it, and before each transaction until one commits or, on
// PostgreSQL, until a reopen succeeds. A PostgreSQL connection gets the
// session setup of its first open again (PostgresqlConnection::reopen()),
// so the lock timeout and the time zone stay the same.
//
// QPSQL (Qt 6.4) closes a connection by itself when the server ends it, and
// every later query on it fails without an error text. Such a connection is
// opened again before the next transaction and before reads that call
// prepareForRead(). ConnectionReopenNotifier announces each reopen.
//
// NOTE: when the connection is lost while COMMIT is on its way, the server
// may have committed, yet the services report that nothing was written.
// The next attempt with the same request key then returns that charge or
// payment rather than writing it twice; tests end sessions only before
// COMMIT.
//
// On SQLite a connection also checks before each transaction that its
// write-ahead log file still exists. When another program removed it, the
// committed changes that only the connection's open log handle still
// reaches are copied into the database file first. If that copy fails, the
// transaction is refused and the connection stays open until the copy
// succeeds, so that no acknowledged write is lost.
//
// Transaction::begin() calls prepareForWrite(), so every write goes through
// here. Services call caught() with the errors they turn into messages.
//
// NOTE: a program that closes while that copy still fails loses those
// changes, because SQLite drops the removed log with the handle.
class DatabaseRecovery
{
public:
    // Sorts error, caught by the caller on db, logs it, and opens the
    // connection again when the fault needs it (see above). Returns the
    // fault, whose message() the caller shows.
    static DatabaseFault caught(QSqlDatabase db, const QSqlError &error);

    // Does the same for an error that reached the caller as text.
    static DatabaseFault caught(QSqlDatabase db, const QString &errorText);

    // Marks db to be opened again before its next transaction; reason is
    // for the log.
    static void reopenBeforeNextTransaction(const QSqlDatabase &db, const QString &reason);

    // Returns true when db is marked to be opened again.
    static bool isMarkedForReopen(const QSqlDatabase &db);

    // Makes db fit to start a transaction: copies an orphaned write-ahead
    // log into the database file and opens a marked connection again.
    // Returns false and sets *error when db must not write now. A marked
    // connection is opened again before every transaction until one
    // commits.
    static bool prepareForWrite(QSqlDatabase db, QSqlError *error);

    // The purpose of a read: a user's action, such as checking a charge, or
    // a view that shows rows.
    enum class Reader { Action, View };

    // Opens db again before a read when QPSQL closed it after a lost
    // connection or an earlier reopen failed, unless a transaction is
    // active on it. Returns false and sets *error when db stays closed. For
    // a View it tries only once ReadReconnectIntervalMs have passed since
    // the last failed reopen, so that a window that refreshes several lists
    // while the server does not respond waits for one connect timeout, not
    // one per list.
    static bool prepareForRead(QSqlDatabase db, QSqlError *error, Reader reader);

    // Milliseconds between two attempts of prepareForRead() for a View.
    static constexpr int ReadReconnectIntervalMs = 5000;

    // Removes the mark of db once a transaction committed on it.
    static void transactionCommitted(const QSqlDatabase &db);

    // Forgets the connection connectionName; Database::close() calls it.
    static void forget(const QString &connectionName);

private:
    // Closes db and opens it with the same settings, and announces it.
    static bool reopen(QSqlDatabase db, QSqlError *error);
    static bool reopenSqlite(QSqlDatabase db, QSqlError *error);

    // Returns true when QPSQL or a failed reopen left db closed while it is
    // still a registered connection.
    static bool wasClosedByFault(const QSqlDatabase &db);

    // On SQLite in WAL mode, when the -wal file is missing, copies every
    // change into the database file through the connection's open handle.
    // Sets *orphaned to whether the log was missing.
    static bool checkpointOrphanedLog(QSqlDatabase db, bool *orphaned, QSqlError *error);
};
