#include "auditedinsert.h"

#include "auditlog.h"
#include "sqlstatement.h"
#include "sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

AuditedInsert::AuditedInsert(QSqlDatabase db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{}

bool AuditedInsert::exec(const QString &statement, const QVariantMap &values,
                         const QString &action, const QString &entity,
                         const QVariantMap &details, const QString &note, qint64 *rowId,
                         QString *error)
{
    SqlStatement prepared(m_db, statement);
    QSqlQuery &insert = *prepared;
    if (!prepared.isPrepared()) {
        *error = insert.lastError().text();
        return false;
    }

    const QString createdAt = utcTimestampNow();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        insert.bindValue(it.key(), it.value());
    insert.bindValue(QStringLiteral(":created_by"), m_actor);
    insert.bindValue(QStringLiteral(":created_at"), createdAt);
    if (!insert.exec()) {
        *error = insert.lastError().text();
        return false;
    }
    *rowId = insert.lastInsertId().toLongLong();

    // The record carries the row's timestamp, so an edit of created_at
    // shows as a difference from the audit log.
    QVariantMap recordDetails = details;
    recordDetails.insert(QStringLiteral("created_at"), createdAt);
    return AuditLog(m_db).append(m_actor, action, entity, *rowId, recordDetails, note, error);
}
