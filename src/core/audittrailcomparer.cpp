#include "audittrailcomparer.h"

#include "auditedrowcomparison.h"
#include "logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <optional>

namespace {

// Returns the placeholders of the audited actions of table, ":action_0,
// :action_1, ...", the creation first.
QString actionPlaceholders(const AuditedTable &table)
{
    QStringList placeholders;
    for (qsizetype i = 0; i <= table.changes.size(); ++i)
        placeholders << QStringLiteral(":action_%1").arg(i);
    return placeholders.join(QStringLiteral(", "));
}

// Binds the entity and the audited actions of table to query.
void bindActions(QSqlQuery &query, const AuditedTable &table)
{
    query.bindValue(QStringLiteral(":entity"), QLatin1String(table.entity));
    query.bindValue(QStringLiteral(":action_0"), QLatin1String(table.createAction));
    for (qsizetype i = 0; i < table.changes.size(); ++i) {
        query.bindValue(QStringLiteral(":action_%1").arg(i + 1),
                        QLatin1String(table.changes.at(i).action));
    }
}

// Returns the names of the row columns that AuditedRow::values holds.
QStringList valueColumns(const AuditedTable &table)
{
    QStringList names;
    for (const AuditedColumn &column : table.columns)
        names << QLatin1String(column.name);
    return names + table.changeColumns();
}

// The SELECT of the rows of table joined with their audit records. Table
// and column names come from AuditedTable, never from input.
QString rowsStatement(const AuditedTable &table)
{
    QStringList columns = {
        QStringLiteral("r.id"),
        QStringLiteral("r.currency AS row_currency"),
        QStringLiteral("r.status"),
        QStringLiteral("r.created_by"),
        QStringLiteral("r.%1 AS create_note").arg(QLatin1String(table.createNote)),
    };
    for (const QString &name : valueColumns(table))
        columns << QStringLiteral("r.") + name;
    columns << QStringLiteral("a.id AS audit_id") << QStringLiteral("a.actor AS audit_actor")
            << QStringLiteral("a.action AS audit_action")
            << QStringLiteral("a.details AS audit_details")
            << QStringLiteral("a.note AS audit_note");

    return QStringLiteral("SELECT %1 FROM %2 r LEFT JOIN audit_log a ON a.entity = :entity "
                          "AND a.entity_id = r.id AND a.action IN (%3) ORDER BY r.id, a.id")
        .arg(columns.join(QStringLiteral(", ")), QLatin1String(table.table),
             actionPlaceholders(table));
}

// The positions of the columns of rowsStatement() in its result, looked up
// by name once per query instead of once per value.
struct RowColumns
{
    RowColumns(const AuditedTable &table, const QSqlRecord &record)
        : id(record.indexOf(QStringLiteral("id")))
        , currency(record.indexOf(QStringLiteral("row_currency")))
        , status(record.indexOf(QStringLiteral("status")))
        , createdBy(record.indexOf(QStringLiteral("created_by")))
        , createNote(record.indexOf(QStringLiteral("create_note")))
        , auditId(record.indexOf(QStringLiteral("audit_id")))
        , auditAction(record.indexOf(QStringLiteral("audit_action")))
        , auditActor(record.indexOf(QStringLiteral("audit_actor")))
        , auditDetails(record.indexOf(QStringLiteral("audit_details")))
        , auditNote(record.indexOf(QStringLiteral("audit_note")))
        , valueNames(valueColumns(table))
    {
        for (const QString &name : valueNames)
            values << record.indexOf(name);
    }

    int id;
    int currency;
    int status;
    int createdBy;
    int createNote;
    int auditId;
    int auditAction;
    int auditActor;
    int auditDetails;
    int auditNote;
    QStringList valueNames;
    QList<int> values; // by valueNames
};

AuditedRow readRow(const RowColumns &columns, const QSqlQuery &query)
{
    AuditedRow row;
    row.id = query.value(columns.id).toLongLong();
    row.currency = query.value(columns.currency).toString();
    row.status = query.value(columns.status).toString();
    row.createdBy = query.value(columns.createdBy).toString();
    row.createNote = query.value(columns.createNote).toString();
    for (qsizetype i = 0; i < columns.valueNames.size(); ++i)
        row.values.insert(columns.valueNames.at(i), query.value(columns.values.at(i)));
    return row;
}

AuditEntry readEntry(const RowColumns &columns, const QSqlQuery &query)
{
    AuditEntry entry;
    entry.id = query.value(columns.auditId).toLongLong();
    entry.action = query.value(columns.auditAction).toString();
    entry.actor = query.value(columns.auditActor).toString();
    entry.details = query.value(columns.auditDetails).toString();
    entry.note = query.value(columns.auditNote).toString();
    return entry;
}

} // namespace

ReportQueryStatus AuditTrailComparer::compareCharges(IntegrityProgress &progress,
                                                     IntegrityResult *result, QString *error)
{
    QString databaseError;
    const ReportQueryStatus status = compareRows(AuditedTable::charges(), progress,
                                                 &result->charges, result, &databaseError);
    if (status == ReportQueryStatus::Failed) {
        *error = tr("Could not compare the charges with their audit records: %1")
                     .arg(databaseError);
    }
    return status;
}

ReportQueryStatus AuditTrailComparer::comparePayments(IntegrityProgress &progress,
                                                      IntegrityResult *result, QString *error)
{
    QString databaseError;
    const ReportQueryStatus status = compareRows(AuditedTable::payments(), progress,
                                                 &result->payments, result, &databaseError);
    if (status == ReportQueryStatus::Failed) {
        *error = tr("Could not compare the payments with their audit records: %1")
                     .arg(databaseError);
    }
    return status;
}

ReportQueryStatus AuditTrailComparer::compareRows(const AuditedTable &table,
                                                  IntegrityProgress &progress,
                                                  qint64 *rowCount, IntegrityResult *result,
                                                  QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    bool ok = query.prepare(rowsStatement(table));
    if (ok) {
        bindActions(query, table);
        ok = query.exec();
    }

    // The join returns a row once per audit record, in row order, so a row
    // is compared when the next one begins.
    const RowColumns columns(table, query.record());
    std::optional<AuditedRow> current;
    const auto finishRow = [&] {
        AuditedRowComparison(table, *current, result).run();
        ++*rowCount;
        return progress.next();
    };
    while (ok && query.next()) {
        const qint64 id = query.value(columns.id).toLongLong();
        if (!current || current->id != id) {
            if (current && !finishRow())
                return ReportQueryStatus::Canceled;
            current = readRow(columns, query);
        }
        if (query.isNull(columns.auditId))
            continue;

        const AuditEntry entry = readEntry(columns, query);
        const bool creation = entry.action == QLatin1String(table.createAction);
        (creation ? current->creations : current->changes) << entry;
    }
    if (!ok || query.lastError().isValid()) {
        *error = query.lastError().text();
        qCWarning(lcDatabase) << "Audit comparison of" << table.table << "failed:" << *error;
        return ReportQueryStatus::Failed;
    }
    if (current && !finishRow())
        return ReportQueryStatus::Canceled;
    query.finish();

    return findDeletedRows(table, result, error) ? ReportQueryStatus::Completed
                                                 : ReportQueryStatus::Failed;
}

bool AuditTrailComparer::findDeletedRows(const AuditedTable &table, IntegrityResult *result,
                                         QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    bool ok = query.prepare(
        QStringLiteral("SELECT a.id, a.action, a.entity_id FROM audit_log a "
                       "WHERE a.entity = :entity AND a.action IN (%1) AND NOT EXISTS "
                       "(SELECT 1 FROM %2 r WHERE r.id = a.entity_id) ORDER BY a.id")
            .arg(actionPlaceholders(table), QLatin1String(table.table)));
    if (ok) {
        bindActions(query, table);
        ok = query.exec();
    }
    while (ok && query.next()) {
        IntegrityMismatch mismatch;
        mismatch.kind = IntegrityMismatch::Kind::RowMissing;
        mismatch.table = QLatin1String(table.table);
        mismatch.rowId = query.value(QStringLiteral("entity_id")).toLongLong();
        mismatch.column = query.value(QStringLiteral("action")).toString();
        mismatch.auditId = query.value(QStringLiteral("id")).toLongLong();
        result->mismatches << mismatch;
    }
    if (!ok || query.lastError().isValid()) {
        *error = query.lastError().text();
        qCWarning(lcDatabase) << "Search for deleted" << table.table << "failed:" << *error;
        return false;
    }
    return true;
}
