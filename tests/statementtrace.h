#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QStringList>

#include <sqlite3.h>

// Records every SQL statement that an SQLite connection runs while it
// exists, with the bound values written in (sqlite3_expanded_sql), so that a
// test can look at the plan of what the program really ran. The QSQLITE
// driver and this test link the same system libsqlite3.
class StatementTrace
{
public:
    explicit StatementTrace(const QSqlDatabase &db)
    {
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_handle = *static_cast<sqlite3 *const *>(handle.data());
        if (m_handle)
            sqlite3_trace_v2(m_handle, SQLITE_TRACE_STMT, &StatementTrace::record, this);
    }

    ~StatementTrace()
    {
        if (m_handle)
            sqlite3_trace_v2(m_handle, 0, nullptr, nullptr);
    }

    StatementTrace(const StatementTrace &) = delete;
    StatementTrace &operator=(const StatementTrace &) = delete;

    // False when db is not an open SQLite connection.
    bool isActive() const { return m_handle != nullptr; }

    // The statements run so far, in order, each once.
    QStringList statements() const { return m_statements; }

private:
    static int record(unsigned type, void *context, void *statement, void *text)
    {
        auto *trace = static_cast<StatementTrace *>(context);
        // SQLite reports each statement of a trigger as a comment line
        // "-- ..."; the trigger's statements are planned with the outer one.
        if (type != SQLITE_TRACE_STMT || qstrncmp(static_cast<const char *>(text), "--", 2) == 0)
            return 0;
        char *expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
        const QString sql = QString::fromUtf8(expanded ? expanded
                                                       : static_cast<const char *>(text));
        sqlite3_free(expanded);
        if (!trace->m_statements.contains(sql))
            trace->m_statements.append(sql);
        return 0;
    }

    sqlite3 *m_handle = nullptr;
    QStringList m_statements;
};
