#pragma once

#include "paymentrequest.h"
#include "paymentreview.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Writes the confirmation summary of a valid payment in full sentences, in
// the UI language: who paid how much for what, how and when, and the open
// amount and the customer's balance before and after.
class PaymentSummary
{
    Q_DECLARE_TR_FUNCTIONS(PaymentSummary)

public:
    explicit PaymentSummary(QSqlDatabase db) : m_db(std::move(db)) {}

    // review must be valid: customer, target, amount and balances filled in.
    QString build(const PaymentRequest &request, const PaymentReview &review) const;

    // Returns the summary of a request that replays an earlier payment.
    static QString replay(qint64 paymentId);

private:
    QSqlDatabase m_db;
};
