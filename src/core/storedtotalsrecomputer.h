#pragma once

#include "integrityprogress.h"
#include "integrityresult.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Recomputes the stored totals that StoredTotals and PaidAmounts keep from
// the rows they follow, and reports each one that differs:
// - charges.paid_minor and installments.paid_minor: their posted payments;
// - bills.lines_total_minor: the bill's lines; bills.charges_total_minor:
//   its posted charges; bills.paid_minor: the posted payments on the bill,
//   those of its charges included;
// - customers.balance_minor: the lines of the customer's bills plus the
//   customer's posted charges less the customer's posted payments, counting
//   only rows in the customer's currency, as the services write no other.
//
// Each table is read forward-only in id order. The sums are correlated
// subqueries, each a lookup in an index on the foreign key.
class StoredTotalsRecomputer
{
    Q_DECLARE_TR_FUNCTIONS(StoredTotalsRecomputer)

public:
    explicit StoredTotalsRecomputer(QSqlDatabase db) : m_db(std::move(db)) {}

    // Checks every table above, adding the counts of installments, bills
    // and customers and the mismatches to *result. Charges are counted by
    // AuditTrailComparer. Returns Failed with a translated message in
    // *error when a statement fails.
    ReportQueryStatus run(IntegrityProgress &progress, IntegrityResult *result, QString *error);

    // The stored totals of one table and the SELECT that recomputes them.
    struct TotalsCheck;

private:
    ReportQueryStatus check(const TotalsCheck &totals, IntegrityProgress &progress,
                            IntegrityResult *result, QString *error);

    QSqlDatabase m_db;
};
