#include "database.h"

#include "auditchainmigration.h"
#include "databaselocation.h"
#include "databaserecovery.h"
#include "databaserolemigration.h"
#include "databaseroles.h"
#include "logging.h"
#include "postgresqlconnection.h"
#include "sqlscript.h"
#include "transaction.h"
#include "uilanguage.h"
#include "upgradebackup.h"
#include "usercontext.h"
#include "writelock.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
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

QString migrationResource(const QSqlDatabase &db, int version)
{
    const QString dialect = db.driverName() == QLatin1String("QPSQL") ? QStringLiteral("postgresql")
                                                                      : QStringLiteral("sqlite");
    return QStringLiteral(":/chargedesk/sql/%1_%2.sql")
        .arg(dialect)
        .arg(version, 4, 10, QLatin1Char('0'));
}

// Fills what the script of version cannot compute in SQL, in the
// migration's transaction.
bool fillComputedData(const QSqlDatabase &db, int version, QString *errorMessage)
{
    QString error;
    if (version == 3 && !AuditChainMigration::chainExistingRecords(db, &error)) {
        *errorMessage = Database::tr("Migration to schema version %1 failed: %2")
                            .arg(version)
                            .arg(error);
        qCWarning(lcDatabase) << "Chaining the audit log failed:" << error;
        return false;
    }

    // Version 4 creates and grants the roles of PostgreSQL; SQLite has none.
    if (version == 4 && DatabaseRoles::isPostgresql(db)
        && !DatabaseRoleMigration::createRoles(db, &error)) {
        *errorMessage = Database::tr("Migration to schema version %1 failed: %2")
                            .arg(version)
                            .arg(error);
        qCWarning(lcDatabase) << "Creating the database roles failed:" << error;
        return false;
    }
    return true;
}

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
        ok = migrate(db, errorMessage);

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
        ok = migrate(db, errorMessage);

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

bool Database::migrate(QSqlDatabase &db, QString *errorMessage)
{
    int stored = storedSchemaVersion(db);
    if (stored == SchemaVersion)
        return true;

    // A file that contains data is copied before the upgrade, and is not
    // upgraded when the copy fails.
    if (db.driverName() == QLatin1String("QSQLITE") && stored > 0
        && !UpgradeBackup::create(db, stored, SchemaVersion, errorMessage)) {
        return false;
    }

    // A script may rebuild a table that others reference (version 3 rebuilds
    // charges). Dropping it breaks ON DELETE RESTRICT keys even when they are
    // deferred, and SQLite ignores this PRAGMA inside a transaction, so the
    // keys are off during the migration and checked before its commit.
    // Database::open closes the connection when the migration fails.
    const bool sqlite = db.driverName() == QLatin1String("QSQLITE");
    QSqlQuery keys(db);
    if (sqlite && !keys.exec(QStringLiteral("PRAGMA foreign_keys = OFF"))) {
        *errorMessage = tr("Could not start the schema migration: %1")
                            .arg(keys.lastError().text());
        return false;
    }

    Transaction transaction(db);
    if (!transaction.begin()) {
        *errorMessage = tr("Could not start the schema migration: %1")
                            .arg(transaction.error().text());
        return false;
    }

    // Two programs may open the same PostgreSQL database at once. The second
    // waits here until the first one's migration ends, and then reads the
    // version again.
    if (!sqlite) {
        QSqlError lockError;
        if (!WriteLock::lockMigration(db, &lockError)) {
            *errorMessage = tr("Could not start the schema migration: %1").arg(lockError.text());
            return false;
        }
        stored = storedSchemaVersion(db);
        if (stored == SchemaVersion)
            return transaction.commit();
        if (stored < 0 || stored > SchemaVersion)
            return checkSchemaVersion(db, errorMessage);
    }

    QSqlQuery query(db);
    if (stored == 0
        && !query.exec(QStringLiteral("CREATE TABLE schema_version ("
                                      "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"))) {
        *errorMessage = tr("Could not create the schema version table: %1")
                            .arg(query.lastError().text());
        qCWarning(lcDatabase) << "Migration failed:" << query.lastError().text();
        return false;
    }

    for (int version = stored + 1; version <= SchemaVersion; ++version) {
        qCInfo(lcDatabase) << "Migrating schema to version" << version;

        QFile file(migrationResource(db, version));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            *errorMessage = tr("The migration script for schema version %1 is missing.").arg(version);
            qCWarning(lcDatabase) << "Missing migration" << file.fileName();
            return false;
        }

        const QStringList statements = SqlScript::split(QString::fromUtf8(file.readAll()));
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                *errorMessage = tr("Migration to schema version %1 failed: %2")
                                    .arg(version)
                                    .arg(query.lastError().text());
                qCWarning(lcDatabase) << "Migration statement failed:" << query.lastError().text()
                                      << statement.left(80);
                return false;
            }
        }

        if (!fillComputedData(db, version, errorMessage))
            return false;

        if (!query.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at) "
                                          "VALUES (:version, :applied_at)"))) {
            *errorMessage = query.lastError().text();
            return false;
        }
        query.bindValue(QStringLiteral(":version"), version);
        query.bindValue(QStringLiteral(":applied_at"),
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!query.exec()) {
            *errorMessage = tr("Could not record schema version %1: %2")
                                .arg(version)
                                .arg(query.lastError().text());
            qCWarning(lcDatabase) << "Could not record schema version:" << query.lastError().text();
            return false;
        }
    }

    if (sqlite && !keys.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        *errorMessage = tr("Migration to schema version %1 failed: %2")
                            .arg(SchemaVersion)
                            .arg(keys.lastError().text());
        qCWarning(lcDatabase) << "Foreign key check failed:" << keys.lastError().text();
        return false;
    }
    if (sqlite && keys.next()) {
        *errorMessage = tr("Migration to schema version %1 failed: a row of the table “%2” "
                           "refers to a row that does not exist. Nothing was changed.")
                            .arg(SchemaVersion)
                            .arg(keys.value(0).toString());
        qCWarning(lcDatabase) << "Foreign key violation in" << keys.value(0).toString();
        return false;
    }
    keys.finish();

    if (!transaction.commit()) {
        *errorMessage = tr("Could not commit the schema migration: %1")
                            .arg(transaction.error().text());
        return false;
    }
    if (sqlite && !keys.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        *errorMessage = tr("Could not configure the database “%1”: %2.")
                            .arg(db.databaseName(), keys.lastError().text());
        return false;
    }
    qCInfo(lcDatabase) << "Schema migrated from version" << stored << "to" << SchemaVersion;
    return true;
}
