#include "barestatement.h"

#include <QByteArray>

#include <sqlite3.h>

BareStatement::~BareStatement()
{
    sqlite3_finalize(m_statement);
}

bool BareStatement::prepare(sqlite3 *db, const QString &sql, QString *error)
{
    m_db = db;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &m_statement, nullptr)
        != SQLITE_OK) {
        *error = QStringLiteral("could not prepare %1: %2")
                     .arg(sql, QString::fromUtf8(sqlite3_errmsg(db)));
        return false;
    }
    return true;
}

int BareStatement::run(const QVariantHash &values, QString *error)
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    for (int index = 1; index <= sqlite3_bind_parameter_count(m_statement); ++index) {
        const char *name = sqlite3_bind_parameter_name(m_statement, index);
        const QString key = name ? QString::fromUtf8(name) : QStringLiteral("?%1").arg(index);
        if (!values.contains(key)) {
            *error = QStringLiteral("no value for the parameter %1").arg(key);
            return -1;
        }
        const QVariant value = values.value(key);
        int result = SQLITE_OK;
        if (value.typeId() == QMetaType::QString) {
            const QByteArray text = value.toString().toUtf8();
            result = sqlite3_bind_text(m_statement, index, text.constData(), int(text.size()),
                                       SQLITE_TRANSIENT);
        } else {
            result = sqlite3_bind_int64(m_statement, index, value.toLongLong());
        }
        if (result != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return -1;
        }
    }

    int rows = 0;
    const int columns = sqlite3_column_count(m_statement);
    int result = SQLITE_ROW;
    while ((result = sqlite3_step(m_statement)) == SQLITE_ROW) {
        ++rows;
        m_firstValue = sqlite3_column_int64(m_statement, 0);
        for (int column = 1; column < columns; ++column)
            sqlite3_column_text(m_statement, column);
    }
    if (result != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return -1;
    }
    sqlite3_reset(m_statement);
    return rows;
}
