// The PostgreSQL server restarting or ending the program's session while
// the program runs. A charge, payment or void attempted while the server is
// down is rejected with a message that names the server and states what to
// do, and writes nothing. A session ended in the middle of a charge's
// transaction leaves nothing half-written. Once the server is back, the
// next attempt commits without a restart of the program, on a session with
// the same settings as the first one.
//
// The program starts a PostgreSQL cluster of its own (RestartableCluster),
// so stopping that server disturbs no other test. It runs as
// tst_pgrestart_postgresql; on SQLite every test is skipped.

#include "chargerepository.h"
#include "chargerequest.h"
#include "chargeservice.h"
#include "connectionreopennotifier.h"
#include "database.h"
#include "databasefault.h"
#include "databaserecovery.h"
#include "ledgercheck.h"
#include "paymentfixture.h"
#include "reminderquery.h"
#include "restartablecluster.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThread>
#include <QTimeZone>

#include <atomic>
#include <memory>

class tst_PgRestart : public QObject
{
    Q_OBJECT

public:
    enum class Action { Charge, Payment, Void };

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void reopenRestoresSessionSetting_data();
    void reopenRestoresSessionSetting();
    void serverDownRefusesThenRecovers_data();
    void serverDownRefusesThenRecovers();
    void sessionEndedMidTransactionWritesNothing();
    void remindersNameServerWhileDown();

private:
    // Counts and sums that a charge, payment or void changes.
    struct Ledger
    {
        qint64 charges = -1;
        qint64 postedCharges = -1;
        qint64 payments = -1;
        qint64 auditRecords = -1;
        qint64 customerBalance = -1;

        bool operator==(const Ledger &other) const
        {
            return charges == other.charges && postedCharges == other.postedCharges
                   && payments == other.payments && auditRecords == other.auditRecords
                   && customerBalance == other.customerBalance;
        }
    };

    // The outcome of one attempt of the prepared action.
    struct Attempt
    {
        bool succeeded = false;
        QString message;
    };

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName()); }
    static QString connectionName() { return QStringLiteral("pgrestart"); }

    // Reads the ledger on a connection of its own, as another program would.
    Ledger readLedger() const;

    // Returns the value of the session setting name on the program's
    // connection, or "failed: …".
    QString showSetting(const QString &name) const;

    // Reviews a charge of amountText on the bill.
    void prepareCharge(const QString &amountText);

    // Reviews a payment of amountText on charge chargeId.
    void preparePayment(qint64 chargeId, const QString &amountText);

    Attempt attempt(Action action);

    // Returns the explanation of a lost server connection that messages
    // contain, naming host, port and database.
    QString connectionLostExplanation() const;

    std::unique_ptr<RestartableCluster> m_cluster;
    bool m_serverDown = false;
    int m_databaseCount = 0;
    QString m_databaseName;
    qint64 m_customerId = 0;
    qint64 m_billId = 0;
    qint64 m_voidTarget = 0;
    ChargeRequest m_chargeRequest;
    ChargeReview m_chargeReview;
    PaymentRequest m_paymentRequest;
    PaymentReview m_paymentReview;
};

Q_DECLARE_METATYPE(tst_PgRestart::Action)
Q_DECLARE_METATYPE(RestartableCluster::Shutdown)

namespace {

// libpq's and the server's own words, which no message may show in place
// of the explanation.
const QStringList RawTexts = {
    QStringLiteral("server closed the connection"),
    QStringLiteral("Connection refused"),
    QStringLiteral("terminating connection"),
    QStringLiteral("QPSQL"),
};

} // namespace

void tst_PgRestart::initTestCase()
{
    SKIP_UNLESS_POSTGRESQL();

    m_cluster = std::make_unique<RestartableCluster>(QStringLiteral(RESTART_TEST_DIR),
                                                     RESTART_TEST_PORT);
    QVERIFY2(m_cluster->start(), "the restartable PostgreSQL cluster did not start");

    // initdb gave the server the time zone of the environment. The program
    // runs in another one from now on, so a session without the program's
    // setup shows the server's zone and fails reopenRestoresSessionSetting.
    const QByteArray zone = QTimeZone::systemTimeZoneId() == "Asia/Shanghai"
                                ? QByteArrayLiteral("Europe/Berlin")
                                : QByteArrayLiteral("Asia/Shanghai");
    qputenv("TZ", zone);
    QCOMPARE(QTimeZone::systemTimeZoneId(), zone);
}

void tst_PgRestart::init()
{
    if (m_serverDown) {
        QVERIFY(m_cluster->startup());
        m_serverDown = false;
    }

    m_databaseName = QStringLiteral("pgrestart_%1").arg(++m_databaseCount);
    QVERIFY(m_cluster->createDatabase(m_databaseName));
    QString error;
    QVERIFY2(Database::open(m_cluster->url(m_databaseName), connectionName(), &error),
             qPrintable(error));

    m_customerId = PaymentFixture::insertCustomer(db(), QStringLiteral("C-RESTART"),
                                                  QStringLiteral("重启测试有限公司"));
    QVERIFY(m_customerId > 0);
    // A bill without lines, so that LedgerCheck finds every stored total
    // equal to its rows.
    m_billId = PaymentFixture::insertBill(db(), QStringLiteral("B-RESTART-1"), m_customerId, 0);
    QVERIFY(m_billId > 0);
}

void tst_PgRestart::cleanup()
{
    Database::close(connectionName());
}

tst_PgRestart::Ledger tst_PgRestart::readLedger() const
{
    static int calls = 0;
    const QString name = QStringLiteral("pgrestart-ledger-%1").arg(++calls);
    Ledger ledger;
    {
        QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        reader.setHostName(QStringLiteral("127.0.0.1"));
        reader.setPort(m_cluster->port());
        reader.setUserName(QStringLiteral("postgres"));
        reader.setDatabaseName(m_databaseName);
        if (reader.open()) {
            const auto value = [&reader](const QString &sql) -> qint64 {
                QSqlQuery query(reader);
                if (!query.exec(sql) || !query.next())
                    return -1;
                return query.value(0).toLongLong();
            };
            ledger.charges = value(QStringLiteral("SELECT COUNT(*) FROM charges"));
            ledger.postedCharges
                = value(QStringLiteral("SELECT COUNT(*) FROM charges WHERE status = 'posted'"));
            ledger.payments = value(QStringLiteral("SELECT COUNT(*) FROM payments"));
            ledger.auditRecords = value(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
            ledger.customerBalance = value(
                QStringLiteral("SELECT balance_minor FROM customers WHERE id = %1")
                    .arg(m_customerId));
            reader.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ledger;
}

QString tst_PgRestart::showSetting(const QString &name) const
{
    QSqlQuery query(db());
    // SHOW takes no bound values; current_setting() does.
    query.prepare(QStringLiteral("SELECT current_setting(:name) AS value"));
    query.bindValue(QStringLiteral(":name"), name);
    if (!query.exec() || !query.next())
        return QStringLiteral("failed: ") + query.lastError().text();
    return query.value(QStringLiteral("value")).toString();
}

void tst_PgRestart::prepareCharge(const QString &amountText)
{
    m_chargeRequest = ChargeRequest();
    m_chargeRequest.requestKey = ChargeRequest::newRequestKey();
    m_chargeRequest.customerId = m_customerId;
    m_chargeRequest.billId = m_billId;
    m_chargeRequest.feeTypeCode = QStringLiteral("SERVICE");
    m_chargeRequest.amountText = amountText;
    m_chargeRequest.reasonCode = QStringLiteral("BILLING_ERROR");
    m_chargeRequest.paymentMethodCode = QStringLiteral("BANK_TRANSFER");
    m_chargeRequest.dueDate = QDate::currentDate().addDays(30);
    m_chargeRequest.duplicateAcknowledgement = QStringLiteral("Separate work order");
    m_chargeReview = ChargeService(db(), QStringLiteral("tester")).review(m_chargeRequest);
    QVERIFY2(m_chargeReview.isValid(), qPrintable(m_chargeReview.problemText()));
}

void tst_PgRestart::preparePayment(qint64 chargeId, const QString &amountText)
{
    m_paymentRequest = PaymentFixture::paymentRequest(m_customerId, amountText);
    m_paymentRequest.chargeId = chargeId;
    m_paymentRequest.billId = m_billId;
    m_paymentReview = PaymentService(db(), QStringLiteral("tester")).review(m_paymentRequest);
    QVERIFY2(m_paymentReview.isValid(), qPrintable(m_paymentReview.problemText()));
}

tst_PgRestart::Attempt tst_PgRestart::attempt(Action action)
{
    Attempt outcome;
    switch (action) {
    case Action::Charge: {
        const auto result = ChargeService(db(), QStringLiteral("tester"))
                                .commit(m_chargeRequest, m_chargeReview);
        outcome.succeeded = result.status == ChargeService::CommitResult::Status::Committed;
        outcome.message = result.errorMessage;
        break;
    }
    case Action::Payment: {
        const auto result = PaymentService(db(), QStringLiteral("tester"))
                                .commit(m_paymentRequest, m_paymentReview);
        outcome.succeeded = result.status == PaymentService::CommitResult::Status::Committed;
        outcome.message = result.errorMessage;
        break;
    }
    case Action::Void: {
        const auto result = ChargeService(db(), QStringLiteral("tester"))
                                .voidCharge(m_voidTarget, QStringLiteral("Entered twice"));
        outcome.succeeded = result.ok;
        outcome.message = result.errorMessage;
        break;
    }
    }
    return outcome;
}

QString tst_PgRestart::connectionLostExplanation() const
{
    const QSqlError lost(QString(), QString(), QSqlError::ConnectionError);
    const QString explanation = DatabaseFault::fromError(lost, db()).explanation();
    return explanation;
}

void tst_PgRestart::reopenRestoresSessionSetting_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("expected");

    // Database::BusyTimeoutMs, as PostgreSQL shows it.
    QTest::newRow("lock_timeout") << "lock_timeout" << "10s";
    QTest::newRow("client_min_messages") << "client_min_messages" << "warning";
    QTest::newRow("TimeZone") << "TimeZone" << QString::fromUtf8(QTimeZone::systemTimeZoneId());
}

void tst_PgRestart::reopenRestoresSessionSetting()
{
    QFETCH(QString, setting);
    QFETCH(QString, expected);

    const QString first = showSetting(setting);
    if (setting == QLatin1String("TimeZone") && first != expected)
        QSKIP("the server does not know the system time zone's name");
    QCOMPARE(first, expected);

    // The administrator ends the program's session while it is idle.
    QSignalSpy reopened(ConnectionReopenNotifier::instance(),
                        &ConnectionReopenNotifier::reopened);
    prepareCharge(QStringLiteral("30.00"));
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(m_cluster->terminateProgramSessions(m_databaseName), 1);

    // The charge's transaction cannot begin on the ended session. The
    // connection is opened again at once, for the next attempt.
    const Attempt failed = attempt(Action::Charge);
    QVERIFY(!failed.succeeded);
    QVERIFY2(failed.message.contains(connectionLostExplanation()), qPrintable(failed.message));
    QCOMPARE(reopened.count(), 1);
    QCOMPARE(reopened.constFirst().constFirst().toString(), connectionName());
    QVERIFY(db().isOpen());

    QCOMPARE(showSetting(setting), expected);

    const Attempt retried = attempt(Action::Charge);
    QVERIFY2(retried.succeeded, qPrintable(retried.message));
}

void tst_PgRestart::serverDownRefusesThenRecovers_data()
{
    QTest::addColumn<RestartableCluster::Shutdown>("shutdown");
    QTest::addColumn<Action>("action");

    const QList<QPair<const char *, RestartableCluster::Shutdown>> modes = {
        {"fast", RestartableCluster::Shutdown::Fast},
        {"immediate", RestartableCluster::Shutdown::Immediate},
    };
    for (const auto &[name, mode] : modes) {
        QTest::addRow("%s, charge", name) << mode << Action::Charge;
        QTest::addRow("%s, payment", name) << mode << Action::Payment;
        QTest::addRow("%s, void", name) << mode << Action::Void;
    }
}

void tst_PgRestart::serverDownRefusesThenRecovers()
{
    QFETCH(RestartableCluster::Shutdown, shutdown);
    QFETCH(Action, action);

    // One acknowledged charge before the restart, which the payment pays
    // and the void voids.
    prepareCharge(QStringLiteral("120.50"));
    QVERIFY(!QTest::currentTestFailed());
    const Attempt first = attempt(Action::Charge);
    QVERIFY2(first.succeeded, qPrintable(first.message));
    const auto firstCharge = ChargeRepository(db()).findByRequestKey(m_chargeRequest.requestKey);
    QVERIFY(firstCharge);
    m_voidTarget = firstCharge->id;

    // The action is reviewed while the server runs, as in the dialogs.
    if (action == Action::Charge)
        prepareCharge(QStringLiteral("45.00"));
    else if (action == Action::Payment)
        preparePayment(firstCharge->id, QStringLiteral("20.50"));
    QVERIFY(!QTest::currentTestFailed());
    const Ledger before = readLedger();
    QVERIFY(before.charges >= 0);

    QVERIFY(m_cluster->shutdown(shutdown));
    m_serverDown = true;

    // Refused with the explanation that names the server, twice: first on
    // the session the server ended, then on the connect attempt before the
    // next transaction.
    const QString server = QStringLiteral("127.0.0.1:%1/%2")
                               .arg(m_cluster->port())
                               .arg(m_databaseName);
    for (int round = 1; round <= 2; ++round) {
        const Attempt refused = attempt(action);
        QVERIFY2(!refused.succeeded, "the action succeeded while the server was down");
        QVERIFY2(refused.message.contains(server), qPrintable(refused.message));
        QVERIFY2(refused.message.contains(connectionLostExplanation()),
                 qPrintable(refused.message));
        for (const QString &raw : RawTexts)
            QVERIFY2(!refused.message.contains(raw), qPrintable(refused.message));
    }

    QVERIFY(m_cluster->startup());
    m_serverDown = false;
    QCOMPARE(readLedger(), before);

    // The next attempt commits in the same process, on a session set up as
    // the first one.
    const Attempt retried = attempt(action);
    QVERIFY2(retried.succeeded, qPrintable(retried.message));
    QCOMPARE(showSetting(QStringLiteral("lock_timeout")), QStringLiteral("10s"));

    const Ledger after = readLedger();
    QCOMPARE(after.auditRecords, before.auditRecords + 1);
    switch (action) {
    case Action::Charge:
        QCOMPARE(after.charges, before.charges + 1);
        QCOMPARE(after.customerBalance, before.customerBalance + 4500);
        break;
    case Action::Payment:
        QCOMPARE(after.payments, before.payments + 1);
        QCOMPARE(after.customerBalance, before.customerBalance - 2050);
        break;
    case Action::Void:
        QCOMPARE(after.postedCharges, before.postedCharges - 1);
        QCOMPARE(after.customerBalance, before.customerBalance - 12050);
        break;
    }

    const QStringList problems = LedgerCheck(db()).problems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_PgRestart::sessionEndedMidTransactionWritesNothing()
{
    prepareCharge(QStringLiteral("10.00"));
    QVERIFY(!QTest::currentTestFailed());
    const Attempt first = attempt(Action::Charge);
    QVERIFY2(first.succeeded, qPrintable(first.message));
    const QString firstKey = m_chargeRequest.requestKey;

    prepareCharge(QStringLiteral("77.70"));
    QVERIFY(!QTest::currentTestFailed());
    const Ledger before = readLedger();

    // Another session holds the customer's row. The charge's INSERT only
    // checks the row's key (FOR KEY SHARE) and goes through; the update of
    // the customer's balance after it waits for the row.
    QSqlDatabase blocker = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"),
                                                     QStringLiteral("pgrestart-blocker"));
    blocker.setHostName(QStringLiteral("127.0.0.1"));
    blocker.setPort(m_cluster->port());
    blocker.setUserName(QStringLiteral("postgres"));
    blocker.setDatabaseName(m_databaseName);
    QVERIFY2(blocker.open(), qPrintable(blocker.lastError().text()));
    QVERIFY(blocker.transaction());
    QSqlQuery hold(blocker);
    VERIFY_SQL(hold, hold.prepare(QStringLiteral(
                         "SELECT id FROM customers WHERE id = :id FOR NO KEY UPDATE")));
    hold.bindValue(QStringLiteral(":id"), m_customerId);
    VERIFY_SQL(hold, hold.exec() && hold.next());

    // A session of its own waits until the program's session waits for the
    // row, checks that the charge's INSERT ran, and ends the session.
    std::atomic<bool> insertedBeforeEnd = false;
    std::atomic<bool> ended = false;
    const int port = m_cluster->port();
    const QString databaseName = m_databaseName;
    std::unique_ptr<QThread> terminator(QThread::create([&, port, databaseName] {
        const QString name = QStringLiteral("pgrestart-terminator");
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            admin.setHostName(QStringLiteral("127.0.0.1"));
            admin.setPort(port);
            admin.setUserName(QStringLiteral("postgres"));
            admin.setDatabaseName(databaseName);
            if (admin.open()) {
                QSqlQuery query(admin);
                QElapsedTimer waited;
                waited.start();
                qint64 pid = 0;
                while (pid == 0 && waited.elapsed() < 8000) {
                    query.exec(QStringLiteral(
                        "SELECT pid FROM pg_stat_activity WHERE application_name = "
                        "'ChargeDesk' AND wait_event_type = 'Lock'"));
                    if (query.next())
                        pid = query.value(0).toLongLong();
                    else
                        QThread::msleep(20);
                }
                if (pid != 0) {
                    query.prepare(QStringLiteral(
                        "SELECT COUNT(*) FROM pg_locks WHERE pid = :pid "
                        "AND relation = 'charges'::regclass AND mode = 'RowExclusiveLock'"));
                    query.bindValue(QStringLiteral(":pid"), pid);
                    insertedBeforeEnd = query.exec() && query.next()
                                        && query.value(0).toInt() == 1;
                    query.prepare(QStringLiteral("SELECT pg_terminate_backend(:pid)"));
                    query.bindValue(QStringLiteral(":pid"), pid);
                    ended = query.exec() && query.next() && query.value(0).toBool();
                }
                query = QSqlQuery();
                admin.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
    }));
    terminator->start();

    const Attempt failed = attempt(Action::Charge);
    QVERIFY(terminator->wait(20000));
    QVERIFY2(ended, "the program's session was not seen waiting for the customer's row");
    QVERIFY2(insertedBeforeEnd, "the charge's INSERT had not run when the session ended");

    hold = QSqlQuery();
    QVERIFY(blocker.rollback());
    blocker.close();
    blocker = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("pgrestart-blocker"));

    QVERIFY(!failed.succeeded);
    QVERIFY2(failed.message.contains(connectionLostExplanation()), qPrintable(failed.message));
    for (const QString &raw : RawTexts)
        QVERIFY2(!failed.message.contains(raw), qPrintable(failed.message));

    // The server rolled the whole transaction back: no charge, no audit
    // record, no balance change.
    QCOMPARE(readLedger(), before);
    QVERIFY(!ChargeRepository(db()).findByRequestKey(m_chargeRequest.requestKey));

    const Attempt retried = attempt(Action::Charge);
    QVERIFY2(retried.succeeded, qPrintable(retried.message));
    QCOMPARE(showSetting(QStringLiteral("lock_timeout")), QStringLiteral("10s"));

    // Exactly the two acknowledged charges, each with its audit record.
    const Ledger after = readLedger();
    QCOMPARE(after.charges, before.charges + 1);
    QCOMPARE(after.auditRecords, before.auditRecords + 1);
    QCOMPARE(after.customerBalance, before.customerBalance + 7770);
    QVERIFY(ChargeRepository(db()).findByRequestKey(firstKey));
    QVERIFY(ChargeRepository(db()).findByRequestKey(m_chargeRequest.requestKey));
    const QStringList problems = LedgerCheck(db()).problems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_PgRestart::remindersNameServerWhileDown()
{
    QVERIFY(m_cluster->shutdown(RestartableCluster::Shutdown::Fast));
    m_serverDown = true;

    // QPSQL gives a query on the closed session no error text, so the
    // message must come from the fault: the server and what to do.
    const QString server = QStringLiteral("127.0.0.1:%1/%2")
                               .arg(m_cluster->port())
                               .arg(m_databaseName);
    QString error;
    const QList<ReminderItem> items
        = ReminderQuery(db(), UiLanguage::English).dueItems(QDate::currentDate(), 7, &error);
    QVERIFY(items.isEmpty());
    QVERIFY2(error.contains(server), qPrintable(error));
    QVERIFY2(error.contains(connectionLostExplanation()), qPrintable(error));
    QVERIFY2(!error.trimmed().endsWith(QLatin1Char(':')), qPrintable(error));

    QVERIFY(m_cluster->startup());
    m_serverDown = false;
    error.clear();
    ReminderQuery(db(), UiLanguage::English).dueItems(QDate::currentDate(), 7, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_PgRestart)
#include "tst_pgrestart.moc"
