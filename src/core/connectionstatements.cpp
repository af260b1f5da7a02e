#include "connectionstatements.h"

#include "sqlstatementcache.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>

#include <map>
#include <memory>

namespace {

struct ConnectionCache
{
    QThread *thread = nullptr; // the thread that opened the connection
    std::unique_ptr<SqlStatementCache> cache;
};

// Connections may be opened and closed in any thread, so the table is
// shared and locked.
QMutex cachesMutex;
std::map<QString, ConnectionCache> connectionCaches;

// Open Use scopes per connection name in this thread.
thread_local QHash<QString, int> useDepths;

} // namespace

void ConnectionStatements::attach(const QSqlDatabase &db)
{
    auto cache = std::make_unique<SqlStatementCache>(db, SqlStatementCache::Scope::Lasting);

    // The replaced cache, declared before the lock, is destroyed after it.
    std::unique_ptr<SqlStatementCache> replaced;
    QMutexLocker locker(&cachesMutex);
    ConnectionCache &entry = connectionCaches[db.connectionName()];
    replaced = std::move(entry.cache);
    entry.thread = QThread::currentThread();
    entry.cache = std::move(cache);
}

void ConnectionStatements::clear(const QString &connectionName)
{
    QMutexLocker locker(&cachesMutex);
    const auto found = connectionCaches.find(connectionName);
    if (found != connectionCaches.end())
        found->second.cache->clear();
}

void ConnectionStatements::detach(const QString &connectionName)
{
    // The statements are finalized after the lock is released.
    std::unique_ptr<SqlStatementCache> detached;
    QMutexLocker locker(&cachesMutex);
    const auto found = connectionCaches.find(connectionName);
    if (found == connectionCaches.end())
        return;
    detached = std::move(found->second.cache);
    connectionCaches.erase(found);
}

SqlStatementCache *ConnectionStatements::find(const QSqlDatabase &db)
{
    if (useDepths.value(db.connectionName()) == 0)
        return nullptr;

    QMutexLocker locker(&cachesMutex);
    const auto found = connectionCaches.find(db.connectionName());
    if (found == connectionCaches.end() || found->second.thread != QThread::currentThread())
        return nullptr;
    return found->second.cache.get();
}

ConnectionStatements::Use::Use(const QSqlDatabase &db)
    : m_connectionName(db.connectionName())
{
    ++useDepths[m_connectionName];
}

ConnectionStatements::Use::~Use()
{
    if (--useDepths[m_connectionName] == 0)
        useDepths.remove(m_connectionName);
}
