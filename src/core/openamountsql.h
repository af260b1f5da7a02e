#pragma once

#include <QString>

// SQL expressions of the open-amount rules, for the statements that compute
// open amounts in SQL (OpenItemQuery, ReceivableQuery). Each expression
// refers to the tables by name, so the statement must have a row of that
// table in scope under its own name.
namespace OpenAmountSql {

// Returns the expression for what was paid on the own lines of the current
// bills row: bills.paid_minor less the paid_minor of the bill's posted
// charges, because the payments of a bill's charges are in bills.paid_minor
// too.
QString billLinesPaid();

// Returns the expression that is true when the current charges row has an
// active installment plan.
QString chargeHasActivePlan();

} // namespace OpenAmountSql
