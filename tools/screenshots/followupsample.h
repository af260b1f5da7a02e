#pragma once

#include "followupentries.h"
#include "sampleledger.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

// The receivables that the follow-up tours show, written after the main
// tour through the same services as a user's entries:
// - the Northwind bills, paid on their due dates, so that aged receivables
//   and reminder letters list the sample's items and not every customer's
//   orders of 1996 to 1998;
// - the four customers of FollowUpEntries, with charges overdue, due on the
//   tour's day and due soon (the reminders), in every age bucket, partly
//   paid or settled, with contacts and an earlier reminder letter;
// - charges of the main tour's customer in every payment status: partly
//   paid, settled, paid by an installment plan, unpaid after a reversed
//   payment, and with a plan without payments.
//
// Due dates, contacts and the letter are dated around today, the tour's
// fixed day. Payments of charges are dated on the computer's current date,
// because PaymentService rejects a payment dated before the day its charge
// was entered or after today.
class FollowUpSample
{
public:
    // The records that the tours select.
    struct Records
    {
        qint64 regularCustomerId = 0;
        qint64 contactedCustomerId = 0;

        // The contacted customer's charge overdue 12 days, marked contacted
        // in the tour, and its charge due in 4 days.
        qint64 overdueChargeId = 0;
        qint64 dueSoonChargeId = 0;
        // A charge overdue 8 days, snoozed in the tour.
        qint64 snoozeChargeId = 0;

        // The main tour's customer and its charges.
        qint64 paymentCustomerId = 0;
        qint64 partlyPaidChargeId = 0;
        qint64 partlyPaidBillId = 0;
        qint64 partlyPaidPaymentId = 0;
        qint64 plannedChargeId = 0;
        qint64 secondInstallmentId = 0;
        qint64 unplannedChargeId = 0;
        qint64 cancellableChargeId = 0;
    };

    // userName is the tour's user, mainCustomerCode the main tour's
    // customer, and today the day that the reminders and reports are shown
    // on.
    FollowUpSample(QSqlDatabase db, const FollowUpEntries &entries, const QString &userName,
                   const QString &mainCustomerCode, QDate today);

    // Writes everything. Returns false at the first write that fails, with
    // errorMessage() naming it.
    bool write();

    const Records &records() const { return m_records; }
    QString errorMessage() const { return m_error; }

private:
    bool settleNorthwindBills();
    bool importCustomers();
    bool addReceivables();
    bool addPaymentHistory();
    bool addContacts();
    bool recordEarlierLetter();
    bool fail(const QString &message);

    QSqlDatabase m_db;
    FollowUpEntries m_entries;
    QString m_userName;
    QString m_mainCustomerCode;
    QDate m_today;
    SampleLedger m_ledger;
    QTemporaryDir m_folder;
    Records m_records;
    QString m_error;
};
