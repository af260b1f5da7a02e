#pragma once

#include "money.h"

#include <QDate>
#include <QList>
#include <QString>

// One installment of a plan that is not yet written.
struct InstallmentDraft
{
    QDate dueDate;
    Money amount;
};

// A user's request to pay a charge in installments (分期), before any
// validation. InstallmentPlanner fills equal amounts and monthly dates.
struct InstallmentPlanRequest
{
    // Unique per dialog or per command: a second createPlan() with the same
    // key returns the first plan instead of writing another.
    QString requestKey;

    qint64 chargeId = 0;
    QList<InstallmentDraft> installments; // in order of due date

    // Returns a new random request key.
    static QString newRequestKey();
};
