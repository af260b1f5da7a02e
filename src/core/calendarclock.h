#pragma once

#include <QDate>
#include <QDateTime>

// The user's calendar: the current instant and the date it falls on in the
// process's local time zone (TZ on Unix). Due dates are calendar dates and
// are compared with today() as they are, never converted between zones.
//
// The default clock reads the system time on every call. A clock made with
// fixedAt() always returns the same instant, so tests and the command
// line's --as-of can set the day. today() still follows the local time
// zone in effect when it is called.
class CalendarClock
{
public:
    // A clock that reads the system time.
    CalendarClock() = default;

    // A clock that stays at the instant utc, which may be given in any
    // time spec: only the instant counts.
    static CalendarClock fixedAt(const QDateTime &utc);

    // A fixed clock at noon of date in the current local time zone, so that
    // today() returns date while that zone stays in effect.
    static CalendarClock fixedOnDate(const QDate &date);

    // The current instant, in UTC.
    QDateTime now() const;

    // The local calendar date of now().
    QDate today() const;

    bool isFixed() const { return m_fixed.isValid(); }

private:
    QDateTime m_fixed; // invalid for the system clock
};
