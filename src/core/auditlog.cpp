#include "auditlog.h"

#include "auditchain.h"
#include "auditchainhead.h"
#include "logging.h"
#include "sqlstatement.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

bool AuditLog::append(const QString &actor, const QString &action, const QString &entity,
                      qint64 entityId, const QVariantMap &details, const QString &note,
                      QString *error)
{
    // The head lock, the insert and the head's move must happen in one
    // transaction, or a second writer could link to the same head.
    std::optional<Transaction> own;
    if (Transaction::depth(m_db.connectionName()) == 0) {
        own.emplace(m_db);
        if (!own->begin()) {
            *error = own->error().text();
            qCWarning(lcService) << "Audit record" << action << entity << entityId
                                 << "failed to begin a transaction:" << *error;
            return false;
        }
    }

    bool ok = appendLinked(actor, action, entity, entityId, details, note, error);
    if (ok && own && !own->commit()) {
        *error = own->error().text();
        ok = false;
    }
    if (!ok) {
        qCWarning(lcService) << "Audit record" << action << entity << entityId
                             << "failed:" << *error;
    }
    return ok;
}

bool AuditLog::appendLinked(const QString &actor, const QString &action, const QString &entity,
                            qint64 entityId, const QVariantMap &details, const QString &note,
                            QString *error)
{
    AuditChainHead head(m_db);
    const auto locked = head.lock(error);
    if (!locked)
        return false;
    const auto position = head.tip(*locked, error);
    if (!position)
        return false;

    AuditRecord record;
    record.id = position->lastId + 1;
    record.occurredAt = utcTimestampNow();
    record.actor = actor;
    record.action = action;
    record.entity = entity;
    record.entityId = entityId;
    record.details = QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(details)).toJson(QJsonDocument::Compact));
    // A null QString would bind as SQL NULL, which the column rejects.
    record.note = notNull(note);
    record.prevHash = position->lastHash;
    record.recordHash = AuditChain::recordHash(record);

    SqlStatement statement(m_db, QStringLiteral(
        "INSERT INTO audit_log (id, occurred_at, actor, action, entity, entity_id, details, "
        "note, prev_hash, record_hash) "
        "VALUES (:id, :occurred_at, :actor, :action, :entity, :entity_id, :details, :note, "
        ":prev_hash, :record_hash)"));
    QSqlQuery &query = *statement;
    if (!statement.isPrepared()) {
        *error = query.lastError().text();
        return false;
    }
    query.bindValue(QStringLiteral(":id"), record.id);
    query.bindValue(QStringLiteral(":occurred_at"), record.occurredAt);
    query.bindValue(QStringLiteral(":actor"), record.actor);
    query.bindValue(QStringLiteral(":action"), record.action);
    query.bindValue(QStringLiteral(":entity"), record.entity);
    query.bindValue(QStringLiteral(":entity_id"), record.entityId);
    query.bindValue(QStringLiteral(":details"), record.details);
    query.bindValue(QStringLiteral(":note"), record.note);
    query.bindValue(QStringLiteral(":prev_hash"), record.prevHash);
    query.bindValue(QStringLiteral(":record_hash"), record.recordHash);
    if (!query.exec()) {
        // The id is taken when the log was changed around this class, for
        // instance a record inserted below the head, and the insert fails on
        // the primary key.
        *error = tr("%1. The audit log may have been changed outside ChargeDesk: check it "
                    "with Reports ▸ Check Data Integrity or “chargedesk-cli verify”.")
                     .arg(query.lastError().text());
        return false;
    }

    Transaction::addCommitStep(m_db.connectionName(), QStringLiteral("audit chain head"),
                               [](QSqlDatabase db, QString *stepError) {
                                   return AuditChainHead(std::move(db)).catchUp(stepError);
                               });
    return true;
}
