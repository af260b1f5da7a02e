#pragma once

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <csignal>
#include <sys/resource.h>

// Ways to make an SQLite database fail that work when the tests run as
// root, where file permissions do not stop writes. Each fault is undone by
// its destructor, so a failing test leaves nothing behind.
namespace FaultInjection {

// Makes every write of this process past size bytes of a file fail with
// EFBIG, as a write to a full disk fails; SQLite reports it as a disk I/O
// error. SIGXFSZ is ignored meanwhile, because it would end the process.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t size)
    {
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        m_active = getrlimit(RLIMIT_FSIZE, &m_previous) == 0;
        rlimit limited = m_previous;
        limited.rlim_cur = size;
        m_active = m_active && setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }

    ~FileSizeLimit() { lift(); }

    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    bool isActive() const { return m_active; }

    void lift()
    {
        if (m_active)
            setrlimit(RLIMIT_FSIZE, &m_previous);
        if (m_previousHandler != SIG_ERR)
            std::signal(SIGXFSZ, m_previousHandler);
        m_previousHandler = SIG_ERR;
        m_active = false;
    }

private:
    rlimit m_previous{};
    void (*m_previousHandler)(int) = SIG_ERR;
    bool m_active = false;
};

// Marks a file immutable with chattr +i, which stops root too. Opening the
// file for writing then fails, so SQLite opens it read-only.
class ImmutableFile
{
public:
    ImmutableFile() = default;
    ~ImmutableFile() { clear(); }

    ImmutableFile(const ImmutableFile &) = delete;
    ImmutableFile &operator=(const ImmutableFile &) = delete;

    // Returns false with *reason set when chattr is missing or the file
    // system or the user's rights do not allow the attribute.
    bool set(const QString &path, QString *reason)
    {
        QProcess chattr;
        chattr.start(QStringLiteral("chattr"), {QStringLiteral("+i"), path});
        if (!chattr.waitForFinished(10000) || chattr.exitStatus() != QProcess::NormalExit
            || chattr.exitCode() != 0) {
            *reason = QStringLiteral("chattr +i is not available here: %1 %2")
                          .arg(chattr.errorString(),
                               QString::fromLocal8Bit(chattr.readAllStandardError()).trimmed());
            return false;
        }
        m_path = path;
        return true;
    }

    void clear()
    {
        if (m_path.isEmpty())
            return;
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), m_path});
        m_path.clear();
    }

private:
    QString m_path;
};

#ifdef LOCK_HOLDER_PATH

// Another program holding the write lock of a database: the test program
// lockholder (tests/lockholder.cpp), whose path LOCK_HOLDER_PATH is defined
// by tests/CMakeLists.txt.
class LockHolder
{
public:
    LockHolder() = default;
    ~LockHolder() { release(); }

    LockHolder(const LockHolder &) = delete;
    LockHolder &operator=(const LockHolder &) = delete;

    // Returns once the lock is held; false with *error set otherwise.
    bool hold(const QString &path, QString *error)
    {
        m_process.start(QStringLiteral(LOCK_HOLDER_PATH), {path});
        const bool locked = m_process.waitForStarted(30000)
                            && m_process.waitForReadyRead(30000)
                            && m_process.readAllStandardOutput().startsWith("locked");
        if (!locked) {
            *error = QStringLiteral("lockholder did not lock %1: %2 %3")
                         .arg(path, m_process.errorString(),
                              QString::fromLocal8Bit(m_process.readAllStandardError()));
        }
        return locked;
    }

    void release()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(30000))
            m_process.kill();
    }

private:
    QProcess m_process;
};

#endif // LOCK_HOLDER_PATH

// Lets the database on db grow by no page, as a full disk would: after
// VACUUM packs the file, max_page_count is its page count. SQLite then
// reports "database or disk is full" (SQLITE_FULL) for any write that needs
// a new page. Returns false when a step failed.
inline bool fillDatabase(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("VACUUM")) || !query.exec(QStringLiteral("PRAGMA page_count"))
        || !query.next()) {
        return false;
    }
    const qint64 pages = query.value(0).toLongLong();
    query.finish();
    return query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
}

// Lets the database on db grow again.
inline bool emptyDatabase(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("PRAGMA max_page_count = 1073741823"));
}

} // namespace FaultInjection
