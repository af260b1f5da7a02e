#pragma once

#include "records.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

// Read queries on payments, posted and reversed. Functions return an empty
// record (id 0) or list when nothing matches, and set *error (when given)
// when a statement fails.
class PaymentRepository
{
public:
    explicit PaymentRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // The customer's payments, oldest paid_on first.
    QList<PaymentRecord> paymentsOfCustomer(qint64 customerId, QString *error = nullptr) const;

    // The payments of a charge and its installments, oldest paid_on first.
    QList<PaymentRecord> paymentsOfCharge(qint64 chargeId, QString *error = nullptr) const;

    PaymentRecord payment(qint64 id, QString *error = nullptr) const;

    std::optional<PaymentRecord> findByRequestKey(const QString &key,
                                                  QString *error = nullptr) const;

    // The payments that match where, a literal WHERE clause on payments
    // columns whose values are bound from values, oldest paid_on first.
    QList<PaymentRecord> list(const QString &where, const QVariantMap &values,
                              QString *error) const;

private:

    QSqlDatabase m_db;
};
