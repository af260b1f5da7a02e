#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// A database error sorted by its cause in the environment (a full disk, a
// read-only file, another program's lock, a failing disk, a lost server
// connection), with a translated message that names the database and says
// what to do.
//
// SQLite errors are sorted by the result code that the QSQLITE driver puts
// in QSqlError::nativeErrorCode(); PostgreSQL errors by the SQLSTATE that
// the QPSQL driver puts there. Errors that are not one of these faults
// (a constraint, a syntax error) are of kind Other, and the caller keeps
// its own message for them.
class DatabaseFault
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseFault)

public:
    enum class Kind {
        None,           // no error
        DiskFull,       // SQLITE_FULL; SQLSTATE 53100
        ReadOnly,       // SQLITE_READONLY, SQLITE_PERM; SQLSTATE 25006
        Locked,         // SQLITE_BUSY, SQLITE_LOCKED; SQLSTATE 55P03
        IoError,        // SQLITE_IOERR; SQLSTATE 58030
        CannotOpen,     // SQLITE_CANTOPEN: the file or its folder cannot be opened
        Corrupt,        // SQLITE_CORRUPT, SQLITE_NOTADB; SQLSTATE XX001, XX002
        ConnectionLost, // SQLSTATE class 08, 57P01 to 57P03, or a QPSQL connection error
        // SQLSTATE 42501: the server refused a statement to the login's role
        PermissionDenied,
        Other,          // any other error: not a fault of the environment
    };

    DatabaseFault() = default;

    // Sorts error, raised on db. db also gives the database that messages
    // name.
    static DatabaseFault fromError(const QSqlError &error, const QSqlDatabase &db);

    // Sorts an error that reached the caller only as text, such as
    // QSqlError::text() passed on by a repository. SQLite puts the fixed
    // text of its result code (sqlite3_errstr()) in that text, and QPSQL
    // the SQLSTATE in brackets, so both are recognized. Other text is of
    // kind Other.
    static DatabaseFault fromText(const QString &errorText, const QSqlDatabase &db);

    // Sorts an SQLite result code, primary or extended.
    static Kind kindOfSqliteCode(int code);

    // Sorts a PostgreSQL SQLSTATE such as "08006".
    static Kind kindOfSqlState(const QString &sqlState);

    Kind kind() const { return m_kind; }

    // True for every kind except None and Other. A refused grant counts,
    // because its cause is the login's role, not the data.
    bool isEnvironmentFault() const;

    // True when the connection must be closed and opened again before it
    // writes: after an I/O error SQLite may hold stale file handles (a
    // write-ahead log that was removed, a file opened read-only), and a
    // lost server connection cannot go on.
    bool needsReconnect() const;

    // The database as messages name it: the file's path, or the server and
    // database of a PostgreSQL connection.
    QString databaseName() const { return m_databaseName; }

    // The error as the driver reported it, for logs.
    QString errorText() const { return m_errorText; }

    // Returns the translated cause and what to do, in one or two sentences
    // that name the database, e.g. "The disk that holds the database “…”
    // is full. Free space on that disk, then try again." Empty for None
    // and Other.
    QString explanation() const;

    // Returns outcome (a sentence such as "The charge was not saved.")
    // followed by explanation() for an environment fault, otherwise
    // otherMessage.
    QString message(const QString &outcome, const QString &otherMessage) const;

    // Returns a name of kind for logs, such as "disk full".
    static const char *kindName(Kind kind);

private:
    static QString describedName(const QSqlDatabase &db);
    static QString loginName(const QSqlDatabase &db);

    Kind m_kind = Kind::None;
    QString m_databaseName;
    QString m_errorText;
    bool m_server = false; // a PostgreSQL server rather than a file
    QString m_userName;    // the PostgreSQL login, for PermissionDenied
};
