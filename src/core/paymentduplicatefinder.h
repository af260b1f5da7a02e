#pragma once

#include "paymentrequest.h"
#include "paymentreview.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

// Finds posted payments of the same customer that look identical to a new
// one, so that the same money is not recorded twice.
//
// Identical: same item paid (the same bill's own lines, or the same charge
// and the same installment or none), same amount and currency, and same
// payment date. Same reference: the same non-empty reference (bank or
// receipt number, compared exactly after trimming), whatever the date and
// the item. Reversed payments and the payment written under the request's
// own key are ignored.
class PaymentDuplicateFinder
{
    Q_DECLARE_TR_FUNCTIONS(PaymentDuplicateFinder)

public:
    struct Candidate
    {
        qint64 customerId = 0;
        qint64 billId = 0; // the bill whose own lines are paid, 0 when a charge is paid
        qint64 chargeId = 0;
        qint64 installmentId = 0;
        qint64 amountMinor = 0;
        QString currency;
        QDate paidOn;
        QString reference;
        QString requestKey;
    };

    explicit PaymentDuplicateFinder(QSqlDatabase db) : m_db(std::move(db)) {}

    // Checks the acknowledgement note of request (length, control
    // characters) and finds the duplicates of the payment that review
    // validated. Returns false and sets *error when a query fails.
    bool check(const PaymentRequest &request, PaymentReview *review, QString *error) const;

    // Fills review->duplicates, each payment once and an identical one
    // before one with only the same reference. Returns false and sets
    // *error when a query fails.
    bool find(const Candidate &candidate, PaymentReview *review, QString *error) const;

    // Returns why commit() must not write the payment that current checked
    // inside its transaction, translated: a duplicate recorded since the
    // confirmed review, or duplicates without an acknowledgement note.
    // Returns an empty string when the duplicates allow the write.
    static QString rejection(const PaymentRequest &request, const PaymentReview &current,
                             const PaymentReview &confirmed);

private:
    static QString describe(PaymentDuplicateFinding::Kind kind, const PaymentRecord &payment);

    QSqlDatabase m_db;
};
