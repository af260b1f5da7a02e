#pragma once

#include "csvexporter.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

// The statements that read one table for CsvExporter, and the conversion of
// a result row into CSV fields in the order of columns(). The filter's
// values are bound, never written into the SQL text.
class CsvExportQuery
{
public:
    CsvExportQuery(CsvExporter::Table table, CsvExporter::Filter filter);

    static QList<CsvColumn> columns(CsvExporter::Table table);

    // SELECT COUNT(*) AS row_count over the rows selectStatement() returns.
    QString countStatement() const;

    QString selectStatement() const;

    // Binds the filter's values to query, prepared with either statement.
    void bindValues(QSqlQuery &query) const;

    // Returns the fields of the current row of a query prepared with
    // selectStatement().
    QStringList fields(const QSqlQuery &query) const;

private:
    QString fromClause() const;
    QString whereClause() const;

    // The filter's customer codes as placeholder names, ":customer_0" ...
    QStringList customerPlaceholders() const;

    CsvExporter::Table m_table;
    CsvExporter::Filter m_filter;
};
