#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

// Appends records to audit_log. Database triggers reject any change to or
// deletion of a record once written. Call inside the transaction of the
// write being audited, so that both are written or neither.
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db) : m_db(std::move(db)) {}

    // Appends one record. details are stored as a JSON object. Returns
    // false and sets *error when the insert fails.
    bool append(const QString &actor, const QString &action, const QString &entity,
                qint64 entityId, const QVariantMap &details, const QString &note,
                QString *error);

private:
    QSqlDatabase m_db;
};
