#include "database.h"

#include "connectionstatements.h"
#include "databaselocation.h"
#include "databaserecovery.h"
#include "logging.h"
#include "postgresqlconnection.h"
#include "schemamigration.h"
#include "uilanguage.h"
#include "usercontext.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace {

// The location each open connection was opened with, for location(). Qt
// connections may be opened in any thread, so the table is locked.
QMutex locationMutex;
QHash<QString, QString> locationByConnection;

} // namespace

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("chargedesk.sqlite"));
}

bool Database::open(const QString &location, const QString &connectionName,
                    QString *errorMessage)
{
    const DatabaseLocation parsed = DatabaseLocation::parse(location);
    if (!parsed.isValid()) {
        *errorMessage = parsed.errorText();
        qCWarning(lcDatabase) << "Invalid database location"
                              << DatabaseLocation::redacted(location);
        return false;
    }
    const bool opened = parsed.isPostgresql()
                            ? openPostgresql(parsed, connectionName, errorMessage)
                            : openSqlite(parsed.filePath(), connectionName, errorMessage);
    if (opened) {
        ConnectionStatements::attach(QSqlDatabase::database(connectionName, false));
        QMutexLocker locker(&locationMutex);
        locationByConnection.insert(connectionName, location);
    }
    return opened;
}

QString Database::location(const QSqlDatabase &db)
{
    {
        QMutexLocker locker(&locationMutex);
        const auto found = locationByConnection.constFind(db.connectionName());
        if (found != locationByConnection.cend())
            return *found;
    }
    return db.databaseName();
}

bool Database::openPostgresql(const DatabaseLocation &location, const QString &connectionName,
                              QString *errorMessage)
{
    qCInfo(lcDatabase) << "Opening database" << location.displayText();
    if (!PostgresqlConnection::open(location, connectionName, errorMessage))
        return false;

    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    bool ok = checkSchemaVersion(db, errorMessage);
    if (ok)
        ok = SchemaMigration::run(db, errorMessage);

    if (!ok) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return false;
    }
    qCInfo(lcDatabase) << "Database ready, schema version" << SchemaVersion;
    return true;
}

bool Database::openSqlite(const QString &path, const QString &connectionName,
                          QString *errorMessage)
{
    qCInfo(lcDatabase) << "Opening database" << path;

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *errorMessage = tr("Could not create the folder “%1” for the database. "
                           "Check that you may write there, or choose another file with --database.")
                            .arg(info.absolutePath());
        qCWarning(lcDatabase) << "Could not create folder" << info.absolutePath();
        return false;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));

    bool ok = db.open();
    if (!ok) {
        *errorMessage = tr("Could not open the database “%1”: %2")
                            .arg(path, db.lastError().text());
        qCWarning(lcDatabase) << "Open failed:" << db.lastError().text();
    }

    // The version is checked before any PRAGMA, because switching the journal
    // to WAL rewrites the file header of a database that is then refused.
    if (ok)
        ok = checkSchemaVersion(db, errorMessage);
    if (ok)
        ok = configureSqlite(db, errorMessage);
    if (ok)
        ok = SchemaMigration::run(db, errorMessage);

    if (!ok) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return false;
    }
    qCInfo(lcDatabase) << "Database ready, schema version" << SchemaVersion;
    return true;
}

void Database::close(const QString &connectionName)
{
    // The kept statements are finalized while the connection is still open,
    // which on PostgreSQL also deallocates them on the server.
    ConnectionStatements::detach(connectionName);
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen()) {
            db.close();
            qCInfo(lcDatabase) << "Database closed";
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    DatabaseRecovery::forget(connectionName);

    QMutexLocker locker(&locationMutex);
    locationByConnection.remove(connectionName);
}

int Database::storedSchemaVersion(const QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return db.tables().isEmpty() ? 0 : -1;

    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT MAX(version) AS version FROM schema_version"))
        || !query.next()) {
        qCWarning(lcDatabase) << "Could not read the schema version:" << query.lastError().text();
        return -1;
    }

    // An empty version table is not something this program writes.
    if (query.value(QStringLiteral("version")).isNull())
        return -1;
    return query.value(QStringLiteral("version")).toInt();
}

bool Database::configureSqlite(QSqlDatabase &db, QString *errorMessage)
{
    // journal_mode returns the mode it ended in; anything but "wal" means the
    // file system refused it, which costs concurrency but not correctness.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()) {
        *errorMessage = tr("Could not configure the database “%1”: %2. Check that you may "
                           "write to the file and to its folder.")
                            .arg(db.databaseName(), query.lastError().databaseText());
        qCWarning(lcDatabase) << "PRAGMA journal_mode failed:" << query.lastError().text();
        return false;
    }
    if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcDatabase) << "WAL journal not available, using" << query.value(0).toString();
    query.finish();

    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = FULL"),
    };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma)) {
            *errorMessage = tr("Could not configure the database “%1”: %2. Check that you may "
                           "write to the file and to its folder.")
                            .arg(db.databaseName(), query.lastError().databaseText());
            qCWarning(lcDatabase) << pragma << "failed:" << query.lastError().text();
            return false;
        }
    }
    return true;
}

bool Database::checkSchemaVersion(const QSqlDatabase &db, QString *errorMessage)
{
    // Reading the catalogue fails for a file that is not an SQLite database
    // or cannot be read; QSqlDatabase::tables() would hide that as an empty
    // list. A PostgreSQL connection that opened can read its catalogue.
    const bool sqlite = db.driverName() == QLatin1String("QSQLITE");
    QSqlQuery catalogue(db);
    if (sqlite
        && (!catalogue.exec(QStringLiteral("SELECT COUNT(*) AS n FROM sqlite_master"))
            || !catalogue.next())) {
        *errorMessage = tr("Could not read the database “%1”: %2. Check that it is a ChargeDesk "
                           "database and that you may read and write the file and its folder, "
                           "or choose another file with --database.")
                            .arg(db.databaseName(), catalogue.lastError().databaseText());
        qCWarning(lcDatabase) << "Could not read the database catalogue:"
                              << catalogue.lastError().text();
        return false;
    }
    catalogue.finish();

    const int stored = storedSchemaVersion(db);

    // A login without a ChargeDesk role may not read the version at all.
    if (stored < 0 && !sqlite && db.tables().contains(QStringLiteral("schema_version"))) {
        const QString refusal = UserContext::accessRefusalFor(db, currentActor(db));
        if (!refusal.isEmpty()) {
            *errorMessage = refusal;
            return false;
        }
    }
    if (stored < 0 && !sqlite) {
        *errorMessage = tr("The PostgreSQL database “%1” holds tables that are not "
                           "ChargeDesk's, or its schema version cannot be read. Give an empty "
                           "database or a ChargeDesk database with --database.")
                            .arg(db.databaseName());
        qCWarning(lcDatabase) << "Unrecognised database" << db.databaseName();
        return false;
    }
    if (stored < 0) {
        *errorMessage = tr("The file “%1” is not a ChargeDesk database, or its schema version "
                           "cannot be read. Choose another file with --database.")
                            .arg(db.databaseName());
        qCWarning(lcDatabase) << "Unrecognised database" << db.databaseName();
        return false;
    }
    if (stored > SchemaVersion) {
        *errorMessage = tr("The database “%1” was written by a newer ChargeDesk "
                           "(schema version %2; this program reads up to version %3). "
                           "It has not been changed. Update ChargeDesk to open it.")
                            .arg(db.databaseName())
                            .arg(stored)
                            .arg(SchemaVersion);
        qCWarning(lcDatabase) << "Database schema" << stored << "is newer than" << SchemaVersion;
        return false;
    }
    return true;
}
