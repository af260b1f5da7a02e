#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

class SqlStatementCache;

// A forward-only query prepared with a statement text, for one use. It
// comes from the scoped SqlStatementCache active for the connection, else
// from the connection's lasting one (ConnectionStatements), and is prepared
// anew when there is neither. The destructor resets a cached query
// and gives it back, so a SqlStatement must not outlive its scope.
//
//   SqlStatement query(db, QStringLiteral("SELECT ... WHERE id = :id"));
//   if (!query.isPrepared()) ... query->lastError() ...
//   query->bindValue(QStringLiteral(":id"), id);
//   if (!query->exec() || !query->next()) ...
//
// Bind every placeholder before each exec(), because a cached query keeps
// the values of its previous use.
class SqlStatement
{
public:
    SqlStatement(const QSqlDatabase &db, const QString &text);
    ~SqlStatement();

    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    // Returns false when the text did not prepare. The query's lastError()
    // then contains the reason.
    bool isPrepared() const { return m_prepared; }

    QSqlQuery &query() { return *m_query; }
    QSqlQuery &operator*() { return *m_query; }
    QSqlQuery *operator->() { return m_query; }

private:
    QString m_text;
    SqlStatementCache *m_cache = nullptr; // set when m_query is the cache's
    std::optional<QSqlQuery> m_ownQuery;
    QSqlQuery *m_query = nullptr;
    bool m_prepared = false;
};
