#include "exactamount.h"

#include <limits>

ExactAmount::ExactAmount(Int128 numerator, qint64 denominator, const QString &currency)
    : m_numerator(numerator)
    , m_denominator(denominator)
    , m_currency(currency)
{
    Q_ASSERT(numerator >= 0);
    Q_ASSERT(denominator > 0);
}

std::optional<Money> ExactAmount::roundedHalfUp() const
{
    // Splitting off the whole minor units leaves a remainder below the
    // denominator, which fits the qint64 rounding function and gives 0 or 1.
    const Int128 quotient = m_numerator / m_denominator;
    const qint64 remainder = qint64(m_numerator % m_denominator);
    if (quotient >= std::numeric_limits<qint64>::max())
        return std::nullopt;
    return Money(qint64(quotient) + Money::roundHalfUp(remainder, m_denominator), m_currency);
}

bool ExactAmount::exceeds(qint64 maxMinorUnits) const
{
    return m_numerator > Int128(maxMinorUnits) * m_denominator;
}

QString ExactAmount::format(const QLocale &locale, int extraDigits) const
{
    const Int128 quotient = m_numerator / m_denominator;
    if (quotient > std::numeric_limits<qint64>::max())
        return QString();

    // The whole minor units as Money writes them, then the further decimals
    // by long division of the remainder.
    QString text = Money(qint64(quotient), m_currency).format(locale);
    Int128 remainder = m_numerator % m_denominator;
    if (remainder == 0)
        return text;

    if (Money(0, m_currency).minorDigits() == 0)
        text += locale.decimalPoint();
    for (int i = 0; i < extraDigits && remainder != 0; ++i) {
        remainder *= 10;
        text += locale.toString(int(remainder / m_denominator));
        remainder %= m_denominator;
    }
    if (remainder != 0)
        text += QStringLiteral("…");
    return text;
}
