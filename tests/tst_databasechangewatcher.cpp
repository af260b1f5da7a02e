#include "changenotice.h"
#include "chargerequest.h"
#include "chargeservice.h"
#include "databasechangewatcher.h"
#include "northwindfixture.h"
#include "testsupport.h"
#include "transaction.h"

#include <QSignalSpy>
#include <QtTest>

#include <memory>

// DatabaseChangeWatcher on the connection of one "window" while a second
// connection, standing in for another program, commits charges: by
// LISTEN/NOTIFY on PostgreSQL, by polling data_version on SQLite.
class tst_DatabaseChangeWatcher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void otherCommitReported();
    void ownCommitNotReported();
    void rollbackNotReported();
    void heldDuringTransaction();
    void suspendedUntilResumed();
    void listensAgainAfterReopen();

private:
    // Commits a charge of amount for the customer on db; returns its id.
    qint64 commitCharge(const QSqlDatabase &db, const QString &amount);

    // The customer id changed() must report: the customer's on PostgreSQL,
    // 0 (unknown) on SQLite.
    qint64 expectedId() const { return TestBackend::isPostgresql() ? m_customerId : 0; }

    std::unique_ptr<TestDatabase> m_database;
    qint64 m_customerId = 0;
    BillRecord m_bill;
};

namespace {

const QString WriterConnection = QStringLiteral("other-program");

// Long enough for a change to be reported on a slow machine.
constexpr int ReportTimeoutMs = 15000;

// How long a test waits to show that nothing is reported: two polls and
// a report delay.
constexpr int QuietMs = 2 * DatabaseChangeWatcher::PollIntervalMs
                        + DatabaseChangeWatcher::CoalesceMs;

} // namespace

void tst_DatabaseChangeWatcher::init()
{
    NorthwindFixture::openWithAlfki(&m_database, &m_customerId, &m_bill);
    QString error;
    QVERIFY2(Database::open(m_database->location(), WriterConnection, &error),
             qPrintable(error));
}

void tst_DatabaseChangeWatcher::cleanup()
{
    Database::close(WriterConnection);
    m_database.reset();
}

qint64 tst_DatabaseChangeWatcher::commitCharge(const QSqlDatabase &db, const QString &amount)
{
    ChargeRequest request;
    request.requestKey = ChargeRequest::newRequestKey();
    request.customerId = m_customerId;
    request.feeTypeCode = QStringLiteral("SERVICE");
    request.amountText = amount;
    request.amountLocale = QLocale::c();
    request.reasonCode = QStringLiteral("BILLING_ERROR");
    request.paymentMethodCode = QStringLiteral("BANK_TRANSFER");
    request.dueDate = QDate::currentDate();

    ChargeService service(db, QStringLiteral("anna"));
    const ChargeService::CommitResult result = service.commit(request, service.review(request));
    if (result.status != ChargeService::CommitResult::Status::Committed)
        qWarning() << "Commit failed:" << result.errorMessage;
    return result.chargeId;
}

void tst_DatabaseChangeWatcher::otherCommitReported()
{
    DatabaseChangeWatcher watcher(m_database->db());
    QCOMPARE(watcher.usesNotifications(), TestBackend::isPostgresql());
    QSignalSpy changed(&watcher, &DatabaseChangeWatcher::changed);

    QVERIFY(commitCharge(QSqlDatabase::database(WriterConnection), QStringLiteral("10.00")) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, ReportTimeoutMs);
    QCOMPARE(changed.at(0).at(0).toLongLong(), expectedId());

    // A second commit is a second report.
    QVERIFY(commitCharge(QSqlDatabase::database(WriterConnection), QStringLiteral("11.00")) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, ReportTimeoutMs);
}

void tst_DatabaseChangeWatcher::ownCommitNotReported()
{
    DatabaseChangeWatcher watcher(m_database->db());
    QSignalSpy changed(&watcher, &DatabaseChangeWatcher::changed);

    QVERIFY(commitCharge(m_database->db(), QStringLiteral("10.00")) > 0);
    QTest::qWait(QuietMs);
    QCOMPARE(changed.count(), 0);
}

void tst_DatabaseChangeWatcher::rollbackNotReported()
{
    DatabaseChangeWatcher watcher(m_database->db());
    QSignalSpy changed(&watcher, &DatabaseChangeWatcher::changed);

    {
        Transaction transaction(QSqlDatabase::database(WriterConnection));
        QVERIFY(transaction.begin());
        QString error;
        QVERIFY2(ChangeNotice::send(QSqlDatabase::database(WriterConnection), m_customerId,
                                    &error),
                 qPrintable(error));
        transaction.rollback();
    }
    QTest::qWait(QuietMs);
    QCOMPARE(changed.count(), 0);
}

void tst_DatabaseChangeWatcher::heldDuringTransaction()
{
    // On SQLite an open transaction of the window's connection holds the
    // only write lock, so the other program could not commit meanwhile.
    SKIP_UNLESS_POSTGRESQL();

    DatabaseChangeWatcher watcher(m_database->db());
    QSignalSpy changed(&watcher, &DatabaseChangeWatcher::changed);

    {
        Transaction transaction(m_database->db());
        QVERIFY(transaction.begin());
        QVERIFY(commitCharge(QSqlDatabase::database(WriterConnection), QStringLiteral("10.00"))
                > 0);
        QTest::qWait(QuietMs);
        QCOMPARE(changed.count(), 0);
    }
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, ReportTimeoutMs);
    QCOMPARE(changed.at(0).at(0).toLongLong(), m_customerId);
}

void tst_DatabaseChangeWatcher::suspendedUntilResumed()
{
    DatabaseChangeWatcher watcher(m_database->db());
    QSignalSpy changed(&watcher, &DatabaseChangeWatcher::changed);

    watcher.setSuspended(true);
    QVERIFY(commitCharge(QSqlDatabase::database(WriterConnection), QStringLiteral("10.00")) > 0);
    QTest::qWait(QuietMs);
    QCOMPARE(changed.count(), 0);

    watcher.setSuspended(false);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, ReportTimeoutMs);
    QCOMPARE(changed.at(0).at(0).toLongLong(), expectedId());
}

void tst_DatabaseChangeWatcher::listensAgainAfterReopen()
{
    SKIP_UNLESS_POSTGRESQL();

    QSqlDatabase db = m_database->db();
    DatabaseChangeWatcher watcher(db);
    QSignalSpy changed(&watcher, &DatabaseChangeWatcher::changed);

    // Closing drops the LISTEN, as when DatabaseRecovery opens the
    // connection again; the watcher listens again and reports that it may
    // have missed changes.
    db.close();
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, ReportTimeoutMs);
    QCOMPARE(changed.at(0).at(0).toLongLong(), qint64(0));

    QVERIFY(commitCharge(QSqlDatabase::database(WriterConnection), QStringLiteral("10.00")) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, ReportTimeoutMs);
    QCOMPARE(changed.at(1).at(0).toLongLong(), m_customerId);
}

QTEST_GUILESS_MAIN(tst_DatabaseChangeWatcher)
#include "tst_databasechangewatcher.moc"
