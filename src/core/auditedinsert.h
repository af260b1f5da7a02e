#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

// Inserts one row and appends its audit record, inside the caller's
// transaction so that both are written or neither.
class AuditedInsert
{
public:
    // actor is bound to :created_by and recorded as the author of the audit
    // record.
    AuditedInsert(QSqlDatabase db, QString actor);

    // Runs the INSERT statement with values bound by placeholder name, plus
    // :created_by (the actor) and :created_at (now, UTC). Then appends an
    // audit record of action on entity with the new row's id, details plus
    // created_at, and note. Sets *rowId to the new id. Returns false and sets *error when
    // the insert or the audit record fails.
    bool exec(const QString &statement, const QVariantMap &values, const QString &action,
              const QString &entity, const QVariantMap &details, const QString &note,
              qint64 *rowId, QString *error);

private:
    QSqlDatabase m_db;
    QString m_actor;
};
