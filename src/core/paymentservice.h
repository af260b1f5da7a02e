#pragma once

#include "paymentrequest.h"
#include "paymentreview.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The only code that records or reverses a payment, for the GUI and the
// command line alike.
//
// Usage: review() a request, show the summary, and call commit() with the
// same request and the review the user confirmed. commit() re-runs the
// checks inside one transaction (BEGIN IMMEDIATE on SQLite, the customer's
// WriteLock on PostgreSQL) and writes the payment, the paid amounts of the
// charge, installment and bill, the customer's balance and an audit record
// together, or nothing. A payment that looks identical to a posted one of
// the same customer is written only with the request's acknowledgement
// note, which is stored with it.
//
// Recording and reversing need the finance role, and a payment date after
// the period lock date (see PeriodLock).
class PaymentService
{
    Q_DECLARE_TR_FUNCTIONS(PaymentService)

public:
    // Maximum lengths in characters, as the payments table checks them.
    static constexpr int MaxReferenceLength = 100;
    static constexpr int MaxNoteLength = 500;

    struct CommitResult
    {
        enum class Status {
            Committed, // a new payment was written
            Replayed,  // the request key was used before; nothing was written
            Rejected,  // invalid, changed since the review, or an unacknowledged duplicate
            Failed,    // the database failed; nothing was written
        };

        Status status = Status::Failed;
        qint64 paymentId = 0;  // the new or the earlier payment
        PaymentReview review;  // the checks as run inside the transaction
        QString errorMessage;  // translated, for Rejected and Failed

        bool succeeded() const
        {
            return status == Status::Committed || status == Status::Replayed;
        }
    };

    struct ReverseResult
    {
        bool ok = false;
        // True when the database failed, false when the request was rejected
        // (missing reason, unknown or already reversed payment).
        bool databaseFailure = false;
        QString errorMessage; // translated
    };

    // actor is recorded as the author of every write; see currentActor().
    PaymentService(QSqlDatabase db, QString actor);

    // Validates request and looks for posted payments that look identical
    // (see PaymentDuplicateFinder). Writes nothing.
    PaymentReview review(const PaymentRequest &request) const;

    // Commits request. confirmed must be the review the user saw: if the
    // request or the open amount changed since then, nothing is written and
    // the result carries the new review.
    CommitResult commit(const PaymentRequest &request, const PaymentReview &confirmed);

    // Marks a posted payment reversed (冲销) with a reason, keeping the row,
    // and takes its amount off every paid amount it raised.
    ReverseResult reversePayment(qint64 paymentId, const QString &reason);

private:
    // One attempt of commit() and reversePayment(), which repeat it after a
    // serialization failure or deadlock on PostgreSQL (see WriteRetry).
    CommitResult commitOnce(const PaymentRequest &request, const PaymentReview &confirmed);
    ReverseResult reverseOnce(qint64 paymentId, const QString &reason);

    // Runs the checks of review(); *queryError is set when a query failed.
    PaymentReview check(const PaymentRequest &request, QString *queryError) const;

    // Returns the text of a rejection of the checked request, empty when it
    // may be written.
    QString rejection(const PaymentRequest &request, const PaymentReview &current,
                      const PaymentReview &confirmed) const;

    QSqlDatabase m_db;
    QString m_actor;
};
