#include "chargeservice.h"
#include "database.h"
#include "databasefault.h"
#include "databaserolemigration.h"
#include "databaseroles.h"
#include "paymentfixture.h"
#include "paymentservice.h"
#include "periodlockservice.h"
#include "testsupport.h"
#include "uilanguage.h"
#include "userservice.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUrl>
#include <QtTest>

using namespace PaymentFixture;

// The test's three logins.
enum class Login { Sales, Finance, Admin };
Q_DECLARE_METATYPE(Login)

// The database roles of schema version 4 on PostgreSQL: three logins made
// by the cluster's superuser become users through UserService, and then
// connect as themselves. A plain connection (what psql does) shows what
// the server refuses with SQLSTATE 42501, and Database::open with the
// services shows that the grants suffice for each role's work.
class tst_PgRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void serverChecksGrants_data();
    void serverChecksGrants();
    void salesAddsChargeThroughService();
    void financeVoidsAndRecordsPayment();
    void adminMovesLockAndGrantsRoles();
    void deactivatedLoginRefused();
    void nonOwnerBeforeFirstUser();
    void unknownLoginAddedWithNotice();
    void invalidLoginRejected();
    void roleNamesFitAndDiffer();
    void ownerWithoutCreateRoleGetsStatements();

private:
    QSqlDatabase db() const { return m_database->db(); }
    QString loginName(Login login) const;

    // Returns the URL of the test database with login as its user.
    QString urlAs(const QString &login) const;

    // Opens the test database as login through Database::open under
    // connectionName, which cleanup() closes.
    QSqlDatabase openAs(const QString &login, const QString &connectionName);

    // Runs statement as the superuser, for setup and checks.
    bool runAsSuperuser(const QString &statement) const;

    std::unique_ptr<TestDatabase> m_database;
    QStringList m_connections;
    QString m_sales;
    QString m_finance;
    QString m_admin;
    qint64 m_customerId = 0;
    qint64 m_billId = 0;
    qint64 m_chargeId = 0;
};

QString tst_PgRoles::loginName(Login login) const
{
    switch (login) {
    case Login::Sales:
        return m_sales;
    case Login::Finance:
        return m_finance;
    case Login::Admin:
        break;
    }
    return m_admin;
}

QString tst_PgRoles::urlAs(const QString &login) const
{
    QUrl url(m_database->location());
    url.setUserName(login);
    return url.toString();
}

QSqlDatabase tst_PgRoles::openAs(const QString &login, const QString &connectionName)
{
    m_connections << connectionName;
    QString error;
    if (!Database::open(urlAs(login), connectionName, &error))
        qWarning() << "Could not open the database as" << login << ":" << error;
    return QSqlDatabase::database(connectionName, false);
}

bool tst_PgRoles::runAsSuperuser(const QString &statement) const
{
    QSqlQuery query(db());
    if (query.exec(statement))
        return true;
    qWarning() << statement << "failed:" << query.lastError().text();
    return false;
}

void tst_PgRoles::initTestCase()
{
    if (!TestBackend::isPostgresql())
        QSKIP("SQLite has no database roles");

    // Logins belong to the whole cluster, so each run names its own.
    const QString suffix = QString::number(QCoreApplication::applicationPid());
    m_sales = QStringLiteral("pgr_sales_") + suffix;
    m_finance = QStringLiteral("pgr_finance_") + suffix;
    m_admin = QStringLiteral("pgr_admin_") + suffix;

    {
        QSqlDatabase admin = TestBackend::openRaw(TestBackend::adminUrl(),
                                                  QStringLiteral("pgroles-cluster"));
        QVERIFY(admin.isOpen());
        QSqlQuery query(admin);
        for (const QString &login : {m_sales, m_finance, m_admin}) {
            VERIFY_SQL(query, query.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(login)));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pgroles-cluster"));
}

void tst_PgRoles::cleanupTestCase()
{
    if (!TestBackend::isPostgresql())
        return;

    // The databases that granted them roles are gone, so the logins go too.
    {
        QSqlDatabase admin = TestBackend::openRaw(TestBackend::adminUrl(),
                                                  QStringLiteral("pgroles-cluster"));
        QSqlQuery query(admin);
        for (const QString &login : {m_sales, m_finance, m_admin})
            query.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pgroles-cluster"));
}

void tst_PgRoles::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));

    m_customerId = insertCustomer(db(), QStringLiteral("HUALIAN"),
                                  QStringLiteral("北京华联商贸有限公司"));
    m_billId = insertBill(db(), QStringLiteral("B-1001"), m_customerId, 100000);
    m_chargeId = addCharge(db(), m_customerId, m_billId, QStringLiteral("100.00"));
    QVERIFY(m_chargeId > 0);

    // The superuser connection acts for the admin login, whose account
    // must be the first user.
    UserService users(db(), m_admin);
    for (const auto &[login, role] : {std::pair{m_admin, UserRole::Admin},
                                      std::pair{m_sales, UserRole::Sales},
                                      std::pair{m_finance, UserRole::Finance}}) {
        const UserService::Result result = users.add(login, QString(), role);
        QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
        QVERIFY2(result.notice.isEmpty(), qPrintable(result.notice));
    }
}

void tst_PgRoles::cleanup()
{
    for (const QString &name : std::as_const(m_connections))
        Database::close(name);
    m_connections.clear();
    m_database.reset();
}

void tst_PgRoles::serverChecksGrants_data()
{
    QTest::addColumn<Login>("login");
    QTest::addColumn<QString>("statement"); // %1 is the charge id, %2 the customer id
    QTest::addColumn<QString>("sqlState");  // empty when the statement must succeed

    const QString voidCharge = QStringLiteral(
        "UPDATE charges SET status = 'void', voided_by = 'psql', "
        "voided_at = '2030-01-01T00:00:00.000Z', void_reason = 'typed in psql' WHERE id = %1");
    const QString insertCharge = QStringLiteral(
        "INSERT INTO charges (request_key, customer_id, fee_type_code, amount_minor, currency, "
        "reason_code, payment_method_code, due_date, created_by, created_at) VALUES "
        "('psql-request-1', %2, 'SERVICE', 500, 'CNY', 'OTHER', 'CASH', '2030-01-01', 'psql', "
        "'2030-01-01T00:00:00.000Z')");
    const QString deleteAudit = QStringLiteral("DELETE FROM audit_log WHERE entity_id = %1");
    const QString renameUsers = QStringLiteral("UPDATE users SET display_name = 'psql'");
    const QString lockPeriod = QStringLiteral(
        "INSERT INTO period_locks (lock_date, reason, moved_by, moved_at) "
        "VALUES ('2020-01-01', '', 'psql', '2030-01-01T00:00:00.000Z')");
    const QString changeAmount = QStringLiteral(
        "UPDATE charges SET amount_minor = 1 WHERE id = %1");
    const QString denied = QStringLiteral("42501");

    QTest::newRow("sales inserts charge") << Login::Sales << insertCharge << QString();
    QTest::newRow("sales voids charge") << Login::Sales << voidCharge << denied;
    QTest::newRow("sales deletes audit") << Login::Sales << deleteAudit << denied;
    QTest::newRow("sales renames users") << Login::Sales << renameUsers << denied;
    QTest::newRow("sales locks period") << Login::Sales << lockPeriod << denied;
    QTest::newRow("finance voids charge") << Login::Finance << voidCharge << QString();
    QTest::newRow("finance changes amount") << Login::Finance << changeAmount << denied;
    QTest::newRow("finance deletes audit") << Login::Finance << deleteAudit << denied;
    QTest::newRow("finance renames users") << Login::Finance << renameUsers << denied;
    QTest::newRow("finance locks period") << Login::Finance << lockPeriod << denied;
    QTest::newRow("admin deletes audit") << Login::Admin << deleteAudit << denied;
    QTest::newRow("admin locks period") << Login::Admin << lockPeriod << QString();
    QTest::newRow("admin renames users") << Login::Admin << renameUsers << QString();
}

void tst_PgRoles::serverChecksGrants()
{
    QFETCH(Login, login);
    QFETCH(QString, statement);
    QFETCH(QString, sqlState);

    // A connection without Database::open, as psql would make.
    const QString name = QStringLiteral("pgroles-raw");
    m_connections << name;
    QSqlDatabase raw = TestBackend::openRaw(urlAs(loginName(login)), name);
    QVERIFY(raw.isOpen());

    QSqlQuery query(raw);
    statement.replace(QStringLiteral("%1"), QString::number(m_chargeId));
    statement.replace(QStringLiteral("%2"), QString::number(m_customerId));
    const bool ok = query.exec(statement);
    if (sqlState.isEmpty()) {
        VERIFY_SQL(query, ok);
    } else {
        QVERIFY2(!ok, "the server accepted the statement");
        QCOMPARE(query.lastError().nativeErrorCode(), sqlState);
    }
}

void tst_PgRoles::salesAddsChargeThroughService()
{
    QSqlDatabase sales = openAs(m_sales, QStringLiteral("pgroles-sales"));
    QVERIFY(sales.isOpen());
    QCOMPARE(currentActor(sales), m_sales);

    ChargeService service(sales, currentActor(sales));
    ChargeRequest request;
    request.requestKey = ChargeRequest::newRequestKey();
    request.customerId = m_customerId;
    request.billId = m_billId;
    request.feeTypeCode = QStringLiteral("LATE_FEE");
    request.amountText = QStringLiteral("7.00");
    request.reasonCode = QStringLiteral("UNPAID");
    request.paymentMethodCode = QStringLiteral("CASH");
    request.dueDate = QDate::currentDate().addDays(100);
    const ChargeService::CommitResult result = service.commit(request, service.review(request));
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));

    const QString author = QStringLiteral("SELECT COUNT(*) FROM charges WHERE id = %1 AND "
                                          "created_by = '%2'")
                               .arg(result.chargeId)
                               .arg(m_sales);
    QCOMPARE(scalar(db(), author), 1);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT balance_minor FROM customers WHERE id = %1")
                              .arg(m_customerId)),
             100000 + 10000 + 700);
    QCOMPARE(storedSumMismatches(db()), QString());

    // The service refuses the void first; the server refuses it too.
    const ChargeService::VoidResult voided = service.voidCharge(m_chargeId,
                                                                QStringLiteral("wrong"));
    QVERIFY(!voided.ok);
    QVERIFY2(voided.errorMessage.contains(m_sales), qPrintable(voided.errorMessage));

    QSqlQuery update(sales);
    QVERIFY(!update.exec(QStringLiteral("UPDATE charges SET status = 'void' WHERE id = %1")
                             .arg(m_chargeId)));
    const DatabaseFault fault = DatabaseFault::fromError(update.lastError(), sales);
    QCOMPARE(fault.kind(), DatabaseFault::Kind::PermissionDenied);
    QVERIFY(fault.isEnvironmentFault());
    QVERIFY(!fault.needsReconnect());
    QVERIFY2(fault.explanation().contains(m_sales), qPrintable(fault.explanation()));
}

void tst_PgRoles::financeVoidsAndRecordsPayment()
{
    QSqlDatabase finance = openAs(m_finance, QStringLiteral("pgroles-finance"));
    QVERIFY(finance.isOpen());
    const QString actor = currentActor(finance);
    QCOMPARE(actor, m_finance);

    const ChargeService::VoidResult voided
        = ChargeService(finance, actor).voidCharge(m_chargeId, QStringLiteral("wrong"));
    QVERIFY2(voided.ok, qPrintable(voided.errorMessage));

    PaymentRequest request = paymentRequest(m_customerId, QStringLiteral("10.00"));
    request.billId = m_billId;
    PaymentService payments(finance, actor);
    const PaymentService::CommitResult paid = payments.commit(request, payments.review(request));
    QVERIFY2(paid.succeeded(), qPrintable(paid.errorMessage));

    const PaymentService::ReverseResult reversed
        = payments.reversePayment(paid.paymentId, QStringLiteral("bounced"));
    QVERIFY2(reversed.ok, qPrintable(reversed.errorMessage));
    QCOMPARE(storedSumMismatches(db()), QString());
}

void tst_PgRoles::adminMovesLockAndGrantsRoles()
{
    QSqlDatabase admin = openAs(m_admin, QStringLiteral("pgroles-admin"));
    QVERIFY(admin.isOpen());
    const QString actor = currentActor(admin);
    QCOMPARE(actor, m_admin);

    const PeriodLockService::Result moved
        = PeriodLockService(admin, actor).move(QDate::currentDate().addDays(-9), QString());
    QVERIFY2(moved.succeeded(), qPrintable(moved.errorMessage));

    // An admin login that is no superuser grants through its ADMIN OPTION.
    const UserService::Result promoted = UserService(admin, actor).setRole(m_sales,
                                                                          UserRole::Finance);
    QVERIFY2(promoted.succeeded(), qPrintable(promoted.errorMessage));

    QString error;
    const QString salesRole = DatabaseRoles::roleName(db(), UserRole::Sales, &error);
    const QString financeRole = DatabaseRoles::roleName(db(), UserRole::Finance, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString direct = QStringLiteral(
        "SELECT COUNT(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
        "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '%1' AND r.rolname = '%2'");
    QCOMPARE(scalar(db(), direct.arg(m_sales, financeRole)), 1);
    QCOMPARE(scalar(db(), direct.arg(m_sales, salesRole)), 0);
}

void tst_PgRoles::deactivatedLoginRefused()
{
    const UserService::Result result = UserService(db(), m_admin).setActive(m_sales, false);
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));

    QString error;
    QVERIFY(!Database::open(urlAs(m_sales), QStringLiteral("pgroles-refused"), &error));
    QVERIFY2(error.contains(m_sales), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("no ChargeDesk role")), qPrintable(error));
}

void tst_PgRoles::nonOwnerBeforeFirstUser()
{
    // A database of its own, without users: the sales login has no role in
    // it, and only the owner may add the first administrator.
    TestDatabase empty(QStringLiteral("pgroles-empty"));
    QVERIFY2(empty.isOpen(), qPrintable(empty.error()));
    QUrl url(empty.location());
    url.setUserName(m_sales);

    QString error;
    QVERIFY(!Database::open(url.toString(), QStringLiteral("pgroles-empty-sales"), &error));
    QVERIFY2(error.contains(m_sales), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("owner of the database, “postgres”")),
             qPrintable(error));
}

void tst_PgRoles::unknownLoginAddedWithNotice()
{
    const QString login = QStringLiteral("pgr_nobody_%1").arg(QCoreApplication::applicationPid());
    const UserService::Result result = UserService(db(), m_admin).add(login, QString(),
                                                                      UserRole::Sales);
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    QVERIFY2(result.notice.contains(login), qPrintable(result.notice));
}

void tst_PgRoles::invalidLoginRejected()
{
    // A dot would split the quoted identifier; a quote would end it.
    for (const QString &login : {QStringLiteral("wang.fang"), QStringLiteral("x\"y"),
                                 QStringLiteral("1abc")}) {
        const UserService::Result result = UserService(db(), m_admin).add(login, QString(),
                                                                          UserRole::Sales);
        QCOMPARE(result.status, UserService::Result::Status::Rejected);
        QVERIFY2(result.errorMessage.contains(login), qPrintable(result.errorMessage));
    }

    // The server folds CREATE ROLE Bob to bob, so Bob would match no login.
    const UserService::Result upper = UserService(db(), m_admin).add(QStringLiteral("Bob"),
                                                                     QString(), UserRole::Sales);
    QCOMPARE(upper.status, UserService::Result::Status::Rejected);
    QVERIFY2(upper.errorMessage.contains(QStringLiteral("“bob”")),
             qPrintable(upper.errorMessage));
}

void tst_PgRoles::roleNamesFitAndDiffer()
{
    const QString plain = DatabaseRoleMigration::roleName(QStringLiteral("billing"),
                                                          UserRole::Finance);
    QCOMPARE(plain, QStringLiteral("chargedesk_billing_finance"));

    // Names that differ only in case or punctuation get different roles.
    const QString upper = DatabaseRoleMigration::roleName(QStringLiteral("Billing"),
                                                          UserRole::Finance);
    const QString dashed = DatabaseRoleMigration::roleName(QStringLiteral("bill-ing"),
                                                           UserRole::Finance);
    const QString underscored = DatabaseRoleMigration::roleName(QStringLiteral("bill_ing"),
                                                                UserRole::Finance);
    QVERIFY(upper != plain);
    QVERIFY(dashed != underscored);

    const QString longName = QString(60, QLatin1Char('a'));
    for (const UserRole role : UserRoleText::assignable()) {
        const QString name = DatabaseRoleMigration::roleName(longName, role);
        QVERIFY2(name.toUtf8().size() <= DatabaseRoleMigration::MaxRoleNameLength,
                 qPrintable(name));
        QVERIFY(name.endsWith(UserRoleText::code(role)));
    }
    const QString chinese = DatabaseRoleMigration::roleName(QStringLiteral("账务"),
                                                            UserRole::Admin);
    QVERIFY2(chinese.toUtf8().size() <= DatabaseRoleMigration::MaxRoleNameLength,
             qPrintable(chinese));
    QVERIFY(QRegularExpression(QStringLiteral("^[a-z_][a-z0-9_]*$")).match(chinese).hasMatch());
}

void tst_PgRoles::ownerWithoutCreateRoleGetsStatements()
{
    // An owner that may not create roles, of a database of its own.
    const QString suffix = QString::number(QCoreApplication::applicationPid());
    const QString owner = QStringLiteral("pgr_owner_") + suffix;
    const QString database = QStringLiteral("cd_pgroles_owner_") + suffix;
    const QString clusterConnection = QStringLiteral("pgroles-owner-cluster");
    {
        QSqlDatabase cluster = TestBackend::openRaw(TestBackend::adminUrl(), clusterConnection);
        QSqlQuery query(cluster);
        VERIFY_SQL(query, query.exec(QStringLiteral("CREATE ROLE %1 LOGIN NOCREATEROLE")
                                         .arg(owner)));
        VERIFY_SQL(query, query.exec(QStringLiteral("CREATE DATABASE %1 OWNER %2")
                                         .arg(database, owner)));
    }
    QUrl url(TestBackend::adminUrl());
    url.setPath(QLatin1Char('/') + database);
    const QString superuserUrl = url.toString();
    url.setUserName(owner);

    QString error;
    m_connections << QStringLiteral("pgroles-owner");
    const bool opened = Database::open(url.toString(), QStringLiteral("pgroles-owner"), &error);
    QVERIFY(!opened);
    QVERIFY2(error.contains(QStringLiteral("CREATE ROLE")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("CREATEROLE")), qPrintable(error));

    // Nothing was changed, and the statements of the message let the
    // migration pass.
    {
        QSqlDatabase target = TestBackend::openRaw(superuserUrl, QStringLiteral("pgroles-target"));
        QCOMPARE(Database::storedSchemaVersion(target), 0);
        QSqlQuery query(target);
        const QStringList lines = error.split(QLatin1Char('\n'));
        int statements = 0;
        for (const QString &line : lines) {
            if (!line.startsWith(QLatin1String("CREATE ROLE"))
                && !line.startsWith(QLatin1String("GRANT"))) {
                continue;
            }
            VERIFY_SQL(query, query.exec(line));
            ++statements;
        }
        QCOMPARE(statements, 4);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pgroles-target"));
    QVERIFY2(Database::open(url.toString(), QStringLiteral("pgroles-owner"), &error),
             qPrintable(error));
    Database::close(QStringLiteral("pgroles-owner"));

    {
        QSqlDatabase cluster = QSqlDatabase::database(clusterConnection);
        QSqlQuery query(cluster);
        VERIFY_SQL(query, query.exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)")
                                         .arg(database)));
        VERIFY_SQL(query, query.exec(QStringLiteral("DROP ROLE %1").arg(owner)));
    }
    QSqlDatabase::removeDatabase(clusterConnection);
}

QTEST_GUILESS_MAIN(tst_PgRoles)
#include "tst_pgroles.moc"
