#include "spendingdata.h"

SpendingShare SpendingData::shareOfCharges(const Money &amount) const
{
    return SpendingShare(amount.minorUnits(), chargesTotal.minorUnits());
}
