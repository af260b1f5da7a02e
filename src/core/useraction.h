#pragma once

#include "userrole.h"

#include <QCoreApplication>
#include <QString>

// An action that a user may ask ChargeDesk to do. UserActionText gives the
// role each action needs.
enum class UserAction {
    AddCharge,
    VoidCharge,
    ApproveCharge,
    RejectCharge,
    RecordPayment,
    ReversePayment,
    ManageInstallmentPlans,
    ManageUsers,
    MovePeriodLock,
    SetApprovalThresholds,
};

// Names actions for refusals and tooltips, and gives the role each needs.
class UserActionText
{
    Q_DECLARE_TR_FUNCTIONS(UserActionText)

public:
    // Returns the lowest role that may do action.
    static UserRole requiredRole(UserAction action);

    // Returns the translated action as the subject of a sentence, e.g.
    // "Voiding a charge".
    static QString label(UserAction action);
};
