#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

// Inserts rows into one table many at a time: "INSERT INTO t (a, b) VALUES
// (?, ?), (?, ?), ..." with RowsPerStatement rows per execution, prepared
// once and reused. On PostgreSQL every execution is a round trip to the
// server, so one statement per row spends most of its time waiting. The
// generator's 100,000 charges took 89 s one row at a time and 35 s in
// batches there. On SQLite, where nothing waits, the gain is small.
//
//   BatchedInsert insert(db, "charges", {"id", "amount_minor"});
//   insert.add({id, amount}, &error);  // buffers, executes when full
//   insert.flush(&error);               // executes the rest
//
// The caller owns the transaction, and must flush() before it reads the
// rows or inserts rows that refer to them.
class BatchedInsert
{
    Q_DECLARE_TR_FUNCTIONS(BatchedInsert)

public:
    // Rows per execution. 100 rows of 20 columns stay far below the bound
    // values a statement may have: 32,766 in SQLite 3.32 and later, 65,535
    // in PostgreSQL.
    static constexpr int RowsPerStatement = 100;

    // table and columns are literals of the caller, never input.
    BatchedInsert(QSqlDatabase db, QString table, QStringList columns);

    // Adds a row with one value per column, in the order of the columns.
    // Executes the buffered rows when RowsPerStatement are waiting. Returns
    // false and sets *error when the execution fails.
    bool add(const QVariantList &row, QString *error);

    // Executes the rows still buffered. Returns false and sets *error when
    // the execution fails.
    bool flush(QString *error);

    // Makes every flush() flush parent first, for rows whose foreign keys
    // refer to rows that parent buffers. parent must outlive this.
    void flushFirst(BatchedInsert *parent) { m_parent = parent; }

private:
    // Returns the statement for rows rows, preparing it on first use.
    QSqlQuery *statement(int rows, QString *error);

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    QList<QVariant> m_pending; // values of the buffered rows, row after row
    BatchedInsert *m_parent = nullptr;
    QSqlQuery m_full;
    bool m_fullPrepared = false;
    QSqlQuery m_rest;
    int m_restRows = 0; // rows m_rest is prepared for
};
