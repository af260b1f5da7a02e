#pragma once

#include "records.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// The stored sums that follow the payments: charges.paid_minor,
// installments.paid_minor, bills.paid_minor and customers.balance_minor.
// Call inside the transaction that writes or reverses the payment, so the
// sums and the payment change together.
class PaidAmounts
{
    Q_DECLARE_TR_FUNCTIONS(PaidAmounts)

public:
    explicit PaidAmounts(QSqlDatabase db) : m_db(std::move(db)) {}

    // Adds delta minor units to the paid amounts of the payment's charge,
    // installment and bill (those it names) and takes delta off the
    // customer's balance. A payment adds its amount and a reversal its
    // negative. Returns false and sets *error when an update fails or finds
    // no row. The database rejects a paid amount below 0, and one above the
    // amount of a charge or an installment.
    bool add(const PaymentRecord &payment, qint64 delta, QString *error);

private:
    // Runs "UPDATE table SET paid_minor = paid_minor + :delta WHERE id = :id".
    bool addPaid(const char *table, qint64 id, qint64 delta, QString *error);

    QSqlDatabase m_db;
};
