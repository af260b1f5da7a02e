#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

// One row of a customer's contact log (联系记录): a call, message or visit
// about what the customer owes, optionally about one charge or installment.
struct ContactRecord
{
    Q_DECLARE_TR_FUNCTIONS(ContactRecord)

public:
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 chargeId = 0;      // 0 when the contact was about no particular charge
    qint64 installmentId = 0; // 0 unless it was about one installment
    int installmentSeq = 0;   // the installment's number in its plan
    QDate contactedOn;
    QString note;
    QString createdBy;
    QDateTime createdAt; // UTC

    // Returns what the contact was about for people: "Charge 12",
    // "Installment 2, charge 12" or "General".
    QString itemText() const;
};
