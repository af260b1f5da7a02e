#include "spendingfilter.h"

SpendingFilter SpendingFilter::lastTwelveMonths(const QDate &today, qint64 customerId,
                                                const QString &currency)
{
    SpendingFilter filter;
    filter.customerId = customerId;
    filter.toMonth = firstOfMonth(today);
    filter.fromMonth = filter.toMonth.addMonths(-11);
    filter.currency = currency;
    return filter;
}

QDate SpendingFilter::firstOfMonth(const QDate &day)
{
    return day.isValid() ? QDate(day.year(), day.month(), 1) : QDate();
}

int SpendingFilter::monthCount() const
{
    if (!fromMonth.isValid() || !toMonth.isValid())
        return 0;
    const int months = (toMonth.year() - fromMonth.year()) * 12 + toMonth.month()
                       - fromMonth.month() + 1;
    return months > 0 ? months : 0;
}

std::optional<QString> SpendingFilter::validate() const
{
    if (currency.isEmpty())
        return tr("Choose a currency: the analysis adds up amounts of one currency only.");
    if (currency.size() != 3 || currency.toUpper() != currency) {
        return tr("The currency \"%1\" is not an ISO 4217 code. Use three capital letters, "
                  "such as CNY.")
            .arg(currency);
    }
    if (!fromMonth.isValid() || !toMonth.isValid())
        return tr("Choose the first and the last month of the period.");
    if (monthCount() == 0) {
        return tr("The period starts in %1, after its last month %2. Choose a first month "
                  "on or before the last one.")
            .arg(monthLabel(fromMonth), monthLabel(toMonth));
    }
    if (monthCount() > MaxMonths) {
        return tr("The period from %1 to %2 has %3 months. Choose at most %4 months.")
            .arg(monthLabel(fromMonth), monthLabel(toMonth))
            .arg(monthCount())
            .arg(MaxMonths);
    }
    if (topCount < 1)
        return tr("The ranking must list at least 1 customer, not %1.").arg(topCount);
    return std::nullopt;
}

// QLocale has no year-and-month format, and "MMM yyyy" would put the year
// last in Chinese too, where it comes first.
QString SpendingFilter::monthLabel(const QDate &day, const QLocale &locale)
{
    if (!day.isValid())
        return QString();
    if (locale.language() == QLocale::Chinese)
        return locale.toString(day, QStringLiteral("yyyy年M月"));
    return locale.toString(day, QStringLiteral("MMM yyyy"));
}

QString SpendingFilter::periodLabel(const QLocale &locale) const
{
    if (fromMonth == toMonth)
        return monthLabel(fromMonth, locale);
    return tr("%1 – %2", "first and last month of a period")
        .arg(monthLabel(fromMonth, locale), monthLabel(toMonth, locale));
}
