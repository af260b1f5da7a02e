#pragma once

#include "csvimportplan.h"
#include "csvimportsummary.h"

#include <QCoreApplication>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>

// Runs CsvImporter::check() or run() in a worker thread, so the import
// wizard keeps repainting and stays responsive while a large file is
// checked and written, and shows the importer's progress. cancel() stops
// the work at the importer's next progress report, every
// CsvImportProgress::Interval rows or records, and the import then rolls
// back and writes nothing.
//
// The worker never uses the caller's connection. It opens a connection of
// its own to the same database with Database::open(), which sets the
// per-connection PRAGMAs (foreign keys, synchronous writes) and the busy
// timeout that a QSqlDatabase::cloneDatabase() copy would lack, and closes
// it when the work ends. One job runs at a time.
class CsvImportJob : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Check,  // CsvImporter::check(): a dry run that writes nothing
        Import, // CsvImporter::run(): writes everything or nothing
    };
    Q_ENUM(Mode)

    // Runs on connections to the database file of db, which must be an
    // open SQLite connection.
    explicit CsvImportJob(QSqlDatabase db, QObject *parent = nullptr);

    // Cancels a running worker and waits for it.
    ~CsvImportJob() override;

    // Starts mode for plan. When a job is running already, it is canceled
    // and its result dropped, and this one starts after it. A later start()
    // replaces a job that has not started yet.
    void start(Mode mode, const CsvImportPlan &plan);

    // Asks the running job to stop and drops a job that has not started.
    // finished() then reports a summary with canceled set, unless the job
    // ended before it saw the request: an import that committed has
    // written its records.
    void cancel();

    bool isRunning() const { return m_running != nullptr; }

    // Waits at most timeoutMs for the running job and any job queued after
    // it, delivering their ends. Returns true when no job is running any
    // more. For tests.
    bool waitForFinished(int timeoutMs);

signals:
    void runningChanged(bool running);

    // Reports done of total steps of the running job, as CsvImporter
    // counts them. Reports that arrive while one is still queued are
    // dropped, so a fast job cannot flood the event queue.
    void progressChanged(qsizetype done, qsizetype total);

    // Emitted in the thread that owns the job once the last started job has
    // ended.
    void finished(CsvImportJob::Mode mode, const CsvImportSummary &summary);

private:
    struct Work;

    void launch(std::shared_ptr<Work> work);
    void finish();

    QString m_databasePath;
    QString m_actor;
    std::shared_ptr<Work> m_running;
    std::shared_ptr<Work> m_queued;
};
