#pragma once

#include "money.h"

#include <QDate>
#include <QDateTime>
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
    QString status; // "posted" or "void"
    QString duplicateAcknowledgement;
    QString createdBy;
    QDateTime createdAt; // UTC
    QString voidedBy;
    QDateTime voidedAt;
    QString voidReason;

    bool isVoid() const { return status == QLatin1String("void"); }
};
