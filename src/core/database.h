#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class DatabaseLocation;

// Opens the ChargeDesk database and brings its schema up to date.
//
// SQLite is the embedded default: WAL journal, foreign keys on, a busy
// timeout so a second writer waits instead of failing. A shared PostgreSQL
// database is opened through PostgresqlConnection and migrated with the
// postgresql_000N.sql scripts. The schema is migrated inside one
// transaction; a database written by a newer program is left untouched and
// reported.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // The schema version this program writes and reads.
    static constexpr int SchemaVersion = 7;

    // How long a writer waits for another process's lock, in milliseconds.
    static constexpr int BusyTimeoutMs = 10000;

    // Returns the default database file under QStandardPaths::AppDataLocation.
    static QString defaultPath();

    // Opens the database at location under the Qt connection name
    // connectionName and migrates it. location is the path of an SQLite
    // file, created if needed, or a PostgreSQL URL (see DatabaseLocation)
    // of an existing database. On failure the connection is removed and
    // errorMessage describes what failed and what to do.
    static bool open(const QString &location, const QString &connectionName,
                     QString *errorMessage);

    // Returns the location that open() was given for db's connection, for
    // opening a second connection to the same database in another thread;
    // db.databaseName() for a connection that open() did not make.
    static QString location(const QSqlDatabase &db);

    // Closes and removes the named connection.
    static void close(const QString &connectionName);

    // Returns the schema version stored in db, 0 for an empty database,
    // or -1 when it cannot be read.
    static int storedSchemaVersion(const QSqlDatabase &db);

    // Returns false and sets *errorMessage when the schema of db is not
    // ChargeDesk's or is newer than this program's. Called before anything
    // touches the database, so that it stays untouched.
    static bool checkSchemaVersion(const QSqlDatabase &db, QString *errorMessage);

private:
    static bool openSqlite(const QString &path, const QString &connectionName,
                           QString *errorMessage);
    static bool openPostgresql(const DatabaseLocation &location, const QString &connectionName,
                               QString *errorMessage);
    static bool configureSqlite(QSqlDatabase &db, QString *errorMessage);
};
