#include "auditlog.h"

#include "auditchain.h"
#include "auditrecord.h"
#include "compactjson.h"
#include "logging.h"
#include "sqlstatement.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// The audit_log columns in the order of canonical serialisation, then the
// record's own hash.
const QStringList Columns = {
    QStringLiteral("id"),        QStringLiteral("occurred_at"), QStringLiteral("actor"),
    QStringLiteral("action"),    QStringLiteral("entity"),      QStringLiteral("entity_id"),
    QStringLiteral("details"),   QStringLiteral("note"),        QStringLiteral("prev_hash"),
    QStringLiteral("record_hash"),
};

// Returns the message for an insert the database rejected.
QString insertFailure(const QString &databaseError)
{
    // The id is taken when the log was changed around this class, for
    // instance a record inserted below the head, and the insert fails on
    // the primary key.
    return AuditLog::tr("%1. The audit log may have been changed outside ChargeDesk: check it "
                        "with Reports ▸ Check Data Integrity or “chargedesk-cli verify”.")
        .arg(databaseError);
}

// Audit records per INSERT of appendAll().
constexpr qsizetype RowsPerStatement = 100;

} // namespace

bool AuditLog::append(const QString &actor, const QString &action, const QString &entity,
                      qint64 entityId, const QVariantMap &details, const QString &note,
                      QString *error)
{
    return inTransaction(action, entity, entityId, error, [&] {
        return appendLinked(actor, action, entity, entityId, details, note, error);
    });
}

bool AuditLog::appendAll(const QString &actor, const QString &action, const QString &entity,
                         const QList<Entry> &entries, const QString &note, QString *error)
{
    if (entries.isEmpty())
        return true;
    return inTransaction(action, entity, entries.constFirst().entityId, error, [&] {
        return appendAllLinked(actor, action, entity, entries, note, error);
    });
}

bool AuditLog::inTransaction(const QString &action, const QString &entity, qint64 entityId,
                             QString *error, const std::function<bool()> &write)
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

    bool ok = write();
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

std::optional<AuditChainHead::Position> AuditLog::lockTip(QString *error)
{
    AuditChainHead head(m_db);
    const auto locked = head.lock(error);
    if (!locked)
        return std::nullopt;
    return head.tip(*locked, error);
}

void AuditLog::moveHeadOnCommit()
{
    Transaction::addCommitStep(m_db.connectionName(), QStringLiteral("audit chain head"),
                               [](QSqlDatabase db, QString *stepError) {
                                   return AuditChainHead(std::move(db)).catchUp(stepError);
                               });
}

bool AuditLog::appendLinked(const QString &actor, const QString &action, const QString &entity,
                            qint64 entityId, const QVariantMap &details, const QString &note,
                            QString *error)
{
    const auto position = lockTip(error);
    if (!position)
        return false;

    AuditRecord record;
    record.id = position->lastId + 1;
    record.occurredAt = utcTimestampNow();
    record.actor = actor;
    record.action = action;
    record.entity = entity;
    record.entityId = entityId;
    record.details = CompactJson::fromVariantMap(details);
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
        *error = insertFailure(query.lastError().text());
        return false;
    }

    moveHeadOnCommit();
    return true;
}

bool AuditLog::appendAllLinked(const QString &actor, const QString &action,
                               const QString &entity, const QList<Entry> &entries,
                               const QString &note, QString *error)
{
    const auto position = lockTip(error);
    if (!position)
        return false;

    // Each record links to the one before it, so the hashes are computed
    // in order, and the rows are inserted RowsPerStatement at a time.
    AuditRecord record;
    record.id = position->lastId;
    record.occurredAt = utcTimestampNow();
    record.actor = actor;
    record.action = action;
    record.entity = entity;
    record.note = notNull(note);
    record.recordHash = position->lastHash;
    QVariantList values;
    values.reserve(RowsPerStatement * Columns.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &entry = entries.at(i);
        ++record.id;
        record.entityId = entry.entityId;
        record.details = CompactJson::fromVariantMap(entry.details);
        record.prevHash = record.recordHash;
        record.recordHash = AuditChain::recordHash(record);
        values << record.id << record.occurredAt << record.actor << record.action
               << record.entity << record.entityId << record.details << record.note
               << record.prevHash << record.recordHash;
        const bool last = i + 1 == entries.size();
        if (values.size() == RowsPerStatement * Columns.size() || last) {
            if (!insertRows(values, error))
                return false;
            values.clear();
        }
    }

    moveHeadOnCommit();
    return true;
}

bool AuditLog::insertRows(const QVariantList &values, QString *error)
{
    // The statement comes from the statement cache, so that an import
    // compiles it once. Compiling takes SQLite time growing with the square
    // of the number of placeholders, because Qt 6.4 passes them as named
    // ones: about 28 million instructions for 100 rows, as callgrind counts.
    const qsizetype rows = values.size() / Columns.size();
    QStringList marks;
    marks.fill(QStringLiteral("?"), Columns.size());
    QStringList rowMarks;
    rowMarks.fill(QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')'), rows);
    SqlStatement statement(m_db, QStringLiteral("INSERT INTO audit_log (%1) VALUES %2")
                                     .arg(Columns.join(QStringLiteral(", ")),
                                          rowMarks.join(QStringLiteral(", "))));
    QSqlQuery &query = *statement;
    if (!statement.isPrepared()) {
        *error = query.lastError().text();
        return false;
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec()) {
        *error = insertFailure(query.lastError().text());
        return false;
    }
    return true;
}
