#pragma once

#include <QCoreApplication>
#include <QString>

// The payment status of a charge. It is derived from the charge's amount,
// its paid amount and its stored status (posted, void, pending or
// rejected), and never stored.
enum class ChargeStatus {
    Unpaid,     // 未付: nothing paid
    PartlyPaid, // 部分回款: something paid, less than the amount
    Settled,    // 已结清: paid in full
    Void,       // 已作废
    Pending,    // 待审批: waits for approval and counts nowhere yet
    Rejected,   // 已驳回: not approved, and never counted
};

// Derives a charge's status and names it for people and for files.
class ChargeStatusText
{
    Q_DECLARE_TR_FUNCTIONS(ChargeStatusText)

public:
    // Returns the status of a charge of amountMinor with paidMinor paid.
    // A void charge is Void whatever was paid.
    static ChargeStatus of(qint64 amountMinor, qint64 paidMinor, bool isVoid);

    // Returns the status of a charge of amountMinor with paidMinor paid and
    // the stored status (charges.status) storedStatus.
    static ChargeStatus of(qint64 amountMinor, qint64 paidMinor, const QString &storedStatus);

    // Returns the translated label: "Unpaid", "Partly paid", "Settled",
    // "Void", "Awaiting approval" or "Rejected".
    static QString label(ChargeStatus status);

    // Returns the stable code for CSV files: "unpaid", "partly_paid",
    // "settled", "void", "pending" or "rejected".
    static QString code(ChargeStatus status);
};
