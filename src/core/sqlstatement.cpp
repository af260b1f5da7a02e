#include "sqlstatement.h"

#include "connectionstatements.h"
#include "sqlstatementcache.h"

SqlStatement::SqlStatement(const QSqlDatabase &db, const QString &text)
    : m_text(text)
{
    SqlStatementCache *cache = SqlStatementCache::active(db.connectionName());
    if (!cache)
        cache = ConnectionStatements::find(db);
    if (cache) {
        m_query = cache->take(db, text);
        if (m_query) {
            m_cache = cache;
            m_prepared = true;
            return;
        }
    }

    m_ownQuery.emplace(db);
    m_query = &*m_ownQuery;
    m_query->setForwardOnly(true);
    m_prepared = m_query->prepare(text);
}

SqlStatement::~SqlStatement()
{
    if (m_cache)
        m_cache->release(m_text);
}
