#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

// The scope of a spending analysis (消费分析): one customer or all of them,
// a period of whole calendar months and one currency. Amounts of different
// currencies are never added, so an analysis always names its currency.
class SpendingFilter
{
    Q_DECLARE_TR_FUNCTIONS(SpendingFilter)

public:
    // The maximum number of months, because a monthly chart of more bars
    // is unreadable.
    static constexpr int MaxMonths = 120;

    // The number of customers the ranking lists by default.
    static constexpr int DefaultTopCount = 10;

    // The customer analysed, or 0 for all customers.
    qint64 customerId = 0;

    // The first days of the first and the last month, both included.
    QDate fromMonth;
    QDate toMonth;

    // ISO 4217 code; only charges and payments in it count.
    QString currency;

    // How many customers the ranking by charges lists (all customers only).
    int topCount = DefaultTopCount;

    // Returns a filter of the 12 months ending with the month of today, for
    // customerId (0 for all) and currency.
    static SpendingFilter lastTwelveMonths(const QDate &today, qint64 customerId,
                                           const QString &currency);

    // Returns the first day of the month of day.
    static QDate firstOfMonth(const QDate &day);

    // Returns the number of months from fromMonth to toMonth, both included,
    // or 0 when the period is invalid or ends before it starts.
    int monthCount() const;

    // Returns a translated message for the first problem: a missing or
    // malformed currency, a missing month, a period that ends before it
    // starts or that is longer than MaxMonths, or a top count below 1.
    // std::nullopt when the filter is valid. The customer is checked by the
    // query, which reads it.
    std::optional<QString> validate() const;

    // Returns the month of day as people read it in locale: "Mar 2026" in
    // English, "2026年3月" in Chinese.
    static QString monthLabel(const QDate &day, const QLocale &locale = QLocale());

    // Returns the period as "Apr 2025 – Mar 2026", or one month label when
    // the period is a single month.
    QString periodLabel(const QLocale &locale = QLocale()) const;
};
