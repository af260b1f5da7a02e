#include "calendarclock.h"

#include <QTime>

CalendarClock CalendarClock::fixedAt(const QDateTime &utc)
{
    CalendarClock clock;
    clock.m_fixed = utc.toUTC();
    return clock;
}

CalendarClock CalendarClock::fixedOnDate(const QDate &date)
{
    return fixedAt(QDateTime(date, QTime(12, 0)));
}

QDateTime CalendarClock::now() const
{
    return m_fixed.isValid() ? m_fixed : QDateTime::currentDateTimeUtc();
}

QDate CalendarClock::today() const
{
    // toLocalTime() converts through the C library on each call, so a
    // change of TZ followed by tzset() takes effect at once.
    return now().toLocalTime().date();
}
