#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QMetaType>
#include <QString>

#include <optional>

// An exact amount of money: a count of minor units (fen, cents) of one
// ISO 4217 currency. No floating-point type ever holds an amount.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    // The largest amount a user may type or the service may write:
    // one trillion major units (1,000,000,000,000.00).
    static constexpr qint64 MaxMajorUnits = 1'000'000'000'000LL;

    Money() = default;
    Money(qint64 minorUnits, const QString &currency);

    qint64 minorUnits() const { return m_minorUnits; }
    QString currency() const { return m_currency; }
    bool isValid() const { return !m_currency.isEmpty(); }
    bool isZero() const { return m_minorUnits == 0; }
    bool isNegative() const { return m_minorUnits < 0; }

    // Number of decimals the currency uses (2 for CNY and USD, 0 for JPY).
    int minorDigits() const;

    // The largest absolute amount, in minor units, that parse() accepts for
    // this currency (MaxMajorUnits major units).
    static qint64 maxMinorUnits(const QString &currency);

    // Formats for people: currency symbol, the locale's digit grouping and
    // decimal point, and a leading minus sign, e.g. "-¥1,234.50".
    QString format(const QLocale &locale = QLocale()) const;

    // Formats for files and the command line: no symbol, no grouping, '.' as
    // the decimal point, e.g. "-1234.50". Stable across locales.
    QString toPlainString() const;

    // Parses what a user typed into an amount of the given currency.
    // Accepts "1234.5", "1,234.50", "¥1,234.50", "CNY 1234.50", a leading
    // minus sign, full-width digits and punctuation, and the decimal point
    // and group separator of the locale. Rejects empty input, letters,
    // exponents, misplaced group separators, more decimals than the currency
    // has (so "1.234" is rejected for CNY), a symbol of another currency and
    // amounts above MaxMajorUnits. On failure returns std::nullopt and, if
    // errorMessage is given, a translated message that quotes the input.
    static std::optional<Money> parse(const QString &text, const QString &currency,
                                      const QLocale &locale = QLocale::c(),
                                      QString *errorMessage = nullptr);

    // Rounds numerator / denominator to the nearest integer, halves away
    // from zero (commercial half-up rounding). The one rounding function of
    // the program: computed line amounts call it once per line.
    // denominator must be positive.
    static qint64 roundHalfUp(qint64 numerator, qint64 denominator);

    // Adds two amounts of the same currency; returns std::nullopt when the
    // currencies differ or the sum overflows qint64.
    std::optional<Money> plus(const Money &other) const;

    bool operator==(const Money &other) const
    {
        return m_minorUnits == other.m_minorUnits && m_currency == other.m_currency;
    }
    bool operator!=(const Money &other) const { return !(*this == other); }

private:
    qint64 m_minorUnits = 0;
    QString m_currency;
};

Q_DECLARE_METATYPE(Money)
