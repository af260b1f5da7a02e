#include "money.h"
#include "currency.h"

namespace {

// Decimals assumed for a currency code that is not in the table, the ISO 4217
// default for most currencies.
constexpr int DefaultMinorDigits = 2;

constexpr int digitCount(qint64 value)
{
    int count = 1;
    while (value >= 10) {
        value /= 10;
        ++count;
    }
    return count;
}

// Returns 10^exponent for exponent 0 to 18, the powers of ten that fit in
// a qint64. The Currency table uses at most 2 decimals.
qint64 powerOfTen(int exponent)
{
    Q_ASSERT(exponent >= 0 && exponent <= 18);
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

int minorDigitsOf(const QString &code)
{
    const Currency *currency = Currency::find(code);
    return currency ? currency->minorDigits : DefaultMinorDigits;
}

// Returns |value| without overflow, also for the minimum qint64.
quint64 magnitudeOf(qint64 value)
{
    return value < 0 ? quint64(0) - quint64(value) : quint64(value);
}

// Formats a non-negative amount of minor units with the locale's digits,
// grouping and decimal point, always with minorDigits decimals.
QString formatMagnitude(quint64 magnitude, int minorDigits, const QLocale &locale)
{
    const quint64 divisor = quint64(powerOfTen(minorDigits));
    QString text = locale.toString(qulonglong(magnitude / divisor));
    if (minorDigits == 0)
        return text;

    const quint64 fraction = magnitude % divisor;
    const int padding = minorDigits - digitCount(qint64(fraction));
    return text + locale.decimalPoint() + locale.zeroDigit().repeated(padding)
           + locale.toString(qulonglong(fraction));
}

} // namespace

const int Money::MaxMajorDigits = digitCount(MaxMajorUnits);

QString Money::exampleAmount(int minorDigits, const QLocale &locale)
{
    const qint64 fraction = minorDigits > 0 ? 5 * powerOfTen(minorDigits - 1) : 0;
    return formatMagnitude(quint64(1234 * powerOfTen(minorDigits) + fraction), minorDigits,
                           locale);
}

Money::Money(qint64 minorUnits, const QString &currency)
    : m_minorUnits(minorUnits)
    , m_currency(currency)
{}

int Money::minorDigits() const
{
    return minorDigitsOf(m_currency);
}

qint64 Money::maxMinorUnits(const QString &currency)
{
    return MaxMajorUnits * powerOfTen(minorDigitsOf(currency));
}

QString Money::format(const QLocale &locale) const
{
    if (!isValid())
        return QString();

    const Currency *currency = Currency::find(m_currency);
    const QString symbol = currency ? currency->symbol : m_currency + QLatin1Char(' ');
    const QString sign = isNegative() ? locale.negativeSign() : QString();
    return sign + symbol + formatMagnitude(magnitudeOf(m_minorUnits), minorDigits(), locale);
}

QString Money::toPlainString() const
{
    if (!isValid())
        return QString();

    QLocale plain = QLocale::c();
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    const QString sign = isNegative() ? QStringLiteral("-") : QString();
    return sign + formatMagnitude(magnitudeOf(m_minorUnits), minorDigits(), plain);
}

qint64 Money::roundHalfUp(qint64 numerator, qint64 denominator)
{
    Q_ASSERT(denominator > 0);
    if (denominator <= 0)
        return 0;

    const qint64 quotient = numerator / denominator;
    const qint64 remainder = numerator % denominator;

    // |remainder| < denominator, so neither side of the comparison can
    // overflow, as 2 * |remainder| >= denominator could. The quotient can
    // only be at a qint64 limit when the denominator is 1 and there is no
    // remainder, so the step away from zero cannot overflow either.
    const qint64 absoluteRemainder = remainder < 0 ? -remainder : remainder;
    if (absoluteRemainder < denominator - absoluteRemainder)
        return quotient;
    return numerator < 0 ? quotient - 1 : quotient + 1;
}

std::optional<Money> Money::plus(const Money &other) const
{
    if (!isValid() || m_currency != other.m_currency)
        return std::nullopt;

    qint64 sum = 0;
    if (__builtin_add_overflow(m_minorUnits, other.m_minorUnits, &sum))
        return std::nullopt;
    return Money(sum, m_currency);
}
