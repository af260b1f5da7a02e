#include "reminderletter.h"

qint64 ReminderLetter::maxDaysOverdue() const
{
    qint64 days = 0;
    for (const OpenItem &item : items)
        days = std::max(days, item.daysPastDue(date));
    return days;
}
