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
// checked and written. Every charge goes through ChargeService's review,
// which makes a large file slow. Measured once with a RelWithDebInfo build
// on a shared 2-core Linux machine, 10,000 charges took 24 s to check and
// 28 s to import, and 10,000 customers under 1 s each. The importer offers
// no progress report, so the wizard shows a busy indicator meanwhile.
//
// The worker never uses the caller's connection. It opens a connection of
// its own to the same SQLite file with Database::open(), which sets the
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

    // Waits for a running worker, which cannot be interrupted.
    ~CsvImportJob() override;

    // Starts mode for plan. When a job is running already, this one starts
    // after it, and the running job's result is dropped. A later start()
    // replaces a job that has not started yet.
    void start(Mode mode, const CsvImportPlan &plan);

    bool isRunning() const { return m_running != nullptr; }

    // Waits at most timeoutMs for the running job and any job queued after
    // it, delivering their ends. Returns true when no job is running any
    // more. For tests.
    bool waitForFinished(int timeoutMs);

signals:
    void runningChanged(bool running);

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
