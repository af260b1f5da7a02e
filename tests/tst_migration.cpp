// Upgrades a database written by an earlier schema version and checks that
// nothing was lost and that the new rules hold on the upgraded file.

#include "database.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlRecord>

class tst_Migration : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void versionOneKeepsEveryRow();
    void versionOneGainsPaymentColumns();
    void upgradedChargeRulesHold();

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

QTEST_GUILESS_MAIN(tst_Migration)
#include "tst_migration.moc"
