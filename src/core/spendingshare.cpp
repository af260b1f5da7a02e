#include "spendingshare.h"

SpendingShare::SpendingShare(qint64 part, qint64 whole)
    : m_part(part)
    , m_whole(whole)
{
    Q_ASSERT(part >= 0 && part <= whole);
}

qint64 SpendingShare::basisPoints() const
{
    return isDefined() ? scaledRounded(m_part, m_whole, 10000) : 0;
}

qint64 SpendingShare::permille() const
{
    return isDefined() ? scaledRounded(m_part, m_whole, 1000) : 0;
}

QString SpendingShare::format(const QLocale &locale) const
{
    if (!isDefined())
        return QStringLiteral("–");
    const qint64 tenths = permille();
    return locale.toString(tenths / 10) + locale.decimalPoint() + locale.toString(tenths % 10)
           + locale.percent();
}

// Long multiplication in base 2 modulo the denominator: the quotient and
// the remainder of numerator * scale are built one bit of scale at a time.
// Every intermediate remainder is below the denominator (< 2^63), so its
// double and its sum with the numerator fit in quint64.
qint64 SpendingShare::scaledRounded(qint64 numerator, qint64 denominator, qint64 scale)
{
    if (denominator <= 0 || numerator < 0 || numerator > denominator || scale <= 0
        || scale > 1'000'000) {
        Q_ASSERT_X(false, "SpendingShare::scaledRounded", "argument out of range");
        return 0;
    }

    const quint64 divisor = quint64(denominator);
    const quint64 value = quint64(numerator);
    quint64 quotient = 0;
    quint64 remainder = 0;
    for (int bit = 20; bit >= 0; --bit) {
        quotient *= 2;
        remainder *= 2;
        if (remainder >= divisor) {
            remainder -= divisor;
            ++quotient;
        }
        if (scale & (qint64(1) << bit)) {
            remainder += value;
            if (remainder >= divisor) {
                remainder -= divisor;
                ++quotient;
            }
        }
    }

    // Half-up: a remainder of at least half the divisor rounds up.
    if (2 * remainder >= divisor)
        ++quotient;
    return qint64(quotient);
}
