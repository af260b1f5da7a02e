#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

// A user's request to record a payment (回款), as entered in the dialog or
// on the command line, before any validation. It pays exactly one of:
// - a bill's own lines: billId set, chargeId 0;
// - a charge: chargeId set (billId 0 or the charge's bill);
// - one installment of the charge's active plan: chargeId and installmentId.
struct PaymentRequest
{
    // Unique per dialog or per command: a second commit with the same key
    // returns the first payment instead of writing another.
    QString requestKey;

    qint64 customerId = 0;
    qint64 billId = 0;
    qint64 chargeId = 0;
    qint64 installmentId = 0;

    // The amount as typed; parsed in the currency of what is paid, with
    // amountLocale's decimal point and group separator.
    QString amountText;
    QLocale amountLocale = QLocale::c();

    QDate paidOn;
    QString paymentMethodCode;
    QString reference; // bank or receipt reference, at most 100 characters
    QString note;      // at most 500 characters

    // The user's note that explains why the payment is real although it
    // looks identical to a posted one. It is required when the review finds
    // one, has at most 500 characters, and is kept with the payment and in
    // the audit log.
    QString duplicateAcknowledgement;

    // Returns a new random request key.
    static QString newRequestKey();
};
