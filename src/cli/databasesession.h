#pragma once

#include <QSqlDatabase>
#include <QString>

// The command's connection to the ChargeDesk database, opened (created and
// migrated when needed) by the constructor and closed by the destructor.
// Declare it before any repository or service that copies its handle, so
// that those are destroyed first.
class DatabaseSession
{
public:
    explicit DatabaseSession(const QString &path);
    ~DatabaseSession();

    DatabaseSession(const DatabaseSession &) = delete;
    DatabaseSession &operator=(const DatabaseSession &) = delete;

    bool isOpen() const { return m_open; }

    // A translated message naming what failed and what to do next. Empty
    // when the database is open.
    QString errorMessage() const { return m_errorMessage; }

    QSqlDatabase database() const;

private:
    bool m_open = false;
    QString m_errorMessage;
};
