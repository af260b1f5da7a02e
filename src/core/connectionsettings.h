#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSettings>
#include <QString>

// The database connection chosen under Settings › Database Connection: the
// embedded SQLite file, or a shared PostgreSQL database given by host, port,
// database name and user name. Checks each field, builds the location that
// Database::open() and --database take, and stores that location in
// QSettings (key "database/location"), where the program reads it at start
// when no --database is given.
//
// A password is never part of it: there is no field for one, a user name
// that looks like "user:password" is rejected, and a stored URL with a
// password is rejected when read. libpq reads the password from PGPASSWORD
// or from the password file (passwordFilePath()).
class ConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)

public:
    enum class Kind { SqliteFile, Postgresql };
    enum class Field { FilePath, HostName, Port, DatabaseName, UserName };

    // A field's value rejected by problems(), with the translated message
    // that names the field and the value and what to do.
    struct Problem
    {
        Field field;
        QString message;
    };

    // The QSettings key of the saved location.
    static const QString LocationKey;

    // PostgreSQL's usual port, which a new form proposes.
    static constexpr int DefaultPostgresqlPort = 5432;

    Kind kind = Kind::SqliteFile;
    QString filePath;

    // The PostgreSQL fields as typed; the port is text so that a wrong
    // entry can be named in its message.
    QString hostName;
    QString port = QString::number(DefaultPostgresqlPort);
    QString databaseName;
    QString userName;

    // libpq options of a URL the settings were read from, such as
    // "sslmode=require", as "key=value" pairs joined by ';'. The form has no
    // field for them; they are kept so that saving does not drop them.
    QString connectOptions;

    // Returns the settings of location (a file path or a PostgreSQL URL as
    // DatabaseLocation::parse() reads it), with a relative file path made
    // absolute. When location is invalid, for example because the URL
    // contains a password, sets *error and returns the default SQLite file.
    static ConnectionSettings fromLocation(const QString &location, QString *error);

    // Returns the problems of the fields of kind, in the order of the form;
    // empty when the settings can be saved. Checks the file system for the
    // SQLite file's folder but creates nothing.
    QList<Problem> problems() const;

    // Returns the message for field, or an empty string when it is valid.
    QString problem(Field field) const;

    // Returns the location for Database::open(): the file path, or the URL
    // postgresql://user@host:port/database with the kept options. Only
    // meaningful when problems() is empty.
    QString location() const;

    // Returns the location saved in settings, trimmed; empty when none is.
    static QString savedLocation(QSettings &settings);
    static QString savedLocation();

    // Returns the location a program opens at start: commandLine (what
    // --database gives) when it is not empty, else the saved location, else
    // Database::defaultPath().
    static QString startupLocation(const QString &commandLine, QSettings &settings);

    // Saves location() in settings. Returns false with a translated message
    // when a field is invalid, the location contains a password, or the
    // settings cannot be written.
    bool save(QSettings &settings, QString *error) const;

    // Returns the file libpq reads passwords from on this system: the file
    // PGPASSFILE names, else %APPDATA%\postgresql\pgpass.conf on Windows
    // and ~/.pgpass elsewhere, with native separators.
    static QString passwordFilePath();

private:
    QString filePathProblem() const;
    QString hostNameProblem() const;
    QString portProblem() const;
    QString databaseNameProblem() const;
    QString userNameProblem() const;
};
