#include "auditrecord.h"

#include <QSqlQuery>
#include <QVariant>

AuditRecord AuditRecord::fromQuery(const QSqlQuery &query)
{
    AuditRecord record;
    record.id = query.value(QStringLiteral("id")).toLongLong();
    record.occurredAt = query.value(QStringLiteral("occurred_at")).toString();
    record.actor = query.value(QStringLiteral("actor")).toString();
    record.action = query.value(QStringLiteral("action")).toString();
    record.entity = query.value(QStringLiteral("entity")).toString();
    record.entityId = query.value(QStringLiteral("entity_id")).toLongLong();
    record.details = query.value(QStringLiteral("details")).toString();
    record.note = query.value(QStringLiteral("note")).toString();
    record.prevHash = query.value(QStringLiteral("prev_hash")).toString();
    record.recordHash = query.value(QStringLiteral("record_hash")).toString();
    return record;
}
