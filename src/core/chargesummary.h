#pragma once

#include "chargerequest.h"
#include "chargereview.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Writes the confirmation summary of a valid charge in full sentences, in
// the UI language. It names who is charged, on which bill, how much, for what
// and why, and how and by when it is to be paid. It ends with the balances
// before and after.
class ChargeSummary
{
    Q_DECLARE_TR_FUNCTIONS(ChargeSummary)

public:
    explicit ChargeSummary(QSqlDatabase db) : m_db(std::move(db)) {}

    // review must be valid: customer, amount and balances filled in.
    QString build(const ChargeRequest &request, const ChargeReview &review) const;

private:
    QSqlDatabase m_db;
};
