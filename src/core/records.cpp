#include "records.h"

Money BillRecord::balance() const
{
    return Money(linesTotal.minorUnits() + chargesTotal.minorUnits() - paid.minorUnits(),
                 linesTotal.currency());
}
