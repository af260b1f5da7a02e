#pragma once

#include "chargeservice.h"
#include "useraction.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Approves or rejects a charge that waits for approval (待审批), for
// ChargeService::approve() and reject(), each in one transaction with its
// audit record.
//
// Approving needs the finance role, may not be done by the charge's author
// (created_by) and is refused when the charge's day is locked. It makes the
// charge posted with who approved it and when, and adds its amount to the
// bill's and the customer's stored totals. Rejecting needs the finance role
// and a reason. It makes the charge rejected with who, when and why, and
// changes no total, because a pending charge never counted. Its author may
// reject it, which withdraws it.
class ChargeApprover
{
    Q_DECLARE_TR_FUNCTIONS(ChargeApprover)

public:
    // actor is recorded as the approver or the one who rejects.
    ChargeApprover(QSqlDatabase db, QString actor);

    ChargeService::ApprovalResult approve(qint64 chargeId);
    ChargeService::ApprovalResult reject(qint64 chargeId, const QString &reason);

private:
    // Returns why the actor may not decide on charge (read for chargeId),
    // empty when allowed. Sets *error when a query fails.
    QString refusal(UserAction action, const std::optional<ChargeRecord> &charge,
                    qint64 chargeId, QString *error) const;

    // Sets the charge's status from pending and appends the audit record;
    // the caller owns the transaction.
    bool writeDecision(const ChargeRecord &charge, bool approve, const QString &reason,
                       QString *error);

    QSqlDatabase m_db;
    QString m_actor;
};
