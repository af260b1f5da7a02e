#pragma once

#include "chargereview.h"
#include "money.h"
#include "records.h"

#include <QList>
#include <QString>

// The result of reviewing a PaymentRequest without writing anything: the
// validated values, the problems found and the confirmation summary.
struct PaymentReview
{
    // field is the payments column the error is about: amount_minor,
    // paid_on, payment_method_code, reference, note, bill_id, charge_id,
    // installment_id, request_key (or customer_id).
    QList<FieldError> errors;

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

    // All problems as one message, one per line, for the command line.
    QString problemText() const;
};
