#include "auditchainmigration.h"

#include "auditchain.h"
#include "auditchainhead.h"
#include "logging.h"

#include <QList>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Reads up to AuditChainMigration::BatchSize records with an id above
// afterId, in id order.
bool readBatch(QSqlQuery &select, qint64 afterId, QList<AuditRecord> *batch, QString *error)
{
    batch->clear();
    select.bindValue(QStringLiteral(":after_id"), afterId);
    select.bindValue(QStringLiteral(":batch_size"), AuditChainMigration::BatchSize);
    if (!select.exec()) {
        *error = select.lastError().text();
        return false;
    }
    while (select.next())
        batch->append(AuditRecord::fromQuery(select));
    if (select.lastError().isValid()) {
        *error = select.lastError().text();
        return false;
    }
    select.finish();
    return true;
}

} // namespace

bool AuditChainMigration::chainExistingRecords(QSqlDatabase db, QString *error)
{
    // LIMIT is not in the SQL standard, but SQLite and PostgreSQL both
    // accept it.
    QSqlQuery select(db);
    select.setForwardOnly(true);
    QSqlQuery update(db);
    if (!select.prepare(QStringLiteral(
            "SELECT id, occurred_at, actor, action, entity, entity_id, details, note, "
            "prev_hash, record_hash FROM audit_log WHERE id > :after_id ORDER BY id "
            "LIMIT :batch_size"))
        || !update.prepare(QStringLiteral(
            "UPDATE audit_log SET prev_hash = :prev_hash, record_hash = :record_hash "
            "WHERE id = :id"))) {
        *error = select.lastError().isValid() ? select.lastError().text()
                                              : update.lastError().text();
        return false;
    }

    qint64 lastId = 0;
    QString lastHash = AuditChain::genesisHash();
    qint64 chained = 0;
    QList<AuditRecord> batch;
    do {
        if (!readBatch(select, lastId, &batch, error))
            return false;

        for (AuditRecord &record : batch) {
            if (!record.recordHash.isEmpty() || !record.prevHash.isEmpty()) {
                *error = tr("audit record %1 has a chain hash already").arg(record.id);
                return false;
            }
            record.prevHash = lastHash;
            record.recordHash = AuditChain::recordHash(record);

            update.bindValue(QStringLiteral(":prev_hash"), record.prevHash);
            update.bindValue(QStringLiteral(":record_hash"), record.recordHash);
            update.bindValue(QStringLiteral(":id"), record.id);
            if (!update.exec() || update.numRowsAffected() != 1) {
                *error = tr("could not chain audit record %1: %2")
                             .arg(record.id)
                             .arg(update.lastError().text());
                return false;
            }
            lastId = record.id;
            lastHash = record.recordHash;
            ++chained;
        }
    } while (batch.size() == BatchSize);

    if (chained > 0 && !AuditChainHead(db).advance(lastId, lastHash, error))
        return false;
    qCInfo(lcDatabase) << "Chained" << chained << "existing audit records, last id" << lastId;
    return true;
}
