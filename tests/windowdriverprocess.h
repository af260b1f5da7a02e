#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// One run of the test program windowdriver (tests/windowdriver.cpp), which
// shows the real main window, and the commands sent to it on standard
// input. WINDOW_DRIVER_PATH is defined by tests/CMakeLists.txt.
class WindowDriverProcess
{
public:
    // The reply to one command: the final line's first word (OK, BLOCKED
    // or ERROR, or TIMEOUT when none came), the rest of that line, and the
    // data lines before it.
    struct Reply
    {
        QString status;
        QString detail;
        QStringList data;

        bool ok() const { return status == QLatin1String("OK"); }
        QString line() const { return status + QLatin1Char(' ') + detail; }
    };

    // The driver's standard error, the program's log included, is appended
    // to errorLogPath.
    explicit WindowDriverProcess(const QString &errorLogPath)
    {
        m_process.setStandardErrorFile(errorLogPath, QIODevice::Append);
    }

    ~WindowDriverProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(30000);
        }
    }

    WindowDriverProcess(const WindowDriverProcess &) = delete;
    WindowDriverProcess &operator=(const WindowDriverProcess &) = delete;

    // Starts the driver with arguments in environment and waits for its
    // READY line; false when it did not start or exited first.
    bool start(const QStringList &arguments, const QProcessEnvironment &environment,
               int timeoutMs)
    {
        m_process.setProcessEnvironment(environment);
        m_process.start(QStringLiteral(WINDOW_DRIVER_PATH), arguments);
        if (!m_process.waitForStarted(timeoutMs))
            return false;
        const QString ready = readLine(timeoutMs);
        if (!ready.startsWith(QLatin1String("READY ")))
            return false;
        m_platform = ready.section(QLatin1Char(' '), 1, 1);
        m_method = ready.section(QLatin1Char(' '), 2, 2);
        return true;
    }

    // The Qt platform the window runs on, and how it watches for changes
    // ("notifications" or "polling"), as the READY line named them.
    QString platform() const { return m_platform; }
    QString method() const { return m_method; }

    // Sends command and waits for its final line.
    Reply send(const QString &command, int timeoutMs = 60000)
    {
        m_process.write(command.toUtf8() + '\n');
        Reply reply;
        const QDeadlineTimer deadline(timeoutMs);
        while (true) {
            const QString line = readLine(int(qMax<qint64>(1, deadline.remainingTime())));
            if (line.isNull()) {
                reply.status = QStringLiteral("TIMEOUT");
                reply.detail = command;
                return reply;
            }
            const QString first = line.section(QLatin1Char(' '), 0, 0);
            if (first == QLatin1String("OK") || first == QLatin1String("BLOCKED")
                || first == QLatin1String("ERROR")) {
                reply.status = first;
                reply.detail = line.section(QLatin1Char(' '), 1);
                return reply;
            }
            reply.data << line;
        }
    }

    // Returns the id of every charge the window's charges view lists, in
    // its order, or {-1} when the command failed.
    QList<qint64> chargeIds()
    {
        const Reply reply = send(QStringLiteral("charges"));
        if (!reply.ok())
            return {-1};
        QList<qint64> ids;
        for (const QString &row : reply.data)
            ids << row.section(QLatin1Char(' '), 1).section(QLatin1Char('\t'), 0, 0).toLongLong();
        return ids;
    }

    // Sends quit, closes the input and waits for the exit; false when the
    // driver crashed or did not end in time.
    bool quit(int timeoutMs)
    {
        send(QStringLiteral("quit"), timeoutMs);
        m_process.closeWriteChannel();
        return m_process.waitForFinished(timeoutMs)
               && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }

private:
    // Returns the next line of standard output, or a null string when none
    // came within timeoutMs or the driver ended.
    QString readLine(int timeoutMs)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (!m_process.canReadLine()) {
            if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
                return QString();
            m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        }
        return QString::fromUtf8(m_process.readLine()).chopped(1);
    }

    QProcess m_process;
    QString m_platform;
    QString m_method;
};
