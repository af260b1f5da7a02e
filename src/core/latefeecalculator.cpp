#include "latefeecalculator.h"

#include "dateformat.h"
#include "exactamount.h"

ComputedCharge LateFeeCalculator::compute(const LateFeeInput &input) const
{
    ComputedCharge result;
    result.errors = validate(input);
    if (!result.isValid())
        return result;

    const QString currency = input.base.currency();
    const qint64 days = daysOverdue(input);
    const bool monthly = input.rateUnit == LateFeeInput::RateUnit::PerMonth;

    // base × (millionths ÷ FractionDenominator) × days [÷ 30]. Up to 10^14
    // minor units × 10^8 millionths × 3,660 days needs 128 bits; the
    // denominator is at most 3 × 10^9.
    const qint64 denominator = PercentageRate::FractionDenominator * (monthly ? DaysPerMonth : 1);
    const Int128 numerator = Int128(input.base.minorUnits()) * input.rate.millionthsOfPercent()
                             * days;
    const ExactAmount exact(numerator, denominator, currency);

    if (input.dueDate.isValid()) {
        result.steps << tr("Days overdue: %n day(s), from the due date %1 to %2", nullptr,
                           int(days))
                            .arg(formatDate(input.dueDate, m_locale),
                                 formatDate(input.asOfDate, m_locale));
    } else {
        result.steps << tr("Days overdue: %n day(s)", nullptr, int(days));
    }
    if (monthly) {
        result.steps << tr("The monthly rate applies pro rata by day: %n day(s) ÷ %1 days "
                           "per month",
                           nullptr, int(days))
                            .arg(m_locale.toString(DaysPerMonth));
    }
    result.steps << tr("Exact fee: %1").arg(exact.format(m_locale));

    const Money maximum(Money::maxMinorUnits(currency), currency);
    if (exact.exceeds(maximum.minorUnits())) {
        result.errors << FieldError{QStringLiteral("amount"),
                                    tr("The fee %1 is above the maximum charge of %2. Check "
                                       "the base amount, the rate and the days.")
                                        .arg(exact.format(m_locale), maximum.format(m_locale))};
        return result;
    }

    // exceeds() ruled out a result beyond qint64.
    const Money rounded = *exact.roundedHalfUp();
    if (rounded.isZero()) {
        result.errors << FieldError{QStringLiteral("amount"),
                                    tr("The fee %1 rounds to %2, so there is nothing to "
                                       "charge. Check the base amount, the rate and the days.")
                                        .arg(exact.format(m_locale), rounded.format(m_locale))};
        return result;
    }
    result.steps << tr("Rounded half up to %1: %2")
                        .arg(Money(1, currency).format(m_locale), rounded.format(m_locale));
    result.amount = rounded;

    if (input.cap != LateFeeInput::Cap::None) {
        const Money cap = capOf(input);
        if (cap.isZero()) {
            result.errors << FieldError{QStringLiteral("cap"),
                                        tr("The cap %1 of %2 rounds to %3. Enter a larger cap, "
                                           "or choose no cap.")
                                            .arg(input.capPercent.format(m_locale),
                                                 input.base.format(m_locale),
                                                 cap.format(m_locale))};
            return result;
        }
        if (input.cap == LateFeeInput::Cap::PercentOfBase) {
            result.steps << tr("Cap: %1 of %2 = %3, rounded half up")
                                .arg(input.capPercent.format(m_locale),
                                     input.base.format(m_locale), cap.format(m_locale));
        } else {
            result.steps << tr("Cap: %1").arg(cap.format(m_locale));
        }

        if (rounded.minorUnits() > cap.minorUnits()) {
            result.steps << tr("The fee is above the cap, so the cap is charged: %1.")
                                .arg(cap.format(m_locale));
            result.amount = cap;
        } else {
            result.steps << tr("The fee is within the cap.");
        }
    }

    result.formula = formula(input, days, rounded);
    if (result.amount != rounded) {
        //: A late fee formula followed by the cap that limits its result.
        result.formula = tr("%1, capped at %2").arg(result.formula,
                                                    result.amount.format(m_locale));
    }
    return result;
}

qint64 LateFeeCalculator::daysOverdue(const LateFeeInput &input)
{
    if (!input.dueDate.isValid())
        return input.daysOverdue;
    if (!input.asOfDate.isValid())
        return 0;
    return input.dueDate.daysTo(input.asOfDate);
}

QList<FieldError> LateFeeCalculator::validate(const LateFeeInput &input) const
{
    QList<FieldError> errors;
    const auto addError = [&errors](const char *field, const QString &message) {
        errors << FieldError{QLatin1String(field), message};
    };

    const Money &base = input.base;
    if (!base.isValid()) {
        addError("base_amount", tr("The base amount is missing. Enter the overdue amount."));
    } else if (base.isNegative() || base.isZero()) {
        addError("base_amount", tr("The base amount %1 is not above zero. Enter the overdue "
                                   "amount.")
                                    .arg(base.format(m_locale)));
    } else if (base.minorUnits() > Money::maxMinorUnits(base.currency())) {
        const Money maximum(Money::maxMinorUnits(base.currency()), base.currency());
        addError("base_amount", tr("The base amount %1 is above the maximum of %2. Enter a "
                                   "lower amount.")
                                    .arg(base.format(m_locale), maximum.format(m_locale)));
    }

    const QString maxRate = PercentageRate::fromBasisPoints(MaxPercent * 100).format(m_locale);
    if (!input.rate.isValid()) {
        addError("rate", tr("The rate is missing. Enter a percentage such as %1.")
                             .arg(PercentageRate::fromBasisPoints(5).format(m_locale)));
    } else if (input.rate.millionthsOfPercent() <= 0) {
        addError("rate", tr("The rate %1 is not above zero. Enter a percentage such as %2.")
                             .arg(input.rate.format(m_locale),
                                  PercentageRate::fromBasisPoints(5).format(m_locale)));
    } else if (input.rate.millionthsOfPercent()
               > qint64(MaxPercent) * PercentageRate::UnitsPerPercent) {
        addError("rate", tr("The rate %1 is above %2. Enter at most %2.")
                             .arg(input.rate.format(m_locale), maxRate));
    }

    return errors + validateDays(input) + validateCap(input);
}

QList<FieldError> LateFeeCalculator::validateDays(const LateFeeInput &input) const
{
    QList<FieldError> errors;
    const QString maxDays = m_locale.toString(MaxDaysOverdue);
    if (!input.dueDate.isValid()) {
        if (input.daysOverdue < 1) {
            errors << FieldError{QStringLiteral("days_overdue"),
                                 tr("The days overdue are %1. Enter at least 1 day.")
                                     .arg(m_locale.toString(input.daysOverdue))};
        } else if (input.daysOverdue > MaxDaysOverdue) {
            errors << FieldError{QStringLiteral("days_overdue"),
                                 tr("The days overdue are %1; at most %2 are allowed. Enter "
                                    "fewer days.")
                                     .arg(m_locale.toString(input.daysOverdue), maxDays)};
        }
        return errors;
    }

    const qint64 days = daysOverdue(input);
    if (!input.asOfDate.isValid()) {
        errors << FieldError{QStringLiteral("as_of_date"),
                             tr("The as-of date is missing or invalid. Enter the day of "
                                "payment or today.")};
    } else if (days < 1) {
        errors << FieldError{QStringLiteral("as_of_date"),
                             tr("The as-of date %1 is not after the due date %2, so nothing is "
                                "overdue. Enter a later as-of date.")
                                 .arg(formatDate(input.asOfDate, m_locale),
                                      formatDate(input.dueDate, m_locale))};
    } else if (days > MaxDaysOverdue) {
        errors << FieldError{QStringLiteral("due_date"),
                             tr("The due date %1 is %2 days before the as-of date %3; at most "
                                "%4 days overdue are allowed. Check the dates.")
                                 .arg(formatDate(input.dueDate, m_locale),
                                      m_locale.toString(days),
                                      formatDate(input.asOfDate, m_locale), maxDays)};
    }
    return errors;
}

QList<FieldError> LateFeeCalculator::validateCap(const LateFeeInput &input) const
{
    QList<FieldError> errors;
    const auto addError = [&errors](const QString &message) {
        errors << FieldError{QStringLiteral("cap"), message};
    };

    if (input.cap == LateFeeInput::Cap::Amount) {
        const Money &cap = input.capAmount;
        if (!cap.isValid()) {
            addError(tr("The cap is missing. Enter the largest fee, or choose no cap."));
        } else if (input.base.isValid() && cap.currency() != input.base.currency()) {
            addError(tr("The cap is in %1 but the base amount is in %2. Enter the cap in %2.")
                         .arg(cap.currency(), input.base.currency()));
        } else if (cap.isNegative() || cap.isZero()) {
            addError(tr("The cap %1 is not above zero. Enter the largest fee, or choose no "
                        "cap.")
                         .arg(cap.format(m_locale)));
        } else if (cap.minorUnits() > Money::maxMinorUnits(cap.currency())) {
            const Money maximum(Money::maxMinorUnits(cap.currency()), cap.currency());
            addError(tr("The cap %1 is above the maximum of %2. Enter a lower cap.")
                         .arg(cap.format(m_locale), maximum.format(m_locale)));
        }
    } else if (input.cap == LateFeeInput::Cap::PercentOfBase) {
        const PercentageRate &percent = input.capPercent;
        const QString maxPercent
            = PercentageRate::fromBasisPoints(MaxPercent * 100).format(m_locale);
        if (!percent.isValid()) {
            addError(tr("The cap is missing. Enter a percentage of the base amount, or choose "
                        "no cap."));
        } else if (percent.millionthsOfPercent() <= 0) {
            addError(tr("The cap %1 is not above zero. Enter a percentage of the base amount, "
                        "or choose no cap.")
                         .arg(percent.format(m_locale)));
        } else if (percent.millionthsOfPercent()
                   > qint64(MaxPercent) * PercentageRate::UnitsPerPercent) {
            addError(tr("The cap %1 of the base amount is above %2. Enter at most %2.")
                         .arg(percent.format(m_locale), maxPercent));
        }
    }
    return errors;
}

Money LateFeeCalculator::capOf(const LateFeeInput &input) const
{
    if (input.cap == LateFeeInput::Cap::Amount)
        return input.capAmount;

    // At most 10^14 minor units × 10^8 millionths, so 128 bits; the rounded
    // cap is at most the base.
    const ExactAmount cap(Int128(input.base.minorUnits()) * input.capPercent.millionthsOfPercent(),
                          PercentageRate::FractionDenominator, input.base.currency());
    return *cap.roundedHalfUp();
}

QString LateFeeCalculator::formula(const LateFeeInput &input, qint64 days, const Money &fee) const
{
    const QString base = input.base.format(m_locale);
    const QString rate = input.rate.format(m_locale);
    if (input.rateUnit == LateFeeInput::RateUnit::PerMonth) {
        //: Late fee: base × monthly rate × days overdue ÷ days per month = fee.
        return tr("%1 × %2 per month × %n day(s) ÷ %3 = %4", nullptr, int(days))
            .arg(base, rate, m_locale.toString(DaysPerMonth), fee.format(m_locale));
    }
    //: Late fee: base × daily rate × days overdue = fee.
    return tr("%1 × %2 per day × %n day(s) = %3", nullptr, int(days))
        .arg(base, rate, fee.format(m_locale));
}
