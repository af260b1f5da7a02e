#include "chargestatus.h"

ChargeStatus ChargeStatusText::of(qint64 amountMinor, qint64 paidMinor, bool isVoid)
{
    if (isVoid)
        return ChargeStatus::Void;
    if (paidMinor <= 0)
        return ChargeStatus::Unpaid;
    if (paidMinor < amountMinor)
        return ChargeStatus::PartlyPaid;
    return ChargeStatus::Settled;
}

ChargeStatus ChargeStatusText::of(qint64 amountMinor, qint64 paidMinor,
                                  const QString &storedStatus)
{
    if (storedStatus == QLatin1String("pending"))
        return ChargeStatus::Pending;
    if (storedStatus == QLatin1String("rejected"))
        return ChargeStatus::Rejected;
    return of(amountMinor, paidMinor, storedStatus == QLatin1String("void"));
}

QString ChargeStatusText::label(ChargeStatus status)
{
    switch (status) {
    case ChargeStatus::Unpaid:
        //: Payment status of a charge: nothing paid yet (未付).
        return tr("Unpaid");
    case ChargeStatus::PartlyPaid:
        //: Payment status of a charge: part of the amount paid (部分回款).
        return tr("Partly paid");
    case ChargeStatus::Settled:
        //: Payment status of a charge: paid in full (已结清).
        return tr("Settled");
    case ChargeStatus::Void:
        //: Status of a charge that was voided (已作废).
        return tr("Void");
    case ChargeStatus::Pending:
        //: Status of a charge that waits for a finance user's approval (待审批).
        return tr("Awaiting approval");
    case ChargeStatus::Rejected:
        //: Status of a charge that a finance user did not approve (已驳回).
        return tr("Rejected");
    }
    return {};
}

QString ChargeStatusText::code(ChargeStatus status)
{
    switch (status) {
    case ChargeStatus::Unpaid:
        return QStringLiteral("unpaid");
    case ChargeStatus::PartlyPaid:
        return QStringLiteral("partly_paid");
    case ChargeStatus::Settled:
        return QStringLiteral("settled");
    case ChargeStatus::Void:
        return QStringLiteral("void");
    case ChargeStatus::Pending:
        return QStringLiteral("pending");
    case ChargeStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}
