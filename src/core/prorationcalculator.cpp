#include "prorationcalculator.h"

#include "dateformat.h"
#include "exactamount.h"

#include <numeric>

ComputedCharge ProrationCalculator::compute(const ProrationInput &input) const
{
    ComputedCharge result;
    result.errors = validatePrices(input) + validateDates(input);
    if (!result.isValid())
        return result;

    const QString currency = input.oldPrice.currency();
    const Money difference(input.newPrice.minorUnits() - input.oldPrice.minorUnits(), currency);
    const QList<MonthPiece> pieces = monthPieces(input.upgradeDate, input.periodEnd);

    // The sum of days ÷ daysInMonth over the pieces as one fraction over the
    // least common multiple of the month lengths (at most 377,580 for 28,
    // 29, 30 and 31). The product with the difference can exceed qint64,
    // so it is taken in 128 bits.
    qint64 denominator = 1;
    for (const MonthPiece &piece : pieces)
        denominator = std::lcm(denominator, qint64(piece.daysInMonth));
    qint64 dayShares = 0;
    for (const MonthPiece &piece : pieces)
        dayShares += piece.days * (denominator / piece.daysInMonth);
    const ExactAmount exact(Int128(difference.minorUnits()) * dayShares, denominator, currency);

    result.steps << tr("Monthly difference: %1 − %2 = %3")
                        .arg(input.newPrice.format(m_locale), input.oldPrice.format(m_locale),
                             difference.format(m_locale));
    for (const MonthPiece &piece : pieces) {
        result.steps << tr("%1 to %2: %3 of %4 days in the month")
                            .arg(formatDate(piece.first, m_locale),
                                 formatDate(piece.last, m_locale), m_locale.toString(piece.days),
                                 m_locale.toString(piece.daysInMonth));
    }
    result.steps << tr("Exact difference: %1").arg(exact.format(m_locale));

    const Money maximum(Money::maxMinorUnits(currency), currency);
    if (exact.exceeds(maximum.minorUnits())) {
        result.errors << FieldError{
            QStringLiteral("amount"),
            tr("The difference %1 is above the maximum charge of %2. Check the prices and "
               "dates.")
                .arg(exact.format(m_locale), maximum.format(m_locale))};
        return result;
    }

    // exceeds() ruled out a result beyond qint64.
    const Money rounded = *exact.roundedHalfUp();
    if (rounded.isZero()) {
        result.errors << FieldError{
            QStringLiteral("amount"),
            tr("The difference %1 rounds to %2, so there is nothing to charge. Check the "
               "prices and dates.")
                .arg(exact.format(m_locale), rounded.format(m_locale))};
        return result;
    }

    result.amount = rounded;
    result.steps << tr("Rounded half up to %1: %2")
                        .arg(Money(1, currency).format(m_locale), rounded.format(m_locale));
    result.formula = formula(input.oldPrice, input.newPrice, pieces, rounded);
    return result;
}

QList<FieldError> ProrationCalculator::validatePrices(const ProrationInput &input) const
{
    QList<FieldError> errors;
    const auto addError = [&errors](const char *field, const QString &message) {
        errors << FieldError{QLatin1String(field), message};
    };

    const Money &oldPrice = input.oldPrice;
    const Money &newPrice = input.newPrice;
    if (!oldPrice.isValid()) {
        addError("old_price", tr("The old monthly price is missing. Enter the old plan's "
                                 "price, or 0 for a free plan."));
    } else if (oldPrice.isNegative()) {
        addError("old_price", tr("The old monthly price %1 is negative. Enter the old plan's "
                                 "price, or 0 for a free plan.")
                                  .arg(oldPrice.format(m_locale)));
    } else if (oldPrice.minorUnits() > Money::maxMinorUnits(oldPrice.currency())) {
        const Money maximum(Money::maxMinorUnits(oldPrice.currency()), oldPrice.currency());
        addError("old_price", tr("The old monthly price %1 is above the maximum of %2. Enter "
                                 "a lower price.")
                                  .arg(oldPrice.format(m_locale), maximum.format(m_locale)));
    }

    if (!newPrice.isValid()) {
        addError("new_price", tr("The new monthly price is missing. Enter the new plan's "
                                 "price."));
    } else if (oldPrice.isValid() && newPrice.currency() != oldPrice.currency()) {
        addError("new_price", tr("The new monthly price is in %1 but the old one is in %2. "
                                 "Enter both prices in the same currency.")
                                  .arg(newPrice.currency(), oldPrice.currency()));
    } else if (newPrice.minorUnits() > Money::maxMinorUnits(newPrice.currency())) {
        const Money maximum(Money::maxMinorUnits(newPrice.currency()), newPrice.currency());
        addError("new_price", tr("The new monthly price %1 is above the maximum of %2. Enter "
                                 "a lower price.")
                                  .arg(newPrice.format(m_locale), maximum.format(m_locale)));
    } else if (errors.isEmpty() && newPrice.minorUnits() <= oldPrice.minorUnits()) {
        addError("new_price", tr("The new monthly price %1 is not higher than the old price "
                                 "%2. Enter a new price above %2.")
                                  .arg(newPrice.format(m_locale), oldPrice.format(m_locale)));
    }
    return errors;
}

QList<FieldError> ProrationCalculator::validateDates(const ProrationInput &input) const
{
    QList<FieldError> errors;
    if (!input.upgradeDate.isValid()) {
        errors << FieldError{QStringLiteral("upgrade_date"),
                             tr("The upgrade date is missing or invalid. Enter the first day "
                                "of the new plan.")};
    }
    if (!input.periodEnd.isValid()) {
        errors << FieldError{QStringLiteral("period_end"),
                             tr("The period end is missing or invalid. Enter the last day of "
                                "the billing period.")};
    }
    if (!errors.isEmpty())
        return errors;

    const qint64 days = input.upgradeDate.daysTo(input.periodEnd) + 1;
    if (days < 1) {
        errors << FieldError{QStringLiteral("period_end"),
                             tr("The period end %1 is before the upgrade date %2. Enter a "
                                "period end on or after the upgrade date.")
                                 .arg(formatDate(input.periodEnd, m_locale),
                                      formatDate(input.upgradeDate, m_locale))};
    } else if (days > MaxDays) {
        errors << FieldError{QStringLiteral("period_end"),
                             tr("The period from %1 to %2 has %3 days; at most %4 are "
                                "allowed. Enter the end of the current billing period.")
                                 .arg(formatDate(input.upgradeDate, m_locale),
                                      formatDate(input.periodEnd, m_locale),
                                      m_locale.toString(days), m_locale.toString(MaxDays))};
    }
    return errors;
}

QList<ProrationCalculator::MonthPiece> ProrationCalculator::monthPieces(const QDate &first,
                                                                        const QDate &last)
{
    QList<MonthPiece> pieces;
    QDate start = first;
    while (start <= last) {
        const QDate monthEnd(start.year(), start.month(), start.daysInMonth());
        MonthPiece piece;
        piece.first = start;
        piece.last = std::min(monthEnd, last);
        piece.days = int(piece.first.daysTo(piece.last)) + 1;
        piece.daysInMonth = start.daysInMonth();
        pieces << piece;
        start = monthEnd.addDays(1);
    }
    return pieces;
}

QString ProrationCalculator::formula(const Money &oldPrice, const Money &newPrice,
                                     const QList<MonthPiece> &pieces, const Money &result) const
{
    const QString newText = newPrice.format(m_locale);
    const QString oldText = oldPrice.format(m_locale);
    const QString resultText = result.format(m_locale);
    if (pieces.size() == 1) {
        const MonthPiece &piece = pieces.constFirst();
        //: Upgrade difference: (new price − old price) × days charged ÷ days
        //: in the month = result.
        return tr("(%1 − %2) × %3 ÷ %4 days = %5")
            .arg(newText, oldText, m_locale.toString(piece.days),
                 m_locale.toString(piece.daysInMonth), resultText);
    }

    // Whole months count as 1 each and are added up into one term between
    // the partial first and last months.
    QStringList terms;
    int wholeMonths = 0;
    for (const MonthPiece &piece : pieces) {
        if (piece.coversMonth()) {
            ++wholeMonths;
            continue;
        }
        if (wholeMonths > 0 && &piece == &pieces.constLast())
            terms << m_locale.toString(wholeMonths);
        //: Days charged ÷ days in the month, one term of the upgrade formula.
        terms << tr("%1 ÷ %2").arg(m_locale.toString(piece.days),
                                   m_locale.toString(piece.daysInMonth));
    }
    if (pieces.constLast().coversMonth())
        terms << m_locale.toString(wholeMonths);

    if (terms.size() == 1) {
        //: Upgrade difference over whole months: (new − old) × months = result.
        return tr("(%1 − %2) × %3 = %4").arg(newText, oldText, terms.constFirst(), resultText);
    }
    //: Upgrade difference over several months: (new − old) × (sum of the
    //: months' fractions) = result.
    return tr("(%1 − %2) × (%3) = %4")
        .arg(newText, oldText, terms.join(QStringLiteral(" + ")), resultText);
}
