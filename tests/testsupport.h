#pragma once

#include "database.h"
#include "failingtrigger.h"
#include "testbackend.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Verifies a QSqlQuery step and prints the driver's error when it fails.
#define VERIFY_SQL(query, ok) \
    QVERIFY2((ok), qPrintable(QStringLiteral("SQL failed: %1").arg((query).lastError().text())))

// Skips the current test on PostgreSQL, for a test about SQLite files.
#define SKIP_ON_POSTGRESQL(reason) \
    do { \
        if (TestBackend::isPostgresql()) \
            QSKIP(reason); \
    } while (false)

// Skips the current test unless it runs on PostgreSQL.
#define SKIP_UNLESS_POSTGRESQL() \
    do { \
        if (!TestBackend::isPostgresql()) \
            QSKIP("runs on PostgreSQL only (the *_postgresql test)"); \
    } while (false)

// A fresh, migrated database, closed and removed when the fixture goes out
// of scope: an SQLite file in a temporary folder, or a new PostgreSQL
// database when the test runs on PostgreSQL (see TestBackend).
class TestDatabase
{
public:
    explicit TestDatabase(const QString &connectionName = QStringLiteral("test"))
        : m_connectionName(connectionName)
    {
        m_location = TestBackend::newLocation(m_dir, QStringLiteral("chargedesk-test.sqlite"));
        QString error = QStringLiteral("the test database could not be created");
        m_ok = !m_location.isEmpty() && Database::open(m_location, m_connectionName, &error);
        m_error = error;
    }

    ~TestDatabase()
    {
        Database::close(m_connectionName);
        TestBackend::dropLocation(m_location);
    }

    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool isOpen() const { return m_ok; }
    QString error() const { return m_error; }
    // What Database::open() and --database take to open this database
    // again: the SQLite file or the PostgreSQL URL.
    QString location() const { return m_location; }
    QString path() const { return m_location; }
    bool isPostgresql() const { return TestBackend::isPostgresql(); }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_connectionName); }

    // Returns the single integer a query yields, or -1 on failure.
    qint64 scalar(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

private:
    QTemporaryDir m_dir;
    QString m_connectionName;
    QString m_location;
    QString m_error;
    bool m_ok = false;
};
