#pragma once

#include "integritymismatch.h"
#include "reportprogress.h"

#include <QList>
#include <QString>

// The outcome of an integrity check: how many rows of each table were
// checked, the end of the audit chain as verified, and every mismatch in
// the order found.
struct IntegrityResult
{
    ReportQueryStatus status = ReportQueryStatus::Completed;
    QString errorMessage; // translated, when status is Failed

    // Rows checked per table.
    qint64 auditRecords = 0;
    qint64 charges = 0;
    qint64 payments = 0;
    qint64 bills = 0;
    qint64 customers = 0;
    qint64 installments = 0;

    // The last audit record read and its stored record_hash, or 0 and the
    // genesis hash for an empty log. Written down outside the database, the
    // hash lets a later check show that the log was not rewritten since.
    qint64 chainLastId = 0;
    QString chainLastHash;

    // The lowest audit record id from which the chain cannot be trusted,
    // 0 while the chain is unbroken.
    qint64 firstBrokenAuditId = 0;

    QList<IntegrityMismatch> mismatches;

    // True when the check completed and found no mismatch.
    bool isClean() const
    {
        return status == ReportQueryStatus::Completed && mismatches.isEmpty();
    }

    // Notes that the chain is broken from audit record id on, unless an
    // earlier break is known already.
    void noteBrokenAt(qint64 id)
    {
        if (id > 0 && (firstBrokenAuditId == 0 || id < firstBrokenAuditId))
            firstBrokenAuditId = id;
    }
};
