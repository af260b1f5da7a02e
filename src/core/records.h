#pragma once

#include "chargestatus.h"
#include "money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// Read-only snapshots of rows, as the service, the command line and the
// reports use them. Widgets bind to the models in src/models instead.

struct CustomerRecord
{
    qint64 id = 0;
    QString code;
    QString companyName;
    QString contactName;
    QString phone;
    QString currency;
    Money balance; // outstanding: bills plus posted charges minus payments
};

struct BillRecord
{
    qint64 id = 0;
    QString billNo;
    qint64 customerId = 0;
    QDate issueDate;
    QDate dueDate;
    Money linesTotal;   // sum of the rounded line amounts
    Money chargesTotal; // sum of the posted supplementary charges
    Money paid;

    // What is still owed on the bill: lines plus charges minus payments.
    Money balance() const;
};

struct BillLineRecord
{
    qint64 id = 0;
    qint64 billId = 0;
    int lineNo = 0;
    QString kind; // "goods" or "freight"
    QString description;
    qint64 quantity = 0;
    Money unitPrice;
    int discountBasisPoints = 0; // 500 is 5 %
    Money amount;

    // Returns the description for people: a freight line reads
    // "Freight – carrier" in the UI language.
    QString displayDescription() const;

    // Returns the display text of a line stored with kind and description.
    static QString displayDescription(const QString &kind, const QString &description);
};

struct ChargeRecord
{
    qint64 id = 0;
    QString requestKey;
    qint64 customerId = 0;
    QString customerCode;
    qint64 billId = 0; // 0 when the charge is on the account, not on a bill
    QString billNo;
    QString feeTypeCode;
    Money amount;
    QString reasonCode;
    QString note;
    QString paymentMethodCode;
    QDate dueDate;
    // "pending" (waits for approval), "posted", "void", or "rejected" (a
    // pending charge that was not approved)
    QString status;
    QString duplicateAcknowledgement;
    QString createdBy;
    QDateTime createdAt; // UTC
    QString voidedBy;    // for a rejected charge: who rejected it, when and why
    QDateTime voidedAt;
    QString voidReason;
    Money paid; // sum of the posted payments; 0 for a void charge
    QString approvedBy; // empty unless a pending charge was approved
    QDateTime approvedAt;

    bool isVoid() const { return status == QLatin1String("void"); }
    bool isPending() const { return status == QLatin1String("pending"); }
    bool isRejected() const { return status == QLatin1String("rejected"); }
    bool isPosted() const { return status == QLatin1String("posted"); }

    // What is still owed on the charge: amount minus paid; 0 unless posted.
    Money open() const;

    // Unpaid, partly paid, settled or void, derived from the stored values.
    ChargeStatus paymentStatus() const;
};

// A payment of a bill's own lines, of a charge, or of one installment of a
// charge's plan. Payments are reversed with a reason, never deleted.
struct PaymentRecord
{
    qint64 id = 0;
    QString requestKey;
    qint64 customerId = 0;
    qint64 billId = 0; // the bill paid, or the bill of the charge paid; 0 for none
    QString billNo;
    qint64 chargeId = 0;      // 0 when the payment settles the bill's own lines
    qint64 installmentId = 0; // 0 unless one installment of a plan is paid
    int installmentSeq = 0;   // the installment's number in its plan, 1 and up
    Money amount;
    QDate paidOn;
    QString paymentMethodCode;
    QString reference;
    QString note;
    // The note that explains why the payment is real although it looked
    // identical to an earlier one; empty when none was needed.
    QString duplicateAcknowledgement;
    QString status; // "posted" or "reversed"
    QString createdBy;
    QDateTime createdAt; // UTC
    QString reversedBy;
    QDateTime reversedAt; // UTC
    QString reverseReason;

    bool isReversed() const { return status == QLatin1String("reversed"); }
};

// One installment of an installment plan (回款计划).
struct InstallmentRecord
{
    qint64 id = 0;
    qint64 planId = 0;
    qint64 chargeId = 0;
    int seq = 0; // 1 for the first installment of the plan
    QDate dueDate;
    Money amount;
    Money paid; // sum of the posted payments of this installment

    // What is still owed on the installment: amount minus paid.
    Money open() const;
};

// An installment plan of a charge, with its installments in order.
struct InstallmentPlanRecord
{
    qint64 id = 0; // 0: no plan
    QString requestKey;
    qint64 chargeId = 0;
    QString status; // "active" or "cancelled"
    QString createdBy;
    QDateTime createdAt; // UTC
    QString cancelledBy;
    QDateTime cancelledAt; // UTC
    QString cancelReason;
    QList<InstallmentRecord> installments;

    bool isActive() const { return status == QLatin1String("active"); }
};
