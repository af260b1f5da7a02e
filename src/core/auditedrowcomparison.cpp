#include "auditedrowcomparison.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

using Kind = IntegrityMismatch::Kind;
using Type = AuditedColumn::Type;

// Returns a row value as text: integers in decimal, SQL NULL empty.
QString rowText(const QVariant &value, Type type)
{
    if (value.isNull())
        return QString();
    return type == Type::Text ? value.toString() : QString::number(value.toLongLong());
}

// Returns a details value as text in the same form as rowText().
QString detailText(const QJsonValue &value, Type type)
{
    if (value.isNull() || value.isUndefined())
        return QString();
    if (type != Type::Text && value.isDouble())
        return QString::number(value.toInteger());
    return value.toVariant().toString();
}

// A column value that a status change wrote, and its record.
struct ChangedValue
{
    QString value;
    qint64 auditId = 0;
};

} // namespace

void AuditedRowComparison::run()
{
    QString initialStatus = QLatin1String(m_table.initialStatus);
    if (m_row.creations.isEmpty())
        add(Kind::AuditMissing, QLatin1String(m_table.createAction), 0);
    else
        initialStatus = compareCreation(m_row.creations.constFirst());
    for (qsizetype i = 1; i < m_row.creations.size(); ++i)
        add(Kind::AuditExtra, QLatin1String(m_table.createAction), m_row.creations.at(i).id);

    compareChanges(initialStatus);
}

QString AuditedRowComparison::compareCreation(const AuditEntry &creation)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(creation.details.toUtf8(),
                                                           &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        addValue(QStringLiteral("details"), QString(), creation.details, creation.id);
        return QLatin1String(m_table.initialStatus);
    }

    const QJsonObject details = document.object();
    for (const AuditedColumn &column : m_table.columns) {
        const QString name = QLatin1String(column.name);
        if (column.optional && !details.contains(name))
            continue;
        const QString stored = rowText(m_row.values.value(name), column.type);
        const QString audited = detailText(details.value(name), column.type);
        if (stored != audited) {
            IntegrityMismatch &mismatch = addValue(name, stored, audited, creation.id);
            if (column.type == Type::Amount)
                mismatch.currency = m_row.currency;
        }
    }
    if (m_row.createdBy != creation.actor)
        addValue(QStringLiteral("created_by"), m_row.createdBy, creation.actor, creation.id);
    if (m_row.createNote != creation.note) {
        addValue(QLatin1String(m_table.createNote), m_row.createNote, creation.note,
                 creation.id);
    }

    // Records written before schema version 3 hold no status.
    const QString status = details.value(QStringLiteral("status")).toString();
    return status.isEmpty() ? QString::fromLatin1(m_table.initialStatus) : status;
}

void AuditedRowComparison::compareChanges(const QString &initialStatus)
{
    // Each action happens once; a later change of a column overrides an
    // earlier one.
    QString expectedStatus = initialStatus;
    qint64 statusAuditId = m_row.creations.isEmpty() ? 0 : m_row.creations.constFirst().id;
    QHash<QString, ChangedValue> changedValues;
    QSet<QString> actions;
    for (const AuditEntry &entry : m_row.changes) {
        const AuditedStatusChange *change = m_table.change(entry.action);
        if (!change)
            continue;
        if (actions.contains(entry.action)) {
            add(Kind::AuditExtra, entry.action, entry.id);
            continue;
        }
        actions.insert(entry.action);
        expectedStatus = QLatin1String(change->status);
        statusAuditId = entry.id;

        changedValues.insert(QLatin1String(change->byColumn), {entry.actor, entry.id});
        if (change->reasonColumn)
            changedValues.insert(QLatin1String(change->reasonColumn), {entry.note, entry.id});
        // Records written before schema version 3 lack the time.
        const QJsonObject details = QJsonDocument::fromJson(entry.details.toUtf8()).object();
        const QString atKey = QLatin1String(change->atColumn);
        if (details.contains(atKey))
            changedValues.insert(atKey, {details.value(atKey).toString(), entry.id});
    }

    if (m_row.status != expectedStatus) {
        // A row still in its first status according to the log, but changed
        // in the table, lacks the record of that change.
        const AuditedStatusChange *missing = m_table.changeTo(m_row.status);
        if (expectedStatus == initialStatus && missing
            && !actions.contains(QLatin1String(missing->action))) {
            add(Kind::AuditMissing, QLatin1String(missing->action), 0);
        } else {
            addValue(QStringLiteral("status"), m_row.status, expectedStatus, statusAuditId);
        }
        return;
    }

    for (const QString &column : m_table.changeColumns()) {
        const auto found = changedValues.constFind(column);
        if (found == changedValues.cend())
            continue;
        const QString stored = rowText(m_row.values.value(column), Type::Text);
        if (stored != found->value)
            addValue(column, stored, found->value, found->auditId);
    }
}

IntegrityMismatch &AuditedRowComparison::add(Kind kind, const QString &column, qint64 auditId)
{
    IntegrityMismatch mismatch;
    mismatch.kind = kind;
    mismatch.table = QLatin1String(m_table.table);
    mismatch.rowId = m_row.id;
    mismatch.column = column;
    mismatch.auditId = auditId;
    m_result->mismatches << mismatch;
    return m_result->mismatches.last();
}

IntegrityMismatch &AuditedRowComparison::addValue(const QString &column, const QString &stored,
                                                  const QString &audited, qint64 auditId)
{
    IntegrityMismatch &mismatch = add(Kind::AuditedValue, column, auditId);
    mismatch.stored = stored;
    mismatch.expected = audited;
    return mismatch;
}
