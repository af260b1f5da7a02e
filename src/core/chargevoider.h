#pragma once

#include "chargeservice.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Voids a posted charge for ChargeService::voidCharge(), in one transaction.
// The charge keeps its row with the status void, who voided it, when and
// why. Its amount comes off the bill's and the customer's stored totals, an
// audit record is appended, and an active installment plan of the charge is
// cancelled with the same reason.
//
// Voiding needs the finance role and is refused when the charge's day is
// locked, when the charge is paid in part or in full (its payments must be
// reversed first), and when it is void already.
class ChargeVoider
{
    Q_DECLARE_TR_FUNCTIONS(ChargeVoider)

public:
    // actor is recorded as the one who voided the charge.
    ChargeVoider(QSqlDatabase db, QString actor);

    // One attempt; ChargeService::voidCharge() repeats it after a
    // serialization failure or deadlock on PostgreSQL (see WriteRetry).
    ChargeService::VoidResult voidCharge(qint64 chargeId, const QString &reason);

private:
    QSqlDatabase m_db;
    QString m_actor;
};
