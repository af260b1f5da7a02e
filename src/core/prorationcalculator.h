#pragma once

#include "computedcharge.h"
#include "money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>

// The inputs of a plan upgrade in the middle of a billing period.
struct ProrationInput
{
    Money oldPrice;    // monthly price of the old plan; zero for a free plan
    Money newPrice;    // monthly price of the new plan, in the same currency
    QDate upgradeDate; // first day at the new price
    QDate periodEnd;   // last day of the billing period, inclusive
};

// Computes the upgrade difference (套餐升级差价) the customer owes for the
// rest of a billing period that was billed at the old price.
//
// Every day from the upgrade date to the period end, both included, costs
// the monthly difference divided by the number of days of the calendar month
// that day is in. Within one month that is
//     (new − old) × days charged ÷ days in the month,
// e.g. (¥300.00 − ¥200.00) × 14 ÷ 28 days = ¥50.00 for 15 to 28 February
// 2026. A period that crosses a month end adds up one such fraction per
// month. The sum stays an exact fraction of minor units, and the result is
// rounded half up once, because the charge is one line.
class ProrationCalculator
{
    Q_DECLARE_TR_FUNCTIONS(ProrationCalculator)

public:
    // Days from the upgrade date to the period end, both included, beyond
    // which the dates are rejected as a typo: no billing period is longer
    // than a year.
    static constexpr int MaxDays = 366;

    // Formats amounts, dates and the formula in locale; texts are in the
    // language of the installed translator.
    explicit ProrationCalculator(const QLocale &locale = QLocale()) : m_locale(locale) {}

    // Returns the difference with its formula and steps, or the invalid
    // inputs by field: "old_price", "new_price", "upgrade_date",
    // "period_end", or "amount" when the difference rounds to zero or is
    // above Money::MaxMajorUnits.
    ComputedCharge compute(const ProrationInput &input) const;

private:
    // The days of the period within one calendar month.
    struct MonthPiece
    {
        QDate first;
        QDate last;
        int days = 0;
        int daysInMonth = 0;

        bool coversMonth() const { return days == daysInMonth; }
    };

    QList<FieldError> validatePrices(const ProrationInput &input) const;
    QList<FieldError> validateDates(const ProrationInput &input) const;
    static QList<MonthPiece> monthPieces(const QDate &first, const QDate &last);
    QString formula(const Money &oldPrice, const Money &newPrice,
                    const QList<MonthPiece> &pieces, const Money &result) const;

    QLocale m_locale;
};
