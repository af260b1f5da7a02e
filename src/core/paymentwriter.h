#pragma once

#include "records.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Writes a payment or its reversal: the payments row, the stored sums it
// changes (PaidAmounts) and the audit record. The caller owns the
// transaction and has checked the rules; the writer only writes.
class PaymentWriter
{
    Q_DECLARE_TR_FUNCTIONS(PaymentWriter)

public:
    // actor is recorded as the author of every write.
    PaymentWriter(QSqlDatabase db, QString actor);

    // Inserts payment (its id is ignored) and sets *paymentId. Returns false
    // and sets *error when a statement fails.
    bool insert(const PaymentRecord &payment, qint64 *paymentId, QString *error);

    // Marks the posted payment reversed with reason and takes its amount off
    // the sums it raised. Returns false and sets *error when a statement
    // fails or the payment is no longer posted.
    bool reverse(const PaymentRecord &payment, const QString &reason, QString *error);

    // Returns the audit details of payment: its columns by name.
    static QVariantMap auditDetails(const PaymentRecord &payment);

private:
    QSqlDatabase m_db;
    QString m_actor;
};
