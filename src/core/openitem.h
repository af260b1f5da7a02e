#pragma once

#include "money.h"

#include <QDate>
#include <QString>

// Something a customer still owes and when it was due: the open part of a
// bill's own lines, a posted charge without an active installment plan, or
// one installment of a charge's active plan. Aged receivables and reminder
// letters list these.
struct OpenItem
{
    enum class Kind {
        Bill,        // a bill's own lines; due on the bill's due date
        Charge,      // a posted charge with no active plan; due on its due date
        Installment, // an installment of an active plan; due on its own due date
    };

    Kind kind = Kind::Charge;
    qint64 id = 0; // bills.id, charges.id or installments.id, by kind

    qint64 customerId = 0;
    QString customerCode;
    QString customerName;

    QDate dueDate;
    Money amount; // the bill's lines total, the charge's or the installment's amount
    Money open;   // what is still owed, always more than zero

    qint64 billId = 0; // the bill, or the bill of the charge; 0 for none
    QString billNo;
    QDate billIssueDate;

    // The charge, or the charge of the installment; 0 for a bill.
    qint64 chargeId = 0;
    QString feeTypeCode;
    QString feeTypeLabel; // in the language of the query

    // The installment's number within its plan and the plan's number of
    // installments; 0 for bills and charges.
    int installmentSeq = 0;
    int installmentCount = 0;

    // Returns the days from the due date to asOf: negative before the due
    // date, 0 on it, 1 on the day after it.
    qint64 daysPastDue(const QDate &asOf) const { return dueDate.daysTo(asOf); }

    // Returns the stable English name of kind, as reminder_letter_items
    // stores it: "bill", "charge" or "installment".
    static QString kindName(Kind kind);
};
