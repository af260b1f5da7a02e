#include "integritymismatch.h"

#include "money.h"

namespace {

// Returns the translated clause naming what a stored total sums.
QString storedTotalSource(const QString &table, const QString &column)
{
    if (table == QLatin1String("charges") || table == QLatin1String("installments"))
        return IntegrityMismatch::tr("its posted payments add up to %1");
    if (column == QLatin1String("lines_total_minor"))
        return IntegrityMismatch::tr("its bill lines add up to %1");
    if (column == QLatin1String("charges_total_minor"))
        return IntegrityMismatch::tr("its posted charges add up to %1");
    if (table == QLatin1String("bills"))
        return IntegrityMismatch::tr("the posted payments on it add up to %1");
    return IntegrityMismatch::tr("its bill lines and posted charges less its posted payments "
                                 "come to %1");
}

} // namespace

QString IntegrityMismatch::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::AuditHash:
        return QStringLiteral("audit_hash");
    case Kind::AuditLink:
        return QStringLiteral("audit_link");
    case Kind::ChainHead:
        return QStringLiteral("chain_head");
    case Kind::AuditMissing:
        return QStringLiteral("audit_missing");
    case Kind::AuditExtra:
        return QStringLiteral("audit_extra");
    case Kind::AuditedValue:
        return QStringLiteral("audited_value");
    case Kind::RowMissing:
        return QStringLiteral("row_missing");
    case Kind::StoredTotal:
        return QStringLiteral("stored_total");
    }
    return QString();
}

QString IntegrityMismatch::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::AuditHash:
        return tr("Audit record changed");
    case Kind::AuditLink:
        return tr("Audit chain broken");
    case Kind::ChainHead:
        return tr("Audit chain end changed");
    case Kind::AuditMissing:
        return tr("Audit record missing");
    case Kind::AuditExtra:
        return tr("Extra audit record");
    case Kind::AuditedValue:
        return tr("Differs from audit record");
    case Kind::RowMissing:
        return tr("Row deleted");
    case Kind::StoredTotal:
        return tr("Stored total wrong");
    }
    return QString();
}

QString IntegrityMismatch::rowLabel() const
{
    if (!rowName.isEmpty() && table == QLatin1String("customers"))
        return tr("Customer %1 (%2)").arg(QString::number(rowId), rowName);
    if (!rowName.isEmpty() && table == QLatin1String("bills"))
        return tr("Bill %1 (%2)").arg(QString::number(rowId), rowName);
    if (table == QLatin1String("audit_log"))
        return tr("Audit record %1").arg(rowId);
    if (table == QLatin1String("charges"))
        return tr("Charge %1").arg(rowId);
    if (table == QLatin1String("payments"))
        return tr("Payment %1").arg(rowId);
    if (table == QLatin1String("bills"))
        return tr("Bill %1").arg(rowId);
    if (table == QLatin1String("customers"))
        return tr("Customer %1").arg(rowId);
    if (table == QLatin1String("installments"))
        return tr("Installment %1").arg(rowId);
    if (table == QLatin1String("audit_chain_head"))
        return tr("Audit chain head");
    return QStringLiteral("%1 %2").arg(table).arg(rowId);
}

QString IntegrityMismatch::displayValue(const QString &value) const
{
    if (!currency.isEmpty()) {
        bool ok = false;
        const qint64 minorUnits = value.toLongLong(&ok);
        if (ok)
            return Money(minorUnits, currency).format();
    }
    if (value.isEmpty() && column.endsWith(QLatin1String("_id")))
        return QStringLiteral("NULL");
    return value;
}

QString IntegrityMismatch::description() const
{
    // One arg() call per sentence, because a stored value may itself
    // contain "%1", which a second arg() call would replace.
    const QString row = rowLabel();
    const QString audit = QString::number(auditId);
    switch (kind) {
    case Kind::AuditHash:
        return tr("%1 was changed after it was written: its stored hash is %2, but its "
                  "content hashes to %3.")
            .arg(row, stored, expected);
    case Kind::AuditLink:
        if (previousAuditId == 0) {
            return tr("%1 is the first audit record but links to %2 instead of the genesis "
                      "hash %3: records before it were deleted.")
                .arg(row, stored, expected);
        }
        if (previousAuditId + 2 == rowId) {
            return tr("%1 links to %2, but the record before it is audit record %3 with the "
                      "hash %4: audit record %5 was deleted.")
                .arg(row, stored, QString::number(previousAuditId), expected,
                     QString::number(previousAuditId + 1));
        }
        if (previousAuditId + 1 < rowId) {
            return tr("%1 links to %2, but the record before it is audit record %3 with the "
                      "hash %4: audit records %5 to %6 were deleted.")
                .arg(row, stored, QString::number(previousAuditId), expected,
                     QString::number(previousAuditId + 1), QString::number(rowId - 1));
        }
        return tr("%1 links to %2, but the record before it, audit record %3, has the hash "
                  "%4: a record between them was deleted, or audit record %3 was replaced.")
            .arg(row, stored, QString::number(previousAuditId), expected);
    case Kind::ChainHead:
        return tr("The audit chain head stores %1 %2, but the last audit record gives %3: "
                  "records at the end of the log were deleted, or the head was changed.")
            .arg(column, stored, expected);
    case Kind::AuditMissing:
        return tr("%1 has no “%2” audit record: the row was written or changed outside "
                  "ChargeDesk.")
            .arg(row, column);
    case Kind::AuditExtra:
        return tr("%1 has more than one “%2” audit record; audit record %3 is extra.")
            .arg(row, column, audit);
    case Kind::AuditedValue:
        return tr("%1: %2 is “%3”, but audit record %4 has “%5”. The row was changed after "
                  "it was written.")
            .arg(row, column, displayValue(stored), audit, displayValue(expected));
    case Kind::RowMissing:
        return tr("Audit record %1 (“%2”) names %3, which does not exist: the row was "
                  "deleted.")
            .arg(audit, column, row);
    case Kind::StoredTotal:
        return tr("%1: %2 stores %3, but %4.")
            .arg(row, column, displayValue(stored),
                 storedTotalSource(table, column).arg(displayValue(expected)));
    }
    return QString();
}
