#pragma once

#include <QPointer>
#include <QSqlDatabase>
#include <QString>

#include <map>
#include <memory>

class QSqlDriver;
class QSqlQuery;

// Keeps the statements that SqlStatement prepares on one connection, so
// that code which runs the same statements again and again compiles each of
// them once. SQLite spends most of a short query in compiling its text, and
// the charge service runs about 25 queries for each commit.
//
// A scoped cache is active for its connection in the thread that creates
// it, until it is destroyed. An inner cache for the same connection takes
// over until it ends. A scoped cache must end before its connection is
// closed, which a scope ensures:
//
//   SqlStatementCache statements(db);
//   for (const Row &row : rows)
//       service.review(requestOf(row)); // its SqlStatements come from the cache
//
// A lasting cache is never active by itself: ConnectionStatements keeps one
// for each connection that Database::open() opened, and SqlStatement uses
// it when no scoped cache is active. Without either, SqlStatement prepares
// every statement anew.
class SqlStatementCache
{
public:
    enum class Scope {
        Scoped,  // active in the creating thread while it exists
        Lasting, // found through ConnectionStatements only
    };

    // The cache stops preparing more than this many statements by dropping
    // the ones not in use, so that statement texts built from changing
    // values cannot make it grow without limit.
    static constexpr qsizetype MaxStatements = 200;

    explicit SqlStatementCache(const QSqlDatabase &db, Scope scope = Scope::Scoped);
    ~SqlStatementCache();

    SqlStatementCache(const SqlStatementCache &) = delete;
    SqlStatementCache &operator=(const SqlStatementCache &) = delete;

    // Returns the scoped cache active for the connection named
    // connectionName in the calling thread, or nullptr.
    static SqlStatementCache *active(const QString &connectionName);

    // Returns the query prepared with text on db and marks it in use,
    // preparing it on first use and again after its connection was closed.
    // Returns nullptr when that query is in use already (by a caller further
    // up the stack), when text does not prepare, or when db is not the
    // connection the cache was made for. The caller then prepares a query
    // of its own.
    QSqlQuery *take(const QSqlDatabase &db, const QString &text);

    // Resets the query that take() returned for text and makes it
    // available again.
    void release(const QString &text);

    // Drops every statement, because the connection is about to be closed
    // and opened again. A statement in use is dropped when it is released.
    void clear();

    // Number of statements prepared and kept. For tests.
    qsizetype size() const { return qsizetype(m_entries.size()); }

private:
    struct Entry
    {
        std::unique_ptr<QSqlQuery> query;
        bool inUse = false;
        bool dropOnRelease = false;
    };

    // Drops the statements that are not in use.
    void dropIdle();

    // Drops every statement, also the ones in use.
    void dropAll();

    using EntryIterator = std::map<QString, Entry>::iterator;

    // Removes entry and finalizes its query; returns the next entry.
    EntryIterator erase(EntryIterator entry);

    QString m_connectionName;
    QPointer<QSqlDriver> m_driver; // the connection's driver when the cache was made
    Scope m_scope = Scope::Scoped;
    SqlStatementCache *m_previous = nullptr; // the scoped cache this one took over from
    std::map<QString, Entry> m_entries;
};
