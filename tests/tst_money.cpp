#include "currency.h"
#include "money.h"

#include <QLocale>
#include <QTest>

#include <limits>

namespace {

constexpr qint64 Int64Max = std::numeric_limits<qint64>::max();
constexpr qint64 Int64Min = std::numeric_limits<qint64>::min();

// Maps the locale column of the tables to a QLocale. "C" is QLocale::c(),
// which omits group separators when formatting.
QLocale localeNamed(const QString &name)
{
    return name == QLatin1String("C") ? QLocale::c() : QLocale(name);
}

} // namespace

class tst_Money : public QObject
{
    Q_OBJECT

private slots:
    void currencyTable();
    void validity();
    void maxMinorUnits();

    void parseAccepted_data();
    void parseAccepted();
    void parseRejected_data();
    void parseRejected();
    void parseMessageShowsExample();
    void parseRange_data();
    void parseRange();
    void parseLimits_data();
    void parseLimits();
    void parseFormatRoundTrip_data();
    void parseFormatRoundTrip();

    void roundHalfUp_data();
    void roundHalfUp();
    void roundHalfUpNonPositiveDenominator();
    void northwindLineAmount_data();
    void northwindLineAmount();

    void format_data();
    void format();
    void formatInvalid();
    void toPlainString_data();
    void toPlainString();
    void toPlainStringIgnoresDefaultLocale();

    void plusSameCurrency();
    void plusCurrencyMismatch();
    void plusOverflow();
    void plusInvalid();
};

void tst_Money::currencyTable()
{
    const Currency *cny = Currency::find(QStringLiteral("CNY"));
    QVERIFY(cny);
    QCOMPARE(cny->minorDigits, 2);
    QCOMPARE(cny->symbol, QStringLiteral("¥"));
    QVERIFY(cny->inputSymbols.contains(QStringLiteral("\uFFE5")));
    QVERIFY(cny->inputSuffixes.contains(QStringLiteral("元")));

    const Currency *jpy = Currency::find(QStringLiteral("JPY"));
    QVERIFY(jpy);
    QCOMPARE(jpy->minorDigits, 0);
    QCOMPARE(jpy->symbol, QStringLiteral("JP¥"));
    QVERIFY(!jpy->inputSymbols.contains(QStringLiteral("¥")));

    const Currency *usd = Currency::find(QStringLiteral("USD"));
    QVERIFY(usd);
    QCOMPARE(usd->symbol, QStringLiteral("US$"));

    QCOMPARE(Currency::find(QStringLiteral("cny")), nullptr);
    QCOMPARE(Currency::find(QStringLiteral("XYZ")), nullptr);
    QCOMPARE(Currency::find(QString()), nullptr);

    const QStringList codes = Currency::knownCodes();
    for (const char *code : {"CNY", "USD", "EUR", "GBP", "HKD", "TWD", "JPY"})
        QVERIFY2(codes.contains(QLatin1String(code)), code);
}

void tst_Money::validity()
{
    QVERIFY(!Money().isValid());
    QVERIFY(Money().currency().isEmpty());
    QVERIFY(Money(0, QStringLiteral("CNY")).isValid());
    QVERIFY(Money(0, QStringLiteral("CNY")).isZero());
    QVERIFY(Money(-1, QStringLiteral("CNY")).isNegative());
    QCOMPARE(Money(1, QStringLiteral("JPY")).minorDigits(), 0);
    QCOMPARE(Money(1, QStringLiteral("XYZ")).minorDigits(), 2);
    QVERIFY(Money(5, QStringLiteral("CNY")) != Money(5, QStringLiteral("USD")));
    QVERIFY(Money(5, QStringLiteral("CNY")) == Money(5, QStringLiteral("CNY")));
}

void tst_Money::maxMinorUnits()
{
    QCOMPARE(Money::maxMinorUnits(QStringLiteral("CNY")), 100'000'000'000'000LL);
    QCOMPARE(Money::maxMinorUnits(QStringLiteral("USD")), 100'000'000'000'000LL);
    QCOMPARE(Money::maxMinorUnits(QStringLiteral("JPY")), 1'000'000'000'000LL);
}

void tst_Money::parseAccepted_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("expected");

    const QString cny = QStringLiteral("CNY");
    const QString usd = QStringLiteral("USD");
    const QString jpy = QStringLiteral("JPY");
    const QString c = QStringLiteral("C");

    QTest::newRow("one decimal") << "1234.5" << cny << c << 123450LL;
    QTest::newRow("grouped") << "1,234.50" << cny << c << 123450LL;
    QTest::newRow("two groups") << "1,234,567.89" << cny << c << 123456789LL;
    QTest::newRow("yuan sign") << "¥1,234.50" << cny << c << 123450LL;
    QTest::newRow("full-width yuan sign") << "\uFFE5" "1,234.50" << cny << c << 123450LL;
    QTest::newRow("code and space") << "CNY 1234.50" << cny << c << 123450LL;
    QTest::newRow("RMB") << "RMB12" << cny << c << 1200LL;
    QTest::newRow("yuan suffix") << "1234.50元" << cny << c << 123450LL;
    QTest::newRow("code suffix") << "1234.50 CNY" << cny << c << 123450LL;
    QTest::newRow("sign and symbol") << "¥ 12" << cny << c << 1200LL;
    QTest::newRow("minus") << "-12.30" << cny << c << -1230LL;
    QTest::newRow("full-width minus") << "\uFF0D" "12.30" << cny << c << -1230LL;
    QTest::newRow("minus before symbol") << "-¥1,234.50" << cny << c << -123450LL;
    QTest::newRow("minus after symbol") << "¥-5" << cny << c << -500LL;
    QTest::newRow("negative zero") << "-0" << cny << c << 0LL;
    QTest::newRow("white space") << "  12.5\t" << cny << c << 1250LL;
    QTest::newRow("ideographic space") << "\u3000" "12\u3000" << cny << c << 1200LL;
    QTest::newRow("full-width digits")
        << "\uFF11\uFF12\uFF13\uFF14\uFF0E\uFF15\uFF10" << cny << c << 123450LL;
    QTest::newRow("full-width grouping")
        << "\uFF11\uFF0C\uFF12\uFF13\uFF14\uFF0E\uFF15" << cny << c << 123450LL;
    QTest::newRow("cents") << "0.05" << cny << c << 5LL;
    QTest::newRow("zero") << "0" << cny << c << 0LL;
    QTest::newRow("leading zeros") << "0012.50" << cny << c << 1250LL;
    QTest::newRow("zh_CN") << "¥1,234.50" << cny << "zh_CN" << 123450LL;
    QTest::newRow("en_US") << "1,234.50" << cny << "en_US" << 123450LL;
    QTest::newRow("de_DE grouped") << "1.234,50" << cny << "de_DE" << 123450LL;
    QTest::newRow("de_DE plain") << "1234,5" << cny << "de_DE" << 123450LL;
    QTest::newRow("fr_FR space") << "1 234,50" << cny << "fr_FR" << 123450LL;
    QTest::newRow("fr_FR narrow no-break space")
        << "1\u202F" "234,50" << cny << "fr_FR" << 123450LL;
    QTest::newRow("en_IN grouping") << "1,23,456.00" << cny << "en_IN" << 12345600LL;
    QTest::newRow("en_IN three-digit groups") << "123,456" << cny << "en_IN" << 12345600LL;
    QTest::newRow("es_ES as Qt writes it") << "1234.567" << cny << "es_ES" << 123456700LL;
    QTest::newRow("ccp_BD Chakma digits")
        << "\U00011137\U00011138\U00011139\U0001113A.\U0001113B\U00011136" << cny << "ccp_BD"
        << 123450LL;
    QTest::newRow("ccp_BD Indian grouping")
        << "\U00011137,\U00011138\U00011139,\U0001113A\U0001113B\U0001113C" << cny
        << "ccp_BD" << 12345600LL;
    QTest::newRow("US$") << "US$440.00" << usd << "en_US" << 44000LL;
    QTest::newRow("dollar") << "$12" << usd << c << 1200LL;
    QTest::newRow("full-width dollar") << "\uFF04" "12" << usd << c << 1200LL;
    QTest::newRow("USD code") << "USD 12" << usd << c << 1200LL;
    QTest::newRow("euro") << "€12" << "EUR" << c << 1200LL;
    QTest::newRow("pound") << "£12" << "GBP" << c << 1200LL;
    QTest::newRow("HK$") << "HK$12" << "HKD" << c << 1200LL;
    QTest::newRow("NT$") << "NT$12" << "TWD" << c << 1200LL;
    QTest::newRow("JPY symbol") << "JP¥1,235" << jpy << c << 1235LL;
    QTest::newRow("JPY plain") << "1235" << jpy << c << 1235LL;
    QTest::newRow("JPY code") << "JPY 1235" << jpy << c << 1235LL;
    QTest::newRow("maximum") << "1000000000000.00" << cny << c << 100'000'000'000'000LL;
    QTest::newRow("maximum grouped")
        << "1,000,000,000,000" << cny << c << 100'000'000'000'000LL;
    QTest::newRow("negative maximum")
        << "-1000000000000" << cny << c << -100'000'000'000'000LL;
    QTest::newRow("JPY maximum") << "1000000000000" << jpy << c << 1'000'000'000'000LL;
}

void tst_Money::parseAccepted()
{
    QFETCH(QString, input);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(qint64, expected);

    QString message;
    const std::optional<Money> money = Money::parse(input, currency, localeNamed(locale),
                                                    &message);
    QVERIFY2(money.has_value(), qPrintable(message));
    QCOMPARE(money->minorUnits(), expected);
    QCOMPARE(money->currency(), currency);
    QVERIFY(message.isEmpty());
}

void tst_Money::parseRejected_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("fragment");

    const QString cny = QStringLiteral("CNY");
    const QString c = QStringLiteral("C");
    const QString range = QStringLiteral("outside the allowed range");
    const QString group = QStringLiteral("group separator “,” in the wrong place");
    const QString sign = QStringLiteral("sign that is not accepted");
    const QString bothSides = QStringLiteral("digits before and after the decimal point");

    QTest::newRow("empty") << "" << cny << c << "empty";
    QTest::newRow("blank") << " \u3000 " << cny << c << "empty";
    QTest::newRow("letters") << "abc" << cny << c << "contains “a”";
    QTest::newRow("trailing letter") << "12a" << cny << c << "contains “a”";
    QTest::newRow("full-width letter") << "12\uFF41" << cny << c << "contains “\uFF41”";
    QTest::newRow("ideographic full stop") << "12\u3002" "5" << cny << c
                                           << "contains “\u3002”";
    QTest::newRow("lower-case code") << "cny 12" << cny << c << "contains “c”";
    QTest::newRow("parentheses") << "(12)" << cny << c << "contains “(”";
    QTest::newRow("exponent") << "1e5" << cny << c << "exponent notation";
    QTest::newRow("capital exponent") << "1E3" << cny << c << "exponent notation";
    QTest::newRow("signed exponent") << "1.5e-3" << cny << c << "exponent notation";
    QTest::newRow("three decimals") << "1.234" << cny << c << "has 3 decimals";
    QTest::newRow("tenth of a cent") << "0.001" << cny << c << "has 3 decimals";
    QTest::newRow("trailing zero decimal") << "1.230" << cny << c << "at most 2";
    QTest::newRow("JPY decimals") << "12.5" << "JPY" << c << "whole numbers";
    QTest::newRow("JPY zero decimals") << "12.0" << "JPY" << c << "whole numbers";
    QTest::newRow("two decimal points") << "1.2.3" << cny << c << "more than one decimal point";
    QTest::newRow("no integer digits") << ".5" << cny << c << bothSides;
    QTest::newRow("no decimal digits") << "12." << cny << c << bothSides;
    QTest::newRow("decimal point only") << "." << cny << c << bothSides;
    QTest::newRow("sign in the middle") << "12-3" << cny << c << sign;
    QTest::newRow("trailing minus") << "12-" << cny << c << sign;
    QTest::newRow("two minus signs") << "--12" << cny << c << sign;
    QTest::newRow("minus on both sides of symbol") << "-¥-12" << cny << c << sign;
    QTest::newRow("plus") << "+12" << cny << c << sign;
    QTest::newRow("space inside") << "12 34" << cny << c << "space inside the number";
    QTest::newRow("symbol only") << "¥" << cny << c << "no digits";
    QTest::newRow("minus only") << "-" << cny << c << "no digits";
    QTest::newRow("dollar for CNY") << "$12" << cny << c
                                    << "is in USD, but this amount must be in CNY";
    QTest::newRow("JP yen for CNY") << "JP¥12" << cny << c << "is in JPY";
    QTest::newRow("bare yen for JPY") << "¥12" << "JPY" << c
                                      << "is in CNY, but this amount must be in JPY";
    QTest::newRow("yuan suffix for USD") << "12元" << "USD" << c << "is in CNY";
    QTest::newRow("code suffix of another currency") << "¥12 USD" << cny << c << "is in USD";
    QTest::newRow("group of two") << "12,34" << cny << c << group;
    QTest::newRow("group of four") << "1,2345" << cny << c << group;
    QTest::newRow("leading separator") << ",123" << cny << c << group;
    QTest::newRow("double separator") << "1,,234" << cny << c << group;
    QTest::newRow("first group too long") << "1234,567" << cny << c << group;
    QTest::newRow("separator in decimals") << "1,234.5,6" << cny << c << group;
    QTest::newRow("grouped leading zero") << "0,123" << cny << c << group;
    QTest::newRow("trailing separator") << "1," << cny << c << group;
    QTest::newRow("Indian grouping in C") << "1,23,456" << cny << c << group;
    QTest::newRow("en_US grouping in de_DE") << "1,234.50" << cny << "de_DE"
                                             << "group separator “.” in the wrong place";
    QTest::newRow("one cent over") << "1000000000000.01" << cny << c << range;
    QTest::newRow("one cent under") << "-1000000000000.01" << cny << c << range;
    QTest::newRow("twenty digits") << "99999999999999999999" << cny << c << range;
    QTest::newRow("forty digits")
        << "9999999999999999999999999999999999999999.5" << cny << c << range;
    QTest::newRow("JPY one over") << "1000000000001" << "JPY" << c << range;
    QTest::newRow("unknown currency") << "12" << "XYZ" << c
                                      << "currency code “XYZ” is unknown";
    QTest::newRow("lower-case currency") << "12" << "cny" << c
                                         << "currency code “cny” is unknown";
}

void tst_Money::parseRejected()
{
    QFETCH(QString, input);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(QString, fragment);

    QString message;
    const std::optional<Money> money = Money::parse(input, currency, localeNamed(locale),
                                                    &message);
    QVERIFY2(!money.has_value(), qPrintable(money ? money->toPlainString() : QString()));
    QVERIFY2(message.contains(fragment), qPrintable(message));
    if (!input.trimmed().isEmpty()) {
        const QString quoted = QStringLiteral("“%1”").arg(input);
        QVERIFY2(message.contains(quoted), qPrintable(message));
    }
}

void tst_Money::parseMessageShowsExample()
{
    QString message;
    QVERIFY(!Money::parse(QStringLiteral("abc"), QStringLiteral("CNY"), QLocale::c(),
                          &message));
    QVERIFY2(message.contains(QStringLiteral("1234.50")), qPrintable(message));

    QVERIFY(!Money::parse(QStringLiteral("abc"), QStringLiteral("CNY"),
                          QLocale(QStringLiteral("de_DE")), &message));
    QVERIFY2(message.contains(QStringLiteral("1.234,50")), qPrintable(message));

    QVERIFY(!Money::parse(QStringLiteral("12.5"), QStringLiteral("JPY"), QLocale::c(),
                          &message));
    QVERIFY2(message.contains(QStringLiteral("1234.")), qPrintable(message));

    QVERIFY(!Money::parse(QStringLiteral("12,34"), QStringLiteral("CNY"), QLocale::c(),
                          &message));
    QVERIFY2(message.contains(QStringLiteral("1,234,567.50")), qPrintable(message));

    QVERIFY(!Money::parse(QStringLiteral("1000000000000.01"), QStringLiteral("CNY"),
                          QLocale::c(), &message));
    QVERIFY2(message.contains(QStringLiteral("from -¥1,000,000,000,000.00 to "
                                             "¥1,000,000,000,000.00")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("1234.50")), qPrintable(message));

    // Parsing without a message pointer must not crash.
    QVERIFY(!Money::parse(QStringLiteral("abc"), QStringLiteral("CNY")));
}

void tst_Money::parseRange_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Money::Range>("range");
    QTest::addColumn<qint64>("expected"); // -1 when rejected

    const auto positive = Money::Range::Positive;
    const auto nonNegative = Money::Range::NonNegative;
    QTest::newRow("positive cent") << "0.01" << positive << qint64(1);
    QTest::newRow("positive maximum") << "1000000000000" << positive
                                      << Money::maxMinorUnits(QStringLiteral("CNY"));
    QTest::newRow("positive zero") << "0" << positive << qint64(-1);
    QTest::newRow("positive zero decimals") << "0.00" << positive << qint64(-1);
    QTest::newRow("positive minus zero") << "-0" << positive << qint64(-1);
    QTest::newRow("positive negative") << "-5" << positive << qint64(-1);
    QTest::newRow("positive symbol negative") << "¥-5" << positive << qint64(-1);
    QTest::newRow("positive over maximum") << "1000000000000.01" << positive << qint64(-1);
    QTest::newRow("non-negative zero") << "0" << nonNegative << qint64(0);
    QTest::newRow("non-negative minus zero") << "-0" << nonNegative << qint64(0);
    QTest::newRow("non-negative negative") << "-0.01" << nonNegative << qint64(-1);
}

void tst_Money::parseRange()
{
    QFETCH(QString, input);
    QFETCH(Money::Range, range);
    QFETCH(qint64, expected);

    QString message;
    const std::optional<Money> money = Money::parse(input, QStringLiteral("CNY"), QLocale::c(),
                                                    &message, range);
    if (expected >= 0) {
        QVERIFY2(money.has_value(), qPrintable(message));
        QCOMPARE(money->minorUnits(), expected);
        return;
    }

    QVERIFY2(!money.has_value(), qPrintable(money->toPlainString()));
    const QString lowest = range == Money::Range::Positive ? QStringLiteral("¥0.01")
                                                           : QStringLiteral("¥0.00");
    const QString expectedMessage =
        QStringLiteral("The amount “%1” is outside the allowed range. Enter an amount from "
                       "%2 to ¥1,000,000,000,000.00, e.g. 1234.50.")
            .arg(input, lowest);
    QCOMPARE(message, expectedMessage);
}

void tst_Money::parseLimits_data()
{
    QTest::addColumn<QString>("currency");

    QTest::newRow("CNY") << "CNY";
    QTest::newRow("JPY") << "JPY";
}

void tst_Money::parseLimits()
{
    QFETCH(QString, currency);

    const qint64 maximum = Money::maxMinorUnits(currency);
    const QString atMaximum = Money(maximum, currency).toPlainString();
    const QString overMaximum = Money(maximum + 1, currency).toPlainString();
    const QString underMinimum = Money(-maximum - 1, currency).toPlainString();

    const std::optional<Money> parsedMaximum = Money::parse(atMaximum, currency);
    QVERIFY2(parsedMaximum.has_value(), qPrintable(atMaximum));
    QCOMPARE(parsedMaximum->minorUnits(), maximum);

    const std::optional<Money> parsedMinimum = Money::parse(QLatin1Char('-') + atMaximum,
                                                            currency);
    QVERIFY(parsedMinimum.has_value());
    QCOMPARE(parsedMinimum->minorUnits(), -maximum);

    QVERIFY2(!Money::parse(overMaximum, currency), qPrintable(overMaximum));
    QVERIFY2(!Money::parse(underMinimum, currency), qPrintable(underMinimum));
}

void tst_Money::parseFormatRoundTrip_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");

    // ccp_BD and ff_Adlm_BF write digits outside the Basic Multilingual Plane.
    for (const char *locale : {"C", "en_US", "zh_CN", "de_DE", "fr_FR", "sv_SE", "en_IN", "es_ES",
                               "ar_EG", "ccp_BD", "ff_Adlm_BF"}) {
        for (const char *currency : {"CNY", "USD", "JPY"}) {
            for (const qint64 minor : {0LL, 5LL, -123450LL, 123456789LL,
                                       Money::maxMinorUnits(QLatin1String(currency))}) {
                QTest::addRow("%s %s %lld", locale, currency, minor)
                    << QString::fromLatin1(locale) << QString::fromLatin1(currency) << minor;
            }
        }
    }
}

void tst_Money::parseFormatRoundTrip()
{
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);

    const Money money(minor, currency);
    const QString formatted = money.format(localeNamed(locale));
    QString message;
    const std::optional<Money> parsed = Money::parse(formatted, currency, localeNamed(locale),
                                                     &message);
    QVERIFY2(parsed.has_value(), qPrintable(message));
    QCOMPARE(*parsed, money);
}

void tst_Money::roundHalfUp_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("half") << 5LL << 10LL << 1LL;
    QTest::newRow("negative half") << -5LL << 10LL << -1LL;
    QTest::newRow("one and a half") << 15LL << 10LL << 2LL;
    QTest::newRow("below half") << 14LL << 10LL << 1LL;
    QTest::newRow("negative one and a half") << -15LL << 10LL << -2LL;
    QTest::newRow("negative below half") << -14LL << 10LL << -1LL;
    QTest::newRow("above half") << 16LL << 10LL << 2LL;
    QTest::newRow("negative above half") << -16LL << 10LL << -2LL;
    QTest::newRow("two and a half") << 25LL << 10LL << 3LL;
    QTest::newRow("small fraction") << 4LL << 10LL << 0LL;
    QTest::newRow("negative small fraction") << -4LL << 10LL << 0LL;
    QTest::newRow("zero") << 0LL << 10LL << 0LL;
    QTest::newRow("exact") << 30LL << 10LL << 3LL;
    QTest::newRow("denominator one") << 7LL << 1LL << 7LL;
    QTest::newRow("odd denominator half") << 3LL << 2LL << 2LL;
    QTest::newRow("odd denominator third") << 4LL << 3LL << 1LL;
    QTest::newRow("max over one") << Int64Max << 1LL << Int64Max;
    QTest::newRow("min over one") << Int64Min << 1LL << Int64Min;
    QTest::newRow("max over two") << Int64Max << 2LL << 4611686018427387904LL;
    QTest::newRow("min over two") << Int64Min << 2LL << -4611686018427387904LL;
    QTest::newRow("min plus one over two") << Int64Min + 1 << 2LL << -4611686018427387904LL;
    QTest::newRow("max over max") << Int64Max << Int64Max << 1LL;
    QTest::newRow("min over max") << Int64Min << Int64Max << -1LL;

    // The remainder of 2^62 / (2^63 - 1) is 2^62, and twice that overflows
    // a qint64.
    QTest::newRow("half of max rounds up") << 4611686018427387904LL << Int64Max << 1LL;
    QTest::newRow("just below half of max") << 4611686018427387903LL << Int64Max << 0LL;
    QTest::newRow("negative half of max") << -4611686018427387904LL << Int64Max << -1LL;
    QTest::newRow("max minus one over max") << Int64Max - 1 << Int64Max << 1LL;
    QTest::newRow("large amount with discount")
        << 99'999'999'999'999LL * 9000 << 10000LL << 89'999'999'999'999LL;
}

void tst_Money::roundHalfUp()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, expected);

    QCOMPARE(Money::roundHalfUp(numerator, denominator), expected);
}

void tst_Money::roundHalfUpNonPositiveDenominator()
{
#ifndef QT_NO_DEBUG
    QSKIP("Q_ASSERT stops a debug build on a non-positive denominator.");
#else
    QCOMPARE(Money::roundHalfUp(5, 0), 0LL);
    QCOMPARE(Money::roundHalfUp(5, -10), 0LL);
#endif
}

void tst_Money::northwindLineAmount_data()
{
    QTest::addColumn<qint64>("unitPrice");
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<qint64>("discountBasisPoints");
    QTest::addColumn<qint64>("expected");

    // Order lines of the Northwind sample: unit price in cents, quantity and
    // discount in hundredths of a percent.
    QTest::newRow("10248 14.00 x 12") << 1400LL << 12LL << 0LL << 16800LL;
    QTest::newRow("10288 5.90 x 10 less 10%") << 590LL << 10LL << 1000LL << 5310LL;
    QTest::newRow("10572 7.75 x 15 less 10%") << 775LL << 15LL << 1000LL << 10463LL;
    QTest::newRow("10751 31.23 x 12 less 10%") << 3123LL << 12LL << 1000LL << 33728LL;
    QTest::newRow("10264 7.70 x 25 less 15%") << 770LL << 25LL << 1500LL << 16363LL;
    QTest::newRow("11077 23.25 x 1 less 3%") << 2325LL << 1LL << 300LL << 2255LL;
}

void tst_Money::northwindLineAmount()
{
    QFETCH(qint64, unitPrice);
    QFETCH(qint64, quantity);
    QFETCH(qint64, discountBasisPoints);
    QFETCH(qint64, expected);

    const qint64 amount = Money::roundHalfUp(unitPrice * quantity * (10000 - discountBasisPoints),
                                             10000);
    QCOMPARE(amount, expected);
}

void tst_Money::format_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zh_CN CNY") << 123450LL << "CNY" << "zh_CN" << "¥1,234.50";
    QTest::newRow("zh_CN negative") << -123450LL << "CNY" << "zh_CN" << "-¥1,234.50";
    QTest::newRow("zh_CN zero") << 0LL << "CNY" << "zh_CN" << "¥0.00";
    QTest::newRow("zh_CN cents") << 5LL << "CNY" << "zh_CN" << "¥0.05";
    QTest::newRow("zh_CN negative cents") << -5LL << "CNY" << "zh_CN" << "-¥0.05";
    QTest::newRow("en_US USD") << 44000LL << "USD" << "en_US" << "US$440.00";
    QTest::newRow("en_US CNY") << 123450LL << "CNY" << "en_US" << "¥1,234.50";
    QTest::newRow("en_US JPY") << 1235LL << "JPY" << "en_US" << "JP¥1,235";
    QTest::newRow("en_US negative JPY") << -1235LL << "JPY" << "en_US" << "-JP¥1,235";
    QTest::newRow("de_DE CNY") << 123450LL << "CNY" << "de_DE" << "¥1.234,50";
    QTest::newRow("de_DE EUR") << 12345LL << "EUR" << "de_DE" << "€123,45";
    QTest::newRow("C locale") << -123450LL << "CNY" << "C" << "-¥1234.50";
    QTest::newRow("maximum") << 100'000'000'000'000LL << "CNY" << "zh_CN"
                             << "¥1,000,000,000,000.00";
    QTest::newRow("qint64 maximum") << Int64Max << "CNY" << "C" << "¥92233720368547758.07";
    QTest::newRow("qint64 minimum") << Int64Min << "CNY" << "C" << "-¥92233720368547758.08";
    QTest::newRow("qint64 minimum JPY") << Int64Min << "JPY" << "en_US"
                                        << "-JP¥9,223,372,036,854,775,808";
    QTest::newRow("unknown currency") << 1234LL << "XYZ" << "C" << "XYZ 12.34";
}

void tst_Money::format()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(QString, expected);

    QCOMPARE(Money(minor, currency).format(localeNamed(locale)), expected);
}

void tst_Money::formatInvalid()
{
    QCOMPARE(Money().format(QLocale::c()), QString());
    QCOMPARE(Money().toPlainString(), QString());
}

void tst_Money::toPlainString_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");

    QTest::newRow("negative") << -123450LL << "CNY" << "-1234.50";
    QTest::newRow("cents") << 5LL << "CNY" << "0.05";
    QTest::newRow("negative cents") << -5LL << "CNY" << "-0.05";
    QTest::newRow("zero") << 0LL << "CNY" << "0.00";
    QTest::newRow("JPY") << 1235LL << "JPY" << "1235";
    QTest::newRow("maximum") << 100'000'000'000'000LL << "CNY" << "1000000000000.00";
    QTest::newRow("qint64 minimum") << Int64Min << "CNY" << "-92233720368547758.08";
}

void tst_Money::toPlainString()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, expected);

    QCOMPARE(Money(minor, currency).toPlainString(), expected);
}

void tst_Money::toPlainStringIgnoresDefaultLocale()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    const QString plain = Money(123450, QStringLiteral("CNY")).toPlainString();
    QLocale::setDefault(previous);

    QCOMPARE(plain, QStringLiteral("1234.50"));
}

void tst_Money::plusSameCurrency()
{
    const std::optional<Money> sum = Money(150, QStringLiteral("CNY"))
                                         .plus(Money(-50, QStringLiteral("CNY")));
    QVERIFY(sum.has_value());
    QCOMPARE(sum->minorUnits(), 100LL);
    QCOMPARE(sum->currency(), QStringLiteral("CNY"));
}

void tst_Money::plusCurrencyMismatch()
{
    QVERIFY(!Money(1, QStringLiteral("CNY")).plus(Money(1, QStringLiteral("USD"))));
    QVERIFY(!Money(1, QStringLiteral("CNY")).plus(Money()));
}

void tst_Money::plusOverflow()
{
    const QString cny = QStringLiteral("CNY");
    QVERIFY(!Money(Int64Max, cny).plus(Money(1, cny)));
    QVERIFY(!Money(Int64Min, cny).plus(Money(-1, cny)));

    const std::optional<Money> atLimit = Money(Int64Max - 1, cny).plus(Money(1, cny));
    QVERIFY(atLimit.has_value());
    QCOMPARE(atLimit->minorUnits(), Int64Max);
}

void tst_Money::plusInvalid()
{
    QVERIFY(!Money().plus(Money()));
}

QTEST_APPLESS_MAIN(tst_Money)

#include "tst_money.moc"
