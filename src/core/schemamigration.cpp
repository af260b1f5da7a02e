#include "schemamigration.h"

#include "auditchainmigration.h"
#include "database.h"
#include "databaserolemigration.h"
#include "databaseroles.h"
#include "logging.h"
#include "sqlscript.h"
#include "transaction.h"
#include "upgradebackup.h"
#include "writelock.h"

#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace {

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
        *errorMessage = SchemaMigration::tr("Migration to schema version %1 failed: %2")
                            .arg(version)
                            .arg(error);
        qCWarning(lcDatabase) << "Chaining the audit log failed:" << error;
        return false;
    }

    // Version 4 creates and grants the roles of PostgreSQL; SQLite has none.
    if (version == 4 && DatabaseRoles::isPostgresql(db)
        && !DatabaseRoleMigration::createRoles(db, &error)) {
        *errorMessage = SchemaMigration::tr("Migration to schema version %1 failed: %2")
                            .arg(version)
                            .arg(error);
        qCWarning(lcDatabase) << "Creating the database roles failed:" << error;
        return false;
    }
    return true;
}

} // namespace

bool SchemaMigration::run(QSqlDatabase &db, QString *errorMessage)
{
    int stored = Database::storedSchemaVersion(db);
    if (stored == Database::SchemaVersion)
        return true;

    // A file that contains data is copied before the upgrade, and is not
    // upgraded when the copy fails.
    if (db.driverName() == QLatin1String("QSQLITE") && stored > 0
        && !UpgradeBackup::create(db, stored, Database::SchemaVersion, errorMessage)) {
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
        stored = Database::storedSchemaVersion(db);
        if (stored == Database::SchemaVersion)
            return transaction.commit();
        if (stored < 0 || stored > Database::SchemaVersion)
            return Database::checkSchemaVersion(db, errorMessage);
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

    for (int version = stored + 1; version <= Database::SchemaVersion; ++version) {
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
                            .arg(Database::SchemaVersion)
                            .arg(keys.lastError().text());
        qCWarning(lcDatabase) << "Foreign key check failed:" << keys.lastError().text();
        return false;
    }
    if (sqlite && keys.next()) {
        *errorMessage = tr("Migration to schema version %1 failed: a row of the table “%2” "
                           "refers to a row that does not exist. Nothing was changed.")
                            .arg(Database::SchemaVersion)
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
    qCInfo(lcDatabase) << "Schema migrated from version" << stored << "to" << Database::SchemaVersion;
    return true;
}
