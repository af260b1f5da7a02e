#include "records.h"

#include <QCoreApplication>

Money BillRecord::balance() const
{
    return Money(linesTotal.minorUnits() + chargesTotal.minorUnits() - paid.minorUnits(),
                 linesTotal.currency());
}

Money ChargeRecord::open() const
{
    // Only a posted charge is owed.
    if (!isPosted())
        return Money(0, amount.currency());
    return Money(amount.minorUnits() - paid.minorUnits(), amount.currency());
}

ChargeStatus ChargeRecord::paymentStatus() const
{
    return ChargeStatusText::of(amount.minorUnits(), paid.minorUnits(), status);
}

Money InstallmentRecord::open() const
{
    return Money(amount.minorUnits() - paid.minorUnits(), amount.currency());
}

QString BillLineRecord::displayDescription() const
{
    return displayDescription(kind, description);
}

QString BillLineRecord::displayDescription(const QString &kind, const QString &description)
{
    if (kind != QLatin1String("freight"))
        return description;
    if (description.isEmpty())
        return QCoreApplication::translate("BillLineRecord", "Freight");
    //: A freight line of a bill; %1 is the carrier.
    return QCoreApplication::translate("BillLineRecord", "Freight – %1").arg(description);
}
