#pragma once

#include "money.h"
#include "records.h"

#include <QList>
#include <QString>

// One invalid field of a ChargeRequest.
struct FieldError
{
    // The charges column the error is about, e.g. "amount_minor",
    // "bill_id", "due_date", so a form can focus the right widget.
    QString field;
    // A translated sentence naming the field and the value, and saying what
    // to do.
    QString message;
};

// A charge that already exists and resembles the requested one.
struct DuplicateFinding
{
    enum class Kind {
        Exact,             // same customer, bill, fee type, amount and due date
        SameAmountNearDate, // same customer and amount, due within the window
        SameBillAndFeeType, // same bill and fee type
    };

    Kind kind = Kind::Exact;
    ChargeRecord existing;
    // A translated sentence describing the existing charge and why it matches.
    QString description;
};

// The result of reviewing a ChargeRequest without writing anything: the
// validated values, the problems found, the duplicate findings and the
// confirmation summary.
struct ChargeReview
{
    QList<FieldError> errors;
    QList<DuplicateFinding> exactDuplicates;
    QList<DuplicateFinding> possibleDuplicates;

    // Valid only when errors is empty.
    CustomerRecord customer;
    BillRecord bill; // id 0 when the charge is not on a bill
    Money amount;
    Money customerBalanceBefore;
    Money customerBalanceAfter;
    Money billBalanceBefore; // invalid Money when there is no bill
    Money billBalanceAfter;

    // Full sentences for the confirmation step, translated: customer and
    // bill, amount, fee type, reason, payment method and due date, and the
    // balances before and after.
    QString summary;

    // A digest of the validated values; commit() compares it with the
    // request it is given so that what was confirmed is what gets written.
    QString fingerprint;

    // Set when the checks could not run because a query failed; translated.
    QString failure;

    // The charge already written under the request's key, 0 if none.
    qint64 existingChargeId = 0;

    // True when the amount is more than the approval threshold of its
    // currency, so that the charge is saved as waiting for approval and
    // changes no balance until a finance user approves it.
    bool needsApproval = false;
    Money approvalThreshold; // valid when needsApproval is true

    bool isValid() const { return errors.isEmpty() && failure.isEmpty(); }
    bool hasExactDuplicate() const { return !exactDuplicates.isEmpty(); }
    bool needsAcknowledgement() const { return !possibleDuplicates.isEmpty(); }

    // True when commit() may proceed: valid, no exact duplicate, and every
    // possible duplicate acknowledged with a note.
    bool canCommit(const QString &acknowledgement) const;

    // All problems as one message, one per line, for the command line.
    QString problemText() const;
};
