#include "database.h"

#include "logging.h"
#include "transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace {

// Splits a migration script into statements. A statement ends with a ';' at
// the end of a line; a CREATE TRIGGER statement ends with "END;".
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;

    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--"))))
            continue;

        if (current.isEmpty() && trimmed.startsWith(QLatin1String("CREATE TRIGGER")))
            inTrigger = true;
        current += line + QLatin1Char('\n');

        const bool ends = inTrigger ? trimmed == QLatin1String("END;")
                                    : trimmed.endsWith(QLatin1Char(';'));
        if (ends) {
            statements << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

QString migrationResource(const QSqlDatabase &db, int version)
{
    const QString dialect = db.driverName() == QLatin1String("QPSQL") ? QStringLiteral("postgresql")
                                                                      : QStringLiteral("sqlite");
    return QStringLiteral(":/chargedesk/sql/%1_%2.sql")
        .arg(dialect)
        .arg(version, 4, 10, QLatin1Char('0'));
}

} // namespace

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("chargedesk.sqlite"));
}

bool Database::open(const QString &path, const QString &connectionName, QString *errorMessage)
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
    // list.
    QSqlQuery catalogue(db);
    if (!catalogue.exec(QStringLiteral("SELECT COUNT(*) AS n FROM sqlite_master"))
        || !catalogue.next()) {
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
    const int stored = storedSchemaVersion(db);
    if (stored == SchemaVersion)
        return true;

    Transaction transaction(db);
    if (!transaction.begin()) {
        *errorMessage = tr("Could not start the schema migration: %1")
                            .arg(transaction.error().text());
        return false;
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

        const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));
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

    if (!transaction.commit()) {
        *errorMessage = tr("Could not commit the schema migration: %1")
                            .arg(transaction.error().text());
        return false;
    }
    qCInfo(lcDatabase) << "Schema migrated from version" << stored << "to" << SchemaVersion;
    return true;
}
