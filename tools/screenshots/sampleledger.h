#pragma once

#include "money.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

// Writes the sample records of the follow-up tours through the services
// that a user's entries go through: ChargeService, PaymentService and
// InstallmentService. Each write returns the new id, or 0 once a write
// failed; the first failure is kept in errorMessage().
class SampleLedger
{
public:
    // actor is recorded as the author of every write.
    SampleLedger(QSqlDatabase db, QString actor);

    // Returns the id of the customer with code, or 0.
    qint64 customerId(const QString &code);

    // Returns the id of the bill numbered billNo, or 0.
    qint64 billId(const QString &billNo);

    // Adds a charge of amount, typed in the customer's currency, on billId
    // (0 for none) due on dueDate. A possible duplicate is a failure, so the
    // sample never needs an acknowledgement.
    qint64 addCharge(qint64 customerId, qint64 billId, const QString &feeTypeCode,
                     const QString &amount, const QString &reasonCode, QDate dueDate);

    // Pays amount of the charge or of its installment (0 for none) by bank
    // transfer on paidOn.
    qint64 payCharge(qint64 customerId, qint64 chargeId, qint64 installmentId,
                     const QString &amount, QDate paidOn, const QString &reference);

    // Pays amount of the own lines of billId by bank transfer on paidOn.
    qint64 payBillLines(qint64 customerId, qint64 billId, const QString &amount, QDate paidOn);

    bool reversePayment(qint64 paymentId, const QString &reason);

    // Pays chargeId, an unpaid charge of amount, in count equal monthly
    // installments from firstDueDate. Returns the plan's id.
    qint64 addPlan(qint64 chargeId, const Money &amount, int count, QDate firstDueDate);

    // Returns the id of installment number seq of the active plan of
    // chargeId, or 0.
    qint64 installmentId(qint64 chargeId, int seq);

    bool ok() const { return m_error.isEmpty(); }
    QString errorMessage() const { return m_error; }

private:
    qint64 pay(qint64 customerId, qint64 billId, qint64 chargeId, qint64 installmentId,
               const QString &amount, QDate paidOn, const QString &reference);

    // Records message unless an earlier failure was recorded, and returns 0.
    qint64 fail(const QString &message);

    QSqlDatabase m_db;
    QString m_actor;
    QString m_error;
};
