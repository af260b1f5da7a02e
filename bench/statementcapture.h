#pragma once

#include <QSqlDatabase>
#include <QList>
#include <QString>
#include <QVariantHash>

struct sqlite3;

// Records every SQL statement an SQLite connection runs while it exists:
// its text as prepared, with placeholders, and the values bound to them,
// so that a baseline can prepare exactly the statements ChargeDesk ran and
// bind the same values. The QSQLITE driver and the benchmarks link the same
// system libsqlite3.
class StatementCapture
{
public:
    struct Statement
    {
        QString sql;
        // The bound values by parameter name (":term"), or by "?1", "?2"
        // for positional parameters: QString for text, qint64 for integers.
        QVariantHash values;
    };

    explicit StatementCapture(const QSqlDatabase &db);
    ~StatementCapture();

    StatementCapture(const StatementCapture &) = delete;
    StatementCapture &operator=(const StatementCapture &) = delete;

    // False when db is not an open SQLite connection.
    bool isActive() const { return m_handle != nullptr; }

    // The statements run so far, in order.
    QList<Statement> statements() const { return m_statements; }

    // Reads the bound values of sql from expanded, the same statement as
    // sqlite3_expanded_sql() writes it with the values in place.
    static QVariantHash boundValues(const QString &sql, const QString &expanded);

private:
    static int record(unsigned type, void *context, void *statement, void *text);

    sqlite3 *m_handle = nullptr;
    QList<Statement> m_statements;
};
