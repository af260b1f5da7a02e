#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <map>

class QSqlQuery;

// Keeps the statements that SqlStatement prepares on one connection, so a
// loop that runs the same statements for every row of a file compiles each
// of them once. SQLite spends most of a short query in compiling its text,
// and the charge service runs about ten queries for each charge.
//
// A cache is active for its connection in the thread that creates it,
// until it is destroyed. An inner cache for the same connection takes over
// until it ends. A cache must end before its connection is closed, which a
// scope ensures:
//
//   SqlStatementCache statements(db);
//   for (const Row &row : rows)
//       service.review(requestOf(row)); // its SqlStatements come from the cache
//
// Without an active cache, SqlStatement prepares every statement anew.
class SqlStatementCache
{
public:
    explicit SqlStatementCache(QSqlDatabase db);
    ~SqlStatementCache();

    SqlStatementCache(const SqlStatementCache &) = delete;
    SqlStatementCache &operator=(const SqlStatementCache &) = delete;

    // Returns the cache active for the connection named connectionName in
    // the calling thread, or nullptr.
    static SqlStatementCache *active(const QString &connectionName);

    // Returns the query prepared with text and marks it in use, preparing
    // it on first use. Returns nullptr when that query is in use already
    // (by a caller further up the stack) or when text does not prepare. The
    // caller then prepares a query of its own.
    QSqlQuery *take(const QString &text);

    // Resets the query that take() returned for text and makes it
    // available again.
    void release(const QString &text);

    // Number of statements prepared so far. For tests.
    qsizetype size() const { return qsizetype(m_entries.size()); }

private:
    struct Entry
    {
        std::unique_ptr<QSqlQuery> query;
        bool inUse = false;
    };

    QSqlDatabase m_db;
    QString m_connectionName;
    SqlStatementCache *m_previous = nullptr; // the cache this one took over from
    std::map<QString, Entry> m_entries;
};
