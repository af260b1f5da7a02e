#pragma once

#include "integrityprogress.h"
#include "integrityresult.h"

#include <QCoreApplication>
#include <QSqlDatabase>

struct AuditedTable;

// Compares every charge and payment row with its audit records, so that a
// row edited outside ChargeDesk shows even though the audit chain is
// intact. A row must have exactly one creation record (charge.add,
// payment.add) whose details hold the row's content: request key, customer,
// bill, charge, installment, fee type, amount, currency, reason, note,
// method, dates, and the author as the record's actor. The row's status
// must be the one its status-change records (charge.approve, charge.reject,
// charge.void, payment.reverse) lead to, and the author, time and reason
// columns must hold what those records hold (AuditedRowComparison, with
// the rules per table in AuditedTable). Audit records whose row no longer
// exists are reported too.
//
// Rows are read forward-only in id order, joined with their audit records
// through the audit_log (entity, entity_id) index.
class AuditTrailComparer
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrailComparer)

public:
    explicit AuditTrailComparer(QSqlDatabase db) : m_db(std::move(db)) {}

    // Compares the charges, adding their count and mismatches to *result.
    // Returns Failed with a translated message in *error when a statement
    // fails.
    ReportQueryStatus compareCharges(IntegrityProgress &progress, IntegrityResult *result,
                                     QString *error);

    // Compares the payments in the same way.
    ReportQueryStatus comparePayments(IntegrityProgress &progress, IntegrityResult *result,
                                      QString *error);

private:
    // Compares the rows of table and adds their count to *rowCount. Sets
    // *error to the driver's message on failure.
    ReportQueryStatus compareRows(const AuditedTable &table, IntegrityProgress &progress,
                                  qint64 *rowCount, IntegrityResult *result, QString *error);

    // Reports the audit records of table whose row does not exist.
    bool findDeletedRows(const AuditedTable &table, IntegrityResult *result, QString *error);

    QSqlDatabase m_db;
};
