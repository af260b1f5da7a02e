#include "sqlstatementcache.h"

#include <QHash>
#include <QSqlQuery>

namespace {

// The active cache of each connection name. Qt uses a connection only in
// the thread that opened it, so each thread keeps its own table.
thread_local QHash<QString, SqlStatementCache *> activeCaches;

} // namespace

SqlStatementCache::SqlStatementCache(QSqlDatabase db)
    : m_db(std::move(db))
    , m_connectionName(m_db.connectionName())
    , m_previous(activeCaches.value(m_connectionName))
{
    activeCaches.insert(m_connectionName, this);
}

SqlStatementCache::~SqlStatementCache()
{
    if (m_previous)
        activeCaches.insert(m_connectionName, m_previous);
    else
        activeCaches.remove(m_connectionName);

    // NOTE: a statement still in use here belongs to a SqlStatement that
    // outlives its cache, which scopes rule out; it is finalized anyway.
    m_entries.clear();
}

SqlStatementCache *SqlStatementCache::active(const QString &connectionName)
{
    return activeCaches.value(connectionName);
}

QSqlQuery *SqlStatementCache::take(const QString &text)
{
    const auto found = m_entries.find(text);
    if (found != m_entries.end()) {
        Entry &entry = found->second;
        if (entry.inUse)
            return nullptr;
        entry.inUse = true;
        return entry.query.get();
    }

    auto query = std::make_unique<QSqlQuery>(m_db);
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

    // finish() resets the statement, so that it holds no read snapshot or
    // lock while it waits for its next use, and keeps it prepared.
    found->second.query->finish();
    found->second.inUse = false;
}
