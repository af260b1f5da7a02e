#include "connectioncheck.h"

#include "connectionsettings.h"
#include "database.h"
#include "databaselocation.h"
#include "logging.h"
#include "postgresqlconnection.h"
#include "uilanguage.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace {

ConnectionCheck::Result failure(const QString &message)
{
    ConnectionCheck::Result result;
    result.message = message;
    return result;
}

// Returns location with connect_timeout set to seconds, replacing the URL's.
DatabaseLocation withTimeout(const QString &location, int seconds)
{
    QUrl url(location.trimmed(), QUrl::StrictMode);
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("connect_timeout"));
    query.addQueryItem(QStringLiteral("connect_timeout"), QString::number(seconds));
    url.setQuery(query);
    return DatabaseLocation::parse(url.toString(QUrl::FullyEncoded));
}

// The user libpq logs in as when the URL names none.
QString effectiveUser(const DatabaseLocation &location)
{
    if (!location.userName().isEmpty())
        return location.userName();
    const QString environmentUser = qEnvironmentVariable("PGUSER");
    return environmentUser.isEmpty() ? currentActor() : environmentUser;
}

} // namespace

ConnectionCheck::Result ConnectionCheck::run(const QString &location, int timeoutSeconds)
{
    const DatabaseLocation parsed = DatabaseLocation::parse(location);
    if (!parsed.isValid())
        return failure(parsed.errorText());

    qCInfo(lcDatabase) << "Checking the connection to" << parsed.displayText();
    const Result result = parsed.isPostgresql()
                              ? checkPostgresql(withTimeout(location, timeoutSeconds),
                                                timeoutSeconds)
                              : checkSqliteFile(parsed.filePath());
    qCInfo(lcDatabase) << "Connection check of" << parsed.displayText()
                       << (result.succeeded ? "succeeded" : "failed");
    return result;
}

ConnectionCheck::Result ConnectionCheck::checkSqliteFile(const QString &path)
{
    // The same checks as the form's: a full path in a folder that exists or
    // can be created, and that may be written to.
    ConnectionSettings settings;
    settings.filePath = path;
    const QString problem = settings.problem(ConnectionSettings::Field::FilePath);
    if (!problem.isEmpty())
        return failure(problem);

    const QString nativePath = QDir::toNativeSeparators(path);
    if (!QFileInfo::exists(path)) {
        Result result;
        result.succeeded = true;
        result.schemaVersion = 0;
        result.message = tr("The file “%1” does not exist yet. ChargeDesk creates it, with its "
                            "tables, when it opens it.")
                             .arg(nativePath);
        return result;
    }

    Result result;
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));

        // Opening succeeds for any file, so reading the catalogue is what
        // shows whether it is an SQLite database.
        QSqlQuery catalogue(db);
        const bool readable = db.open()
                              && catalogue.exec(QStringLiteral(
                                  "SELECT COUNT(*) AS n FROM sqlite_master"))
                              && catalogue.next();
        if (!readable) {
            const QString detail = db.isOpen() ? catalogue.lastError().text()
                                               : db.lastError().text();
            result.message = tr("The file “%1” cannot be read as an SQLite database: %2. "
                                "Choose a ChargeDesk database file, or a new file name.")
                                 .arg(nativePath, detail);
        } else {
            catalogue.finish();
            result.succeeded = true;
            result.message = tr("The file “%1” is an SQLite database.").arg(nativePath);
            describeSchema(db, &result);
        }
        catalogue = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

ConnectionCheck::Result ConnectionCheck::checkPostgresql(const DatabaseLocation &location,
                                                         int timeoutSeconds)
{
    if (!location.isValid())
        return failure(location.errorText());

    const QString name = newConnectionName();
    QString error;
    // open() removes the connection again when it fails.
    if (!PostgresqlConnection::open(location, name, &error)) {
        Result result = failure(error);
        if (error.contains(QLatin1String("timeout"), Qt::CaseInsensitive)) {
            result.message += QLatin1Char('\n')
                              + tr("The server did not answer within %n seconds.", nullptr,
                                   timeoutSeconds);
        }
        return result;
    }

    Result result;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SHOW server_version")) && query.next())
            result.serverVersion = query.value(0).toString();
        query.finish();

        result.succeeded = true;
        result.message = tr("Connected to PostgreSQL %1 on %2, port %3: database “%4”, user "
                            "“%5”.")
                             .arg(result.serverVersion, location.displayHost())
                             .arg(location.displayPort())
                             .arg(location.databaseName(), effectiveUser(location));
        describeSchema(db, &result);
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

void ConnectionCheck::describeSchema(const QSqlDatabase &db, Result *result)
{
    const int stored = Database::storedSchemaVersion(db);
    result->schemaVersion = stored;

    QString sentence;
    if (stored < 0) {
        result->succeeded = false;
        sentence = tr("It holds tables that are not ChargeDesk's, or its schema version cannot "
                      "be read. Choose an empty database or a ChargeDesk database.");
    } else if (stored == 0) {
        sentence = tr("It is empty. ChargeDesk creates its tables when it opens it.");
    } else if (stored < Database::SchemaVersion) {
        sentence = tr("It holds ChargeDesk data of schema version %1, which ChargeDesk "
                      "upgrades to version %2 when it opens it.")
                       .arg(stored)
                       .arg(Database::SchemaVersion);
    } else if (stored == Database::SchemaVersion) {
        sentence = tr("It holds ChargeDesk data of the current schema version %1.")
                       .arg(stored);
    } else {
        result->succeeded = false;
        sentence = tr("It was written by a newer ChargeDesk (schema version %1; this program "
                      "reads up to version %2). Update ChargeDesk before you use it.")
                       .arg(stored)
                       .arg(Database::SchemaVersion);
    }
    result->message += QLatin1Char('\n') + sentence;
}

QString ConnectionCheck::newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("chargedesk-connection-check-%1").arg(counter.fetchAndAddRelaxed(1));
}
