#pragma once

#include <QCoreApplication>
#include <QString>

class DatabaseLocation;
class QSqlDatabase;

// Tries a database location on a temporary connection of its own, as the
// Test Connection button of Settings › Database Connection does, and
// describes what it found. It changes nothing: a missing SQLite file is not created,
// an existing one is opened read-only, and nothing is migrated.
//
// run() blocks until the server responds or the timeout passes, so a window
// calls it in a worker thread. Each call uses its own connection name, so
// calls may run in several threads at once.
class ConnectionCheck
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionCheck)

public:
    // How long libpq waits for a PostgreSQL server, in seconds, per address
    // of the host. libpq treats values below 2 as 2.
    static constexpr int DefaultTimeoutSeconds = 5;

    struct Result
    {
        bool succeeded = false;

        // A translated sentence or two: what was reached and the state of
        // its schema, or what failed and what to do.
        QString message;

        // The PostgreSQL server's version, e.g. "15.8 (Debian 15.8-0+deb12u1)";
        // empty for SQLite or when the server was not reached.
        QString serverVersion;

        // The schema version stored in the database: 0 for an empty or
        // missing one, -1 when it was not read or is not ChargeDesk's.
        int schemaVersion = -1;
    };

    // Tries location, a file path or a PostgreSQL URL as
    // DatabaseLocation::parse() reads it. timeoutSeconds replaces any
    // connect_timeout of the URL.
    static Result run(const QString &location, int timeoutSeconds = DefaultTimeoutSeconds);

private:
    static Result checkSqliteFile(const QString &path);
    static Result checkPostgresql(const DatabaseLocation &location, int timeoutSeconds);

    // Reads the schema version of db into result and adds the sentence
    // about it; fails the result for a foreign or newer schema.
    static void describeSchema(const QSqlDatabase &db, Result *result);

    static QString newConnectionName();
};
