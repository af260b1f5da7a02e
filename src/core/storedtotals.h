#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// The stored totals that follow the charges: bills.charges_total_minor and
// customers.balance_minor. Reading a balance then never sums the charges
// table. Call inside the transaction that writes or voids the charge, so
// the totals and the charge change together.
class StoredTotals
{
    Q_DECLARE_TR_FUNCTIONS(StoredTotals)

public:
    explicit StoredTotals(QSqlDatabase db) : m_db(std::move(db)) {}

    // Adds delta minor units to the bill's charges total (when billId is not
    // 0) and to the customer's balance. Returns false and sets *error when
    // an update fails or finds no row.
    bool add(qint64 customerId, qint64 billId, qint64 delta, QString *error);

private:
    QSqlDatabase m_db;
};
