#pragma once

#include "records.h"
#include "useraction.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// The checks of the actor's role and of the period lock that come before
// ChargeService writes, voids, approves or rejects a charge. Call inside
// the service's transaction, so that neither the role nor the lock can
// change before the commit.
class ChargeAccess
{
    Q_DECLARE_TR_FUNCTIONS(ChargeAccess)

public:
    // actor is the account that acts; see currentActor().
    ChargeAccess(QSqlDatabase db, QString actor);

    // Returns why the actor may not add a charge today, translated; empty
    // when allowed. Sets *error when a query fails.
    QString addRefusal(QString *error) const;

    // Returns why the actor may not do action (VoidCharge, ApproveCharge or
    // RejectCharge) to charge, translated; empty when allowed. A pending or
    // rejected charge is never voided. Voiding and approving are refused
    // when the charge's day is locked. Rejecting is not, because a pending
    // charge never counted in any figure. Sets *error when a query fails.
    QString changeRefusal(UserAction action, const ChargeRecord &charge, QString *error) const;

private:
    QSqlDatabase m_db;
    QString m_actor;
};
