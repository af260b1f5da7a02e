#include "openamountsql.h"

namespace OpenAmountSql {

QString billLinesPaid()
{
    return QStringLiteral("(bills.paid_minor - COALESCE((SELECT SUM(charges.paid_minor) "
                          "FROM charges WHERE charges.bill_id = bills.id "
                          "AND charges.status = 'posted'), 0))");
}

QString chargeHasActivePlan()
{
    return QStringLiteral("EXISTS (SELECT 1 FROM installment_plans "
                          "WHERE installment_plans.charge_id = charges.id "
                          "AND installment_plans.status = 'active')");
}

} // namespace OpenAmountSql
