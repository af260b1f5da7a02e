#pragma once

#include "money.h"

#include <QDate>
#include <QList>

// The arithmetic of installment plans (分期): equal amounts and monthly due
// dates. Reads and writes nothing.
class InstallmentPlanner
{
public:
    // A plan has this many installments at least and at most.
    static constexpr int MinCount = 2;
    static constexpr int MaxCount = 60;

    // Splits total into count amounts that sum exactly to total: each is
    // total / count rounded down to the minor unit, and the last one also
    // takes the remainder. 100.00 in 3 gives 33.33, 33.33 and 33.34. Returns
    // an empty list when count is outside MinCount..MaxCount or total is not
    // a valid positive amount of at least count minor units, because every
    // installment must be positive.
    static QList<Money> split(const Money &total, int count);

    // Returns count due dates one month apart, starting at first, on first's
    // day of the month or the month's last day when it is shorter: 31 Jan
    // gives 28 (or 29) Feb, then 31 Mar. Returns an empty list when count is
    // outside MinCount..MaxCount or first is invalid.
    static QList<QDate> monthlyDueDates(const QDate &first, int count);
};
