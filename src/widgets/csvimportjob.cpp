#include "csvimportjob.h"

#include "csvimporter.h"
#include "database.h"
#include "logging.h"
#include "uilanguage.h"

#include <QDeadlineTimer>
#include <QThread>
#include <QUuid>

#include <atomic>

struct CsvImportJob::Work
{
    Mode mode = Mode::Check;
    CsvImportPlan plan;
    CsvImportSummary summary; // written by the worker thread until it ends
    QThread *thread = nullptr;

    // Set by the GUI thread, read by the worker at each progress report.
    std::atomic<bool> canceled = false;

    // Whether a progress report is on its way to the GUI thread.
    std::atomic<bool> progressPending = false;
};

namespace {

// Runs mode for plan on a connection of its own to the SQLite file at
// databasePath, opened in the calling thread and removed before returning.
CsvImportSummary runOnOwnConnection(const QString &databasePath, const QString &actor,
                                    CsvImportJob::Mode mode, const CsvImportPlan &plan,
                                    const ReportProgress &progress)
{
    const QString name = QStringLiteral("chargedesk-import-")
                         + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    if (!Database::open(databasePath, name, &error)) {
        qCWarning(lcUi) << "CSV import connection" << name << "failed:" << error;
        CsvImportSummary summary;
        summary.kind = plan.kind;
        summary.filePath = plan.filePath;
        summary.dryRun = mode == CsvImportJob::Mode::Check;
        summary.databaseFailure = true;
        summary.fileError = error;
        return summary;
    }

    CsvImportSummary summary;
    {
        CsvImporter importer(QSqlDatabase::database(name), actor);
        summary = mode == CsvImportJob::Mode::Check ? importer.check(plan, progress)
                                                    : importer.run(plan, progress);
    }
    Database::close(name);
    return summary;
}

} // namespace

CsvImportJob::CsvImportJob(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_databasePath(Database::location(db))
    , m_actor(currentActor(db))
{
}

CsvImportJob::~CsvImportJob()
{
    if (m_running) {
        // The worker posts its progress reports to this object, so it must
        // end first. Canceling makes that quick.
        m_running->canceled = true;
        m_running->thread->wait();
        delete m_running->thread;
    }
}

void CsvImportJob::start(Mode mode, const CsvImportPlan &plan)
{
    auto work = std::make_shared<Work>();
    work->mode = mode;
    work->plan = plan;

    if (m_running) {
        // The running job's result would be dropped, so it need not finish.
        m_running->canceled = true;
        m_queued = work;
        return;
    }
    launch(work);
    emit runningChanged(true);
}

void CsvImportJob::cancel()
{
    m_queued.reset();
    if (!m_running || m_running->canceled)
        return;
    qCInfo(lcUi) << "CSV" << (m_running->mode == Mode::Check ? "check" : "import")
                 << "canceled for" << m_running->plan.filePath;
    m_running->canceled = true;
}

void CsvImportJob::launch(std::shared_ptr<Work> work)
{
    m_running = work;
    const QString path = m_databasePath;
    const QString actor = m_actor;
    Work *raw = work.get();

    // The job is the context of the queued call, so a report still on its
    // way when the job is destroyed is dropped with the event.
    const ReportProgress progress = [this, work](qsizetype done, qsizetype total) {
        if (work->canceled)
            return false;
        if (!work->progressPending.exchange(true)) {
            QMetaObject::invokeMethod(
                this,
                [this, work, done, total] {
                    work->progressPending = false;
                    if (m_running == work && !work->canceled)
                        emit progressChanged(done, total);
                },
                Qt::QueuedConnection);
        }
        return true;
    };
    work->thread = QThread::create([raw, path, actor, progress] {
        raw->summary = runOnOwnConnection(path, actor, raw->mode, raw->plan, progress);
    });
    work->thread->setObjectName(QStringLiteral("csv-import"));

    // The worker's end arrives here through the event loop. A job that
    // waitForFinished() delivered already is ignored then.
    connect(work->thread, &QThread::finished, this, [this, work] {
        if (m_running == work)
            finish();
    });

    qCInfo(lcUi) << "CSV" << (work->mode == Mode::Check ? "check" : "import") << "of"
                 << CsvImportPlan::kindName(work->plan.kind) << "started in a worker for"
                 << work->plan.filePath;
    work->thread->start();
}

void CsvImportJob::finish()
{
    const std::shared_ptr<Work> done = std::move(m_running);
    done->thread->deleteLater();

    // A newer request makes this result stale, so only the newer one is
    // delivered.
    if (m_queued) {
        launch(std::exchange(m_queued, nullptr));
        return;
    }
    emit runningChanged(false);
    emit finished(done->mode, done->summary);
}

bool CsvImportJob::waitForFinished(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_running) {
        if (!m_running->thread->wait(deadline))
            return false;
        finish();
    }
    return true;
}
