#include "repositoryquery.h"

#include "logging.h"
#include "sqlstatement.h"

#include <QSqlError>

bool execSelect(SqlStatement &query, const QVariantMap &values, const char *recordKind,
                QString *error)
{
    if (query.isPrepared()) {
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            query->bindValue(it.key(), it.value());
        if (query->exec())
            return true;
    }
    if (error)
        *error = query->lastError().text();
    qCWarning(lcDatabase) << recordKind << "query failed:" << query->lastError().text();
    return false;
}

QDateTime timestampFromColumn(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}
