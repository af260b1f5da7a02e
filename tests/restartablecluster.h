#pragma once

#include <QAtomicInt>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QtDebug>

// A throwaway PostgreSQL cluster of one test program, which the test stops
// and starts under open connections. tools/test-postgresql creates it in
// dir on 127.0.0.1:port, stops its server with "shutdown" and starts it again
// with "startup", and deletes it in the destructor. Restarting this server
// disturbs no other test, because the shared test server is another one.
//
// The program path and the port come from tests/CMakeLists.txt
// (TEST_POSTGRESQL_SCRIPT, RESTART_TEST_DIR, RESTART_TEST_PORT).
class RestartableCluster
{
public:
    enum class Shutdown { Fast, Immediate };

    RestartableCluster(QString dir, int port)
        : m_dir(std::move(dir))
        , m_port(port)
    {
    }

    ~RestartableCluster()
    {
        if (m_started)
            run({QStringLiteral("stop"), m_dir});
    }

    RestartableCluster(const RestartableCluster &) = delete;
    RestartableCluster &operator=(const RestartableCluster &) = delete;

    // Creates and starts the cluster; false with a warning on failure.
    bool start()
    {
        m_started = run({QStringLiteral("start"), m_dir, QString::number(m_port)});

        // tools/test-postgresql turns synchronous_commit off for speed, and
        // an immediate shutdown then loses the last commits that clients
        // were told of. These tests count on every acknowledged commit.
        return m_started
               && runAdmin(QStringLiteral("ALTER SYSTEM SET synchronous_commit = on"))
               && runAdmin(QStringLiteral("SELECT pg_reload_conf()"));
    }

    // Stops the server: Fast ends each session with SQLSTATE 57P01,
    // Immediate kills the server processes as a crash does.
    bool shutdown(Shutdown mode)
    {
        return run({QStringLiteral("shutdown"), m_dir,
                    mode == Shutdown::Fast ? QStringLiteral("fast")
                                           : QStringLiteral("immediate")});
    }

    // Starts the stopped server again on the same port and data.
    bool startup() { return run({QStringLiteral("startup"), m_dir}); }

    int port() const { return m_port; }

    // The URL of database name on this server, as Database::open takes it.
    QString url(const QString &name) const
    {
        return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(name);
    }

    // Creates an empty database name; false with a warning on failure.
    bool createDatabase(const QString &name) const
    {
        // The name is a fixed identifier of the test, never input.
        return runAdmin(QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
    }

    // Ends the server process of every session of database name that runs
    // as application_name ChargeDesk, as an administrator's
    // pg_terminate_backend() or a server restart does: the session gets
    // SQLSTATE 57P01, and a transaction it had open is rolled back. Returns
    // the number of sessions ended, or -1 on failure.
    int terminateProgramSessions(const QString &name) const
    {
        int ended = -1;
        withAdminConnection([&](QSqlDatabase &admin) {
            QSqlQuery query(admin);
            query.prepare(QStringLiteral(
                "SELECT COUNT(*) FILTER (WHERE pg_terminate_backend(pid)) AS ended "
                "FROM pg_stat_activity WHERE datname = :name "
                "AND application_name = 'ChargeDesk'"));
            query.bindValue(QStringLiteral(":name"), name);
            if (query.exec() && query.next())
                ended = query.value(QStringLiteral("ended")).toInt();
            else
                qWarning() << "pg_terminate_backend failed:" << query.lastError().text();
        });
        return ended;
    }

private:
    bool run(const QStringList &arguments) const
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(TEST_POSTGRESQL_SCRIPT), arguments);
        const bool finished = process.waitForFinished(120000);
        const bool ok = finished && process.exitStatus() == QProcess::NormalExit
                        && process.exitCode() == 0;
        if (!ok) {
            qWarning() << "tools/test-postgresql" << arguments << "failed:"
                       << process.readAll();
        }
        return ok;
    }

    bool runAdmin(const QString &statement) const
    {
        bool ok = false;
        withAdminConnection([&](QSqlDatabase &admin) {
            QSqlQuery query(admin);
            ok = query.exec(statement);
            if (!ok)
                qWarning() << statement << "failed:" << query.lastError().text();
        });
        return ok;
    }

    // Runs work on a connection of its own to the maintenance database.
    template<typename Work>
    void withAdminConnection(Work work) const
    {
        static QAtomicInt calls;
        const QString name
            = QStringLiteral("restartable-admin-%1").arg(calls.fetchAndAddRelaxed(1));
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            admin.setHostName(QStringLiteral("127.0.0.1"));
            admin.setPort(m_port);
            admin.setUserName(QStringLiteral("postgres"));
            admin.setDatabaseName(QStringLiteral("postgres"));
            if (admin.open())
                work(admin);
            else
                qWarning() << "Could not connect to port" << m_port << ":"
                           << admin.lastError().text();
            admin.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    QString m_dir;
    int m_port = 0;
    bool m_started = false;
};
