#include "batchedinsert.h"

#include <QSqlError>

namespace {

// Returns "INSERT INTO table (columns) VALUES (?, ...), ..." for rows rows.
QString insertText(const QString &table, const QStringList &columns, int rows)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    const QString row = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    QStringList values;
    values.fill(row, rows);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(table, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
}

} // namespace

BatchedInsert::BatchedInsert(QSqlDatabase db, QString table, QStringList columns)
    : m_db(std::move(db))
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_full(m_db)
    , m_rest(m_db)
{
    m_pending.reserve(RowsPerStatement * m_columns.size());
}

QSqlQuery *BatchedInsert::statement(int rows, QString *error)
{
    QSqlQuery *query = &m_full;
    bool prepared = m_fullPrepared;
    if (rows != RowsPerStatement) {
        query = &m_rest;
        prepared = m_restRows == rows;
    }
    if (prepared)
        return query;

    if (!query->prepare(insertText(m_table, m_columns, rows))) {
        *error = query->lastError().text();
        return nullptr;
    }
    if (rows == RowsPerStatement)
        m_fullPrepared = true;
    else
        m_restRows = rows;
    return query;
}

bool BatchedInsert::add(const QVariantList &row, QString *error)
{
    Q_ASSERT(row.size() == m_columns.size());
    m_pending.append(row);
    if (m_pending.size() < RowsPerStatement * m_columns.size())
        return true;
    return flush(error);
}

bool BatchedInsert::flush(QString *error)
{
    if (m_parent && !m_parent->flush(error))
        return false;
    const int rows = int(m_pending.size() / m_columns.size());
    if (rows == 0)
        return true;

    QSqlQuery *query = statement(rows, error);
    if (!query)
        return false;
    for (qsizetype i = 0; i < m_pending.size(); ++i)
        query->bindValue(int(i), m_pending.at(i));
    if (!query->exec()) {
        *error = tr("the database rejected one of %1 rows for %2: %3")
                     .arg(rows)
                     .arg(m_table, query->lastError().text());
        return false;
    }
    m_pending.clear();
    return true;
}
