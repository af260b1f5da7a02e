#include "barechargewriter.h"

#include "auditchain.h"
#include "auditrecord.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace {

// Binds text to the parameter named name of statement.
void bindText(sqlite3_stmt *statement, const char *name, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    sqlite3_bind_text(statement, sqlite3_bind_parameter_index(statement, name),
                      bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
}

void bindInt(sqlite3_stmt *statement, const char *name, qint64 value)
{
    sqlite3_bind_int64(statement, sqlite3_bind_parameter_index(statement, name), value);
}

QString columnText(sqlite3_stmt *statement, int column)
{
    return QString::fromUtf8(
        reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
        sqlite3_column_bytes(statement, column));
}

const char *const LiveStatuses = "status IN ('posted', 'pending') AND request_key <> :key ";

} // namespace

BareChargeWriter::~BareChargeWriter()
{
    for (sqlite3_stmt *statement : m_statements)
        sqlite3_finalize(statement);
    if (m_db)
        sqlite3_close(m_db);
}

bool BareChargeWriter::open(const QString &path, QString *error)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK) {
        *error = lastError();
        return false;
    }
    sqlite3_busy_timeout(m_db, 5000);
    const char *settings = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                           "PRAGMA foreign_keys = ON;";
    if (sqlite3_exec(m_db, settings, nullptr, nullptr, nullptr) != SQLITE_OK) {
        *error = lastError();
        return false;
    }

    const QByteArray live(LiveStatuses);
    const QByteArray exact = "SELECT id FROM charges WHERE " + live
        + "AND customer_id = :customer AND fee_type_code = :fee_type "
          "AND amount_minor = :amount AND due_date = :due AND bill_id = :bill";
    const QByteArray near = "SELECT id FROM charges WHERE " + live
        + "AND customer_id = :customer AND amount_minor = :amount "
          "AND due_date BETWEEN :from AND :to";
    const QByteArray sameBill = "SELECT id FROM charges WHERE " + live
        + "AND bill_id = :bill AND fee_type_code = :fee_type";
    return prepare(Begin, "BEGIN IMMEDIATE", error) && prepare(Commit, "COMMIT", error)
        && prepare(Rollback, "ROLLBACK", error)
        && prepare(ExactDuplicates, exact.constData(), error)
        && prepare(NearDuplicates, near.constData(), error)
        && prepare(BillDuplicates, sameBill.constData(), error)
        && prepare(InsertCharge,
                   "INSERT INTO charges (request_key, customer_id, bill_id, fee_type_code, "
                   "amount_minor, currency, reason_code, note, payment_method_code, due_date, "
                   "status, duplicate_ack_note, created_by, created_at) VALUES (:key, "
                   ":customer, :bill, :fee_type, :amount, :currency, :reason, '', :method, "
                   ":due, 'posted', '', :actor, :at)",
                   error)
        && prepare(ChainHead, "SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1",
                   error)
        && prepare(InsertAudit,
                   "INSERT INTO audit_log (id, occurred_at, actor, action, entity, entity_id, "
                   "details, note, prev_hash, record_hash) VALUES (:id, :at, :actor, "
                   "'charge.add', 'charge', :entity_id, :details, '', :prev, :hash)",
                   error)
        && prepare(MoveChainHead,
                   "UPDATE audit_chain_head SET last_id = :id, last_hash = :hash WHERE id = 1",
                   error)
        && prepare(RaiseBill,
                   "UPDATE bills SET charges_total_minor = charges_total_minor + :delta "
                   "WHERE id = :id",
                   error)
        && prepare(RaiseCustomer,
                   "UPDATE customers SET balance_minor = balance_minor + :delta WHERE id = :id",
                   error);
}

bool BareChargeWriter::commit(const Charge &charge, qint64 *chargeId, QString *error)
{
    if (!run(Begin, error))
        return false;
    if (write(charge, chargeId, error) && run(Commit, error))
        return true;
    QString ignored;
    run(Rollback, &ignored);
    return false;
}

bool BareChargeWriter::write(const Charge &charge, qint64 *chargeId, QString *error)
{
    const QDate due = QDate::fromString(charge.dueDate, Qt::ISODate);
    int rows = 0;

    sqlite3_stmt *exact = m_statements[ExactDuplicates];
    bindText(exact, ":key", charge.requestKey);
    bindInt(exact, ":customer", charge.customerId);
    bindText(exact, ":fee_type", charge.feeTypeCode);
    bindInt(exact, ":amount", charge.amountMinor);
    bindText(exact, ":due", charge.dueDate);
    bindInt(exact, ":bill", charge.billId);
    if (!countRows(ExactDuplicates, &rows, error))
        return false;
    if (rows > 0) {
        *error = QStringLiteral("an exact duplicate exists");
        return false;
    }

    sqlite3_stmt *near = m_statements[NearDuplicates];
    bindText(near, ":key", charge.requestKey);
    bindInt(near, ":customer", charge.customerId);
    bindInt(near, ":amount", charge.amountMinor);
    bindText(near, ":from", due.addDays(-30).toString(Qt::ISODate));
    bindText(near, ":to", due.addDays(30).toString(Qt::ISODate));
    if (!countRows(NearDuplicates, &rows, error))
        return false;
    int found = rows;

    sqlite3_stmt *sameBill = m_statements[BillDuplicates];
    bindText(sameBill, ":key", charge.requestKey);
    bindInt(sameBill, ":bill", charge.billId);
    bindText(sameBill, ":fee_type", charge.feeTypeCode);
    if (!countRows(BillDuplicates, &rows, error))
        return false;
    found += rows;
    m_possibleDuplicates += found;

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    sqlite3_stmt *insert = m_statements[InsertCharge];
    bindText(insert, ":key", charge.requestKey);
    bindInt(insert, ":customer", charge.customerId);
    bindInt(insert, ":bill", charge.billId);
    bindText(insert, ":fee_type", charge.feeTypeCode);
    bindInt(insert, ":amount", charge.amountMinor);
    bindText(insert, ":currency", charge.currency);
    bindText(insert, ":reason", charge.reasonCode);
    bindText(insert, ":method", charge.paymentMethodCode);
    bindText(insert, ":due", charge.dueDate);
    bindText(insert, ":actor", charge.actor);
    bindText(insert, ":at", now);
    if (!run(InsertCharge, error))
        return false;
    *chargeId = sqlite3_last_insert_rowid(m_db);

    sqlite3_stmt *head = m_statements[ChainHead];
    if (sqlite3_step(head) != SQLITE_ROW) {
        *error = lastError();
        sqlite3_reset(head);
        return false;
    }
    AuditRecord record;
    record.id = sqlite3_column_int64(head, 0) + 1;
    record.prevHash = columnText(head, 1);
    sqlite3_reset(head);
    record.occurredAt = now;
    record.actor = charge.actor;
    record.action = QStringLiteral("charge.add");
    record.entity = QStringLiteral("charge");
    record.entityId = *chargeId;
    const QJsonObject details = {
        {QStringLiteral("request_key"), charge.requestKey},
        {QStringLiteral("customer_id"), charge.customerId},
        {QStringLiteral("bill_id"), charge.billId},
        {QStringLiteral("amount_minor"), charge.amountMinor},
        {QStringLiteral("currency"), charge.currency},
        {QStringLiteral("created_at"), now},
    };
    record.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    record.recordHash = AuditChain::recordHash(record);

    sqlite3_stmt *audit = m_statements[InsertAudit];
    bindInt(audit, ":id", record.id);
    bindText(audit, ":at", record.occurredAt);
    bindText(audit, ":actor", record.actor);
    bindInt(audit, ":entity_id", record.entityId);
    bindText(audit, ":details", record.details);
    bindText(audit, ":prev", record.prevHash);
    bindText(audit, ":hash", record.recordHash);
    if (!run(InsertAudit, error))
        return false;

    sqlite3_stmt *move = m_statements[MoveChainHead];
    bindInt(move, ":id", record.id);
    bindText(move, ":hash", record.recordHash);
    if (!run(MoveChainHead, error))
        return false;

    bindInt(m_statements[RaiseBill], ":delta", charge.amountMinor);
    bindInt(m_statements[RaiseBill], ":id", charge.billId);
    bindInt(m_statements[RaiseCustomer], ":delta", charge.amountMinor);
    bindInt(m_statements[RaiseCustomer], ":id", charge.customerId);
    return run(RaiseBill, error) && run(RaiseCustomer, error);
}

bool BareChargeWriter::prepare(Statement which, const char *sql, QString *error)
{
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statements[which],
                           nullptr)
        == SQLITE_OK) {
        return true;
    }
    *error = QStringLiteral("%1: %2").arg(lastError(), QString::fromUtf8(sql));
    return false;
}

bool BareChargeWriter::run(Statement which, QString *error)
{
    sqlite3_stmt *statement = m_statements[which];
    const int status = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (status == SQLITE_DONE)
        return true;
    *error = lastError();
    return false;
}

bool BareChargeWriter::countRows(Statement which, int *rows, QString *error)
{
    sqlite3_stmt *statement = m_statements[which];
    *rows = 0;
    int status = SQLITE_ROW;
    while ((status = sqlite3_step(statement)) == SQLITE_ROW)
        ++*rows;
    sqlite3_reset(statement);
    if (status == SQLITE_DONE)
        return true;
    *error = lastError();
    return false;
}

QString BareChargeWriter::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
}
