#include "reportjobrunner.h"

#include "logging.h"
#include "readsnapshot.h"

#include <QDeadlineTimer>
#include <QSqlError>
#include <QThread>
#include <QUuid>

#include <atomic>

// The state that the GUI thread and the worker share while a job runs.
struct ReportJobRunner::RunningJob
{
    QThread *thread = nullptr;
    Done done;
    std::atomic<bool> canceled = false;

    // Set by the worker when the job returns; read after the thread ended.
    bool succeeded = false;
    QString error;

    // Whether a progress report is on its way to the GUI thread. Reports
    // that arrive meanwhile are dropped, so a fast job cannot flood the
    // event queue.
    std::atomic<bool> progressPending = false;
};

namespace {

// Runs job on a read-only clone of the connection named sourceName, opened
// in the calling thread and removed before returning.
bool runOnClone(const QString &sourceName, const ReportJobRunner::Job &job,
                const ReportJobRunner::Progress &progress, QString *error)
{
    const QString name = sourceName + QStringLiteral("-report-")
                         + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(sourceName, name);
        const QString options = db.connectOptions();
        if (db.driverName() == QLatin1String("QSQLITE")) {
            db.setConnectOptions(options + (options.isEmpty() ? QString() : QStringLiteral(";"))
                                 + QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        if (!db.open()) {
            *error = ReportJobRunner::tr("Could not open the database “%1” to read the "
                                         "report: %2. Check that the file still exists and "
                                         "try again.")
                         .arg(db.databaseName(), db.lastError().text());
            qCWarning(lcUi) << "Report connection" << name << "failed:" << db.lastError().text();
        } else {
            // One read transaction: the rows and the totals of a report come
            // from the same snapshot even while others write charges.
            QSqlError snapshotError;
            if (!ReadSnapshot::begin(db, &snapshotError))
                qCWarning(lcUi) << "Report connection" << name
                                << "reads without a transaction:" << snapshotError.text();
            ok = job(db, progress, error);
            db.rollback();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

ReportJobRunner::ReportJobRunner(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_connectionName(db.connectionName())
{
}

ReportJobRunner::~ReportJobRunner()
{
    if (!m_running)
        return;

    // The worker posts its progress reports to this object, so it must end
    // first. Canceling makes that quick.
    m_running->done = nullptr;
    m_running->canceled = true;
    m_running->thread->wait();
    delete m_running->thread;
}

bool ReportJobRunner::start(Job job, Done done)
{
    if (m_running) {
        qCInfo(lcUi) << "A report job is running already; the new request is ignored";
        return false;
    }

    auto running = std::make_shared<RunningJob>();
    running->done = std::move(done);
    const QString sourceName = m_connectionName;

    // The runner is the context of the queued call, so a report still on
    // its way when the runner is destroyed is dropped with the event.
    const Progress progress = [this, running](qsizetype done, qsizetype total) {
        if (running->canceled)
            return false;
        if (!running->progressPending.exchange(true)) {
            QMetaObject::invokeMethod(
                this,
                [this, running, done, total] {
                    running->progressPending = false;
                    if (m_running == running)
                        emit progressChanged(done, total);
                },
                Qt::QueuedConnection);
        }
        return true;
    };

    running->thread = QThread::create([running, sourceName, job = std::move(job), progress] {
        QString error;
        running->succeeded = runOnClone(sourceName, job, progress, &error);
        running->error = error;
    });
    connect(running->thread, &QThread::finished, this, &ReportJobRunner::finish);

    m_running = running;
    qCInfo(lcUi) << "Report job started on a clone of" << sourceName;
    emit runningChanged(true);
    emit progressChanged(0, 0);
    running->thread->start();
    return true;
}

void ReportJobRunner::cancel()
{
    if (!m_running || m_running->canceled)
        return;
    qCInfo(lcUi) << "Report job canceled";
    m_running->canceled = true;
}

bool ReportJobRunner::waitForFinished(int timeoutMs)
{
    if (!m_running)
        return true;
    if (!m_running->thread->wait(QDeadlineTimer(timeoutMs)))
        return false;
    finish();
    return true;
}

void ReportJobRunner::finish()
{
    // Called by the thread's finished signal and by waitForFinished(),
    // whichever comes first.
    if (!m_running || !m_running->thread->isFinished())
        return;

    const std::shared_ptr<RunningJob> running = std::move(m_running);
    running->thread->deleteLater();

    // A job that finished its work before it saw the cancel has written
    // its file, so it counts as done.
    Outcome outcome = Outcome::Succeeded;
    if (!running->succeeded)
        outcome = running->canceled ? Outcome::Canceled : Outcome::Failed;

    if (outcome == Outcome::Failed)
        qCWarning(lcUi) << "Report job failed:" << running->error;
    else
        qCInfo(lcUi) << "Report job ended:" << outcome;

    const QString error = outcome == Outcome::Failed ? running->error : QString();
    emit runningChanged(false);
    if (running->done)
        running->done(outcome, error);
    emit finished(outcome, error);
}
