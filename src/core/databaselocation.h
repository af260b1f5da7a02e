#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Where the ChargeDesk database is: an SQLite file, or a PostgreSQL database
// given as a URL, postgresql://user@host:port/dbname.
//
// In the URL the user, the host and the port are optional; libpq then uses
// its defaults (PGUSER or the login name, PGHOST or the local socket,
// PGPORT or 5432). Query parameters are passed to libpq as connection
// options, e.g. ?sslmode=require. A URL with a password is rejected: libpq
// reads the password from PGPASSWORD or ~/.pgpass when none is given, so it
// never appears in a command line, the settings or a log.
class DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)

public:
    enum class Kind { Invalid, SqliteFile, Postgresql };

    // The port when the URL names none.
    static constexpr int DefaultPort = -1;

    DatabaseLocation() = default;

    // Parses what --database gives: a URL that starts with postgresql:// or
    // postgres://, else a file path. Returns an invalid location with
    // errorText() set when the text is empty or the URL is malformed or
    // contains a password.
    static DatabaseLocation parse(const QString &text);

    // Returns true when text names a PostgreSQL database (by its scheme),
    // whether or not the rest of the URL is valid.
    static bool isPostgresqlUrl(const QString &text);

    bool isValid() const { return m_kind != Kind::Invalid; }
    Kind kind() const { return m_kind; }
    bool isPostgresql() const { return m_kind == Kind::Postgresql; }

    // The translated reason why parse() rejected the text.
    QString errorText() const { return m_errorText; }

    // The SQLite file.
    QString filePath() const { return m_filePath; }

    // The parts of a PostgreSQL URL; empty, or DefaultPort, when not given.
    QString userName() const { return m_userName; }
    QString hostName() const { return m_hostName; }
    int port() const { return m_port; }
    QString databaseName() const { return m_databaseName; }

    // libpq connection options from the URL's query, as QPSQL's
    // setConnectOptions() takes them: "key=value" pairs joined by ';'.
    QString connectOptions() const { return m_connectOptions.join(QLatin1Char(';')); }

    // The location for messages and logs: the file path, or the URL. It
    // never contains a password, because parse() rejects URLs with one.
    QString displayText() const;

    // The host for messages: the host name, or what libpq connects to when
    // the URL names none.
    QString displayHost() const;

    // The port for messages: the port, or 5432 (libpq's default).
    int displayPort() const;

    // Returns text fit for a log: a PostgreSQL URL without its password,
    // anything else unchanged. For logging what the user typed before it is
    // parsed.
    static QString redacted(const QString &text);

private:
    static DatabaseLocation invalid(const QString &errorText);
    static DatabaseLocation parsePostgresql(const QString &text);

    Kind m_kind = Kind::Invalid;
    QString m_errorText;
    QString m_filePath;
    QString m_userName;
    QString m_hostName;
    int m_port = DefaultPort;
    QString m_databaseName;
    QStringList m_connectOptions;
};
