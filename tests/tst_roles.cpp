#include "chargerepository.h"
#include "chargeservice.h"
#include "installmentservice.h"
#include "paymentfixture.h"
#include "paymentservice.h"
#include "periodlockservice.h"
#include "testsupport.h"
#include "usercontext.h"
#include "userservice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace PaymentFixture;

Q_DECLARE_METATYPE(UserAction)

// Users and roles: the bootstrap rule (no users, every account an admin;
// the first user is the own account as an admin), what each role may do in
// each service, the refusal messages, and the triggers that keep the users
// table sound.
class tst_Roles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void withoutUsersEveryoneIsAdmin();
    void firstUserIsOwnAdminAccount();
    void roleAllowsAction_data();
    void roleAllowsAction();
    void refusalNamesActionUserAndRole();
    void unknownAccountRefused();
    void deactivatedUserRefused();
    void lastAdminKept();
    void userChangesAudited();
    void addRejected_data();
    void addRejected();
    void triggerKeepsUsersSound();

private:
    QSqlDatabase db() const { return m_database->db(); }
    qint64 value(const QString &sql) const { return scalar(db(), sql); }

    // Sets up "admin" (admin), "fin" (finance) and "sales" (sales).
    void addStaff();

    // Runs action as login and returns the refusal or error, empty on success.
    QString runAs(const QString &login, UserAction action);

    std::unique_ptr<TestDatabase> m_database;
    qint64 m_customerId = 0;
    qint64 m_billId = 0;
    qint64 m_chargeId = 0; // 100.00 on the bill, entered by "tester"
};

void tst_Roles::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));

    m_customerId = insertCustomer(db(), QStringLiteral("HUALIAN"),
                                  QStringLiteral("北京华联商贸有限公司"));
    m_billId = insertBill(db(), QStringLiteral("B-1001"), m_customerId, 100000);
    m_chargeId = addCharge(db(), m_customerId, m_billId, QStringLiteral("100.00"));
    QVERIFY(m_chargeId > 0);
}

void tst_Roles::cleanup()
{
    m_database.reset();
}

void tst_Roles::addStaff()
{
    UserService service(db(), QStringLiteral("admin"));
    for (const auto &[login, role] : {std::pair{QStringLiteral("admin"), UserRole::Admin},
                                      std::pair{QStringLiteral("fin"), UserRole::Finance},
                                      std::pair{QStringLiteral("sales"), UserRole::Sales}}) {
        const UserService::Result result = service.add(login, QString(), role);
        QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    }
}

QString tst_Roles::runAs(const QString &login, UserAction action)
{
    switch (action) {
    case UserAction::AddCharge: {
        ChargeService service(db(), login);
        ChargeRequest request;
        request.requestKey = ChargeRequest::newRequestKey();
        request.customerId = m_customerId;
        request.feeTypeCode = QStringLiteral("LATE_FEE");
        request.amountText = QStringLiteral("7.00");
        request.reasonCode = QStringLiteral("UNPAID");
        request.paymentMethodCode = QStringLiteral("CASH");
        request.dueDate = QDate::currentDate().addDays(100);
        const auto result = service.commit(request, service.review(request));
        return result.succeeded() ? QString() : result.errorMessage;
    }
    case UserAction::VoidCharge: {
        const auto result = ChargeService(db(), login).voidCharge(m_chargeId,
                                                                   QStringLiteral("wrong"));
        return result.ok ? QString() : result.errorMessage;
    }
    case UserAction::RecordPayment: {
        PaymentRequest request = paymentRequest(m_customerId, QStringLiteral("10.00"));
        request.billId = m_billId;
        PaymentService service(db(), login);
        const auto result = service.commit(request, service.review(request));
        return result.succeeded() ? QString() : result.errorMessage;
    }
    case UserAction::ReversePayment: {
        PaymentRequest request = paymentRequest(m_customerId, QStringLiteral("10.00"));
        request.billId = m_billId;
        const auto paid = pay(db(), request);
        if (!paid.succeeded())
            return paid.errorMessage;
        const auto result = PaymentService(db(), login).reversePayment(paid.paymentId,
                                                                       QStringLiteral("bounced"));
        return result.ok ? QString() : result.errorMessage;
    }
    case UserAction::ManageInstallmentPlans: {
        InstallmentPlanRequest request;
        request.requestKey = InstallmentPlanRequest::newRequestKey();
        request.chargeId = m_chargeId;
        const QDate first = QDate::currentDate().addDays(30);
        request.installments << InstallmentDraft{first, Money(5000, QStringLiteral("CNY"))}
                             << InstallmentDraft{first.addMonths(1),
                                                 Money(5000, QStringLiteral("CNY"))};
        const auto result = InstallmentService(db(), login).createPlan(request);
        return result.succeeded() ? QString() : result.errorMessage;
    }
    case UserAction::MovePeriodLock: {
        const auto result = PeriodLockService(db(), login).move(QDate::currentDate().addDays(-9),
                                                                QString());
        return result.succeeded() ? QString() : result.errorMessage;
    }
    case UserAction::ManageUsers: {
        const auto result = UserService(db(), login).add(QStringLiteral("newcomer"), QString(),
                                                         UserRole::Sales);
        return result.succeeded() ? QString() : result.errorMessage;
    }
    case UserAction::ApproveCharge:
    case UserAction::RejectCharge:
    case UserAction::SetApprovalThresholds:
        break;
    }
    return QStringLiteral("action not covered by this test");
}

void tst_Roles::withoutUsersEveryoneIsAdmin()
{
    QString error;
    const UserContext user = UserContext::resolve(db(), QStringLiteral("anyone"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(user.standing(), UserContext::Standing::Unrestricted);
    QCOMPARE(user.role(), UserRole::Admin);
    QVERIFY(user.accessRefusal().isEmpty());
    QVERIFY(UserContext::accessRefusalFor(db(), QStringLiteral("anyone")).isEmpty());

    // The account of the existing tests may do everything.
    for (UserAction action : {UserAction::AddCharge, UserAction::VoidCharge,
                              UserAction::ManageUsers, UserAction::MovePeriodLock}) {
        QVERIFY(user.may(action));
    }
    QCOMPARE(runAs(QStringLiteral("tester"), UserAction::RecordPayment), QString());
    QCOMPARE(runAs(QStringLiteral("tester"), UserAction::VoidCharge), QString());
}

void tst_Roles::firstUserIsOwnAdminAccount()
{
    UserService service(db(), QStringLiteral("li"));
    UserService::Result result = service.add(QStringLiteral("wang"), QString(), UserRole::Admin);
    QCOMPARE(result.status, UserService::Result::Status::Rejected);
    QVERIFY2(result.errorMessage.contains(QStringLiteral("“li”")),
             qPrintable(result.errorMessage));

    result = service.add(QStringLiteral("li"), QString(), UserRole::Finance);
    QCOMPARE(result.status, UserService::Result::Status::Rejected);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM users")), 0);

    result = service.add(QStringLiteral("li"), QStringLiteral("Li Na"), UserRole::Admin);
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));

    // Roles apply from now on: the earlier author "tester" is not a user.
    QString error;
    QCOMPARE(UserContext::resolve(db(), QStringLiteral("li"), &error).standing(),
             UserContext::Standing::Registered);
    QCOMPARE(UserContext::resolve(db(), QStringLiteral("tester"), &error).standing(),
             UserContext::Standing::Unknown);
    QVERIFY(!runAs(QStringLiteral("tester"), UserAction::AddCharge).isEmpty());
}

void tst_Roles::roleAllowsAction_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<UserAction>("action");
    QTest::addColumn<bool>("allowed");

    const struct
    {
        const char *name;
        UserAction action;
        bool sales;
        bool finance;
    } rows[] = {
        {"add charge", UserAction::AddCharge, true, true},
        {"void charge", UserAction::VoidCharge, false, true},
        {"record payment", UserAction::RecordPayment, false, true},
        {"reverse payment", UserAction::ReversePayment, false, true},
        {"installment plan", UserAction::ManageInstallmentPlans, false, true},
        {"move period lock", UserAction::MovePeriodLock, false, false},
        {"manage users", UserAction::ManageUsers, false, false},
    };
    for (const auto &row : rows) {
        QTest::addRow("sales, %s", row.name) << QStringLiteral("sales") << row.action << row.sales;
        QTest::addRow("finance, %s", row.name) << QStringLiteral("fin") << row.action
                                               << row.finance;
        QTest::addRow("admin, %s", row.name) << QStringLiteral("admin") << row.action << true;
    }
}

void tst_Roles::roleAllowsAction()
{
    QFETCH(QString, login);
    QFETCH(UserAction, action);
    QFETCH(bool, allowed);

    addStaff();
    if (QTest::currentTestFailed())
        return;

    // The payment to reverse is recorded by an admin first.
    if (action == UserAction::ReversePayment) {
        PaymentRequest request = paymentRequest(m_customerId, QStringLiteral("10.00"));
        request.billId = m_billId;
        PaymentService service(db(), QStringLiteral("admin"));
        const auto paid = service.commit(request, service.review(request));
        QVERIFY2(paid.succeeded(), qPrintable(paid.errorMessage));
        const auto result = PaymentService(db(), login).reversePayment(paid.paymentId,
                                                                       QStringLiteral("bounced"));
        QCOMPARE(result.ok, allowed);
        if (!allowed) {
            QVERIFY2(result.errorMessage.contains(QLatin1String("Reversing a payment")),
                     qPrintable(result.errorMessage));
        }
        return;
    }

    const QString refusal = runAs(login, action);
    QVERIFY2(refusal.isEmpty() == allowed, qPrintable(refusal));
    if (!allowed) {
        QVERIFY2(refusal.contains(UserActionText::label(action)), qPrintable(refusal));
        QVERIFY2(refusal.contains(
                     UserRoleText::label(UserActionText::requiredRole(action))),
                 qPrintable(refusal));
    }
}

void tst_Roles::refusalNamesActionUserAndRole()
{
    addStaff();
    QVERIFY(UserService(db(), QStringLiteral("admin"))
                .setDisplayName(QStringLiteral("sales"), QStringLiteral("Zhao Lei"))
                .succeeded());

    const QString refusal = runAs(QStringLiteral("sales"), UserAction::VoidCharge);
    QCOMPARE(refusal,
             QStringLiteral("Voiding a charge needs the role Finance, but the user Zhao Lei "
                            "(sales) has the role Sales. If you need to do this, ask an "
                            "administrator to change your role under Settings › Users and "
                            "Roles. The administrator is admin."));
    QCOMPARE(ChargeRepository(db()).findById(m_chargeId)->status, QStringLiteral("posted"));
}

void tst_Roles::unknownAccountRefused()
{
    addStaff();
    const qint64 charges = value(QStringLiteral("SELECT COUNT(*) FROM charges"));
    const QString refusal = runAs(QStringLiteral("stranger"), UserAction::AddCharge);
    QVERIFY2(refusal.contains(QStringLiteral("the account “stranger” is not a ChargeDesk user")),
             qPrintable(refusal));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM charges")), charges);

    const QString access = UserContext::accessRefusalFor(db(), QStringLiteral("stranger"));
    QVERIFY2(access.contains(QLatin1String("chargedesk-cli users add")), qPrintable(access));
    QVERIFY(UserContext::accessRefusalFor(db(), QStringLiteral("sales")).isEmpty());
}

void tst_Roles::deactivatedUserRefused()
{
    addStaff();
    QVERIFY(UserService(db(), QStringLiteral("admin"))
                .setActive(QStringLiteral("fin"), false)
                .succeeded());

    const QString refusal = runAs(QStringLiteral("fin"), UserAction::RecordPayment);
    QVERIFY2(refusal.contains(QLatin1String("is deactivated")), qPrintable(refusal));
    QVERIFY2(UserContext::accessRefusalFor(db(), QStringLiteral("fin"))
                 .contains(QLatin1String("is deactivated")),
             "deactivated user opened the database");

    QVERIFY(UserService(db(), QStringLiteral("admin"))
                .setActive(QStringLiteral("fin"), true)
                .succeeded());
    QCOMPARE(runAs(QStringLiteral("fin"), UserAction::RecordPayment), QString());
}

void tst_Roles::lastAdminKept()
{
    addStaff();
    UserService service(db(), QStringLiteral("admin"));
    UserService::Result result = service.setRole(QStringLiteral("admin"), UserRole::Finance);
    QCOMPARE(result.status, UserService::Result::Status::Rejected);
    QVERIFY2(result.errorMessage.contains(QLatin1String("last active administrator")),
             qPrintable(result.errorMessage));
    result = service.setActive(QStringLiteral("admin"), false);
    QCOMPARE(result.status, UserService::Result::Status::Rejected);

    // With a second admin the first may step down.
    QVERIFY(service.setRole(QStringLiteral("fin"), UserRole::Admin).succeeded());
    result = service.setRole(QStringLiteral("admin"), UserRole::Sales);
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    QVERIFY(!UserContext::resolve(db(), QStringLiteral("admin"), nullptr)
                 .may(UserAction::ManageUsers));
}

void tst_Roles::userChangesAudited()
{
    addStaff();
    QVERIFY(UserService(db(), QStringLiteral("admin"))
                .setRole(QStringLiteral("sales"), UserRole::Finance)
                .succeeded());

    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'user.add'")), 3);
    QSqlQuery audit(db());
    VERIFY_SQL(audit, audit.exec(QStringLiteral("SELECT actor, details FROM audit_log "
                                                "WHERE action = 'user.update'")));
    VERIFY_SQL(audit, audit.next());
    QCOMPARE(audit.value(QStringLiteral("actor")).toString(), QStringLiteral("admin"));
    const QJsonObject details
        = QJsonDocument::fromJson(audit.value(QStringLiteral("details")).toByteArray()).object();
    QCOMPARE(details.value(QStringLiteral("login")).toString(), QStringLiteral("sales"));
    QCOMPARE(details.value(QStringLiteral("field")).toString(), QStringLiteral("role"));
    QCOMPARE(details.value(QStringLiteral("old_value")).toString(), QStringLiteral("sales"));
    QCOMPARE(details.value(QStringLiteral("new_value")).toString(), QStringLiteral("finance"));
    QVERIFY(!audit.next());
}

void tst_Roles::addRejected_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty login") << QString() << QString() << int(UserRole::Sales)
                                 << QStringLiteral("Invalid login");
    QTest::newRow("login with space") << QStringLiteral("wang fang") << QString()
                                      << int(UserRole::Sales) << QStringLiteral("without spaces");
    QTest::newRow("no role") << QStringLiteral("wangf") << QString() << int(UserRole::None)
                             << QStringLiteral("Choose a role");
    QTest::newRow("name too long") << QStringLiteral("wangf") << QString(101, QLatin1Char('x'))
                                   << int(UserRole::Sales) << QStringLiteral("101 characters");
    QTest::newRow("existing user") << QStringLiteral("fin") << QString() << int(UserRole::Sales)
                                   << QStringLiteral("is a user already");
}

void tst_Roles::addRejected()
{
    QFETCH(QString, login);
    QFETCH(QString, name);
    QFETCH(int, role);
    QFETCH(QString, expected);

    addStaff();
    const UserService::Result result
        = UserService(db(), QStringLiteral("admin")).add(login, name, UserRole(role));
    QCOMPARE(result.status, UserService::Result::Status::Rejected);
    QVERIFY2(result.errorMessage.contains(expected), qPrintable(result.errorMessage));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM users")), 3);
}

void tst_Roles::triggerKeepsUsersSound()
{
    QSqlQuery query(db());
    const QString insert = QStringLiteral(
        "INSERT INTO users (login, display_name, role, created_by, created_at) "
        "VALUES ('%1', '%1', '%2', 'tester', '2026-01-01T00:00:00.000Z')");

    // The first user must be an admin.
    QVERIFY(!query.exec(insert.arg(QStringLiteral("sales"), QStringLiteral("sales"))));
    QVERIFY2(query.lastError().text().contains(QLatin1String("first user must be an active "
                                                             "admin")),
             qPrintable(query.lastError().text()));
    VERIFY_SQL(query, query.exec(insert.arg(QStringLiteral("admin"), QStringLiteral("admin"))));
    VERIFY_SQL(query, query.exec(insert.arg(QStringLiteral("sales"), QStringLiteral("sales"))));

    // The last active admin stays one.
    QVERIFY(!query.exec(QStringLiteral("UPDATE users SET role = 'finance' WHERE login = "
                                       "'admin'")));
    QVERIFY2(query.lastError().text().contains(QLatin1String("last active admin")),
             qPrintable(query.lastError().text()));
    QVERIFY(!query.exec(QStringLiteral("UPDATE users SET active = 0 WHERE login = 'admin'")));

    // Users are never deleted and keep their login.
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM users WHERE login = 'sales'")));
    QVERIFY2(query.lastError().text().contains(QLatin1String("deactivate the user")),
             qPrintable(query.lastError().text()));
    QVERIFY(!query.exec(QStringLiteral("UPDATE users SET login = 'zhao' WHERE login = "
                                       "'sales'")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE users SET role = 'owner' WHERE login = "
                                       "'sales'")));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'admin' "
                                  "AND active = 1")),
             1);
}

QTEST_GUILESS_MAIN(tst_Roles)
#include "tst_roles.moc"
