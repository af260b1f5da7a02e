#include "chargeservice.h"
#include "chargewriterprocess.h"
#include "customertablemodel.h"
#include "ledgercheck.h"
#include "ledgerfixture.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QSqlTableModel>
#include <QtTest>

#include <memory>
#include <vector>

// Runs several copies of the test program chargewriter at once against one
// database: clients that commit the same charge at the same moment, and
// writers beside a reader whose customer list is only partly fetched.
class tst_Concurrency : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void identicalChargeWrittenOnce_data();
    void identicalChargeWrittenOnce();
    void writersBesidePartlyReadCustomerList();
    void chargeAfterSavingLongCustomerList();

private:
    using Clients = std::vector<std::unique_ptr<ChargeWriterProcess>>;

    // Starts one writer per argument list; false when one did not start.
    bool startClients(const QList<QStringList> &arguments, Clients *clients) const;

    // Returns the writers' standard error, in which a failed commit logs
    // its error.
    QString errorLog() const;

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<QTemporaryDir> m_files; // barriers and the error log
};

namespace {

// Waits for a process to start, report or exit, in milliseconds. A guard
// against a hung program, not a timing check.
constexpr int ProcessTimeoutMs = 120000;

// SQLite's message when a lock is not granted within the busy timeout.
const QString LockedMessage = QStringLiteral("database is locked");

} // namespace

void tst_Concurrency::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY(m_files->isValid());
}

void tst_Concurrency::cleanup()
{
    m_database.reset();
    m_files.reset();
}

bool tst_Concurrency::startClients(const QList<QStringList> &arguments, Clients *clients) const
{
    const QString log = m_files->filePath(QStringLiteral("chargewriter.log"));
    for (const QStringList &clientArguments : arguments) {
        clients->push_back(std::make_unique<ChargeWriterProcess>(m_database->location(), log));
        if (!clients->back()->start(clientArguments))
            return false;
    }
    return true;
}

QString tst_Concurrency::errorLog() const
{
    QFile file(m_files->filePath(QStringLiteral("chargewriter.log")));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

void tst_Concurrency::identicalChargeWrittenOnce_data()
{
    QTest::addColumn<int>("clientCount");
    QTest::addColumn<bool>("sameRequestKey");

    for (const int clients : {2, 4, 8}) {
        QTest::addRow("same request key, %d clients", clients) << clients << true;
        QTest::addRow("different request keys, %d clients", clients) << clients << false;
    }
}

// Every client reviews the same charge, waits at a barrier and then commits
// it. Exactly one commit writes it. With one request key the others replay
// that charge. With a key each, the others are rejected as exact duplicates.
void tst_Concurrency::identicalChargeWrittenOnce()
{
    QFETCH(int, clientCount);
    QFETCH(bool, sameRequestKey);

    QString error;
    QVERIFY2(LedgerFixture::seed(m_database->db(), 1, &error), qPrintable(error));
    const QList<qint64> customers = LedgerFixture::customerIds(m_database->db(), &error);
    QVERIFY2(!customers.isEmpty(), qPrintable(error));

    // Charge 3 is on a bill and charges 4 and 5 are on the account (see
    // requestFor() in chargewriter.cpp), so both kinds of stored total move.
    const QList<qint64> chargeNumbers = {3, 4, 5};
    int replays = 0;
    int duplicates = 0;
    for (const qint64 number : chargeNumbers) {
        const QString barrier = m_files->filePath(QStringLiteral("barrier-%1").arg(number));
        QList<QStringList> arguments;
        for (int client = 0; client < clientCount; ++client) {
            const QString requestKey = sameRequestKey
                ? QStringLiteral("shared-key-%1").arg(number)
                : QStringLiteral("client-%1-key-%2").arg(client).arg(number);
            arguments << QStringList{
                QStringLiteral("--customer"), QString::number(customers.constFirst()),
                QStringLiteral("--first"),    QString::number(number),
                QStringLiteral("--request-key"), requestKey,
                QStringLiteral("--barrier"),  barrier,
            };
        }

        Clients clients;
        QVERIFY(startClients(arguments, &clients));
        for (const auto &client : clients)
            QVERIFY2(client->waitForReady(ProcessTimeoutMs), "a client did not review its charge");

        // Every client has reviewed the charge and found nothing like it, so
        // only the checks inside the commit's transaction can stop a second
        // one.
        QFile barrierFile(barrier);
        QVERIFY(barrierFile.open(QIODevice::WriteOnly));
        barrierFile.close();

        // Each client's outcome line and exit status.
        QList<QPair<ChargeWriterProcess::Report, int>> outcomes;
        for (const auto &client : clients) {
            QVERIFY2(client->waitForExit(ProcessTimeoutMs), "a client did not finish");
            const QList<ChargeWriterProcess::Report> reports = client->takeReports();
            QCOMPARE(reports.size(), 2);
            QCOMPARE(reports.at(0).kind, QStringLiteral("READY"));
            outcomes.append({reports.at(1), client->exitCode()});
        }

        QList<qint64> committedIds;
        for (const auto &[report, exitCode] : outcomes) {
            if (report.kind == QLatin1String("ACK") && report.detail == QLatin1String("committed"))
                committedIds << report.chargeId;
        }
        QCOMPARE(committedIds.size(), 1);
        const qint64 chargeId = committedIds.constFirst();

        // The others name the one charge written: a replay returns its id,
        // and a duplicate message describes it as "Charge <id>: ...".
        for (const auto &[report, exitCode] : outcomes) {
            if (report.chargeId == chargeId && report.detail == QLatin1String("committed")) {
                QCOMPARE(exitCode, 0);
            } else if (sameRequestKey) {
                QCOMPARE(report.kind, QStringLiteral("ACK"));
                QCOMPARE(report.detail, QStringLiteral("replayed"));
                QCOMPARE(report.chargeId, chargeId);
                QCOMPARE(exitCode, 0);
                ++replays;
            } else {
                QCOMPARE(report.kind, QStringLiteral("REJECTED"));
                QVERIFY2(report.detail.startsWith(
                             QStringLiteral("An identical charge already exists. Charge %1:")
                                 .arg(chargeId)),
                         qPrintable(report.line));
                QCOMPARE(exitCode, 2);
                ++duplicates;
            }
        }
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM charges")),
                 qint64(chargeNumbers.indexOf(number) + 1));
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT MAX(id) FROM charges")), chargeId);
    }

    const QString log = errorLog();
    QVERIFY2(!log.contains(LockedMessage), qPrintable(log));
    const QStringList problems = LedgerCheck(m_database->db()).problems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    qInfo("%d clients per charge, %lld charges: %lld rows written, %d replays, %d rejected as "
          "exact duplicates",
          clientCount, qint64(chargeNumbers.size()),
          m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM charges")), replays,
          duplicates);
}

// A customer list that has fetched only its first page keeps a read open on
// its connection. Writers in other processes must still commit at once
// (WAL on SQLite), and the list must then read its remaining rows.
void tst_Concurrency::writersBesidePartlyReadCustomerList()
{
    // More customers than QSqlQueryModel fetches at first (256).
    constexpr int CustomerCount = 300;
    constexpr int WriterCount = 4;
    constexpr int ChargesPerWriter = 25;

    QString error;
    QVERIFY2(LedgerFixture::seed(m_database->db(), CustomerCount, &error), qPrintable(error));
    const QList<qint64> customers = LedgerFixture::customerIds(m_database->db(), &error);
    QCOMPARE(customers.size(), CustomerCount);

    QSqlTableModel list(nullptr, m_database->db());
    list.setTable(QStringLiteral("customers"));
    list.setSort(list.fieldIndex(QStringLiteral("code")), Qt::AscendingOrder);
    QVERIFY2(list.select(), qPrintable(list.lastError().text()));
    // PostgreSQL's driver receives the whole result at once, so there the
    // list is complete at once and only the open reader remains to test.
    if (!m_database->isPostgresql()) {
        QVERIFY(list.rowCount() < CustomerCount);
        QVERIFY(list.canFetchMore());
    }
    const int firstPage = list.rowCount();

    // Each writer charges a customer of its own, so their charges never
    // resemble each other's and every commit must succeed.
    QList<QStringList> arguments;
    for (int writer = 0; writer < WriterCount; ++writer) {
        arguments << QStringList{
            QStringLiteral("--customer"), QString::number(customers.at(writer)),
            QStringLiteral("--first"),    QString::number((writer + 1) * 1000),
            QStringLiteral("--count"),    QString::number(ChargesPerWriter),
        };
    }
    QElapsedTimer clock;
    clock.start();
    Clients writers;
    QVERIFY(startClients(arguments, &writers));

    int committed = 0;
    for (const auto &writer : writers) {
        QVERIFY2(writer->waitForExit(ProcessTimeoutMs), "a writer did not finish");
        const QList<ChargeWriterProcess::Report> reports = writer->takeReports();
        for (const ChargeWriterProcess::Report &report : reports) {
            QVERIFY2(report.kind == QLatin1String("READY") || report.kind == QLatin1String("ACK"),
                     qPrintable(report.line));
            if (report.kind == QLatin1String("ACK"))
                ++committed;
        }
        QCOMPARE(writer->exitCode(), 0);
    }
    const qint64 elapsedMs = clock.elapsed();
    QCOMPARE(committed, WriterCount * ChargesPerWriter);

    // The list reads on where it stopped, after all those commits.
    while (list.canFetchMore())
        list.fetchMore();
    QVERIFY2(!list.lastError().isValid(), qPrintable(list.lastError().text()));
    QCOMPARE(list.rowCount(), CustomerCount);

    const QString log = errorLog();
    QVERIFY2(!log.contains(LockedMessage), qPrintable(log));
    const QStringList problems = LedgerCheck(m_database->db()).problems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    qInfo("%d writers committed %d charges in %lld ms while a customer list held %d of %d rows",
          WriterCount, committed, elapsedMs, firstPage, CustomerCount);
}

// CustomerTableModel::save() reselects its customer inside its transaction.
// A result left partly fetched keeps a read open on the connection, on the
// snapshot of that moment. Once another process commits, SQLite refuses the
// next BEGIN IMMEDIATE on this connection at once with "database is
// locked", without waiting. The charge that the same window enters after
// the save must be written all the same.
void tst_Concurrency::chargeAfterSavingLongCustomerList()
{
    constexpr int CustomerCount = 300;

    QString error;
    QVERIFY2(LedgerFixture::seed(m_database->db(), CustomerCount, &error), qPrintable(error));
    const QList<qint64> customerIds = LedgerFixture::customerIds(m_database->db(), &error);
    QCOMPARE(customerIds.size(), CustomerCount);

    CustomerTableModel customers(nullptr, m_database->db());
    QVERIFY2(customers.showCustomer(customerIds.at(0)), qPrintable(customers.lastError().text()));
    QCOMPARE(customers.rowCount(), 1);
    const int phone = customers.fieldIndex(QStringLiteral("phone"));
    QVERIFY(customers.setData(customers.index(0, phone), QStringLiteral("+86 10 6500 0000")));
    QVERIFY2(customers.save(&error), qPrintable(error));

    // Another process commits a charge after the save.
    Clients writers;
    QVERIFY(startClients({{QStringLiteral("--customer"), QString::number(customerIds.at(1)),
                           QStringLiteral("--first"), QStringLiteral("7")}},
                         &writers));
    QVERIFY2(writers.front()->waitForExit(ProcessTimeoutMs), "the writer did not finish");
    QCOMPARE(writers.front()->exitCode(), 0);

    // Then the window's own connection writes, as the Add Charge dialog does.
    ChargeRequest request;
    request.requestKey = QStringLiteral("after-customer-save");
    request.customerId = customerIds.at(2);
    request.feeTypeCode = QStringLiteral("SERVICE");
    request.amountText = QStringLiteral("77.00");
    request.reasonCode = QStringLiteral("BILLING_ERROR");
    request.paymentMethodCode = QStringLiteral("BANK_TRANSFER");
    request.dueDate = QDate(2026, 5, 1);
    ChargeService service(m_database->db(), QStringLiteral("tester"));
    const ChargeService::CommitResult result = service.commit(request, service.review(request));
    QVERIFY2(result.status == ChargeService::CommitResult::Status::Committed,
             qPrintable(result.errorMessage));

    QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM charges")), qint64(2));
    const QStringList problems = LedgerCheck(m_database->db()).problems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_Concurrency)
#include "tst_concurrency.moc"
