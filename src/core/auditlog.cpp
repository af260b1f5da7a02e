#include "auditlog.h"

#include "logging.h"
#include "sqlstatement.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

bool AuditLog::append(const QString &actor, const QString &action, const QString &entity,
                      qint64 entityId, const QVariantMap &details, const QString &note,
                      QString *error)
{
    SqlStatement statement(m_db, QStringLiteral(
        "INSERT INTO audit_log (occurred_at, actor, action, entity, entity_id, details, note) "
        "VALUES (:occurred_at, :actor, :action, :entity, :entity_id, :details, :note)"));
    QSqlQuery &query = *statement;
    if (statement.isPrepared()) {
        const QByteArray json =
            QJsonDocument(QJsonObject::fromVariantMap(details)).toJson(QJsonDocument::Compact);
        query.bindValue(QStringLiteral(":occurred_at"),
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        query.bindValue(QStringLiteral(":actor"), actor);
        query.bindValue(QStringLiteral(":action"), action);
        query.bindValue(QStringLiteral(":entity"), entity);
        query.bindValue(QStringLiteral(":entity_id"), entityId);
        query.bindValue(QStringLiteral(":details"), QString::fromUtf8(json));
        // A null QString would bind as SQL NULL, which the column rejects.
        query.bindValue(QStringLiteral(":note"), note.isNull() ? QString(QLatin1String("")) : note);
        if (query.exec())
            return true;
    }
    *error = query.lastError().text();
    qCWarning(lcService) << "Audit record" << action << entity << entityId
                         << "failed:" << query.lastError().text();
    return false;
}
