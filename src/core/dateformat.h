#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

// Dates for people, in the order and separators of the locale but always
// with a four-digit year: the short formats of some locales (en_US
// "M/d/yy") would show 1998 and 2098 alike. Files and the command line use
// ISO 8601 instead.

// Returns the display pattern for dates in locale, e.g. "M/d/yyyy" for
// en_US and "yyyy/M/d" for zh_CN. Suitable for QDateEdit::setDisplayFormat.
QString dateDisplayFormat(const QLocale &locale = QLocale());

// Formats a calendar date with dateDisplayFormat(locale).
QString formatDate(const QDate &date, const QLocale &locale = QLocale());

// Formats a moment in local time: the date as formatDate() does, then the
// time as HH:mm.
QString formatDateTime(const QDateTime &dateTime, const QLocale &locale = QLocale());
