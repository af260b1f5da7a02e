#pragma once

#include "chargereview.h"
#include "money.h"
#include "records.h"

#include <QList>
#include <QString>

// A posted payment of the same customer that looks identical to the
// requested one.
struct PaymentDuplicateFinding
{
    enum class Kind {
        Identical,     // same item paid, amount, currency and payment date
        SameReference, // same non-empty reference, whatever the date and item
    };

    Kind kind = Kind::Identical;
    PaymentRecord existing;
    // A translated sentence naming the existing payment: id, payment date,
    // amount, reference, who recorded it and when.
    QString description;
};

// The result of reviewing a PaymentRequest without writing anything: the
// validated values, the problems found, the identical payments found and the
// confirmation summary.
struct PaymentReview
{
    // field is the payments column the error is about: amount_minor,
    // paid_on, payment_method_code, reference, note, bill_id, charge_id,
    // installment_id, request_key (or customer_id).
    QList<FieldError> errors;

    // Posted payments that look identical; each needs the acknowledgement
    // note of the request before commit() writes.
    QList<PaymentDuplicateFinding> duplicates;

    // Valid only when errors is empty.
    CustomerRecord customer;
    BillRecord bill;               // the bill the payment lowers; id 0 for none
    ChargeRecord charge;           // the charge paid; id 0 for a bill's own lines
    InstallmentRecord installment; // the installment paid; id 0 for none
    Money amount;
    Money openBefore; // open amount of what is paid, before and after
    Money openAfter;
    Money customerBalanceBefore;
    Money customerBalanceAfter;

    // The item paid, translated, e.g. "charge 12 (Service fee, due 2026-07-01)".
    QString targetDescription;

    // Full sentences for the confirmation step, translated.
    QString summary;

    // A digest of the validated values; commit() compares it with the
    // request it is given so that what was confirmed is what gets written.
    QString fingerprint;

    // Set when the checks could not run because a query failed; translated.
    QString failure;

    // The payment already written under the request's key, 0 if none. The
    // review then checks only that the request matches it.
    qint64 existingPaymentId = 0;

    bool isValid() const { return errors.isEmpty() && failure.isEmpty(); }
    bool needsAcknowledgement() const { return !duplicates.isEmpty(); }

    // True when commit() may proceed: valid, and every identical payment
    // acknowledged with a note.
    bool canCommit(const QString &acknowledgement) const;

    // Returns the ids of the identical payments found.
    QList<qint64> duplicatePaymentIds() const;

    // All problems as one message, one per line, for the command line.
    QString problemText() const;
};
