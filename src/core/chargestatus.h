#pragma once

#include <QCoreApplication>
#include <QString>

// The payment status of a charge. It is derived from the charge's amount,
// its paid amount and whether it is void, and never stored.
enum class ChargeStatus {
    Unpaid,     // 未付: nothing paid
    PartlyPaid, // 部分回款: something paid, less than the amount
    Settled,    // 已结清: paid in full
    Void,       // 已作废
};

// Derives a charge's status and names it for people and for files.
class ChargeStatusText
{
    Q_DECLARE_TR_FUNCTIONS(ChargeStatusText)

public:
    // Returns the status of a charge of amountMinor with paidMinor paid.
    // A void charge is Void whatever was paid.
    static ChargeStatus of(qint64 amountMinor, qint64 paidMinor, bool isVoid);

    // Returns the translated label: "Unpaid", "Partly paid", "Settled" or
    // "Void".
    static QString label(ChargeStatus status);

    // Returns the stable code for CSV files: "unpaid", "partly_paid",
    // "settled" or "void".
    static QString code(ChargeStatus status);
};
