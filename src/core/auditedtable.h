#pragma once

#include <QList>
#include <QStringList>

// A column of an audited table that the creation record's details hold
// under the same name.
struct AuditedColumn
{
    enum class Type {
        Text,
        Id,     // an integer key, NULL for none
        Amount, // minor units in the row's currency
    };

    const char *name;
    Type type = Type::Text;

    // Compared only when the record contains it, because records written by
    // older versions lack it: created_at before schema version 3, a
    // payment's duplicate_ack_note before version 5.
    bool optional = false;
};

// An audit action that changes a row's status, and the columns it writes.
struct AuditedStatusChange
{
    const char *action;       // e.g. "charge.void"
    const char *status;       // the status the row has afterwards
    const char *byColumn;     // set to the record's actor
    const char *atColumn;     // set to the details value of the same name, when present
    const char *reasonColumn; // set to the record's note, or nullptr when the change has none
};

// The audit rules of one table: the creation action with the columns its
// details contain, and the actions that change the status. Table and
// column names are literals, which the comparison puts into its SQL.
struct AuditedTable
{
    const char *table;
    const char *entity;
    const char *createAction;
    const char *createNote;    // the column equal to the creation record's note
    const char *initialStatus; // when the creation details hold no "status"
    QList<AuditedStatusChange> changes;
    QList<AuditedColumn> columns;

    // Returns the change that action makes, or nullptr.
    const AuditedStatusChange *change(const QString &action) const;

    // Returns the change that sets status, or nullptr.
    const AuditedStatusChange *changeTo(const QString &status) const;

    // Returns every column the status changes write, each once.
    QStringList changeColumns() const;

    // charges: charge.add, then charge.approve, charge.reject or
    // charge.void.
    static const AuditedTable &charges();

    // payments: payment.add, then payment.reverse.
    static const AuditedTable &payments();
};
