#include "chargewriterprocess.h"
#include "ledgercheck.h"
#include "ledgerfixture.h"
#include "testsupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

// Kills the test program chargewriter with SIGKILL at random moments while
// it commits charges through ChargeService, starts it again, and checks at
// the end that no acknowledged charge is lost, none is written twice and
// none is half-written.
//
// NOTE: SIGKILL ends the process, not the machine. Writes that the operating
// system has not yet flushed to disk survive it, so a power failure is not
// covered.
//
// CHARGEDESK_CRASH_KILLS sets the number of kills (default 200), and
// CHARGEDESK_CRASH_SEED the seed of the random delays (default: the clock,
// printed in the log).
class tst_CrashSafety : public QObject
{
    Q_OBJECT

public:
    tst_CrashSafety();

private slots:
    void initTestCase();
    void killedWriterLosesNothing();

private:
    int m_kills = 0;
    quint32 m_seed = 0;
    bool m_seedValid = true;
};

namespace {

// Kills per run in CI: about 10 seconds with SQLite on two shared cores.
constexpr int DefaultKills = 200;

// Waits for a process to start, report or exit, in milliseconds. A guard
// against a hung program, not a timing check.
constexpr int ProcessTimeoutMs = 60000;

// The time allowed per kill in a long run, in milliseconds: twenty times what
// one kill took on two shared cores with SQLite (about 50 ms).
constexpr int MaxMsPerKill = 1000;

QString numberedRequestKey(qint64 number)
{
    return QStringLiteral("stream-%1").arg(number, 8, 10, QLatin1Char('0'));
}

// What the harness has seen the writers acknowledge.
struct Acknowledgements
{
    QHash<QString, qint64> chargeIds; // by request key
    qint64 next = 1;                  // number of the first charge not acknowledged
    int replays = 0;                  // retried keys whose charge existed already
};

// Records the reports of one writer run, which started at charge number
// acknowledged->next. Returns a description of the first report that
// breaks the protocol, or an empty string.
QString record(const QList<ChargeWriterProcess::Report> &reports,
               Acknowledgements *acknowledged)
{
    const qint64 first = acknowledged->next;
    for (const ChargeWriterProcess::Report &report : reports) {
        if (report.kind == QLatin1String("READY"))
            continue;
        if (report.kind != QLatin1String("ACK"))
            return QStringLiteral("the writer reported: ") + report.line;

        const QString expectedKey = numberedRequestKey(acknowledged->next);
        if (report.requestKey != expectedKey) {
            return QStringLiteral("expected an acknowledgement of %1, got: %2")
                .arg(expectedKey, report.line);
        }
        if (report.chargeId <= 0)
            return QStringLiteral("no charge id in: ") + report.line;

        // Only the retried key can have been committed by the run before. A
        // later key replayed would mean that an acknowledgement was lost.
        if (report.detail == QLatin1String("replayed")) {
            if (acknowledged->next != first)
                return QStringLiteral("a key other than the retried one replayed: ")
                       + report.line;
            ++acknowledged->replays;
        } else if (report.detail != QLatin1String("committed")) {
            return QStringLiteral("unknown outcome in: ") + report.line;
        }

        acknowledged->chargeIds.insert(report.requestKey, report.chargeId);
        ++acknowledged->next;
    }
    return QString();
}

// Returns the id of every charge by its request key.
QHash<QString, qint64> storedCharges(QSqlDatabase db, QString *error)
{
    QHash<QString, qint64> charges;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id, request_key FROM charges"))) {
        *error = query.lastError().text();
        return charges;
    }
    while (query.next()) {
        charges.insert(query.value(QStringLiteral("request_key")).toString(),
                       query.value(QStringLiteral("id")).toLongLong());
    }
    return charges;
}

} // namespace

tst_CrashSafety::tst_CrashSafety()
{
    bool ok = false;
    const int kills = qEnvironmentVariableIntValue("CHARGEDESK_CRASH_KILLS", &ok);
    m_kills = ok && kills > 0 ? kills : DefaultKills;

    const QByteArray seed = qgetenv("CHARGEDESK_CRASH_SEED");
    m_seed = seed.isEmpty() ? quint32(QDateTime::currentMSecsSinceEpoch()) : seed.toUInt(&ok);
    m_seedValid = seed.isEmpty() || ok;

    // Qt Test stops a test function after QTEST_FUNCTION_TIMEOUT, 5 minutes
    // by default, which a long run passes. Qt 6.4 reads the variable when
    // the tests start, after this constructor.
    if (m_kills > DefaultKills && !qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT")) {
        qputenv("QTEST_FUNCTION_TIMEOUT",
                QByteArray::number(qint64(m_kills) * MaxMsPerKill + ProcessTimeoutMs));
    }
}

void tst_CrashSafety::initTestCase()
{
    QVERIFY2(m_seedValid, "CHARGEDESK_CRASH_SEED is not a number");
    qInfo("kills: %d, seed: %u (set CHARGEDESK_CRASH_SEED=%u to repeat the delays)", m_kills,
          m_seed, m_seed);
}

void tst_CrashSafety::killedWriterLosesNothing()
{
    TestDatabase database;
    QVERIFY2(database.isOpen(), qPrintable(database.error()));
    QString error;
    QVERIFY2(LedgerFixture::seed(database.db(), 2, &error), qPrintable(error));

    QTemporaryDir logDir;
    QVERIFY(logDir.isValid());
    const QString errorLog = logDir.filePath(QStringLiteral("chargewriter.log"));

    QRandomGenerator random(m_seed);
    Acknowledgements acknowledged;
    int killsWhileStarting = 0;
    QElapsedTimer clock;
    clock.start();

    for (int kill = 0; kill < m_kills; ++kill) {
        // Each run first retries the charge after the last acknowledged one,
        // which the killed run may or may not have committed.
        ChargeWriterProcess writer(database.location(), errorLog);
        QVERIFY(writer.start({QStringLiteral("--first"), QString::number(acknowledged.next),
                              QStringLiteral("--count"), QStringLiteral("1000000")}));

        // One kill in six lands at any moment of the start-up, the database
        // open included. The others land up to 50 ms after the writer is
        // ready, a span of a few commits (3 to 10 ms each with
        // synchronous=FULL, measured on two shared cores), so kills fall before,
        // inside and after transactions and between a commit and its
        // acknowledgement.
        if (random.bounded(6) == 0) {
            QThread::usleep(random.bounded(60000));
            if (!writer.isReady())
                ++killsWhileStarting;
        } else {
            QVERIFY2(writer.waitForReady(ProcessTimeoutMs),
                     qPrintable(QStringLiteral("run %1 did not become ready").arg(kill + 1)));
            QThread::usleep(random.bounded(50000));
        }
        writer.kill();

        const QString problem = record(writer.takeReports(), &acknowledged);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // A last run retries the charge the last kill left unacknowledged and
    // exits on its own.
    ChargeWriterProcess last(database.location(), errorLog);
    QVERIFY(last.start({QStringLiteral("--first"), QString::number(acknowledged.next),
                        QStringLiteral("--count"), QStringLiteral("1")}));
    QVERIFY(last.waitForExit(ProcessTimeoutMs));
    QCOMPARE(last.exitCode(), 0);
    const QString problem = record(last.takeReports(), &acknowledged);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const qint64 elapsedMs = clock.elapsed();

    // Every acknowledged charge is stored under its key with the id the
    // writer reported, and there is no other charge.
    const QHash<QString, qint64> stored = storedCharges(database.db(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (auto it = acknowledged.chargeIds.cbegin(); it != acknowledged.chargeIds.cend(); ++it) {
        QVERIFY2(stored.contains(it.key()),
                 qPrintable(QStringLiteral("acknowledged charge %1 (%2) is missing")
                                .arg(it.value())
                                .arg(it.key())));
        QCOMPARE(stored.value(it.key()), it.value());
    }
    QCOMPARE(stored.size(), acknowledged.chargeIds.size());
    QCOMPARE(qint64(stored.size()), acknowledged.next - 1);

    const LedgerCheck check(database.db());
    QVERIFY2(check.integrityProblems().isEmpty(),
             qPrintable(check.integrityProblems().join(QLatin1Char('\n'))));
    QVERIFY2(check.requestKeyProblems().isEmpty(),
             qPrintable(check.requestKeyProblems().join(QLatin1Char('\n'))));
    QVERIFY2(check.auditProblems().isEmpty(),
             qPrintable(check.auditProblems().join(QLatin1Char('\n'))));
    QVERIFY2(check.storedTotalProblems().isEmpty(),
             qPrintable(check.storedTotalProblems().join(QLatin1Char('\n'))));
    QVERIFY2(check.productCheckProblems().isEmpty(),
             qPrintable(check.productCheckProblems().join(QLatin1Char('\n'))));

    qInfo("%d kills (%d while starting) in %lld ms: %lld acknowledged commits, %d retried "
          "keys replayed the charge of the killed run",
          m_kills, killsWhileStarting, elapsedMs, qint64(acknowledged.chargeIds.size()),
          acknowledged.replays);
    qInfo("rows: %lld charges, %lld charge audit records, %lld bills, %lld payments",
          database.scalar(QStringLiteral("SELECT COUNT(*) FROM charges")),
          database.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log "
                                         "WHERE entity = 'charge'")),
          database.scalar(QStringLiteral("SELECT COUNT(*) FROM bills")),
          database.scalar(QStringLiteral("SELECT COUNT(*) FROM payments")));
}

QTEST_GUILESS_MAIN(tst_CrashSafety)
#include "tst_crashsafety.moc"
