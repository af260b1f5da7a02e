#pragma once

#include "money.h"
#include "reportcustomer.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// One movement on a customer's account, as the statement lists it.
struct StatementEntry
{
    enum class Kind {
        Bill,            // a bill was issued: its lines total
        Charge,          // a supplementary charge was entered
        Void,            // a charge was voided: its amount taken off
        Payment,         // a payment was received
        PaymentReversal, // a payment was reversed: its amount owed again
    };

    Kind kind = Kind::Charge;
    QDate date;       // the local calendar day of the movement
    QDateTime moment; // UTC, for movements stored with a time; invalid for bills and payments

    qint64 billId = 0; // the bill, the charge's bill or the paid bill; 0 for none
    QString billNo;

    // Charges and voids; for payments and reversals the charge paid, if any.
    qint64 chargeId = 0;
    int installmentSeq = 0; // the installment of the charge paid, 0 for none
    QString feeTypeCode;
    QString feeTypeLabel;
    QString reasonCode;
    QString reasonLabel;
    QString note;
    QString voidReason;

    // Payments and reversals.
    qint64 paymentId = 0;
    QString paymentMethodCode;
    QString paymentMethodLabel;
    QString reference;
    QString reverseReason;

    // What the movement adds to the balance: positive for bills, charges
    // and reversals, negative for voids and payments.
    Money amount;

    // The balance after this movement.
    Money balance;

    // Returns the stable English name of kind for files: "bill", "charge",
    // "void", "payment" or "payment_reversal".
    static QString kindName(Kind kind);

    // The order of a statement: by date, and on one day bills first, then
    // the timed movements by time, then payments; the kind and the id of
    // the row behind the movement break ties.
    static bool before(const StatementEntry &a, const StatementEntry &b);
};

// A customer's statement (客户对账单) for a period: the balance before the
// period, the movements in it in date order, and the balance after it, all
// in the customer's currency.
struct StatementData
{
    ReportCustomer customer;
    QDate from; // inclusive
    QDate to;   // inclusive

    Money opening; // every movement before from
    QList<StatementEntry> entries;
    Money closing; // opening plus every entry

    // Sums of the entries that raise and that lower the balance; credits
    // is negative or zero. opening + debits + credits == closing.
    Money debits;
    Money credits;

    // Returns credits as a positive amount (or zero). Every output of the
    // statement, the PDF, the CSV total_credits row and the command line,
    // shows the credits this way, in accounting's credit column.
    Money creditTotal() const;
};
