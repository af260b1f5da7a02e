#pragma once

#include <QLocale>
#include <QString>

// A share as an exact fraction of two amounts in minor units, such as the
// billing-error charges out of all charges. Percentages are computed from
// the fraction with integer arithmetic, never through a floating-point
// number, and rounded half-up once.
class SpendingShare
{
public:
    SpendingShare() = default;

    // The share part / whole. part must be between 0 and whole.
    SpendingShare(qint64 part, qint64 whole);

    qint64 part() const { return m_part; }
    qint64 whole() const { return m_whole; }

    // Returns false for an empty whole, which has no share.
    bool isDefined() const { return m_whole > 0; }

    // Returns the share in basis points (hundredths of a percent), rounded
    // half-up: 1/3 is 3333, 2/3 is 6667. 0 when the share is undefined.
    qint64 basisPoints() const;

    // Returns the share in tenths of a percent, rounded half-up from the
    // fraction itself: 0.12349 is 123 (12.3 %), although its basis points
    // 1235 would round to 124.
    qint64 permille() const;

    // Formats the share as a percentage with one decimal in locale, such as
    // "12.3%", or "–" when it is undefined.
    QString format(const QLocale &locale = QLocale()) const;

    // Returns numerator * scale / denominator rounded half-up, exactly for
    // every 0 <= numerator <= denominator and 0 < scale <= 1,000,000, where
    // the plain product could overflow qint64.
    static qint64 scaledRounded(qint64 numerator, qint64 denominator, qint64 scale);

private:
    qint64 m_part = 0;
    qint64 m_whole = 0;
};
