#pragma once

#include <QCoreApplication>
#include <QString>

// One disagreement that the integrity check found: which row, which column,
// what is stored and what the check expected instead.
struct IntegrityMismatch
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityMismatch)

public:
    enum class Kind {
        // An audit record's record_hash differs from the hash of its content.
        AuditHash,
        // An audit record's prev_hash differs from the record_hash of the
        // record before it (or the genesis hash for the first record).
        AuditLink,
        // The chain head does not name the last audit record and its hash.
        ChainHead,
        // A charge or payment lacks the audit record of its creation, or of
        // its void or reversal.
        AuditMissing,
        // A charge or payment has more than one audit record of one action.
        AuditExtra,
        // A column of a charge or payment differs from its audit record.
        AuditedValue,
        // An audit record names a charge or payment that does not exist.
        RowMissing,
        // A stored total differs from the sum of the rows it follows.
        StoredTotal,
    };

    Kind kind = Kind::StoredTotal;

    // The table and id of the row found wrong: "audit_log", "charges",
    // "payments", "bills", "customers", "installments" or
    // "audit_chain_head".
    QString table;
    qint64 rowId = 0;

    // The name people know the row by: a customer's code or a bill's
    // number. Empty for other tables.
    QString rowName;

    // The column compared, e.g. "amount_minor" or "record_hash", or the
    // audit action missing or extra, e.g. "charge.void".
    QString column;

    // The value as stored and the value the check expected: the recomputed
    // sum, the audited value or the computed hash. Database values as text,
    // so amount columns (*_minor) are in minor units; SQL NULL is empty.
    QString stored;
    QString expected;

    // The currency of an amount column, for formatting; empty otherwise.
    QString currency;

    // The audit record compared with or found wrong, 0 when none.
    qint64 auditId = 0;

    // The id of the record before auditId in the chain, for AuditLink.
    qint64 previousAuditId = 0;

    // Returns the code of kind for files, e.g. "audit_hash".
    static QString kindCode(Kind kind);

    // Returns the translated name of kind for people, e.g. "Audit record
    // changed".
    static QString kindLabel(Kind kind);

    // Returns the translated name of the row, e.g. "Charge 17" or "Customer
    // 3 (ALFKI)".
    QString rowLabel() const;

    // Returns one translated sentence that names the row, the column, both
    // values and what the difference means.
    QString description() const;

    // Returns value for people: an amount formatted with the currency when
    // currency is set, "NULL" for an empty value of an id column, value
    // otherwise.
    QString displayValue(const QString &value) const;
};
