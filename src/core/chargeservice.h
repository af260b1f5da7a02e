#pragma once

#include "chargerequest.h"
#include "chargereview.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The only code path that writes or voids a charge, for the GUI and the
// command line alike.
//
// Usage: review() a request, show the summary and the findings, and call
// commit() with the same request and the review the user confirmed. commit()
// re-runs the checks inside one transaction (BEGIN IMMEDIATE on SQLite, the
// customer's WriteLock on PostgreSQL) and writes the charge, the bill's and
// the customer's stored totals and an audit record together, or nothing.
// On PostgreSQL the same transaction notifies the other programs on the
// database of the customer's change (ChangeNotice), so their windows show it.
//
// Every write first checks the actor's role and the period lock (see
// ChargeAccess). A charge of more than the approval threshold of its
// currency is written as pending and raises no stored total until
// approve() posts it.
class ChargeService
{
    Q_DECLARE_TR_FUNCTIONS(ChargeService)

public:
    // Charges of the same customer and amount due within this many days of
    // each other are possible duplicates.
    static constexpr int PossibleDuplicateWindowDays = 30;

    // Maximum length of a note, a void reason and an acknowledgement, in
    // characters.
    static constexpr int MaxNoteLength = 500;

    struct CommitResult
    {
        enum class Status {
            Committed, // a new charge was written
            Replayed,  // the request key was used before; nothing was written
            Rejected,  // invalid, duplicate, unacknowledged or changed since review
            Failed,    // the database failed; nothing was written
        };

        Status status = Status::Failed;
        qint64 chargeId = 0;   // the new or the earlier charge
        ChargeReview review;   // the checks as run inside the transaction
        QString errorMessage;  // translated, for Rejected and Failed

        bool succeeded() const
        {
            return status == Status::Committed || status == Status::Replayed;
        }
    };

    struct VoidResult
    {
        bool ok = false;
        // True when the database failed, false when the request was rejected
        // (missing reason, unknown or already void charge).
        bool databaseFailure = false;
        QString errorMessage; // translated
    };

    // The result of approve() and reject(), which are refused for the same
    // kinds of reasons as a void.
    using ApprovalResult = VoidResult;

    // actor is recorded as the author of every write; see currentActor().
    ChargeService(QSqlDatabase db, QString actor);

    // Validates request and checks it for duplicates. Writes nothing.
    ChargeReview review(const ChargeRequest &request) const;

    // Commits request. confirmed must be the review the user saw: if the
    // request changed since then, or new duplicates appeared, nothing is
    // written and the result carries the new review.
    CommitResult commit(const ChargeRequest &request, const ChargeReview &confirmed);

    // Marks a posted charge void with a reason, keeping the row, and takes
    // its amount off the bill and the customer balance. A charge with
    // payments is rejected until they are reversed; an active installment
    // plan of the charge is cancelled with the same reason. See
    // ChargeVoider.
    VoidResult voidCharge(qint64 chargeId, const QString &reason);

    // Posts a charge that waits for approval, as a finance user other than
    // its author, and adds its amount to the bill's and the customer's
    // stored totals. See ChargeApprover.
    ApprovalResult approve(qint64 chargeId);

    // Rejects a charge that waits for approval, with a reason, as a finance
    // user. The charge stays on record with the status rejected and never
    // counts. See ChargeApprover.
    ApprovalResult reject(qint64 chargeId, const QString &reason);

private:
    // One attempt of commit(), which repeats it after a serialization
    // failure or deadlock on PostgreSQL (see WriteRetry).
    CommitResult commitOnce(const ChargeRequest &request, const ChargeReview &confirmed);

    // Runs the checks of review(); *queryError is set when a query failed.
    ChargeReview check(const ChargeRequest &request, QString *queryError) const;

    // Writes the charge row, the stored balances and the audit record; the
    // caller owns the transaction.
    bool write(const ChargeRequest &request, const ChargeReview &review, qint64 *chargeId,
               QString *error);

    static QString fingerprint(const ChargeRecord &charge);

    QSqlDatabase m_db;
    QString m_actor;
};
