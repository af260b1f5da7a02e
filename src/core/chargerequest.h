#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

// A user's request for a charge, as entered in the 新增费用 dialog or on the
// command line, before any validation. The charge service validates it,
// checks it for duplicates and commits it.
struct ChargeRequest
{
    // Unique per dialog or per command: a second commit with the same key
    // returns the first charge instead of writing another.
    QString requestKey;

    qint64 customerId = 0;
    qint64 billId = 0; // 0: a charge on the customer's account, not on a bill
    QString feeTypeCode;

    // The amount as typed; parsed in the customer's currency with
    // amountLocale's decimal point and group separator.
    QString amountText;
    QLocale amountLocale = QLocale::c();

    QString reasonCode;
    QString note;
    QString paymentMethodCode;
    QDate dueDate;

    // The user's note acknowledging possible duplicates; required when the
    // review finds any, and kept in the audit log.
    QString duplicateAcknowledgement;

    // Returns a new random request key.
    static QString newRequestKey();
};
