#include "auditlog.h"
#include "database.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <memory>

// Checks what the database itself enforces. The rows are written with plain
// prepared statements on purpose, bypassing the charge service, to show that
// the schema rejects them on its own.
class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void freshDatabase();
    void lookupLabels_data();
    void lookupLabels();
    void reopenKeepsSchema();
    void newerVersionRejected_data();
    void newerVersionRejected();
    void foreignFileRejected();
    void textFileRejected();
    void emptyVersionTableRejected();

    void chargeDeleteFails();
    void chargeAmountUpdateFails();
    void chargeVoidSucceeds();
    void voidedChargeStaysVoid();
    void auditLogIsAppendOnly();
    void billOfOtherCustomerFails();
    void amountCheck_data();
    void amountCheck();
    void unknownFeeTypeFails();

private:
    // Inserts customers ALPHA and BETA with one bill each, and one posted
    // charge of 10.00 for ALPHA on its bill.
    void insertFixtureRows();

    std::unique_ptr<TestDatabase> m_database;
    qint64 m_alpha = -1;
    qint64 m_beta = -1;
    qint64 m_alphaBill = -1;
    qint64 m_betaBill = -1;
    qint64 m_charge = -1;
};

namespace {

const QString Timestamp = QStringLiteral("2024-03-01T08:00:00.000Z");

struct ChargeRow
{
    qint64 customerId = -1;
    QVariant billId;
    QString feeType = QStringLiteral("SERVICE");
    qint64 amountMinor = 1000;
    QString requestKey;
};

// Runs sql with the values bound; error receives the driver's message.
bool execute(const QSqlDatabase &db, const QString &sql, const QVariantMap &values,
             QString *error = nullptr, qint64 *insertedId = nullptr)
{
    QSqlQuery query(db);
    bool ok = query.prepare(sql);
    if (ok) {
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            query.bindValue(it.key(), it.value());
        ok = query.exec();
    }
    if (error != nullptr)
        *error = query.lastError().text();
    if (ok && insertedId != nullptr)
        *insertedId = query.lastInsertId().toLongLong();
    return ok;
}

bool insertCharge(const QSqlDatabase &db, const ChargeRow &row, QString *error,
                  qint64 *insertedId = nullptr)
{
    return execute(db,
                   QStringLiteral("INSERT INTO charges (request_key, customer_id, bill_id, "
                                  "fee_type_code, amount_minor, currency, reason_code, "
                                  "payment_method_code, due_date, created_by, created_at) "
                                  "VALUES (:request_key, :customer_id, :bill_id, :fee_type, "
                                  ":amount_minor, 'CNY', 'UNPAID', 'WECHAT_PAY', '2024-03-31', "
                                  "'tester', :created_at)"),
                   {{QStringLiteral(":request_key"), row.requestKey},
                    {QStringLiteral(":customer_id"), row.customerId},
                    {QStringLiteral(":bill_id"), row.billId},
                    {QStringLiteral(":fee_type"), row.feeType},
                    {QStringLiteral(":amount_minor"), row.amountMinor},
                    {QStringLiteral(":created_at"), Timestamp}},
                   error, insertedId);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs statements on path through a plain SQLite connection, outside
// Database, and closes it again.
bool runRaw(const QString &path, const QStringList &statements, QString *error)
{
    const QString connection = QStringLiteral("raw");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        ok = db.open();
        *error = db.lastError().text();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(statement)) {
                *error = query.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace

void tst_Database::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
}

void tst_Database::cleanup()
{
    m_database.reset();
}

void tst_Database::insertFixtureRows()
{
    const QSqlDatabase db = m_database->db();
    const QString customerSql = QStringLiteral(
        "INSERT INTO customers (code, company_name, created_at, updated_at) "
        "VALUES (:code, :company_name, :now, :now)");
    const QString billSql = QStringLiteral(
        "INSERT INTO bills (bill_no, customer_id, issue_date, due_date, currency, created_at) "
        "VALUES (:bill_no, :customer_id, '2024-03-01', '2024-03-31', 'CNY', :now)");
    QString error;

    QVERIFY2(execute(db, customerSql,
                     {{QStringLiteral(":code"), QStringLiteral("ALPHA")},
                      {QStringLiteral(":company_name"), QStringLiteral("阿尔法贸易有限公司")},
                      {QStringLiteral(":now"), Timestamp}},
                     &error, &m_alpha),
             qPrintable(error));
    QVERIFY2(execute(db, customerSql,
                     {{QStringLiteral(":code"), QStringLiteral("BETA")},
                      {QStringLiteral(":company_name"), QStringLiteral("Beta Foods")},
                      {QStringLiteral(":now"), Timestamp}},
                     &error, &m_beta),
             qPrintable(error));
    QVERIFY2(execute(db, billSql,
                     {{QStringLiteral(":bill_no"), QStringLiteral("A-1")},
                      {QStringLiteral(":customer_id"), m_alpha},
                      {QStringLiteral(":now"), Timestamp}},
                     &error, &m_alphaBill),
             qPrintable(error));
    QVERIFY2(execute(db, billSql,
                     {{QStringLiteral(":bill_no"), QStringLiteral("B-1")},
                      {QStringLiteral(":customer_id"), m_beta},
                      {QStringLiteral(":now"), Timestamp}},
                     &error, &m_betaBill),
             qPrintable(error));

    ChargeRow charge;
    charge.customerId = m_alpha;
    charge.billId = m_alphaBill;
    charge.requestKey = QStringLiteral("fixture-charge-1");
    QVERIFY2(insertCharge(db, charge, &error, &m_charge), qPrintable(error));
}

void tst_Database::freshDatabase()
{
    QCOMPARE(Database::storedSchemaVersion(m_database->db()), Database::SchemaVersion);
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")),
             Database::SchemaVersion);
    SKIP_ON_POSTGRESQL("the journal mode and foreign_keys are SQLite settings");

    QSqlQuery query(m_database->db());
    VERIFY_SQL(query, query.exec(QStringLiteral("PRAGMA journal_mode")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString().toLower(), QStringLiteral("wal"));

    QCOMPARE(m_database->scalar(QStringLiteral("PRAGMA foreign_keys")), 1);
}

void tst_Database::lookupLabels_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("labelZhCn");

    const QString feeTypes =
        QStringLiteral("SELECT label_zh_cn FROM fee_types WHERE code = :code");
    const QString reasons =
        QStringLiteral("SELECT label_zh_cn FROM charge_reasons WHERE code = :code");
    const QString methods =
        QStringLiteral("SELECT label_zh_cn FROM payment_methods WHERE code = :code");

    QTest::newRow("fee type SERVICE") << feeTypes << "SERVICE" << QStringLiteral("服务费");
    QTest::newRow("fee type LATE_FEE") << feeTypes << "LATE_FEE" << QStringLiteral("滞纳金");
    QTest::newRow("reason UNPAID") << reasons << "UNPAID" << QStringLiteral("客户未付款");
    QTest::newRow("method WECHAT_PAY") << methods << "WECHAT_PAY" << QStringLiteral("微信支付");
    QTest::newRow("method ALIPAY") << methods << "ALIPAY" << QStringLiteral("支付宝");
}

void tst_Database::lookupLabels()
{
    QFETCH(QString, sql);
    QFETCH(QString, code);
    QFETCH(QString, labelZhCn);

    QSqlQuery query(m_database->db());
    VERIFY_SQL(query, query.prepare(sql));
    query.bindValue(QStringLiteral(":code"), code);
    VERIFY_SQL(query, query.exec());
    QVERIFY2(query.next(), qPrintable(code));
    QCOMPARE(query.value(QStringLiteral("label_zh_cn")).toString(), labelZhCn);
}

void tst_Database::reopenKeepsSchema()
{
    insertFixtureRows();
    if (QTest::currentTestFailed())
        return;
    const QString path = m_database->path();
    const QString connection = m_database->connectionName();
    QSqlQuery applied(m_database->db());
    VERIFY_SQL(applied, applied.exec(QStringLiteral("SELECT applied_at FROM schema_version "
                                                    "ORDER BY version")));
    QVERIFY(applied.next());
    const QString appliedAt = applied.value(QStringLiteral("applied_at")).toString();
    applied.finish();
    applied = QSqlQuery();

    Database::close(connection);
    QString error;
    QVERIFY2(Database::open(path, connection, &error), qPrintable(error));

    QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")),
             Database::SchemaVersion);
    QSqlQuery reopened(m_database->db());
    VERIFY_SQL(reopened, reopened.exec(QStringLiteral("SELECT applied_at FROM schema_version "
                                                      "ORDER BY version")));
    QVERIFY(reopened.next());
    QCOMPARE(reopened.value(QStringLiteral("applied_at")).toString(), appliedAt);
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM customers")), 2);
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM charges")), 1);
}

void tst_Database::newerVersionRejected_data()
{
    QTest::addColumn<QString>("journalMode");

    QTest::newRow("WAL journal") << "WAL";
    QTest::newRow("rollback journal") << "DELETE";
}

void tst_Database::newerVersionRejected()
{
    SKIP_ON_POSTGRESQL("checks the SQLite file's bytes; tst_postgresql covers PostgreSQL");
    QFETCH(QString, journalMode);
    const QString path = m_database->path();
    const QString connection = m_database->connectionName();
    Database::close(connection);

    QString error;
    QVERIFY2(runRaw(path,
                    {QStringLiteral("PRAGMA journal_mode = %1").arg(journalMode),
                     QStringLiteral("UPDATE schema_version SET version = 99 "
                                    "WHERE version = (SELECT MAX(version) FROM schema_version)")},
                    &error),
             qPrintable(error));
    const QByteArray hashBefore = fileHash(path);
    const qint64 sizeBefore = QFileInfo(path).size();
    QVERIFY(!hashBefore.isEmpty());

    QVERIFY(!Database::open(path, connection, &error));
    QVERIFY2(error.contains(QLatin1String("99")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
    QVERIFY(!QSqlDatabase::contains(connection));

    QCOMPARE(QFileInfo(path).size(), sizeBefore);
    QCOMPARE(fileHash(path), hashBefore);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QCOMPARE(Database::storedSchemaVersion(db), 99);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void tst_Database::foreignFileRejected()
{
    SKIP_ON_POSTGRESQL("writes an SQLite file; tst_postgresql covers PostgreSQL");
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("recipes.sqlite"));
    QString error;
    QVERIFY2(runRaw(path,
                    {QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)"),
                     QStringLiteral("INSERT INTO recipes (name) VALUES ('mapo tofu')")},
                    &error),
             qPrintable(error));
    const QByteArray hashBefore = fileHash(path);

    QVERIFY(!Database::open(path, QStringLiteral("foreign"), &error));
    QVERIFY2(error.contains(QLatin1String("not a ChargeDesk database")), qPrintable(error));
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("foreign")));
    QCOMPARE(fileHash(path), hashBefore);
}

void tst_Database::textFileRejected()
{
    SKIP_ON_POSTGRESQL("opens a text file as SQLite");
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("These are my notes, not a database.\n");
    file.close();
    const QByteArray hashBefore = fileHash(path);

    QString error;
    QVERIFY(!Database::open(path, QStringLiteral("text"), &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("not a database")), qPrintable(error));
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("text")));
    QCOMPARE(fileHash(path), hashBefore);
}

void tst_Database::emptyVersionTableRejected()
{
    SKIP_ON_POSTGRESQL("writes an SQLite file");
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("empty-version.sqlite"));
    QString error;
    QVERIFY2(runRaw(path,
                    {QStringLiteral("CREATE TABLE schema_version "
                                    "(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")},
                    &error),
             qPrintable(error));

    QVERIFY(!Database::open(path, QStringLiteral("emptyversion"), &error));
    QVERIFY2(error.contains(QLatin1String("not a ChargeDesk database")), qPrintable(error));
}

void tst_Database::chargeDeleteFails()
{
    insertFixtureRows();
    if (QTest::currentTestFailed())
        return;

    QString error;
    QVERIFY(!execute(m_database->db(), QStringLiteral("DELETE FROM charges WHERE id = :id"),
                     {{QStringLiteral(":id"), m_charge}}, &error));
    QVERIFY2(error.contains(QLatin1String("cannot be deleted")), qPrintable(error));
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM charges")), 1);
}

void tst_Database::chargeAmountUpdateFails()
{
    insertFixtureRows();
    if (QTest::currentTestFailed())
        return;

    QString error;
    QVERIFY(!execute(m_database->db(),
                     QStringLiteral("UPDATE charges SET amount_minor = 1 WHERE id = :id"),
                     {{QStringLiteral(":id"), m_charge}}, &error));
    QVERIFY2(error.contains(QLatin1String("can only be voided")), qPrintable(error));
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT amount_minor FROM charges")), 1000);
}

void tst_Database::chargeVoidSucceeds()
{
    insertFixtureRows();
    if (QTest::currentTestFailed())
        return;

    QString error;
    QVERIFY2(execute(m_database->db(),
                     QStringLiteral("UPDATE charges SET status = 'void', voided_by = 'tester', "
                                    "voided_at = :now, void_reason = :reason WHERE id = :id"),
                     {{QStringLiteral(":now"), Timestamp},
                      {QStringLiteral(":reason"), QStringLiteral("entered twice")},
                      {QStringLiteral(":id"), m_charge}},
                     &error),
             qPrintable(error));
    QCOMPARE(m_database->scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM charges WHERE status = 'void' AND amount_minor = 1000")),
             1);
}

void tst_Database::voidedChargeStaysVoid()
{
    insertFixtureRows();
    if (QTest::currentTestFailed())
        return;
    QString error;
    QVERIFY2(execute(m_database->db(),
                     QStringLiteral("UPDATE charges SET status = 'void', voided_by = 'tester', "
                                    "voided_at = :now, void_reason = 'wrong bill' WHERE id = :id"),
                     {{QStringLiteral(":now"), Timestamp}, {QStringLiteral(":id"), m_charge}},
                     &error),
             qPrintable(error));

    QVERIFY(!execute(m_database->db(),
                     QStringLiteral("UPDATE charges SET status = 'posted', voided_by = NULL, "
                                    "voided_at = NULL, void_reason = NULL WHERE id = :id"),
                     {{QStringLiteral(":id"), m_charge}}, &error));
    QVERIFY2(error.contains(QLatin1String("can only be voided")), qPrintable(error));

    QVERIFY(!execute(m_database->db(),
                     QStringLiteral("UPDATE charges SET void_reason = 'changed' WHERE id = :id"),
                     {{QStringLiteral(":id"), m_charge}}, &error));
    QCOMPARE(m_database->scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM charges WHERE status = 'void' "
                 "AND void_reason = 'wrong bill'")),
             1);
}

void tst_Database::auditLogIsAppendOnly()
{
    // Records are inserted with their chain hashes, which AuditLog computes.
    QString error;
    QVERIFY2(AuditLog(m_database->db())
                 .append(QStringLiteral("tester"), QStringLiteral("create"),
                         QStringLiteral("charge"), 1, {}, QString(), &error),
             qPrintable(error));
    const qint64 id = m_database->scalar(QStringLiteral("SELECT MAX(id) FROM audit_log"));

    QVERIFY(!execute(m_database->db(),
                     QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE id = :id"),
                     {{QStringLiteral(":id"), id}}, &error));
    QVERIFY2(error.contains(QLatin1String("cannot be changed")), qPrintable(error));

    QVERIFY(!execute(m_database->db(), QStringLiteral("DELETE FROM audit_log WHERE id = :id"),
                     {{QStringLiteral(":id"), id}}, &error));
    QVERIFY2(error.contains(QLatin1String("cannot be deleted")), qPrintable(error));

    QCOMPARE(m_database->scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM audit_log WHERE actor = 'tester'")),
             1);
}

void tst_Database::billOfOtherCustomerFails()
{
    insertFixtureRows();
    if (QTest::currentTestFailed())
        return;

    ChargeRow charge;
    charge.customerId = m_alpha;
    charge.billId = m_betaBill;
    charge.requestKey = QStringLiteral("other-customer-bill");
    QString error;
    QVERIFY(!insertCharge(m_database->db(), charge, &error));
    QVERIFY2(error.contains(QLatin1String("another customer")), qPrintable(error));
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM charges")), 1);
}

void tst_Database::amountCheck_data()
{
    QTest::addColumn<qint64>("amountMinor");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("zero") << qint64(0) << false;
    QTest::newRow("minus one") << qint64(-1) << false;
    QTest::newRow("minus 10.00") << qint64(-1000) << false;
    QTest::newRow("above one trillion") << qint64(100'000'000'000'001) << false;
    QTest::newRow("one minor unit") << qint64(1) << true;
    QTest::newRow("one trillion") << qint64(100'000'000'000'000) << true;
}

void tst_Database::amountCheck()
{
    QFETCH(qint64, amountMinor);
    QFETCH(bool, accepted);
    insertFixtureRows();
    if (QTest::currentTestFailed())
        return;

    ChargeRow charge;
    charge.customerId = m_alpha;
    charge.amountMinor = amountMinor;
    charge.requestKey = QStringLiteral("amount-check");
    QString error;
    QCOMPARE(insertCharge(m_database->db(), charge, &error), accepted);
    if (!accepted)
        // SQLite writes "CHECK constraint failed", PostgreSQL "violates check
        // constraint".
        QVERIFY2(error.contains(QLatin1String("check constraint"), Qt::CaseInsensitive),
                 qPrintable(error));
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM charges")),
             accepted ? 2 : 1);
}

void tst_Database::unknownFeeTypeFails()
{
    insertFixtureRows();
    if (QTest::currentTestFailed())
        return;

    ChargeRow charge;
    charge.customerId = m_alpha;
    charge.feeType = QStringLiteral("NO_SUCH_FEE");
    charge.requestKey = QStringLiteral("unknown-fee-type");
    QString error;
    QVERIFY(!insertCharge(m_database->db(), charge, &error));
    QVERIFY2(error.contains(QLatin1String("foreign key"), Qt::CaseInsensitive),
             qPrintable(error));
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM charges")), 1);
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
