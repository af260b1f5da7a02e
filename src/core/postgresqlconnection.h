#pragma once

#include "databaselocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// Opens a Qt connection (QPSQL driver) to the PostgreSQL database of a
// location and prepares the session; Database::open then checks and
// migrates the schema.
//
// No password is passed to Qt, so libpq takes it from PGPASSWORD or
// ~/.pgpass. NUMERIC values, which SUM over BIGINT columns returns, come
// back as exact decimal strings (QSql::HighPrecision), never as doubles.
class PostgresqlConnection
{
    Q_DECLARE_TR_FUNCTIONS(PostgresqlConnection)

public:
    // The oldest server this program supports: identity columns and
    // EXECUTE FUNCTION in triggers need PostgreSQL 11.
    static constexpr int MinimumServerVersion = 110000;

    // Adds and opens the connection connectionName. On failure the
    // connection is removed and errorMessage names the host, the port, the
    // database and what to do.
    static bool open(const DatabaseLocation &location, const QString &connectionName,
                     QString *errorMessage);

    // Closes db, a connection that open() made, and opens it again with the
    // same session setup as open(), for example after the server restarted.
    // On failure db stays closed and *error contains the driver's error: a
    // connection error without SQLSTATE while the server is not reachable.
    static bool reopen(QSqlDatabase db, QSqlError *error);

    // Returns the message for a failed connection attempt: server not
    // reachable, authentication failed, database missing, or another error.
    static QString connectionFailure(const DatabaseLocation &location, const QSqlError &error);

private:
    // The step of startSession() that failed.
    enum class SessionFailure { None, Connect, ReadVersion, OldVersion, Configure };

    // Opens db and prepares the session: checks the server version and sets
    // warnings only, the same lock wait as SQLite's busy timeout and the
    // program's time zone. open() and reopen() both run it, so a session
    // opened again behaves as the first one. Sets *error and *version.
    static SessionFailure startSession(QSqlDatabase &db, QSqlError *error, int *version);

    // Returns the message that names location for a failure of startSession().
    static QString sessionFailureMessage(SessionFailure failure, const DatabaseLocation &location,
                                         const QSqlError &error, int version);
};
