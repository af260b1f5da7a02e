// Upgrades a database written by an earlier schema version and checks that
// nothing was lost and that the new rules hold on the upgraded file.

#include "customerlistquery.h"
#include "database.h"
#include "faultinjection.h"
#include "testsupport.h"
#include "upgradebackup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlRecord>
#include <QUuid>

class tst_Migration : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void versionOneKeepsEveryRow();
    void versionOneGainsPaymentColumns();
    void upgradedChargeRulesHold();

    void upgradeKeepsEveryRow_data();
    void upgradeKeepsEveryRow();
    void newerVersionLeftUntouched_data();
    void newerVersionLeftUntouched();
    void failedBackupRefusesUpgrade();
    void currentVersionWritesNoBackup();

private:
    QString tableDump(const QString &sql) const;

    QTemporaryDir m_dir;
    QString m_path;
    const QString m_connection = QStringLiteral("migration");
};

// schema-v1.sqlite contains the Northwind import and three charges written by
// the version-1 program: one on bill 10643, one on ALFKI's account and a void
// one for BERGS.
void tst_Migration::init()
{
    SKIP_ON_POSTGRESQL("upgrades SQLite files of earlier versions; tst_postgresql upgrades a "
                       "PostgreSQL database of version 1");
    m_path = m_dir.filePath(QStringLiteral("upgrade-%1.sqlite")
                                .arg(QTest::currentTestFunction()));
    QFile::remove(m_path);
    QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/schema-v1.sqlite"), m_path));
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
}

void tst_Migration::cleanup()
{
    Database::close(m_connection);
}

QString tst_Migration::tableDump(const QString &sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!query.exec(sql))
        return QStringLiteral("error: ") + query.lastError().text();

    QStringList rows;
    while (query.next()) {
        QStringList fields;
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i)
            fields << record.fieldName(i) + QLatin1Char('=') + query.value(i).toString();
        rows << fields.join(QLatin1Char('|'));
    }
    return rows.join(QLatin1Char('\n'));
}

void tst_Migration::versionOneKeepsEveryRow()
{
    const QStringList snapshots = {
        QStringLiteral("SELECT id, code, company_name, currency, balance_minor FROM customers "
                       "ORDER BY id"),
        QStringLiteral("SELECT id, bill_no, customer_id, due_date, lines_total_minor, "
                       "charges_total_minor, paid_minor FROM bills ORDER BY id"),
        QStringLiteral("SELECT COUNT(*) AS n, SUM(amount_minor) AS total FROM bill_lines"),
        QStringLiteral("SELECT id, request_key, customer_id, bill_id, fee_type_code, amount_minor, "
                       "currency, reason_code, note, due_date, status, created_by, created_at, "
                       "voided_by, voided_at, void_reason FROM charges ORDER BY id"),
        QStringLiteral("SELECT id, action, entity, entity_id, details FROM audit_log ORDER BY id"),
    };

    // Read the version-1 file with a plain connection, before the upgrade.
    QStringList before;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        raw.setDatabaseName(m_path);
        QVERIFY(raw.open());
        for (const QString &sql : snapshots)
            before << tableDump(sql);
        raw.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    QVERIFY2(before.at(3).contains(QLatin1String("v1-sample-0003")), qPrintable(before.at(3)));

    QString error;
    QVERIFY2(Database::open(m_path, m_connection, &error), qPrintable(error));
    QCOMPARE(Database::storedSchemaVersion(QSqlDatabase::database(m_connection)),
             Database::SchemaVersion);

    for (int i = 0; i < snapshots.size(); ++i)
        QCOMPARE(tableDump(snapshots.at(i)), before.at(i));

    QCOMPARE(tableDump(QStringLiteral("PRAGMA integrity_check")),
             QStringLiteral("integrity_check=ok"));
    QCOMPARE(tableDump(QStringLiteral("PRAGMA foreign_key_check")), QString());
}

void tst_Migration::versionOneGainsPaymentColumns()
{
    QString error;
    QVERIFY2(Database::open(m_path, m_connection, &error), qPrintable(error));

    QCOMPARE(tableDump(QStringLiteral("SELECT id, paid_minor FROM charges ORDER BY id")),
             QStringLiteral("id=1|paid_minor=0\nid=2|paid_minor=0\nid=3|paid_minor=0"));

    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QStringList tables = db.tables();
    for (const char *table : {"installment_plans", "installments", "customer_contacts",
                              "reminder_snoozes", "reminder_announcements", "reminder_letters",
                              "reminder_letter_items"}) {
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    }
    QVERIFY(db.record(QStringLiteral("payments")).contains(QStringLiteral("installment_id")));
    QVERIFY(!tables.contains(QStringLiteral("payments_v2")));
}

void tst_Migration::upgradedChargeRulesHold()
{
    QString error;
    QVERIFY2(Database::open(m_path, m_connection, &error), qPrintable(error));
    QSqlQuery query(QSqlDatabase::database(m_connection));

    // A payment may raise the paid amount up to the charge's amount, no more.
    VERIFY_SQL(query, query.exec(QStringLiteral("UPDATE charges SET paid_minor = 5000 "
                                                "WHERE id = 1")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE charges SET paid_minor = 12051 WHERE id = 1")));

    // A charge with money paid on it cannot be voided.
    QVERIFY(!query.exec(QStringLiteral("UPDATE charges SET status = 'void', voided_by = 'x', "
                                       "voided_at = 'now', void_reason = 'r' WHERE id = 1")));
    QVERIFY2(query.lastError().text().contains(QLatin1String("voided while unpaid")),
             qPrintable(query.lastError().text()));

    // The other fields stay fixed, and a void charge stays as it is.
    QVERIFY(!query.exec(QStringLiteral("UPDATE charges SET amount_minor = 1 WHERE id = 2")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE charges SET paid_minor = 1 WHERE id = 3")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM charges WHERE id = 2")));

    VERIFY_SQL(query, query.exec(QStringLiteral("UPDATE charges SET status = 'void', "
                                                "voided_by = 'x', voided_at = 'now', "
                                                "void_reason = 'r' WHERE id = 2")));
}

namespace {

// The columns of every table of the database on db, by table name.
QMap<QString, QStringList> columnsOfTables(const QSqlDatabase &db)
{
    QMap<QString, QStringList> columns;
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite_%' ORDER BY name"))) {
        return columns;
    }
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        const QSqlRecord record = db.record(table);
        for (int i = 0; i < record.count(); ++i)
            columns[table] << record.fieldName(i);
    }
    return columns;
}

// Returns every row of every table in columns, with only those columns,
// sorted by all of them so that the order does not depend on how a
// migration copied the rows. schema_version is limited to versions up to
// maxVersion.
QMap<QString, QString> dumpTables(const QSqlDatabase &db,
                                  const QMap<QString, QStringList> &columns, int maxVersion)
{
    QMap<QString, QString> dump;
    for (auto table = columns.cbegin(); table != columns.cend(); ++table) {
        QStringList quoted;
        QStringList positions;
        for (int i = 0; i < table.value().size(); ++i) {
            quoted << QLatin1Char('"') + table.value().at(i) + QLatin1Char('"');
            positions << QString::number(i + 1);
        }
        // The names come from the schema itself, never from input.
        QString sql = QStringLiteral("SELECT %1 FROM \"%2\"").arg(quoted.join(", "), table.key());
        if (table.key() == QLatin1String("schema_version"))
            sql += QStringLiteral(" WHERE version <= %1").arg(maxVersion);
        sql += QStringLiteral(" ORDER BY ") + positions.join(", ");

        QSqlQuery query(db);
        if (!query.exec(sql)) {
            dump.insert(table.key(), QStringLiteral("error: ") + query.lastError().text());
            continue;
        }
        QStringList rows;
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < table.value().size(); ++i) {
                const QVariant value = query.value(i);
                fields << (value.isNull() ? QStringLiteral("NULL") : value.toString());
            }
            rows << fields.join(QLatin1Char('|'));
        }
        dump.insert(table.key(), rows.join(QLatin1Char('\n')));
    }
    return dump;
}

// Runs read on a plain read-only connection to the file at path.
void readPlain(const QString &path, const std::function<void(const QSqlDatabase &)> &read)
{
    const QString name = QStringLiteral("plain-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open())
            read(db);
        else
            qWarning() << "Could not open" << path << db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The number of customers whose code, company name, contact name or phone
// contains term, read from the customers themselves.
int customersContaining(const QSqlDatabase &db, const QString &term)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT code, company_name, contact_name, phone FROM customers")))
        return -1;
    int found = 0;
    while (query.next()) {
        for (const char *field : {"code", "company_name", "contact_name", "phone"}) {
            if (query.value(QLatin1String(field)).toString().contains(term)) {
                ++found;
                break;
            }
        }
    }
    return found;
}

// The upgrade backups of the database file at path.
QStringList backupsOf(const QString &path)
{
    const QFileInfo info(path);
    return QDir(info.absolutePath())
        .entryList({info.fileName() + QStringLiteral(".v*.bak")}, QDir::Files, QDir::Name);
}

} // namespace

void tst_Migration::upgradeKeepsEveryRow_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("version");

    QTest::newRow("schema-v1.sqlite") << QStringLiteral("schema-v1.sqlite") << 1;
    QTest::newRow("schema-v2.sqlite") << QStringLiteral("schema-v2.sqlite") << 2;
}

void tst_Migration::upgradeKeepsEveryRow()
{
    QFETCH(QString, file);
    QFETCH(int, version);

    const QString path = m_dir.filePath(QStringLiteral("every-row-") + file);
    QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/") + file, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    // Every table of the version-2 file has rows, so that every one is
    // compared. Version 1 had no way to record payments.
    QMap<QString, QStringList> columns;
    QMap<QString, QString> before;
    readPlain(path, [&](const QSqlDatabase &db) {
        columns = columnsOfTables(db);
        before = dumpTables(db, columns, version);
    });
    QVERIFY(!columns.isEmpty());
    QVERIFY(!before.value(QStringLiteral("charges")).isEmpty());
    for (auto table = before.cbegin(); version >= 2 && table != before.cend(); ++table)
        QVERIFY2(!table.value().isEmpty(), qPrintable(table.key() + " has no rows"));

    QString error;
    QVERIFY2(Database::open(path, m_connection, &error), qPrintable(error));
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    QCOMPARE(Database::storedSchemaVersion(db), Database::SchemaVersion);

    // Each row keeps the value of each column it had.
    const QMap<QString, QString> after = dumpTables(db, columns, version);
    for (auto table = before.cbegin(); table != before.cend(); ++table)
        QCOMPARE(after.value(table.key()), table.value());

    // The search indexes hold the customers the file had.
    for (const QString &term : {QStringLiteral("é"), QStringLiteral("ér"), QStringLiteral("Moreno")}) {
        CustomerListQuery search(db);
        search.setSearchText(term);
        QSqlError searchError;
        const int expected = customersContaining(db, term);
        QVERIFY2(expected > 0, qPrintable(term));
        QCOMPARE(search.count(&searchError), expected);
    }

    QCOMPARE(tableDump(QStringLiteral("PRAGMA integrity_check")),
             QStringLiteral("integrity_check=ok"));
    QCOMPARE(tableDump(QStringLiteral("PRAGMA foreign_key_check")), QString());

    // The backup has the old version and the same rows, and the user is
    // told where it is.
    const QStringList backups = backupsOf(path);
    QCOMPARE(backups.size(), 1);
    const QString backup = QFileInfo(path).absoluteDir().filePath(backups.constFirst());
    QVERIFY2(backup.contains(QStringLiteral(".v%1-").arg(version)), qPrintable(backup));
    const QString notice = UpgradeBackup::takeNoticeFor(m_connection);
    QVERIFY2(notice.contains(QDir::toNativeSeparators(backup)), qPrintable(notice));
    QVERIFY(UpgradeBackup::takeNoticeFor(m_connection).isEmpty());

    const QByteArray backupBytes = fileContents(backup);
    int backupVersion = -1;
    QMap<QString, QString> inBackup;
    QString check;
    readPlain(backup, [&](const QSqlDatabase &copy) {
        backupVersion = Database::storedSchemaVersion(copy);
        inBackup = dumpTables(copy, columnsOfTables(copy), version);
        QSqlQuery query(copy);
        if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
            check = query.value(0).toString();
    });
    QCOMPARE(backupVersion, version);
    QCOMPARE(check, QStringLiteral("ok"));
    QCOMPARE(inBackup, before);

    // Reading the backup changed none of its bytes and left no log beside it.
    QCOMPARE(fileContents(backup), backupBytes);
    QVERIFY(!QFile::exists(backup + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(backup + QStringLiteral("-shm")));
}

void tst_Migration::newerVersionLeftUntouched_data()
{
    QTest::addColumn<QString>("journalMode");

    QTest::newRow("rollback journal") << QStringLiteral("DELETE");
    QTest::newRow("write-ahead log") << QStringLiteral("WAL");
}

void tst_Migration::newerVersionLeftUntouched()
{
    QFETCH(QString, journalMode);

    // A file as a newer program would leave it: a later schema version.
    const QString path = m_dir.filePath(QStringLiteral("newer-%1.sqlite").arg(journalMode));
    QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/schema-v2.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QString name = QStringLiteral("newer-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        VERIFY_SQL(query, query.exec(QStringLiteral("PRAGMA journal_mode = ") + journalMode));
        VERIFY_SQL(query, query.exec(QStringLiteral(
                              "INSERT INTO schema_version (version, applied_at) VALUES (%1, "
                              "'2030-01-01T00:00:00.000Z')")
                              .arg(Database::SchemaVersion + 1)));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    const QByteArray bytes = fileContents(path);
    const QStringList filesBefore = QFileInfo(path).absoluteDir().entryList(QDir::Files);

    QString error;
    QVERIFY(!Database::open(path, m_connection, &error));
    QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    QVERIFY2(error.contains(QString::number(Database::SchemaVersion + 1)), qPrintable(error));

    QCOMPARE(fileContents(path), bytes);
    QCOMPARE(QFileInfo(path).absoluteDir().entryList(QDir::Files), filesBefore);
    QVERIFY(UpgradeBackup::takeNoticeFor(m_connection).isEmpty());
}

void tst_Migration::failedBackupRefusesUpgrade()
{
    const QString path = m_dir.filePath(QStringLiteral("no-room.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/schema-v2.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QMap<QString, QStringList> columns;
    QMap<QString, QString> before;
    readPlain(path, [&](const QSqlDatabase &db) {
        columns = columnsOfTables(db);
        before = dumpTables(db, columns, 2);
    });

    // No file of this process may grow past a tenth of the database, so
    // the copy cannot be written, as on a disk without room for it.
    QString error;
    bool opened = true;
    {
        FaultInjection::FileSizeLimit limit(QFileInfo(path).size() / 10);
        QVERIFY(limit.isActive());
        opened = Database::open(path, m_connection, &error);
    }
    QVERIFY(!opened);
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("backup")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("was not changed")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("disk I/O error")), qPrintable(error));
    QVERIFY(backupsOf(path).isEmpty());

    // The file keeps its version and rows, and opens once there is room.
    int version = -1;
    QMap<QString, QString> after;
    readPlain(path, [&](const QSqlDatabase &db) {
        version = Database::storedSchemaVersion(db);
        after = dumpTables(db, columns, 2);
    });
    QCOMPARE(version, 2);
    QCOMPARE(after, before);

    QVERIFY2(Database::open(path, m_connection, &error), qPrintable(error));
    QCOMPARE(backupsOf(path).size(), 1);
}

void tst_Migration::currentVersionWritesNoBackup()
{
    QString error;
    QVERIFY2(Database::open(m_path, m_connection, &error), qPrintable(error));
    QCOMPARE(backupsOf(m_path).size(), 1);
    QVERIFY(!UpgradeBackup::takeNoticeFor(m_connection).isEmpty());
    Database::close(m_connection);

    // Opening the upgraded file again, or a new file, copies nothing.
    QVERIFY2(Database::open(m_path, m_connection, &error), qPrintable(error));
    QCOMPARE(backupsOf(m_path).size(), 1);
    QVERIFY(UpgradeBackup::takeNoticeFor(m_connection).isEmpty());
    Database::close(m_connection);

    const QString fresh = m_dir.filePath(QStringLiteral("fresh.sqlite"));
    QVERIFY2(Database::open(fresh, m_connection, &error), qPrintable(error));
    QVERIFY(backupsOf(fresh).isEmpty());
    QVERIFY(UpgradeBackup::takeNoticeFor(m_connection).isEmpty());
}

QTEST_GUILESS_MAIN(tst_Migration)
#include "tst_migration.moc"
