#include "auditchain.h"

#include <QCryptographicHash>

namespace {

// Appends "name:<length>:value\n" to bytes.
void appendField(QByteArray *bytes, const char *name, const QByteArray &value)
{
    bytes->append(name);
    bytes->append(':');
    bytes->append(QByteArray::number(value.size()));
    bytes->append(':');
    bytes->append(value);
    bytes->append('\n');
}

} // namespace

QString AuditChain::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray AuditChain::canonicalBytes(const AuditRecord &record)
{
    QByteArray bytes("chargedesk-audit-v1\n");
    appendField(&bytes, "id", QByteArray::number(record.id));
    appendField(&bytes, "occurred_at", record.occurredAt.toUtf8());
    appendField(&bytes, "actor", record.actor.toUtf8());
    appendField(&bytes, "action", record.action.toUtf8());
    appendField(&bytes, "entity", record.entity.toUtf8());
    appendField(&bytes, "entity_id", QByteArray::number(record.entityId));
    appendField(&bytes, "details", record.details.toUtf8());
    appendField(&bytes, "note", record.note.toUtf8());
    appendField(&bytes, "prev_hash", record.prevHash.toUtf8());
    return bytes;
}

QString AuditChain::recordHash(const AuditRecord &record)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalBytes(record), QCryptographicHash::Sha256).toHex());
}

bool AuditChain::isHash(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        const bool letter = c >= QLatin1Char('a') && c <= QLatin1Char('f');
        if (!digit && !letter)
            return false;
    }
    return true;
}
