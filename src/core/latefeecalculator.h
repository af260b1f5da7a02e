#pragma once

#include "computedcharge.h"
#include "money.h"
#include "percentagerate.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

// The inputs of a late fee.
struct LateFeeInput
{
    enum class RateUnit {
        PerDay,   // the rate applies to each day overdue
        PerMonth, // the rate applies to each 30 days, pro rata by day
    };

    enum class Cap {
        None,
        Amount,        // the fee is at most capAmount
        PercentOfBase, // the fee is at most capPercent of the base, rounded half up
    };

    Money base; // the overdue amount
    PercentageRate rate;
    RateUnit rateUnit = RateUnit::PerDay;

    // Days overdue, used when dueDate is not valid.
    int daysOverdue = 0;

    // When dueDate is valid, the days overdue are the days from the due date
    // to asOfDate: a payment on the due date is 0 days late, one on the next
    // day 1 day.
    QDate dueDate;
    QDate asOfDate;

    Cap cap = Cap::None;
    Money capAmount;
    PercentageRate capPercent;
};

// Computes a late fee (滞纳金) on an overdue amount:
//     per day:   base × rate × days
//     per month: base × rate × days ÷ 30
// A monthly rate is applied pro rata by day, so 45 days are 1.5 months. The
// product stays an exact fraction of minor units and is rounded half up
// once. A cap applies after that rounding; a cap given as a percentage of
// the base is itself rounded half up to the minor unit first.
class LateFeeCalculator
{
    Q_DECLARE_TR_FUNCTIONS(LateFeeCalculator)

public:
    // Days in the month of a monthly rate.
    static constexpr int DaysPerMonth = 30;

    // Days overdue beyond which the input is rejected as a typo: ten years
    // of 366 days.
    static constexpr int MaxDaysOverdue = 3660;

    // The largest rate per day or per month, and the largest cap given as a
    // percentage of the base, so that such a cap never exceeds the base.
    static constexpr int MaxPercent = 100;

    // Formats amounts, rates, dates and the formula in locale; texts are in
    // the language of the installed translator.
    explicit LateFeeCalculator(const QLocale &locale = QLocale()) : m_locale(locale) {}

    // Returns the fee with its formula and steps, or the invalid inputs by
    // field: "base_amount", "rate", "days_overdue", "due_date", "as_of_date",
    // "cap", or "amount" when the fee rounds to zero or is above
    // Money::MaxMajorUnits.
    ComputedCharge compute(const LateFeeInput &input) const;

    // Returns the days overdue of input: from its dates when dueDate is
    // valid, otherwise daysOverdue. Returns 0 for an invalid as-of date.
    static qint64 daysOverdue(const LateFeeInput &input);

private:
    QList<FieldError> validate(const LateFeeInput &input) const;
    QList<FieldError> validateDays(const LateFeeInput &input) const;
    QList<FieldError> validateCap(const LateFeeInput &input) const;
    Money capOf(const LateFeeInput &input) const;
    QString formula(const LateFeeInput &input, qint64 days, const Money &fee) const;

    QLocale m_locale;
};
