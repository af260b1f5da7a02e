#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The one row of audit_chain_head: the id and record_hash of the newest
// committed audit record, or 0 and the genesis hash while the log is empty.
//
// Writers call lock() first, inside their transaction. On PostgreSQL it
// reads the row with FOR UPDATE, which keeps the row locked until the
// transaction ends. On SQLite it runs an UPDATE that changes nothing, under
// the write lock that BEGIN IMMEDIATE took. Either way a second writer waits
// there, and then reads the head that the first one advanced, so the chain
// never forks.
//
// A transaction that appends many records (an import) moves the head only
// once, just before it commits (catchUp(), a Transaction commit step). Until
// then its own records lie beyond the head, and tip() finds the newest of
// them. Updating the row once per record would leave PostgreSQL a version of
// the row per record to walk past on every later read in the transaction,
// which made large imports take time growing with the square of their size.
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

    // Returns the newest audit record after head, which only the
    // transaction holding the lock can have written, or head itself when
    // there is none.
    std::optional<Position> tip(const Position &head, QString *error);

    // Moves the head to tip(), if that is further on. The caller holds the
    // lock. Returns false and sets *error when a statement fails.
    bool catchUp(QString *error);

    // Moves the head to the record id with record_hash hash. The database
    // rejects a move backwards or to a hash that is not that record's.
    bool advance(qint64 id, const QString &hash, QString *error);

private:
    std::optional<Position> lockRow(QString *error);
    std::optional<Position> select(const QString &sql, QString *error);

    QSqlDatabase m_db;
};
