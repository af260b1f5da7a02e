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
// active on it, and before each transaction until one commits. On SQLite a
// connection also checks before each transaction that its write-ahead log
// file still exists. When another program removed it, the committed
// changes that only the connection's open log handle still reaches are
// copied into the database file first. If that copy fails, the
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

    // Removes the mark of db once a transaction committed on it.
    static void transactionCommitted(const QSqlDatabase &db);

    // Forgets the connection connectionName; Database::close() calls it.
    static void forget(const QString &connectionName);

private:
    // Closes db and opens it with the same settings.
    static bool reopen(QSqlDatabase db, QSqlError *error);

    // On SQLite in WAL mode, when the -wal file is missing, copies every
    // change into the database file through the connection's open handle.
    // Sets *orphaned to whether the log was missing.
    static bool checkpointOrphanedLog(QSqlDatabase db, bool *orphaned, QSqlError *error);
};
