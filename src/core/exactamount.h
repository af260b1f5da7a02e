#pragma once

#include "money.h"

#include <QLocale>
#include <QString>

#include <optional>

// A 128-bit integer, for the products of computed charges: an amount of up
// to 10^14 minor units times a rate numerator and a day count exceeds qint64.
// GCC and Clang provide __int128 on 64-bit targets.
__extension__ using Int128 = __int128;

// An exact, non-negative amount of minor units as the fraction
// numerator / denominator, before the one rounding of a computed charge.
class ExactAmount
{
public:
    // numerator must not be negative and denominator must be positive.
    ExactAmount(Int128 numerator, qint64 denominator, const QString &currency);

    // Rounds to whole minor units, half up, through Money::roundHalfUp().
    // Returns std::nullopt when the result exceeds qint64.
    std::optional<Money> roundedHalfUp() const;

    // Returns whether the amount is above maxMinorUnits.
    bool exceeds(qint64 maxMinorUnits) const;

    // Formats the exact amount as Money::format() does, with up to
    // extraDigits further decimals and "…" when the decimals go on:
    // "¥38.709677…" for 120,000 / 31 fen with 4 extra digits, "¥50.005" for
    // 150,015 / 30 fen, "¥40.00" for 4,000 fen.
    QString format(const QLocale &locale = QLocale(), int extraDigits = 4) const;

private:
    Int128 m_numerator = 0;
    qint64 m_denominator = 1;
    QString m_currency;
};
