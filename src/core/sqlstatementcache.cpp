#include "sqlstatementcache.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlResult>

namespace {

// The active scoped cache of each connection name. Qt uses a connection
// only in the thread that opened it, so each thread keeps its own table.
thread_local QHash<QString, SqlStatementCache *> activeCaches;

// Returns true when QSQLITE has finalized the statement of query, which it
// does to every statement of a connection that closes and to a statement
// whose values failed to bind. Such a query must be prepared again.
// QSqlResult::handle() returns the sqlite3_stmt pointer.
bool isFinalized(const QSqlQuery &query)
{
    const QSqlResult *result = query.result();
    if (!result)
        return true;
    const QVariant handle = result->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3_stmt*") != 0)
        return false;
    return *static_cast<void *const *>(handle.constData()) == nullptr;
}

} // namespace

SqlStatementCache::SqlStatementCache(const QSqlDatabase &db, Scope scope)
    : m_connectionName(db.connectionName())
    , m_driver(db.driver())
    , m_scope(scope)
{
    if (m_scope == Scope::Lasting)
        return;
    m_previous = activeCaches.value(m_connectionName);
    activeCaches.insert(m_connectionName, this);
}

SqlStatementCache::~SqlStatementCache()
{
    if (m_scope == Scope::Scoped) {
        if (m_previous)
            activeCaches.insert(m_connectionName, m_previous);
        else
            activeCaches.remove(m_connectionName);
    }

    // NOTE: a statement still in use here belongs to a SqlStatement that
    // outlives its cache, which scopes rule out; it is finalized anyway.
    dropAll();
}

SqlStatementCache *SqlStatementCache::active(const QString &connectionName)
{
    return activeCaches.value(connectionName);
}

QSqlQuery *SqlStatementCache::take(const QSqlDatabase &db, const QString &text)
{
    // A connection removed and added again under the same name has another
    // driver, and the cache's statements died with the old one.
    if (!m_driver || m_driver.data() != db.driver())
        return nullptr;

    const auto found = m_entries.find(text);
    if (found != m_entries.end()) {
        Entry &entry = found->second;
        if (entry.inUse)
            return nullptr;
        if (!isFinalized(*entry.query)) {
            entry.inUse = true;
            return entry.query.get();
        }
        erase(found);
    }

    if (size() >= MaxStatements)
        dropIdle();
    auto query = std::make_unique<QSqlQuery>(db);
    query->setForwardOnly(true);
    if (!query->prepare(text))
        return nullptr;
    Entry &entry = m_entries[text];
    entry.query = std::move(query);
    entry.inUse = true;
    return entry.query.get();
}

void SqlStatementCache::release(const QString &text)
{
    const auto found = m_entries.find(text);
    if (found == m_entries.end())
        return;
    if (found->second.dropOnRelease) {
        erase(found);
        return;
    }

    // finish() resets the statement, so that it holds no read snapshot or
    // lock while it waits for its next use, and keeps it prepared.
    found->second.query->finish();
    found->second.inUse = false;
}

void SqlStatementCache::clear()
{
    dropIdle();
    for (auto &[text, entry] : m_entries)
        entry.dropOnRelease = true;
}

void SqlStatementCache::dropIdle()
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->second.inUse)
            ++it;
        else
            it = erase(it);
    }
}

void SqlStatementCache::dropAll()
{
    for (auto it = m_entries.begin(); it != m_entries.end();)
        it = erase(it);
}

SqlStatementCache::EntryIterator SqlStatementCache::erase(EntryIterator entry)
{
    // NOTE: a query whose driver is gone, because its connection was
    // removed without Database::close(), is leaked on purpose. The
    // destructor of a QPSQL result deallocates its statement through the
    // driver, and older Qt versions (Qt 5) do not check that it still exists.
    if (!m_driver)
        (void)entry->second.query.release();
    return m_entries.erase(entry);
}
