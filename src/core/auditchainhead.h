#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The one row of audit_chain_head: the id and record_hash of the newest
// audit record, or 0 and the genesis hash while the log is empty.
//
// Writers call lock() first, inside their transaction. It runs an UPDATE
// that changes nothing, which on PostgreSQL holds the row lock until the
// transaction ends and on SQLite runs under the write lock that BEGIN
// IMMEDIATE took. Either way a second writer waits there, and then reads the
// head that the first one advanced, so the chain never forks.
//
// NOTE: on PostgreSQL the head lock makes every audited write wait for the
// previous one to commit. A transaction that appends a record and then
// takes another customer's WriteLock (a CSV import of several customers)
// can deadlock with a writer of that customer; PostgreSQL then fails one of
// them with SQLSTATE 40P01.
class AuditChainHead
{
    Q_DECLARE_TR_FUNCTIONS(AuditChainHead)

public:
    struct Position
    {
        qint64 lastId = 0;
        QString lastHash;
    };

    explicit AuditChainHead(QSqlDatabase db) : m_db(std::move(db)) {}

    // Locks the head row until the caller's transaction ends and returns
    // it. Returns nothing and sets *error when a statement fails or the row
    // is missing.
    std::optional<Position> lock(QString *error);

    // Returns the head row without locking it, for readers.
    std::optional<Position> read(QString *error);

    // Moves the head to the record id with record_hash hash. The database
    // rejects a move backwards or to a hash that is not that record's.
    bool advance(qint64 id, const QString &hash, QString *error);

private:
    QSqlDatabase m_db;
};
