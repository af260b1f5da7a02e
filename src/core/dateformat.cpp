#include "dateformat.h"

#include <QRegularExpression>

QString dateDisplayFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);

    // Widen a two-digit year; a pattern with "yyyy" already matches nothing.
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    format.replace(twoDigitYear, QStringLiteral("yyyy"));
    return format;
}

QString formatDate(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return QString();
    return locale.toString(date, dateDisplayFormat(locale));
}

QString formatDateTime(const QDateTime &dateTime, const QLocale &locale)
{
    if (!dateTime.isValid())
        return QString();
    // 24-hour time in every language: the short time format Qt 6.4 has for
    // zh_TW ("Bh:mm") uses a day-period letter it cannot render, and prints
    // a literal "B".
    const QDateTime local = dateTime.toLocalTime();
    return formatDate(local.date(), locale) + QLatin1Char(' ')
           + locale.toString(local.time(), QStringLiteral("HH:mm"));
}
