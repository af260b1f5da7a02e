#pragma once

#include "database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Verifies a QSqlQuery step and prints the driver's error when it fails.
#define VERIFY_SQL(query, ok) \
    QVERIFY2((ok), qPrintable(QStringLiteral("SQL failed: %1").arg((query).lastError().text())))

// A fresh, migrated SQLite database in a temporary folder, closed and
// removed when the fixture goes out of scope.
class TestDatabase
{
public:
    explicit TestDatabase(const QString &connectionName = QStringLiteral("test"))
        : m_connectionName(connectionName)
    {
        m_path = m_dir.filePath(QStringLiteral("chargedesk-test.sqlite"));
        QString error;
        m_ok = Database::open(m_path, m_connectionName, &error);
        m_error = error;
    }

    ~TestDatabase() { Database::close(m_connectionName); }

    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool isOpen() const { return m_ok; }
    QString error() const { return m_error; }
    QString path() const { return m_path; }
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
    QString m_path;
    QString m_error;
    bool m_ok = false;
};
