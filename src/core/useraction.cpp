#include "useraction.h"

UserRole UserActionText::requiredRole(UserAction action)
{
    switch (action) {
    case UserAction::AddCharge:
        return UserRole::Sales;
    case UserAction::VoidCharge:
    case UserAction::ApproveCharge:
    case UserAction::RejectCharge:
    case UserAction::RecordPayment:
    case UserAction::ReversePayment:
    case UserAction::ManageInstallmentPlans:
        return UserRole::Finance;
    case UserAction::ManageUsers:
    case UserAction::MovePeriodLock:
    case UserAction::SetApprovalThresholds:
        return UserRole::Admin;
    }
    return UserRole::Admin;
}

QString UserActionText::label(UserAction action)
{
    switch (action) {
    case UserAction::AddCharge:
        return tr("Adding a charge");
    case UserAction::VoidCharge:
        return tr("Voiding a charge");
    case UserAction::ApproveCharge:
        return tr("Approving a charge");
    case UserAction::RejectCharge:
        return tr("Rejecting a charge");
    case UserAction::RecordPayment:
        return tr("Recording a payment");
    case UserAction::ReversePayment:
        return tr("Reversing a payment");
    case UserAction::ManageInstallmentPlans:
        return tr("Making or cancelling an installment plan");
    case UserAction::ManageUsers:
        return tr("Managing users");
    case UserAction::MovePeriodLock:
        return tr("Moving the period lock date");
    case UserAction::SetApprovalThresholds:
        return tr("Setting approval thresholds");
    }
    return {};
}
