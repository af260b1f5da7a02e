#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

// An exact percentage, such as the 0.05% per day of a late fee, stored as an
// integer count of millionths of a percent. It is never converted to a
// floating-point number: "0.05%" is 50,000 millionths, the fraction
// 50,000 / 100,000,000 of one.
class PercentageRate
{
    Q_DECLARE_TR_FUNCTIONS(PercentageRate)

public:
    // Decimals a typed percentage may have: "0.000001%" is the smallest rate.
    static constexpr int MaxDecimals = 6;

    // Millionths of a percent in one percent.
    static constexpr qint64 UnitsPerPercent = 1'000'000;

    // The denominator of millionthsOfPercent() as a fraction of one: the
    // millionths of a percent in 100%.
    static constexpr qint64 FractionDenominator = 100 * UnitsPerPercent;

    // An invalid rate.
    PercentageRate() = default;

    // Returns the rate of basisPoints hundredths of a percent: 5 is 0.05%.
    static PercentageRate fromBasisPoints(qint64 basisPoints);

    bool isValid() const { return m_valid; }

    // Returns the rate in millionths of a percent, which is also the
    // numerator of the rate as a fraction of one over FractionDenominator.
    qint64 millionthsOfPercent() const { return m_millionths; }

    // Formats the rate in the locale with the decimals it needs and the
    // locale's percent sign: "0.05%", "1.5%", "12%".
    QString format(const QLocale &locale = QLocale()) const;

    // Parses a percentage as a user typed it: digits with an optional
    // decimal point (the locale's, or '.' when the locale does not group
    // with '.') and at most MaxDecimals decimals, then an optional percent
    // sign: "0.05%", "0.05", "1.5 %". Full-width digits, full stop and
    // percent sign are accepted, and white space around the rate. The number
    // is always read as percent, so "0.05" is 0.05%, not 5%.
    //
    // Rejects empty text, letters, exponents ("1e-3"), a sign ("-1%",
    // "+1%"), group separators, a decimal point without digits on both
    // sides, zero, and rates above maxPercent. On failure returns
    // std::nullopt and, if errorMessage is given, a translated message that
    // starts with fieldName (such as "The rate"), quotes the input and shows
    // a valid example.
    static std::optional<PercentageRate> parse(const QString &text, const QLocale &locale,
                                               const QString &fieldName, int maxPercent,
                                               QString *errorMessage = nullptr);

    bool operator==(const PercentageRate &other) const
    {
        return m_valid == other.m_valid && m_millionths == other.m_millionths;
    }
    bool operator!=(const PercentageRate &other) const { return !(*this == other); }

private:
    explicit PercentageRate(qint64 millionths) : m_millionths(millionths), m_valid(true) {}

    qint64 m_millionths = 0;
    bool m_valid = false;
};
