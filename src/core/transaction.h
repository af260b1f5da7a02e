#pragma once

#include <QSqlDatabase>
#include <QSqlError>

// One database transaction, rolled back by the destructor unless commit()
// succeeded. On SQLite it starts with BEGIN IMMEDIATE, which takes the write
// lock at once: a deferred BEGIN (what QSqlDatabase::transaction() sends)
// lets two writers both read and then fail with "database is locked" halfway.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Starts the transaction; false if it could not start (see error()).
    bool begin();

    // Commits; false and rolled back if the commit failed.
    bool commit();

    // Rolls back now; the destructor does the same for a transaction that
    // was begun and not committed.
    void rollback();

    bool isActive() const { return m_active; }
    QSqlError error() const { return m_error; }

private:
    bool execute(const QString &statement);

    QSqlDatabase m_db;
    bool m_active = false;
    bool m_sqlite = false;
    QSqlError m_error;
};
