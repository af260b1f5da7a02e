#include "postgresqlconnection.h"

#include "database.h"
#include "logging.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace {

// The seconds libpq waits for the server to respond before it gives up, so
// that a server that is gone is reported instead of hanging the program.
constexpr int ConnectTimeoutSeconds = 10;

bool mentionsAny(const QString &text, std::initializer_list<const char *> phrases)
{
    for (const char *phrase : phrases) {
        if (text.contains(QLatin1String(phrase), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

bool PostgresqlConnection::open(const DatabaseLocation &location, const QString &connectionName,
                                QString *errorMessage)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *errorMessage = tr("This ChargeDesk cannot open “%1”: Qt's PostgreSQL driver (QPSQL) is "
                           "not installed. Install the package libqt6sql6-psql, or use an "
                           "SQLite file with --database.")
                            .arg(location.displayText());
        qCWarning(lcDatabase) << "QPSQL driver not available";
        return false;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(location.hostName());
    db.setPort(location.port());
    db.setUserName(location.userName());
    db.setDatabaseName(location.databaseName());

    // Options from the URL come last, so that they override these.
    QString options = QStringLiteral("connect_timeout=%1;application_name=ChargeDesk")
                          .arg(ConnectTimeoutSeconds);
    if (!location.connectOptions().isEmpty())
        options += QLatin1Char(';') + location.connectOptions();
    db.setConnectOptions(options);

    // Set before any query exists, so that every query of the connection
    // reads NUMERIC as an exact string.
    db.setNumericalPrecisionPolicy(QSql::HighPrecision);

    QSqlError error;
    int version = 0;
    const SessionFailure failure = startSession(db, &error, &version);
    if (failure != SessionFailure::None) {
        *errorMessage = sessionFailureMessage(failure, location, error, version);
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return false;
    }
    qCInfo(lcDatabase) << "Connected to PostgreSQL" << version << "at" << location.displayText()
                       << "time zone" << QTimeZone::systemTimeZoneId();
    return true;
}

bool PostgresqlConnection::reopen(QSqlDatabase db, QSqlError *error)
{
    // The driver keeps the host, port, user, database, connect options and
    // precision policy across close() and open().
    db.close();
    int version = 0;
    const SessionFailure failure = startSession(db, error, &version);
    if (failure != SessionFailure::None) {
        qCWarning(lcDatabase) << "Could not open connection" << db.connectionName()
                              << "to PostgreSQL again:" << error->text();
        return false;
    }
    qCInfo(lcDatabase) << "Connected to PostgreSQL" << version << "again on"
                       << db.connectionName();
    return true;
}

QString PostgresqlConnection::connectionFailure(const DatabaseLocation &location,
                                                const QSqlError &error)
{
    const QString host = location.displayHost();
    const int port = location.displayPort();
    const QString database = location.databaseName();
    const QString detail = error.databaseText().trimmed().isEmpty()
                               ? error.text().trimmed()
                               : error.databaseText().trimmed();

    // libpq reports connection failures as text only (no SQLSTATE), so the
    // cause is recognised by libpq's and the server's English wording.
    if (mentionsAny(detail, {"does not exist"}) && detail.contains(QLatin1String("database"))) {
        return tr("The PostgreSQL database “%1” does not exist on %2, port %3. Ask the "
                  "database administrator to create it (for example: createdb %1), or correct "
                  "the name in --database. (%4)")
            .arg(database, host)
            .arg(port)
            .arg(detail);
    }
    if (mentionsAny(detail, {"password authentication failed", "no password supplied",
                             "authentication failed", "pg_hba.conf", "role \""})) {
        return tr("PostgreSQL on %1, port %2 refused the login to the database “%3”. Check "
                  "the user name in --database and the password in PGPASSWORD or ~/.pgpass, "
                  "and that the server allows this user to connect from here. (%4)")
            .arg(host)
            .arg(port)
            .arg(database, detail);
    }
    if (mentionsAny(detail, {"connection refused", "could not connect", "no such file",
                             "timeout expired", "could not translate host name",
                             "server closed the connection", "network is unreachable",
                             "no route to host"})) {
        return tr("ChargeDesk could not reach the PostgreSQL server on %1, port %2, for the "
                  "database “%3”. Check that the server is running and accepts connections "
                  "there, and that host and port in --database are right. (%4)")
            .arg(host)
            .arg(port)
            .arg(database, detail);
    }
    return tr("ChargeDesk could not connect to the PostgreSQL database “%1” on %2, port %3: "
              "%4. Check the address in --database and that the server is running.")
        .arg(database, host)
        .arg(port)
        .arg(detail);
}

PostgresqlConnection::SessionFailure PostgresqlConnection::startSession(QSqlDatabase &db,
                                                                        QSqlError *error,
                                                                        int *version)
{
    if (!db.open()) {
        *error = db.lastError();
        return SessionFailure::Connect;
    }

    const auto fail = [&db, error](SessionFailure failure, const QSqlError &cause) {
        *error = cause;
        db.close();
        return failure;
    };

    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SHOW server_version_num")) || !query.next()) {
        qCWarning(lcDatabase) << "SHOW server_version_num failed:" << query.lastError().text();
        return fail(SessionFailure::ReadVersion, query.lastError());
    }
    *version = query.value(0).toInt();
    if (*version < MinimumServerVersion) {
        qCWarning(lcDatabase) << "PostgreSQL server version" << *version << "is too old";
        return fail(SessionFailure::OldVersion,
                    QSqlError(QString(), QStringLiteral("server version %1").arg(*version),
                              QSqlError::ConnectionError));
    }
    query.finish();

    // A writer waits for another session's lock as long as an SQLite writer
    // waits for the file lock, and then fails with a message.
    const QStringList settings = {
        QStringLiteral("SET client_min_messages = warning"),
        QStringLiteral("SET lock_timeout = %1").arg(Database::BusyTimeoutMs),
    };
    for (const QString &setting : settings) {
        if (!query.exec(setting)) {
            qCWarning(lcDatabase) << setting << "failed:" << query.lastError().text();
            return fail(SessionFailure::Configure, query.lastError());
        }
    }

    // The period lock compares local calendar days in SQL, so the session
    // uses the program's time zone rather than the server's.
    const QString zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (!query.prepare(QStringLiteral("SELECT set_config('TimeZone', :zone, false)")))
        return fail(SessionFailure::Configure, query.lastError());
    query.bindValue(QStringLiteral(":zone"), zone);
    if (!query.exec()) {
        // The server lacks this zone's name; it keeps its own zone, which
        // only matters for days near midnight.
        qCWarning(lcDatabase) << "PostgreSQL does not know the time zone" << zone
                              << "; the session keeps the server's:" << query.lastError().text();
    }
    return SessionFailure::None;
}

QString PostgresqlConnection::sessionFailureMessage(SessionFailure failure,
                                                    const DatabaseLocation &location,
                                                    const QSqlError &error, int version)
{
    switch (failure) {
    case SessionFailure::Connect:
        qCWarning(lcDatabase) << "Could not connect to" << location.displayText() << ":"
                              << error.databaseText().trimmed();
        return connectionFailure(location, error);
    case SessionFailure::ReadVersion:
        return tr("Could not read the server version of the PostgreSQL database "
                  "“%1”: %2")
            .arg(location.displayText(), error.text());
    case SessionFailure::OldVersion:
        return tr("The PostgreSQL server of “%1” has version %2; ChargeDesk needs "
                  "version 11 or newer. Ask the database administrator to upgrade "
                  "it, or use an SQLite file with --database.")
            .arg(location.displayText())
            .arg(version);
    case SessionFailure::Configure:
        return tr("Could not configure the session on the PostgreSQL database "
                  "“%1”: %2")
            .arg(location.displayText(), error.text());
    case SessionFailure::None:
        break;
    }
    return QString();
}
