#pragma once

#include "records.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

// Read queries on installment plans and installments. Functions return an
// empty record (id 0) when nothing matches, and set *error (when given)
// when a statement fails.
class InstallmentRepository
{
public:
    explicit InstallmentRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // The charge's active plan with its installments in order, or an empty
    // record when the charge has none.
    InstallmentPlanRecord activePlan(qint64 chargeId, QString *error = nullptr) const;

    // The plan with its installments, active or cancelled.
    InstallmentPlanRecord plan(qint64 planId, QString *error = nullptr) const;

    std::optional<InstallmentPlanRecord> findByRequestKey(const QString &key,
                                                          QString *error = nullptr) const;

    // One installment, of any plan.
    InstallmentRecord installment(qint64 id, QString *error = nullptr) const;

private:
    // Reads the plan the bound query selects, with its installments.
    InstallmentPlanRecord readPlan(const QString &where, const QVariantMap &values,
                                   QString *error) const;

    QSqlDatabase m_db;
};
