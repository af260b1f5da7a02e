#pragma once

#include "reportprogress.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QThread;

// Runs the slow part of a report (querying, building, laying out, writing
// a file) in a worker thread, one job at a time, so the window stays
// responsive and shows progress.
//
// The worker never uses the caller's connection. It clones it under a
// unique name and opens the clone read-only in the worker thread. It reads
// inside one transaction, so every figure of a report comes from the same
// snapshot, and removes the clone when the job ends. Cancel takes effect at
// the job's next progress report, and the job then returns false and must
// leave no file.
class ReportJobRunner : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Succeeded,
        Failed,
        Canceled,
    };
    Q_ENUM(Outcome)

    // Reports done of total steps. Returns false once the job was canceled,
    // and the job should then stop and return false.
    using Progress = ReportProgress;

    // The work, run in the worker thread. db is the worker's own open
    // connection. Returns true on success, or false with a translated
    // message in *error; the message of a canceled job is ignored.
    using Job = std::function<bool(QSqlDatabase db, const Progress &progress, QString *error)>;

    // Called in the runner's thread when a job has ended.
    using Done = std::function<void(Outcome outcome, const QString &error)>;

    // Runs jobs on clones of db, which must be an open, named connection.
    explicit ReportJobRunner(QSqlDatabase db, QObject *parent = nullptr);

    // Cancels a running job and waits for it.
    ~ReportJobRunner() override;

    bool isRunning() const { return m_running != nullptr; }

    // Starts job and calls done once it has ended, unless a job is
    // running already: then returns false and starts nothing.
    bool start(Job job, Done done);

    // Asks the running job to stop. done() still runs, with Canceled.
    void cancel();

    // Waits at most timeoutMs for the running job, then delivers its end.
    // Returns true when no job is running any more. For tests and for
    // closing a window.
    bool waitForFinished(int timeoutMs);

signals:
    void runningChanged(bool running);
    void progressChanged(qsizetype done, qsizetype total);
    void finished(ReportJobRunner::Outcome outcome, const QString &error);

private:
    struct RunningJob;

    void finish();

    QString m_connectionName;
    std::shared_ptr<RunningJob> m_running;
};
