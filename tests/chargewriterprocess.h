#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <utility>

// One run of the test program chargewriter (tests/chargewriter.cpp) as a
// separate process, and the lines it reports on standard output.
// CHARGE_WRITER_PATH is defined by tests/CMakeLists.txt.
class ChargeWriterProcess
{
public:
    // One line of the writer's report.
    struct Report
    {
        QString kind; // READY, ACK, REJECTED or FAILED
        QString requestKey;
        qint64 chargeId = 0; // ACK only
        // The outcome of an ACK ("committed" or "replayed"), or the message
        // of a REJECTED or FAILED line.
        QString detail;
        QString line; // the whole line, for failure messages
    };

    // The writer opens location; its standard error is appended to the
    // file errorLogPath.
    ChargeWriterProcess(QString location, const QString &errorLogPath)
        : m_location(std::move(location))
    {
        // Info logs add lines for every charge, so only warnings go to the
        // log file.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                           QStringLiteral("chargedesk.*.info=false"));
        environment.remove(QStringLiteral("QT_MESSAGE_PATTERN"));
        m_process.setProcessEnvironment(environment);
        m_process.setStandardErrorFile(errorLogPath, QIODevice::Append);
    }

    ~ChargeWriterProcess()
    {
        if (m_process.state() != QProcess::NotRunning)
            kill();
    }

    ChargeWriterProcess(const ChargeWriterProcess &) = delete;
    ChargeWriterProcess &operator=(const ChargeWriterProcess &) = delete;

    // Starts the writer with --database and arguments; false when the
    // program could not be started.
    bool start(const QStringList &arguments)
    {
        m_process.start(QStringLiteral(CHARGE_WRITER_PATH),
                        QStringList{QStringLiteral("--database"), m_location} + arguments);
        return m_process.waitForStarted(30000);
    }

    // Waits until the writer reports READY; false when it exits or
    // timeoutMs passes first.
    bool waitForReady(int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        readReports();
        while (!m_ready) {
            if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
                return false;
            m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
            readReports();
        }
        return true;
    }

    bool isReady()
    {
        readReports();
        return m_ready;
    }

    // Sends SIGKILL and waits until the process has ended.
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished(30000);
        readReports();
    }

    // Waits for the writer to exit on its own; false when it crashed or
    // timeoutMs passed first.
    bool waitForExit(int timeoutMs)
    {
        const bool finished = m_process.waitForFinished(timeoutMs);
        readReports();
        return finished && m_process.exitStatus() == QProcess::NormalExit;
    }

    int exitCode() const { return m_process.exitCode(); }

    // Returns the complete lines reported so far and clears them. A line
    // cut short by a kill is not a report.
    QList<Report> takeReports()
    {
        readReports();
        return std::exchange(m_reports, {});
    }

private:
    void readReports()
    {
        m_pending += m_process.readAllStandardOutput();
        qsizetype end = m_pending.indexOf('\n');
        while (end >= 0) {
            const QString line = QString::fromUtf8(m_pending.left(end));
            m_pending.remove(0, end + 1);
            end = m_pending.indexOf('\n');

            Report report;
            report.line = line;
            report.kind = line.section(QLatin1Char(' '), 0, 0);
            report.requestKey = line.section(QLatin1Char(' '), 1, 1);
            if (report.kind == QLatin1String("ACK")) {
                report.chargeId = line.section(QLatin1Char(' '), 2, 2).toLongLong();
                report.detail = line.section(QLatin1Char(' '), 3);
            } else {
                report.detail = line.section(QLatin1Char(' '), 2);
            }
            if (report.kind == QLatin1String("READY"))
                m_ready = true;
            m_reports << report;
        }
    }

    QString m_location;
    QProcess m_process;
    QByteArray m_pending;
    QList<Report> m_reports;
    bool m_ready = false;
};
