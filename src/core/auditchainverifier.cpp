#include "auditchainverifier.h"

#include "auditchain.h"
#include "auditchainhead.h"
#include "logging.h"

#include <QSqlError>
#include <QSqlQuery>

ReportQueryStatus AuditChainVerifier::run(IntegrityProgress &progress, IntegrityResult *result,
                                          QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral(
            "SELECT id, occurred_at, actor, action, entity, entity_id, details, note, "
            "prev_hash, record_hash FROM audit_log ORDER BY id"))
        || !query.exec()) {
        *error = tr("Could not read the audit log: %1").arg(query.lastError().text());
        qCWarning(lcDatabase) << "Audit chain check failed:" << query.lastError().text();
        return ReportQueryStatus::Failed;
    }

    qint64 previousId = 0;
    QString previousHash = AuditChain::genesisHash();
    while (query.next()) {
        const AuditRecord record = AuditRecord::fromQuery(query);
        ++result->auditRecords;

        if (record.prevHash != previousHash) {
            IntegrityMismatch mismatch;
            mismatch.kind = IntegrityMismatch::Kind::AuditLink;
            mismatch.table = QStringLiteral("audit_log");
            mismatch.rowId = record.id;
            mismatch.column = QStringLiteral("prev_hash");
            mismatch.stored = record.prevHash;
            mismatch.expected = previousHash;
            mismatch.auditId = record.id;
            mismatch.previousAuditId = previousId;
            result->mismatches << mismatch;
            result->noteBrokenAt(record.id);
        }

        // The hash covers the stored prev_hash, so a record whose link alone
        // was rewritten fails here too.
        const QString computed = AuditChain::recordHash(record);
        if (record.recordHash != computed) {
            IntegrityMismatch mismatch;
            mismatch.kind = IntegrityMismatch::Kind::AuditHash;
            mismatch.table = QStringLiteral("audit_log");
            mismatch.rowId = record.id;
            mismatch.column = QStringLiteral("record_hash");
            mismatch.stored = record.recordHash;
            mismatch.expected = computed;
            mismatch.auditId = record.id;
            result->mismatches << mismatch;
            result->noteBrokenAt(record.id);
        }

        previousId = record.id;
        previousHash = record.recordHash;
        if (!progress.next())
            return ReportQueryStatus::Canceled;
    }
    if (query.lastError().isValid()) {
        *error = tr("Could not read the audit log: %1").arg(query.lastError().text());
        qCWarning(lcDatabase) << "Audit chain check failed:" << query.lastError().text();
        return ReportQueryStatus::Failed;
    }
    query.finish();

    result->chainLastId = previousId;
    result->chainLastHash = previousHash;
    return checkHead(result, error) ? ReportQueryStatus::Completed : ReportQueryStatus::Failed;
}

bool AuditChainVerifier::checkHead(IntegrityResult *result, QString *error)
{
    QString headError;
    const auto head = AuditChainHead(m_db).read(&headError);
    if (!head) {
        *error = tr("Could not read the audit chain head: %1").arg(headError);
        qCWarning(lcDatabase) << "Audit chain head unreadable:" << headError;
        return false;
    }

    IntegrityMismatch mismatch;
    mismatch.kind = IntegrityMismatch::Kind::ChainHead;
    mismatch.table = QStringLiteral("audit_chain_head");
    mismatch.rowId = 1;
    if (head->lastId != result->chainLastId) {
        mismatch.column = QStringLiteral("last_id");
        mismatch.stored = QString::number(head->lastId);
        mismatch.expected = QString::number(result->chainLastId);
        result->mismatches << mismatch;
        result->noteBrokenAt(qMin(head->lastId, result->chainLastId) + 1);
    } else if (head->lastHash != result->chainLastHash) {
        mismatch.column = QStringLiteral("last_hash");
        mismatch.stored = head->lastHash;
        mismatch.expected = result->chainLastHash;
        mismatch.auditId = result->chainLastId;
        result->mismatches << mismatch;
        result->noteBrokenAt(qMax<qint64>(result->chainLastId, 1));
    }
    return true;
}
