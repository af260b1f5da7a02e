#include "statementcapture.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

StatementCapture::StatementCapture(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.data());
    if (m_handle)
        sqlite3_trace_v2(m_handle, SQLITE_TRACE_STMT, &StatementCapture::record, this);
}

StatementCapture::~StatementCapture()
{
    if (m_handle)
        sqlite3_trace_v2(m_handle, 0, nullptr, nullptr);
}

int StatementCapture::record(unsigned type, void *context, void *statement, void *text)
{
    // Statements of triggers arrive as comment lines "-- ...".
    if (type != SQLITE_TRACE_STMT || qstrncmp(static_cast<const char *>(text), "--", 2) == 0)
        return 0;
    auto *capture = static_cast<StatementCapture *>(context);
    auto *prepared = static_cast<sqlite3_stmt *>(statement);
    const QString sql = QString::fromUtf8(sqlite3_sql(prepared));
    char *expanded = sqlite3_expanded_sql(prepared);
    capture->m_statements.append({sql, boundValues(sql, QString::fromUtf8(expanded))});
    sqlite3_free(expanded);
    return 0;
}

QVariantHash StatementCapture::boundValues(const QString &sql, const QString &expanded)
{
    // The two texts agree outside the parameters, so each parameter's value
    // is the literal found where the parameter stands. Parameters inside
    // string literals of sql are not told apart; ChargeDesk's statements
    // have none.
    static const QRegularExpression parameter(QStringLiteral("[:@$][A-Za-z_][A-Za-z0-9_]*|\\?"));
    QVariantHash values;
    qsizetype position = 0; // in expanded
    qsizetype last = 0;     // in sql
    int positional = 0;
    QRegularExpressionMatchIterator matches = parameter.globalMatch(sql);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        position += match.capturedStart() - last;
        last = match.capturedEnd();
        const QString name = match.captured() == QLatin1String("?")
                                 ? QStringLiteral("?%1").arg(++positional)
                                 : match.captured();
        if (position < expanded.size() && expanded.at(position) == QLatin1Char('\'')) {
            QString text;
            qsizetype i = position + 1;
            while (i < expanded.size()) {
                if (expanded.at(i) == QLatin1Char('\'')) {
                    if (i + 1 < expanded.size() && expanded.at(i + 1) == QLatin1Char('\'')) {
                        text += QLatin1Char('\'');
                        i += 2;
                        continue;
                    }
                    break;
                }
                text += expanded.at(i++);
            }
            values.insert(name, text);
            position = i + 1;
        } else {
            qsizetype end = position;
            while (end < expanded.size()
                   && (expanded.at(end).isDigit() || expanded.at(end) == QLatin1Char('-')))
                ++end;
            values.insert(name, expanded.mid(position, end - position).toLongLong());
            position = end;
        }
    }
    return values;
}
