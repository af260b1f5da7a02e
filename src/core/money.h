#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QMetaType>
#include <QString>

#include <optional>

// An exact amount of money: a count of minor units (fen, cents) of one
// ISO 4217 currency. No floating-point type ever stores an amount.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    // The largest amount a user may type or the service may write:
    // one trillion major units (1,000,000,000,000.00).
    static constexpr qint64 MaxMajorUnits = 1'000'000'000'000LL;

    // An invalid amount: no currency, zero minor units.
    Money() = default;

    // An amount of minorUnits of the ISO 4217 currency code. The code is
    // stored as given. A code missing from the Currency table is treated as
    // having 2 decimals, and format() writes the code and a space before it.
    Money(qint64 minorUnits, const QString &currency);

    qint64 minorUnits() const { return m_minorUnits; }
    QString currency() const { return m_currency; }
    bool isValid() const { return !m_currency.isEmpty(); }
    bool isZero() const { return m_minorUnits == 0; }
    bool isNegative() const { return m_minorUnits < 0; }

    // Number of decimals the currency uses (2 for CNY and USD, 0 for JPY;
    // 2 for a code that is not in the Currency table).
    int minorDigits() const;

    // The largest absolute amount, in minor units, that parse() accepts for
    // this currency (MaxMajorUnits major units): 100,000,000,000,000 for CNY.
    static qint64 maxMinorUnits(const QString &currency);

    // Formats for people: the locale's minus sign, the currency symbol, the
    // locale's digit grouping and decimal point, and exactly minorDigits()
    // decimals, e.g. "-¥1,234.50" in en_US or zh_CN and "US$440.00" for USD.
    // QLocale::c() omits group separators by default, so it gives
    // "-¥1234.50". parse() accepts the result with the same locale. Returns
    // an empty string for an invalid amount.
    QString format(const QLocale &locale = QLocale()) const;

    // Formats for files and the command line: no symbol, no grouping, '.' as
    // the decimal point, e.g. "-1234.50", "0.05", or "1235" for JPY. Stable
    // across locales. Returns an empty string for an invalid amount.
    QString toPlainString() const;

    // The amounts parse() accepts once the text is valid.
    enum class Range {
        Any, // -MaxMajorUnits to MaxMajorUnits
        NonNegative, // 0 to MaxMajorUnits
        Positive, // one minor unit to MaxMajorUnits
    };

    // Parses what a user typed into an amount of the given currency.
    // Accepts:
    // - "1234.5", "1,234.50", "¥1,234.50", "CNY 1234.50", "1234.50元" and
    //   "1234.50 CNY";
    // - a minus sign before or right after the symbol ("-¥12", "¥-12") when
    //   range is Range::Any;
    // - full-width digits and punctuation, and white space around the amount
    //   (U+3000 included);
    // - the decimal point and group separator of the locale ("1.234,50" in
    //   de_DE). Group separators must split the integer part into groups of
    //   three digits or as the locale writes it ("1,23,456" in en_IN), and the
    //   first group must not start with 0.
    // Rejects empty input, letters, exponents and misplaced group separators.
    // Rejects more decimals than the currency has ("1.234" for CNY, any
    // decimals for JPY), a decimal point without digits on both sides, and
    // more than one decimal point. Rejects a plus sign, a minus sign elsewhere,
    // a symbol or code of another currency, an amount outside range, and a
    // currency code that is not in the Currency table. Every amount outside
    // range gets the same message, which shows the limits formatted with
    // group separators, e.g. "¥0.01" to "¥1,000,000,000,000.00" for
    // Range::Positive. On failure returns std::nullopt and, if errorMessage
    // is given, a translated message that quotes the input and shows a valid
    // amount.
    static std::optional<Money> parse(const QString &text, const QString &currency,
                                      const QLocale &locale = QLocale::c(),
                                      QString *errorMessage = nullptr,
                                      Range range = Range::Any);

    // Rounds numerator / denominator to the nearest integer, halves away
    // from zero (commercial half-up rounding): 15/10 is 2, -15/10 is -2.
    // The one rounding function of the program: computed line amounts call
    // it once per line. Exact for every qint64 numerator. denominator must
    // be positive. Otherwise it asserts in debug builds and returns 0 in
    // release builds.
    static qint64 roundHalfUp(qint64 numerator, qint64 denominator);

    // Adds two amounts of the same currency. Returns std::nullopt when the
    // currencies differ, this amount is invalid, or the sum overflows qint64.
    std::optional<Money> plus(const Money &other) const;

    bool operator==(const Money &other) const
    {
        return m_minorUnits == other.m_minorUnits && m_currency == other.m_currency;
    }
    bool operator!=(const Money &other) const { return !(*this == other); }

private:
    // The two members below serve parse() (moneyparser.cpp) but are defined in
    // money.cpp, next to the digit and formatting helpers they use.

    // Digits of MaxMajorUnits (13). parse() rejects an integer part with more
    // significant digits before any accumulation, so parsing never overflows.
    static const int MaxMajorDigits;

    // Returns an amount such as "1234.50" in the locale's notation, for the
    // messages of parse().
    static QString exampleAmount(int minorDigits, const QLocale &locale);

    qint64 m_minorUnits = 0;
    QString m_currency;
};

Q_DECLARE_METATYPE(Money)
