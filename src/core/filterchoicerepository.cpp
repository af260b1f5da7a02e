#include "filterchoicerepository.h"

#include "logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

bool run(QSqlQuery &query, const QString &statement, QString *error)
{
    query.setForwardOnly(true);
    if (query.prepare(statement) && query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    qCWarning(lcDatabase) << "Filter choice query failed:" << query.lastError().text();
    return false;
}

} // namespace

QStringList FilterChoiceRepository::chargeAuthors(QString *error) const
{
    QStringList authors;
    // DISTINCT would read every charge. The recursive query jumps from one
    // author to the next through charges_created_by instead, one index
    // lookup each, in the index's (and so the database's) order.
    QSqlQuery query(m_db);
    if (!run(query,
             QStringLiteral("WITH RECURSIVE authors (created_by) AS ("
                            "SELECT min(c.created_by) FROM charges c "
                            "UNION ALL "
                            "SELECT (SELECT min(c.created_by) FROM charges c "
                            "WHERE c.created_by > authors.created_by) "
                            "FROM authors WHERE authors.created_by IS NOT NULL) "
                            "SELECT created_by FROM authors WHERE created_by IS NOT NULL"),
             error)) {
        return authors;
    }
    while (query.next())
        authors << query.value(QStringLiteral("created_by")).toString();
    return authors;
}
