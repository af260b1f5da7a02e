#pragma once

#include "auditedtable.h"
#include "integrityresult.h"

#include <QList>
#include <QString>
#include <QVariantMap>

// One audit record of a row: its id, action, actor, details text and note.
struct AuditEntry
{
    qint64 id = 0;
    QString action;
    QString actor;
    QString details;
    QString note;
};

// One charge or payment row with its audit records, in id order.
struct AuditedRow
{
    qint64 id = 0;
    QString currency;
    QString status;
    QString createdBy;
    QString createNote;
    QVariantMap values; // the AuditedTable columns and change columns, by name
    QList<AuditEntry> creations;
    QList<AuditEntry> changes;
};

// Compares one row with its audit records and adds each difference to a
// result. The differences are a missing or extra creation record, a column
// that differs from the creation record's details, and a status that the
// records do not lead to. A column that a status change wrote (author,
// time, reason) must equal the change's record too.
class AuditedRowComparison
{
public:
    AuditedRowComparison(const AuditedTable &table, const AuditedRow &row,
                         IntegrityResult *result)
        : m_table(table), m_row(row), m_result(result)
    {}

    void run();

private:
    // Compares the columns and returns the status the row was created with.
    QString compareCreation(const AuditEntry &creation);

    // Follows the status changes from initialStatus and compares the
    // status and the columns the changes wrote.
    void compareChanges(const QString &initialStatus);

    IntegrityMismatch &add(IntegrityMismatch::Kind kind, const QString &column, qint64 auditId);
    IntegrityMismatch &addValue(const QString &column, const QString &stored,
                                const QString &audited, qint64 auditId);

    const AuditedTable &m_table;
    const AuditedRow &m_row;
    IntegrityResult *m_result;
};
