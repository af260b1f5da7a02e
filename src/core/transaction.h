#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <functional>

// One database transaction, rolled back by the destructor unless commit()
// succeeded. On SQLite it starts with BEGIN IMMEDIATE, which takes the write
// lock at once: a deferred BEGIN (what QSqlDatabase::transaction() sends)
// lets two writers both read and then fail with "database is locked" halfway.
// On PostgreSQL it starts with BEGIN at READ COMMITTED, where writers run
// side by side. A writer whose checks must not interleave with another's
// therefore takes a WriteLock first.
//
// Transactions nest per connection name. When another Transaction on the
// same connection is active, begin() opens a savepoint instead, commit()
// releases it and rollback() rolls back to it, on SQLite and PostgreSQL
// alike. The outer transaction still decides: committing an inner one makes
// its writes part of the outer one, and they are lost if the outer one rolls
// back. Nested transactions must end in the reverse order of their begin(),
// which RAII scopes ensure.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Starts the transaction, or a savepoint inside the connection's active
    // transaction; false if it could not start (see error()).
    bool begin();

    // Commits or releases the savepoint; false and rolled back if that
    // failed. Fails without rolling back while a transaction nested in this
    // one is still active.
    bool commit();

    // Rolls back now; the destructor does the same for a transaction that
    // was begun and not committed.
    void rollback();

    bool isActive() const { return m_active; }

    // True when begin() opened a savepoint inside another Transaction.
    bool isNested() const { return m_level > 1; }

    QSqlError error() const { return m_error; }

    // Number of active Transactions on the connection named connectionName:
    // 0 outside any transaction, 1 inside an outer one, more when nested.
    static int depth(const QString &connectionName);

    // A step that runs inside the outer transaction just before its COMMIT.
    // It returns false and sets *error to make the commit fail, which rolls
    // the whole transaction back.
    using CommitStep = std::function<bool(QSqlDatabase db, QString *error)>;

    // Adds step to the active outer transaction of the connection named
    // connectionName, once per key: a second call with the same key in the
    // same transaction keeps the first step. Steps run in the order added
    // and are dropped when the outer transaction ends, committed or not.
    // Writers use it to do once per transaction what each of their writes
    // would otherwise repeat.
    static void addCommitStep(const QString &connectionName, const QString &key,
                              CommitStep step);

private:
    bool execute(const QString &statement);
    bool runCommitSteps();
    bool beginOuter();
    bool commitOuter();
    void rollbackOuter();

    // The savepoint name of this nesting level.
    QString savepointName() const;

    QSqlDatabase m_db;
    bool m_active = false;
    bool m_sqlite = false;
    int m_level = 0; // 1 for the outer transaction, 2 and up for savepoints
    QSqlError m_error;
};
