#pragma once

#include "money.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// The only code that sets or removes the approval threshold of a currency:
// a charge of more than the threshold is saved as waiting for approval.
// Only an admin may. Each change is written with its audit record
// (approval_threshold.set, approval_threshold.remove, with the old and the
// new amount) in one transaction.
class ApprovalThresholdService
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalThresholdService)

public:
    struct Result
    {
        enum class Status {
            Committed, // the threshold was written or removed
            Rejected,  // not allowed, or an invalid amount or currency
            Failed,    // the database failed; nothing was written
        };

        Status status = Status::Failed;
        QString errorMessage; // translated, for Rejected and Failed

        bool succeeded() const { return status == Status::Committed; }
    };

    // actor is the account that acts and is recorded; see currentActor().
    ApprovalThresholdService(QSqlDatabase db, QString actor);

    // Sets the threshold of amount's currency to amount, which is 0 or more:
    // 0 makes every charge in that currency wait for approval.
    Result set(const Money &amount);

    // Removes the threshold of currency, so that its charges need no
    // approval.
    Result remove(const QString &currency);

private:
    // Writes statement with values and the audit record of action in one
    // transaction, after checking the role.
    Result write(const QString &currency, const QString &statement, const QVariantMap &values,
                 const QString &action, const Money &newAmount);

    QSqlDatabase m_db;
    QString m_actor;
};
