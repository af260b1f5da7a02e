#pragma once

#include "chargereview.h"
#include "installmentplanrequest.h"
#include "records.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

// Checks an InstallmentPlanRequest against the rules and its charge, and
// writes nothing. The charge must be posted, unpaid and without an active
// plan. The plan needs InstallmentPlanner::MinCount to MaxCount positive
// installments in the charge's currency that sum exactly to its amount.
// Due dates rise strictly, and none is before the day the charge was
// entered.
class InstallmentPlanValidator
{
    Q_DECLARE_TR_FUNCTIONS(InstallmentPlanValidator)

public:
    explicit InstallmentPlanValidator(QSqlDatabase db) : m_db(std::move(db)) {}

    // Returns false only when a query failed (*error contains the reason);
    // invalid input is added to *errors and still returns true. Sets
    // *charge when the charge exists.
    bool validate(const InstallmentPlanRequest &request, QList<FieldError> *errors,
                  ChargeRecord *charge, QString *error) const;

private:
    void validateAmounts(const InstallmentPlanRequest &request, const ChargeRecord &charge,
                         QList<FieldError> *errors) const;
    void validateDueDates(const InstallmentPlanRequest &request, const ChargeRecord &charge,
                          QList<FieldError> *errors) const;

    QSqlDatabase m_db;
};
