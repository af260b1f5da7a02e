#include "clitestsupport.h"
#include "paymentfixture.h"
#include "testsupport.h"

#include <QDate>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTest>

using namespace PaymentFixture;

// chargedesk-cli's commands about who may do what: lock-period and
// show-settings, users, approval thresholds, approvals, approve and reject.
// Each run names its account in USER, which currentActor() reads first.
class tst_CliAccess : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void lockPeriodMovesAndShows();
    void lockPeriodBackNeedsReason();
    void lockPeriodRejected_data();
    void lockPeriodRejected();
    void usersBootstrapAndRoles();
    void usersUsageErrors_data();
    void usersUsageErrors();
    void approvalsFlow();
    void approvalThresholdUsage_data();
    void approvalThresholdUsage();

private:
    // Runs chargedesk-cli on the test database as the account user.
    CliResult run(const QString &user, const QStringList &arguments) const;

    std::unique_ptr<TestDatabase> m_database;
};

void tst_CliAccess::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
}

void tst_CliAccess::cleanup()
{
    m_database.reset();
}

CliResult tst_CliAccess::run(const QString &user, const QStringList &arguments) const
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("USER"), user);
    return runCli(QStringList{QStringLiteral("--database"), m_database->location()} + arguments,
                  environment);
}

void tst_CliAccess::lockPeriodMovesAndShows()
{
    const QString date = QDate::currentDate().addDays(-4).toString(Qt::ISODate);
    CliResult result = run(QStringLiteral("li"), {QStringLiteral("lock-period"),
                                                  QStringLiteral("--date"), date});
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("The period lock date is now %1.\n").arg(date));

    result = run(QStringLiteral("li"), {QStringLiteral("show-settings")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("Period lock date: %1.").arg(date)),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("Account: li, acting as Administrator")),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("Moved by")), qPrintable(result.out));
    QCOMPARE(scalar(m_database->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log "
                                                     "WHERE action = 'period_lock.move' "
                                                     "AND actor = 'li'")),
             1);
}

void tst_CliAccess::lockPeriodBackNeedsReason()
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString earlier = QDate::currentDate().addDays(-10).toString(Qt::ISODate);
    QCOMPARE(run(QStringLiteral("li"), {QStringLiteral("lock-period"), QStringLiteral("--date"),
                                        today})
                 .exitCode,
             0);

    CliResult result = run(QStringLiteral("li"), {QStringLiteral("lock-period"),
                                                  QStringLiteral("--date"), earlier});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QLatin1String("reason")), qPrintable(result.err));

    result = run(QStringLiteral("li"), {QStringLiteral("lock-period"), QStringLiteral("--date"),
                                        earlier, QStringLiteral("--reason"),
                                        QStringLiteral("Late supplier invoice")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("The period lock date is now %1; it was %2.\n")
                             .arg(earlier, today));
}

void tst_CliAccess::lockPeriodRejected_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("no date") << QStringList{QStringLiteral("lock-period")} << 1
                             << QStringLiteral("--date");
    QTest::newRow("bad date") << QStringList{QStringLiteral("lock-period"),
                                             QStringLiteral("--date"),
                                             QStringLiteral("2026-02-30")}
                              << 1 << QStringLiteral("Invalid --date “2026-02-30”");
    QTest::newRow("after today")
        << QStringList{QStringLiteral("lock-period"), QStringLiteral("--date"),
                       QDate::currentDate().addDays(1).toString(Qt::ISODate)}
        << 2 << QStringLiteral("after today");
}

void tst_CliAccess::lockPeriodRejected()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    const CliResult result = run(QStringLiteral("li"), arguments);
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(scalar(m_database->db(), QStringLiteral("SELECT COUNT(*) FROM period_locks")), 0);
}

void tst_CliAccess::usersBootstrapAndRoles()
{
    const QString li = QStringLiteral("li");
    CliResult result = run(li, {QStringLiteral("users"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QLatin1String("users add --login li --role admin")),
             qPrintable(result.out));

    // The first user is the own account as an admin.
    result = run(li, {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--login"),
                      QStringLiteral("wangf"), QStringLiteral("--role"),
                      QStringLiteral("admin")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("your own account “li”")), qPrintable(result.err));
    result = run(li, {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--login"),
                      li, QStringLiteral("--role"), QStringLiteral("admin"),
                      QStringLiteral("--name"), QStringLiteral("Li Na")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("Added li with the role Administrator.\n"));
    result = run(li, {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--login"),
                      QStringLiteral("wangf"), QStringLiteral("--role"),
                      QStringLiteral("sales"), QStringLiteral("--name"),
                      QStringLiteral("Wang Fang")});
    QCOMPARE(result.exitCode, 0);

    result = run(li, {QStringLiteral("users"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QLatin1String("wangf  Wang Fang  sales  active")),
             qPrintable(result.out));

    // An account that is not a user cannot use the database at all.
    result = run(QStringLiteral("zhao"), {QStringLiteral("show-settings")});
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains(QStringLiteral("The account “zhao” is not a ChargeDesk user")),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("The administrator is Li Na (li).")),
             qPrintable(result.err));

    // A sales user may not manage users.
    result = run(QStringLiteral("wangf"), {QStringLiteral("users"), QStringLiteral("set-role"),
                                           QStringLiteral("--login"), QStringLiteral("wangf"),
                                           QStringLiteral("--role"), QStringLiteral("admin")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QLatin1String("Managing users needs the role Administrator")),
             qPrintable(result.err));

    result = run(QStringLiteral("wangf"), {QStringLiteral("show-settings")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QLatin1String("Account: wangf (Wang Fang), role: Sales.")),
             qPrintable(result.out));

    result = run(li, {QStringLiteral("users"), QStringLiteral("deactivate"),
                      QStringLiteral("--login"), QStringLiteral("wangf")});
    QCOMPARE(result.exitCode, 0);
    result = run(QStringLiteral("wangf"), {QStringLiteral("show-settings")});
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains(QLatin1String("is deactivated")), qPrintable(result.err));

    // The last admin stays.
    result = run(li, {QStringLiteral("users"), QStringLiteral("set-role"),
                      QStringLiteral("--login"), li, QStringLiteral("--role"),
                      QStringLiteral("finance")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QLatin1String("last active administrator")),
             qPrintable(result.err));
}

void tst_CliAccess::usersUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown action") << QStringList{QStringLiteral("users"),
                                                   QStringLiteral("remove")}
                                    << QStringLiteral("Unknown action “remove”");
    QTest::newRow("no login") << QStringList{QStringLiteral("users"), QStringLiteral("add"),
                                             QStringLiteral("--role"), QStringLiteral("sales")}
                              << QStringLiteral("needs --login");
    QTest::newRow("unknown role") << QStringList{QStringLiteral("users"), QStringLiteral("add"),
                                                 QStringLiteral("--login"), QStringLiteral("li"),
                                                 QStringLiteral("--role"),
                                                 QStringLiteral("boss")}
                                  << QStringLiteral("“boss” is none of them");
}

void tst_CliAccess::usersUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    const CliResult result = run(QStringLiteral("li"), arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(scalar(m_database->db(), QStringLiteral("SELECT COUNT(*) FROM users")), 0);
}

void tst_CliAccess::approvalsFlow()
{
    insertCustomer(m_database->db(), QStringLiteral("HUALIAN"),
                   QStringLiteral("北京华联商贸有限公司"));
    const QString li = QStringLiteral("li");
    QCOMPARE(run(li, {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--login"),
                      li, QStringLiteral("--role"), QStringLiteral("admin")})
                 .exitCode,
             0);
    for (const QString &login : {QStringLiteral("maker"), QStringLiteral("checker")}) {
        QCOMPARE(run(li, {QStringLiteral("users"), QStringLiteral("add"),
                          QStringLiteral("--login"), login, QStringLiteral("--role"),
                          QStringLiteral("finance")})
                     .exitCode,
                 0);
    }

    CliResult result = run(QStringLiteral("maker"),
                           {QStringLiteral("approval-threshold"), QStringLiteral("--currency"),
                            QStringLiteral("CNY"), QStringLiteral("--amount"),
                            QStringLiteral("500")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QLatin1String("Setting approval thresholds needs the role")),
             qPrintable(result.err));
    result = run(li, {QStringLiteral("approval-threshold"), QStringLiteral("--currency"),
                      QStringLiteral("cny"), QStringLiteral("--amount"), QStringLiteral("500")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("Charges in CNY of more than 500.00 wait for approval "
                                        "now.\n"));

    const QStringList addCharge = {
        QStringLiteral("add-charge"), QStringLiteral("--customer"), QStringLiteral("HUALIAN"),
        QStringLiteral("--fee-type"), QStringLiteral("SERVICE"), QStringLiteral("--amount"),
        QStringLiteral("900.00"), QStringLiteral("--reason"), QStringLiteral("UNPAID"),
        QStringLiteral("--payment-method"), QStringLiteral("CASH"), QStringLiteral("--due"),
        QDate::currentDate().addDays(30).toString(Qt::ISODate), QStringLiteral("--confirm")};
    result = run(QStringLiteral("maker"), addCharge);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QLatin1String("Charge 1 saved. It waits for approval")),
             qPrintable(result.out));
    QCOMPARE(scalar(m_database->db(), QStringLiteral("SELECT balance_minor FROM customers")), 0);

    result = run(QStringLiteral("checker"), {QStringLiteral("approvals"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QLatin1String("HUALIAN")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("900.00  CNY")), qPrintable(result.out));

    // The author cannot approve; another finance user can.
    result = run(QStringLiteral("maker"), {QStringLiteral("approve"), QStringLiteral("1")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QLatin1String("another finance user must approve")),
             qPrintable(result.err));
    result = run(QStringLiteral("checker"), {QStringLiteral("approve"), QStringLiteral("1")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("Charge 1 is approved and posted.\n"));
    QCOMPARE(scalar(m_database->db(), QStringLiteral("SELECT balance_minor FROM customers")),
             90000);

    // A second charge is rejected with a reason.
    QStringList second = addCharge;
    second[6] = QStringLiteral("700.00");
    QCOMPARE(run(QStringLiteral("maker"), second).exitCode, 0);
    result = run(QStringLiteral("checker"), {QStringLiteral("reject"), QStringLiteral("2")});
    QCOMPARE(result.exitCode, 1);
    result = run(QStringLiteral("checker"), {QStringLiteral("reject"), QStringLiteral("2"),
                                             QStringLiteral("--reason"),
                                             QStringLiteral("Not agreed")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(scalar(m_database->db(), QStringLiteral("SELECT COUNT(*) FROM charges WHERE "
                                                     "status = 'rejected'")),
             1);
    result = run(QStringLiteral("checker"), {QStringLiteral("approvals"), QStringLiteral("list")});
    QCOMPARE(result.out, QStringLiteral("No charge waits for approval.\n"));

    result = run(li, {QStringLiteral("approval-threshold"), QStringLiteral("--currency"),
                      QStringLiteral("USD"), QStringLiteral("--amount"), QStringLiteral("80")});
    QCOMPARE(result.exitCode, 0);
    result = run(QStringLiteral("checker"), {QStringLiteral("show-settings")});
    QVERIFY2(result.out.contains(QLatin1String(
                 "charges in CNY above 500.00 and USD above 80.00 wait for approval")),
             qPrintable(result.out));
}

void tst_CliAccess::approvalThresholdUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const QString command = QStringLiteral("approval-threshold");
    QTest::newRow("unknown currency")
        << QStringList{command, QStringLiteral("--currency"), QStringLiteral("XYZ"),
                       QStringLiteral("--amount"), QStringLiteral("1")}
        << QStringLiteral("Invalid --currency “XYZ”");
    QTest::newRow("amount and remove")
        << QStringList{command, QStringLiteral("--currency"), QStringLiteral("CNY"),
                       QStringLiteral("--amount"), QStringLiteral("1"),
                       QStringLiteral("--remove")}
        << QStringLiteral("either --amount");
    QTest::newRow("negative amount")
        << QStringList{command, QStringLiteral("--currency"), QStringLiteral("CNY"),
                       QStringLiteral("--amount"), QStringLiteral("-5")}
        << QStringLiteral("Invalid --amount");
}

void tst_CliAccess::approvalThresholdUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    const CliResult result = run(QStringLiteral("li"), arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(scalar(m_database->db(), QStringLiteral("SELECT COUNT(*) FROM approval_thresholds")),
             0);
}

QTEST_GUILESS_MAIN(tst_CliAccess)
#include "tst_cliaccess.moc"
