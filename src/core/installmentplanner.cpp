#include "installmentplanner.h"

QList<Money> InstallmentPlanner::split(const Money &total, int count)
{
    QList<Money> amounts;
    if (count < MinCount || count > MaxCount || !total.isValid()
        || total.minorUnits() < count) {
        return amounts;
    }

    // Integer division rounds down for a positive total, and the remainder
    // (at most count - 1 minor units) goes to the last installment.
    const qint64 part = total.minorUnits() / count;
    const qint64 remainder = total.minorUnits() - part * count;
    for (int i = 0; i < count - 1; ++i)
        amounts << Money(part, total.currency());
    amounts << Money(part + remainder, total.currency());
    return amounts;
}

QList<QDate> InstallmentPlanner::monthlyDueDates(const QDate &first, int count)
{
    QList<QDate> dates;
    if (count < MinCount || count > MaxCount || !first.isValid())
        return dates;

    // Each date is counted from the first one, not from the previous one, so
    // that a day clamped in a short month comes back in the next long month.
    for (int i = 0; i < count; ++i) {
        const QDate monthStart = QDate(first.year(), first.month(), 1).addMonths(i);
        const int day = qMin(first.day(), monthStart.daysInMonth());
        dates << QDate(monthStart.year(), monthStart.month(), day);
    }
    return dates;
}
