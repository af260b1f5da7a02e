#include "database.h"
#include "sqlscript.h"
#include "testsupport.h"
#include "writelock.h"
#include "writeretry.h"

#include <QFile>
#include <QScopeGuard>
#include <QSemaphore>
#include <QThread>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

#include <memory>

// Opening PostgreSQL databases: the messages when that fails, exact NUMERIC
// sums, and the write lock. The tests that need a server skip unless the
// program runs as tst_postgresql_postgresql.
class tst_PostgreSql : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void passwordInUrlRejected();
    void serverGoneNamesHostAndPort();
    void missingDatabaseSaysCreateIt();
    void unknownUserRefused();
    void foreignDatabaseRejected();
    void newerSchemaRejectedUntouched();
    void sumsAreExact();
    void migrationIsRecorded();
    void customerLockBlocksSecondSession();
    void versionOneUpgrades();
    void transientErrorsRecognised();
    void deadlockIsTransient();

private:
    // Returns the admin URL with another user and database.
    static QString serverUrl(const QString &user, const QString &database);

    std::unique_ptr<TestDatabase> m_database;
};

void tst_PostgreSql::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
}

void tst_PostgreSql::cleanup()
{
    m_database.reset();
}

QString tst_PostgreSql::serverUrl(const QString &user, const QString &database)
{
    QUrl url(TestBackend::adminUrl());
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

void tst_PostgreSql::passwordInUrlRejected()
{
    QString error;
    QVERIFY(!Database::open(QStringLiteral("postgresql://finance:s3cret@127.0.0.1:1/ledger"),
                            QStringLiteral("password"), &error));
    QVERIFY2(error.contains(QLatin1String("PGPASSWORD")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("s3cret")), qPrintable(error));
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("password")));
}

void tst_PostgreSql::serverGoneNamesHostAndPort()
{
    // Port 1 (tcpmux) has no server on the test machines.
    const int port = 1;

    QString error;
    const QString url = QStringLiteral("postgresql://finance@127.0.0.1:%1/ledger").arg(port);
    QVERIFY(!Database::open(url, QStringLiteral("gone"), &error));
    QVERIFY2(error.contains(QLatin1String("could not reach")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("127.0.0.1")), qPrintable(error));
    QVERIFY2(error.contains(QString::number(port)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("“ledger”")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("server is running")), qPrintable(error));
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("gone")));
}

void tst_PostgreSql::missingDatabaseSaysCreateIt()
{
    SKIP_UNLESS_POSTGRESQL();
    const QUrl admin(TestBackend::adminUrl());

    QString error;
    QVERIFY(!Database::open(serverUrl(admin.userName(), QStringLiteral("cd_no_such_database")),
                            QStringLiteral("missing"), &error));
    QVERIFY2(error.contains(QStringLiteral("“cd_no_such_database” does not exist")),
             qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("createdb cd_no_such_database")), qPrintable(error));
    QVERIFY2(error.contains(admin.host()), qPrintable(error));
    QVERIFY2(error.contains(QString::number(admin.port())), qPrintable(error));
}

void tst_PostgreSql::unknownUserRefused()
{
    SKIP_UNLESS_POSTGRESQL();

    QString error;
    QVERIFY(!Database::open(serverUrl(QStringLiteral("cd_no_such_user"),
                                      TestBackend::databaseName(m_database->location())),
                            QStringLiteral("user"), &error));
    QVERIFY2(error.contains(QLatin1String("refused the login")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("PGPASSWORD")), qPrintable(error));
}

void tst_PostgreSql::foreignDatabaseRejected()
{
    SKIP_UNLESS_POSTGRESQL();
    const QTemporaryDir dir;
    const QString location = TestBackend::newLocation(dir, QString());
    QVERIFY(!location.isEmpty());
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"),
                                                       QStringLiteral("foreign-setup"));
        const QUrl url(location);
        other.setHostName(url.host());
        other.setPort(url.port());
        other.setUserName(url.userName());
        other.setDatabaseName(url.path().mid(1));
        QVERIFY2(other.open(), qPrintable(other.lastError().text()));
        QSqlQuery query(other);
        VERIFY_SQL(query, query.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign-setup"));

    QString error;
    QVERIFY(!Database::open(location, QStringLiteral("foreign"), &error));
    QVERIFY2(error.contains(QLatin1String("not ChargeDesk's")), qPrintable(error));
    TestBackend::dropLocation(location);
}

void tst_PostgreSql::newerSchemaRejectedUntouched()
{
    SKIP_UNLESS_POSTGRESQL();
    QSqlQuery query(m_database->db());
    VERIFY_SQL(query, query.exec(QStringLiteral(
                          "INSERT INTO schema_version (version, applied_at) "
                          "VALUES (99, '2030-01-01T00:00:00.000Z')")));
    const qint64 tables = m_database->scalar(QStringLiteral(
        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'"));
    m_database->db().close();

    QString error;
    QVERIFY(!Database::open(m_database->location(), QStringLiteral("newer"), &error));
    QVERIFY2(error.contains(QLatin1String("newer ChargeDesk")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("has not been changed")), qPrintable(error));

    QVERIFY(m_database->db().open());
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT MAX(version) FROM schema_version")), 99);
    QCOMPARE(m_database->scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'")),
             tables);
}

void tst_PostgreSql::sumsAreExact()
{
    SKIP_UNLESS_POSTGRESQL();

    // 2^53 + 1 is the first integer a double cannot hold.
    QSqlQuery query(m_database->db());
    VERIFY_SQL(query, query.exec(QStringLiteral(
                          "SELECT SUM(x) AS total FROM (VALUES (CAST(9007199254740992 AS BIGINT)),"
                          " (CAST(1 AS BIGINT))) AS t (x)")));
    QVERIFY(query.next());
    QCOMPARE(query.value(QStringLiteral("total")).toString(), QStringLiteral("9007199254740993"));
    QCOMPARE(query.value(QStringLiteral("total")).toLongLong(), Q_INT64_C(9007199254740993));
}

void tst_PostgreSql::migrationIsRecorded()
{
    SKIP_UNLESS_POSTGRESQL();
    QCOMPARE(Database::storedSchemaVersion(m_database->db()), Database::SchemaVersion);
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")),
             Database::SchemaVersion);
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM fee_types")), 7);

    // A second open finds the schema up to date and changes nothing.
    QString error;
    QVERIFY2(Database::open(m_database->location(), QStringLiteral("again"), &error),
             qPrintable(error));
    Database::close(QStringLiteral("again"));
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")),
             Database::SchemaVersion);
}

void tst_PostgreSql::customerLockBlocksSecondSession()
{
    SKIP_UNLESS_POSTGRESQL();
    QString error;
    QVERIFY2(Database::open(m_database->location(), QStringLiteral("second"), &error),
             qPrintable(error));
    // Declared first, so it runs after the handles below are gone.
    const auto closeSecond = qScopeGuard([] { Database::close(QStringLiteral("second")); });
    QSqlDatabase first = m_database->db();
    QSqlDatabase second = QSqlDatabase::database(QStringLiteral("second"));

    QVERIFY(first.transaction());
    QSqlError lockError;
    QVERIFY2(WriteLock::lockCustomer(first, 7, &lockError), qPrintable(lockError.text()));

    // The second session gives up after 100 ms instead of waiting for the
    // first.
    QVERIFY(second.transaction());
    QSqlQuery timeout(second);
    VERIFY_SQL(timeout, timeout.exec(QStringLiteral("SET LOCAL lock_timeout = 100")));
    QVERIFY(!WriteLock::lockCustomer(second, 7, &lockError));
    QCOMPARE(lockError.nativeErrorCode(), QStringLiteral("55P03"));
    QVERIFY(second.rollback());

    // Another customer's lock is free, and the first one's ends with its
    // transaction.
    QVERIFY(second.transaction());
    QVERIFY2(WriteLock::lockCustomer(second, 8, &lockError), qPrintable(lockError.text()));
    QVERIFY(second.rollback());
    QVERIFY(first.commit());
    QVERIFY(second.transaction());
    QVERIFY2(WriteLock::lockCustomer(second, 7, &lockError), qPrintable(lockError.text()));
    QVERIFY(second.rollback());
}

// A database of schema version 1 with a customer, a bill, a charge, a
// payment and two audit records is brought to the current version.
void tst_PostgreSql::versionOneUpgrades()
{
    SKIP_UNLESS_POSTGRESQL();
    const QTemporaryDir dir;
    const QString location = TestBackend::newLocation(dir, QString());
    QVERIFY(!location.isEmpty());
    {
        QSqlDatabase db = TestBackend::openRaw(location, QStringLiteral("version-one"));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QFile script(QStringLiteral(":/chargedesk/sql/postgresql_0001.sql"));
        QVERIFY(script.open(QIODevice::ReadOnly | QIODevice::Text));
        QStringList statements = SqlScript::split(QString::fromUtf8(script.readAll()));
        statements << QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                                     "applied_at TEXT NOT NULL)")
                   << QStringLiteral("INSERT INTO schema_version VALUES "
                                     "(1, '2024-01-01T00:00:00.000Z')")
                   << QStringLiteral("INSERT INTO customers (id, code, company_name, created_at, "
                                     "updated_at) VALUES (1, 'SHHD', '上海华东贸易有限公司', "
                                     "'2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')")
                   << QStringLiteral("INSERT INTO bills (id, bill_no, customer_id, issue_date, "
                                     "due_date, currency, lines_total_minor, created_at) VALUES "
                                     "(1, 'B-1', 1, '2024-01-01', '2024-01-31', 'CNY', 50000, "
                                     "'2024-01-01T00:00:00.000Z')")
                   << QStringLiteral("INSERT INTO charges (id, request_key, customer_id, bill_id, "
                                     "fee_type_code, amount_minor, currency, reason_code, "
                                     "payment_method_code, due_date, created_by, created_at) "
                                     "VALUES (1, 'charge-0001', 1, 1, 'SERVICE', 12345, 'CNY', "
                                     "'UNPAID', 'CASH', '2024-02-01', 'tester', "
                                     "'2024-01-02T00:00:00.000Z')")
                   << QStringLiteral("INSERT INTO payments (id, request_key, customer_id, bill_id, "
                                     "amount_minor, currency, paid_on, payment_method_code, "
                                     "created_by, created_at) VALUES (5, 'payment-0005', 1, 1, "
                                     "100, 'CNY', '2024-01-03', 'CASH', 'tester', "
                                     "'2024-01-03T00:00:00.000Z')")
                   << QStringLiteral("INSERT INTO audit_log (occurred_at, actor, action, entity, "
                                     "entity_id, details) VALUES ('2024-01-02T00:00:00.000Z', "
                                     "'tester', 'charge.add', 'charge', 1, '{}'), "
                                     "('2024-01-03T00:00:00.000Z', 'tester', 'payment.add', "
                                     "'payment', 5, '{}')");
        QSqlQuery query(db);
        VERIFY_SQL(query, db.transaction());
        for (const QString &statement : statements)
            VERIFY_SQL(query, query.exec(statement));
        VERIFY_SQL(query, db.commit());
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("version-one"));

    const QString connection = QStringLiteral("upgraded");
    QString error;
    QVERIFY2(Database::open(location, connection, &error), qPrintable(error));
    const auto closeUpgraded = qScopeGuard([&] {
        Database::close(connection);
        TestBackend::dropLocation(location);
    });
    const auto scalar = [&](const QString &sql) {
        QSqlQuery query(QSqlDatabase::database(connection));
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    };

    QCOMPARE(scalar(QStringLiteral("SELECT MAX(version) FROM schema_version")),
             Database::SchemaVersion);
    QCOMPARE(scalar(QStringLiteral("SELECT paid_minor FROM charges WHERE id = 1")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM payments WHERE id = 5 "
                                   "AND installment_id IS NULL AND note = ''")),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE record_hash IS NULL")),
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT last_id FROM audit_chain_head")), 2);

    // The copied payments keep their ids, and the next one follows them.
    QCOMPARE(scalar(QStringLiteral(
                 "INSERT INTO payments (request_key, customer_id, bill_id, amount_minor, "
                 "currency, paid_on, payment_method_code, created_by, created_at) VALUES "
                 "('payment-0006', 1, 1, 100, 'CNY', '2024-01-04', 'CASH', 'tester', "
                 "'2024-01-04T00:00:00.000Z') RETURNING id")),
             6);
}

void tst_PostgreSql::transientErrorsRecognised()
{
    const auto error = [](const char *code) {
        return QSqlError(QStringLiteral("QPSQL: Unable to create query"),
                         QStringLiteral("ERROR:  could not serialize\n(%1)")
                             .arg(QLatin1String(code)),
                         QSqlError::StatementError, QLatin1String(code));
    };
    QVERIFY(WriteRetry::isTransient(error("40001")));
    QVERIFY(WriteRetry::isTransient(error("40P01")));
    QVERIFY(!WriteRetry::isTransient(error("23505")));
    QVERIFY(!WriteRetry::isTransient(QSqlError()));

    QVERIFY(WriteRetry::isTransient(QStringLiteral("The charge was not saved: ERROR:  deadlock "
                                                   "detected\n(40P01) QPSQL: Unable to create "
                                                   "query. Nothing was written; try again.")));
    QVERIFY(!WriteRetry::isTransient(QStringLiteral("ERROR:  duplicate key (23505)")));
    QVERIFY(!WriteRetry::isTransient(QStringLiteral("amount 40001.00 is too large")));
}

// Two sessions that each wait for the other's lock: PostgreSQL fails one of
// them with SQLSTATE 40P01, which WriteRetry recognises both as an error
// and in the text that the services pass on.
void tst_PostgreSql::deadlockIsTransient()
{
    SKIP_UNLESS_POSTGRESQL();
    const QString location = m_database->location();
    QSemaphore otherHoldsLock;
    QSemaphore firstHoldsLock;
    QSqlError otherError;
    bool otherLocked = false;

    QThread *other = QThread::create([&] {
        const QString connection = QStringLiteral("deadlock-other");
        QString error;
        if (!Database::open(location, connection, &error)) {
            otherHoldsLock.release();
            return;
        }
        {
            QSqlDatabase db = QSqlDatabase::database(connection);
            db.transaction();
            WriteLock::lockCustomer(db, 2, &otherError);
            otherHoldsLock.release();
            firstHoldsLock.acquire();
            otherLocked = WriteLock::lockCustomer(db, 1, &otherError);
            db.rollback();
        }
        Database::close(connection);
    });
    other->start();

    QSqlDatabase db = m_database->db();
    QVERIFY(db.transaction());
    QSqlError firstError;
    QVERIFY2(WriteLock::lockCustomer(db, 1, &firstError), qPrintable(firstError.text()));
    otherHoldsLock.acquire();
    firstHoldsLock.release();
    const bool firstLocked = WriteLock::lockCustomer(db, 2, &firstError);
    db.rollback();
    QVERIFY(other->wait(60000));
    delete other;

    // Exactly one session lost, and its error is a transient one.
    QVERIFY(firstLocked != otherLocked);
    const QSqlError lost = firstLocked ? otherError : firstError;
    QCOMPARE(lost.nativeErrorCode(), QStringLiteral("40P01"));
    QVERIFY(WriteRetry::isTransient(lost));
    QVERIFY2(WriteRetry::isTransient(lost.text()), qPrintable(lost.text()));
}

QTEST_GUILESS_MAIN(tst_PostgreSql)
#include "tst_postgresql.moc"
