#include "computedcharge.h"
#include "exactamount.h"
#include "latefeecalculator.h"
#include "percentagerate.h"
#include "prorationcalculator.h"

#include <QLocale>
#include <QTest>

// Checks the upgrade difference and late fee calculators against amounts
// worked out by hand. Each row's comment shows the arithmetic; amounts are
// in minor units (fen, cents, yen).
class tst_ComputedCharges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void prorationAmount_data();
    void prorationAmount();
    void prorationRejected_data();
    void prorationRejected();
    void prorationFormula_data();
    void prorationFormula();
    void prorationSteps();

    void rateParseAccepted_data();
    void rateParseAccepted();
    void rateParseRejected_data();
    void rateParseRejected();
    void rateFormat_data();
    void rateFormat();

    void lateFeeAmount_data();
    void lateFeeAmount();
    void lateFeeFromDates_data();
    void lateFeeFromDates();
    void lateFeeRejected_data();
    void lateFeeRejected();
    void lateFeeFormula_data();
    void lateFeeFormula();
    void lateFeeCapSteps();

    void exactAmountFormat_data();
    void exactAmountFormat();
    void noteWithFormula_data();
    void noteWithFormula();
};

Q_DECLARE_METATYPE(LateFeeInput::RateUnit)
Q_DECLARE_METATYPE(LateFeeInput::Cap)

namespace {

const QLocale EnglishUs(QLocale::English, QLocale::UnitedStates);

Money cny(qint64 fen)
{
    return Money(fen, QStringLiteral("CNY"));
}

PercentageRate rate(const QString &text)
{
    return PercentageRate::parse(text, QLocale::c(), QStringLiteral("The rate"), 100)
        .value_or(PercentageRate());
}

// Returns the first error's field and message, or two empty strings.
std::pair<QString, QString> firstError(const ComputedCharge &charge)
{
    if (charge.errors.isEmpty())
        return {};
    return {charge.errors.constFirst().field, charge.errors.constFirst().message};
}

} // namespace

void tst_ComputedCharges::initTestCase()
{
    QLocale::setDefault(EnglishUs);
}

void tst_ComputedCharges::prorationAmount_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("oldPrice");
    QTest::addColumn<qint64>("newPrice");
    QTest::addColumn<QDate>("upgradeDate");
    QTest::addColumn<QDate>("periodEnd");
    QTest::addColumn<qint64>("expected");

    const QString cny = QStringLiteral("CNY");

    // 15 to 28 Feb 2026 is 14 of 28 days: 10,000 × 14 ÷ 28 = 5,000.
    QTest::newRow("February, second half") << cny << qint64(20000) << qint64(30000)
                                           << QDate(2026, 2, 15) << QDate(2026, 2, 28)
                                           << qint64(5000);
    // 19 to 30 Apr 2026 is 12 of 30 days: 10,000 × 12 ÷ 30 = 4,000.
    QTest::newRow("30-day month") << cny << qint64(20000) << qint64(30000) << QDate(2026, 4, 19)
                                  << QDate(2026, 4, 30) << qint64(4000);
    // 20 to 31 Jan 2026 is 12 of 31 days: 120,000 ÷ 31 = 3,870.97 → 3,871.
    QTest::newRow("31-day month") << cny << qint64(20000) << qint64(30000) << QDate(2026, 1, 20)
                                  << QDate(2026, 1, 31) << qint64(3871);
    // 2028 is a leap year: 15 to 29 Feb is 15 of 29 days:
    // 150,000 ÷ 29 = 5,172.41 → 5,172.
    QTest::newRow("leap February") << cny << qint64(20000) << qint64(30000) << QDate(2028, 2, 15)
                                   << QDate(2028, 2, 29) << qint64(5172);
    // 2026 is not: 14 to 28 Feb is 15 of 28 days: 150,000 ÷ 28 = 5,357.14 → 5,357.
    QTest::newRow("common February") << cny << qint64(20000) << qint64(30000)
                                     << QDate(2026, 2, 14) << QDate(2026, 2, 28)
                                     << qint64(5357);
    // 16 to 30 Apr is 15 of 30 days: 10,001 × 15 ÷ 30 = 5,000.5 → 5,001.
    QTest::newRow("half fen rounds up") << cny << qint64(20000) << qint64(30001)
                                        << QDate(2026, 4, 16) << QDate(2026, 4, 30)
                                        << qint64(5001);
    // 22 to 28 Feb 2026 is 7 of 28 days: 2 × 7 ÷ 28 = 0.5 → 1.
    QTest::newRow("half of one fen") << cny << qint64(20000) << qint64(20002)
                                     << QDate(2026, 2, 22) << QDate(2026, 2, 28) << qint64(1);
    // 109 × 1 ÷ 30 = 3.63 → 4, and 100 × 1 ÷ 30 = 3.33 → 3.
    QTest::newRow("above half rounds up") << cny << qint64(0) << qint64(109)
                                          << QDate(2026, 4, 30) << QDate(2026, 4, 30)
                                          << qint64(4);
    QTest::newRow("below half rounds down") << cny << qint64(0) << qint64(100)
                                            << QDate(2026, 4, 30) << QDate(2026, 4, 30)
                                            << qint64(3);
    // One day of 31: 10,000 ÷ 31 = 322.58 → 323.
    QTest::newRow("one-day period") << cny << qint64(20000) << qint64(30000)
                                    << QDate(2026, 3, 31) << QDate(2026, 3, 31) << qint64(323);
    // All 31 days of March: 10,000 × 31 ÷ 31 = 10,000.
    QTest::newRow("whole month") << cny << qint64(20000) << qint64(30000) << QDate(2026, 3, 1)
                                 << QDate(2026, 3, 31) << qint64(10000);
    // March and April whole: 10,000 × 2 = 20,000.
    QTest::newRow("two whole months") << cny << qint64(20000) << qint64(30000)
                                      << QDate(2026, 3, 1) << QDate(2026, 4, 30)
                                      << qint64(20000);
    // 12 of 31 days in January, 19 of 28 in February:
    // 10,000 × (12/31 + 19/28) = 10,000 × 925/868 = 10,656.68 → 10,657.
    QTest::newRow("across a month end") << cny << qint64(20000) << qint64(30000)
                                        << QDate(2026, 1, 20) << QDate(2026, 2, 19)
                                        << qint64(10657);
    // A free plan upgraded: 21 to 30 Apr is 10 of 30 days: 9,900 × 10 ÷ 30 = 3,300.
    QTest::newRow("from a free plan") << cny << qint64(0) << qint64(9900) << QDate(2026, 4, 21)
                                      << QDate(2026, 4, 30) << qint64(3300);
    // Yen have no minor unit: 1,000 × 10 ÷ 31 = 322.58 → JP¥323.
    QTest::newRow("yen") << QStringLiteral("JPY") << qint64(1000) << qint64(2000)
                         << QDate(2026, 1, 22) << QDate(2026, 1, 31) << qint64(323);
    // 366 days, the limit, over two Februaries (28 and 29 days): 1/28 + 11 whole
    // months + 28/29 = 9,745/812. The sum over 377,580 (the least common
    // multiple of 28, 29, 30 and 31) times 5 × 10^12 exceeds qint64, the
    // result does not: 5 × 10^12 × 9,745 ÷ 812 = 60,006,157,635,467.98 → …468.
    QTest::newRow("366 days, beyond qint64 inside")
        << cny << qint64(0) << qint64(5'000'000'000'000) << QDate(2027, 2, 28)
        << QDate(2028, 2, 28) << qint64(60'006'157'635'468);
}

void tst_ComputedCharges::prorationAmount()
{
    QFETCH(QString, currency);
    QFETCH(qint64, oldPrice);
    QFETCH(qint64, newPrice);
    QFETCH(QDate, upgradeDate);
    QFETCH(QDate, periodEnd);
    QFETCH(qint64, expected);

    const ProrationInput input{Money(oldPrice, currency), Money(newPrice, currency), upgradeDate,
                               periodEnd};
    const ComputedCharge charge = ProrationCalculator(EnglishUs).compute(input);

    QVERIFY2(charge.isValid(), qPrintable(charge.errorMessages().join(QLatin1Char('\n'))));
    QCOMPARE(charge.amount.minorUnits(), expected);
    QCOMPARE(charge.amount.currency(), currency);
    QVERIFY(!charge.formula.isEmpty());
    QVERIFY(charge.formula.endsWith(charge.amount.format(EnglishUs)));
}

void tst_ComputedCharges::prorationRejected_data()
{
    QTest::addColumn<Money>("oldPrice");
    QTest::addColumn<Money>("newPrice");
    QTest::addColumn<QDate>("upgradeDate");
    QTest::addColumn<QDate>("periodEnd");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("quoted");

    const QDate upgrade(2026, 4, 19);
    const QDate end(2026, 4, 30);
    QTest::newRow("new equals old") << cny(20000) << cny(20000) << upgrade << end
                                    << QStringLiteral("new_price") << QStringLiteral("¥200.00");
    QTest::newRow("new below old") << cny(30000) << cny(20000) << upgrade << end
                                   << QStringLiteral("new_price") << QStringLiteral("¥200.00");
    QTest::newRow("old price missing") << Money() << cny(20000) << upgrade << end
                                       << QStringLiteral("old_price") << QString();
    QTest::newRow("old price negative") << cny(-100) << cny(20000) << upgrade << end
                                        << QStringLiteral("old_price") << QStringLiteral("¥1.00");
    QTest::newRow("new price missing") << cny(20000) << Money() << upgrade << end
                                       << QStringLiteral("new_price") << QString();
    QTest::newRow("currencies differ") << cny(20000) << Money(30000, QStringLiteral("USD"))
                                       << upgrade << end << QStringLiteral("new_price")
                                       << QStringLiteral("USD");
    QTest::newRow("upgrade date invalid") << cny(20000) << cny(30000) << QDate() << end
                                          << QStringLiteral("upgrade_date") << QString();
    QTest::newRow("period end invalid") << cny(20000) << cny(30000) << upgrade << QDate()
                                        << QStringLiteral("period_end") << QString();
    QTest::newRow("upgrade after period end")
        << cny(20000) << cny(30000) << QDate(2026, 5, 1) << end << QStringLiteral("period_end")
        << QStringLiteral("5/1/2026");
    // 1 Jan 2026 to 2 Jan 2027 is 367 days, one more than allowed.
    QTest::newRow("period of 367 days")
        << cny(20000) << cny(30000) << QDate(2026, 1, 1) << QDate(2027, 1, 2)
        << QStringLiteral("period_end") << QStringLiteral("367");
    // 14 of 29 days of one fen: 14 ÷ 29 = 0.48 → 0, nothing to charge.
    QTest::newRow("rounds to zero")
        << cny(20000) << cny(20001) << QDate(2028, 2, 16) << QDate(2028, 2, 29)
        << QStringLiteral("amount") << QStringLiteral("¥0.00");
    // The maximum price for a whole year is twelve times the maximum charge.
    QTest::newRow("above the maximum charge")
        << cny(0) << cny(Money::maxMinorUnits(QStringLiteral("CNY"))) << QDate(2026, 1, 1)
        << QDate(2026, 12, 31) << QStringLiteral("amount")
        << QStringLiteral("¥1,000,000,000,000.00");
}

void tst_ComputedCharges::prorationRejected()
{
    QFETCH(Money, oldPrice);
    QFETCH(Money, newPrice);
    QFETCH(QDate, upgradeDate);
    QFETCH(QDate, periodEnd);
    QFETCH(QString, field);
    QFETCH(QString, quoted);

    const ComputedCharge charge
        = ProrationCalculator(EnglishUs).compute({oldPrice, newPrice, upgradeDate, periodEnd});

    QVERIFY(!charge.isValid());
    QCOMPARE(charge.errors.size(), 1);
    const auto [errorField, message] = firstError(charge);
    QCOMPARE(errorField, field);
    QVERIFY2(message.contains(quoted), qPrintable(message));
    QVERIFY(charge.formula.isEmpty());
}

void tst_ComputedCharges::prorationFormula_data()
{
    QTest::addColumn<QDate>("upgradeDate");
    QTest::addColumn<QDate>("periodEnd");
    QTest::addColumn<QString>("expected");

    QTest::newRow("one month") << QDate(2026, 4, 19) << QDate(2026, 4, 30)
                               << QStringLiteral("(¥300.00 − ¥200.00) × 12 ÷ 30 days = ¥40.00");
    QTest::newRow("two partial months")
        << QDate(2026, 1, 20) << QDate(2026, 2, 19)
        << QStringLiteral("(¥300.00 − ¥200.00) × (12 ÷ 31 + 19 ÷ 28) = ¥106.57");
    // 10,000 × (12/31 + 2 + 10/30) = 10,000 × 253/93 = 27,204.30 → 27,204.
    QTest::newRow("whole months between")
        << QDate(2026, 1, 20) << QDate(2026, 4, 10)
        << QStringLiteral("(¥300.00 − ¥200.00) × (12 ÷ 31 + 2 + 10 ÷ 30) = ¥272.04");
    QTest::newRow("whole months then part")
        << QDate(2026, 3, 1) << QDate(2026, 5, 15)
        << QStringLiteral("(¥300.00 − ¥200.00) × (2 + 15 ÷ 31) = ¥248.39");
    QTest::newRow("whole months only") << QDate(2026, 3, 1) << QDate(2026, 4, 30)
                                       << QStringLiteral("(¥300.00 − ¥200.00) × 2 = ¥200.00");
}

void tst_ComputedCharges::prorationFormula()
{
    QFETCH(QDate, upgradeDate);
    QFETCH(QDate, periodEnd);
    QFETCH(QString, expected);

    const ComputedCharge charge
        = ProrationCalculator(EnglishUs).compute({cny(20000), cny(30000), upgradeDate, periodEnd});

    QVERIFY2(charge.isValid(), qPrintable(charge.errorMessages().join(QLatin1Char('\n'))));
    QCOMPARE(charge.formula, expected);
}

void tst_ComputedCharges::prorationSteps()
{
    // 12 of 31 days: 120,000 ÷ 31 = 3,870.967741… fen.
    const ComputedCharge charge = ProrationCalculator(EnglishUs).compute(
        {cny(20000), cny(30000), QDate(2026, 1, 20), QDate(2026, 1, 31)});

    QVERIFY(charge.isValid());
    const QStringList expected = {
        QStringLiteral("Monthly difference: ¥300.00 − ¥200.00 = ¥100.00"),
        QStringLiteral("1/20/2026 to 1/31/2026: 12 of 31 days in the month"),
        QStringLiteral("Exact difference: ¥38.709677…"),
        QStringLiteral("Rounded half up to ¥0.01: ¥38.71"),
    };
    QCOMPARE(charge.steps, expected);
}

void tst_ComputedCharges::rateParseAccepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("millionths");

    QTest::newRow("percent sign") << QStringLiteral("0.05%") << QStringLiteral("C")
                                  << qint64(50'000);
    QTest::newRow("no percent sign") << QStringLiteral("0.05") << QStringLiteral("C")
                                     << qint64(50'000);
    QTest::newRow("space before sign") << QStringLiteral("1.5 %") << QStringLiteral("C")
                                       << qint64(1'500'000);
    QTest::newRow("spaces around") << QStringLiteral("  2  ") << QStringLiteral("C")
                                   << qint64(2'000'000);
    QTest::newRow("full-width") << QStringLiteral("０．０５％") << QStringLiteral("C")
                                << qint64(50'000);
    QTest::newRow("smallest") << QStringLiteral("0.000001%") << QStringLiteral("C")
                              << qint64(1);
    QTest::newRow("limit") << QStringLiteral("100%") << QStringLiteral("C")
                           << qint64(100'000'000);
    QTest::newRow("leading zeros") << QStringLiteral("007%") << QStringLiteral("C")
                                   << qint64(7'000'000);
    QTest::newRow("German comma") << QStringLiteral("0,05 %") << QStringLiteral("de_DE")
                                  << qint64(50'000);
    QTest::newRow("Chinese") << QStringLiteral("1.5%") << QStringLiteral("zh_CN")
                             << qint64(1'500'000);
}

void tst_ComputedCharges::rateParseAccepted()
{
    QFETCH(QString, text);
    QFETCH(QString, locale);
    QFETCH(qint64, millionths);

    QString error;
    const QLocale parseLocale = locale == QLatin1String("C") ? QLocale::c() : QLocale(locale);
    const auto parsed
        = PercentageRate::parse(text, parseLocale, QStringLiteral("The rate"), 100, &error);

    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->millionthsOfPercent(), millionths);
    QVERIFY(parsed->isValid());
}

void tst_ComputedCharges::rateParseRejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedWords");

    QTest::newRow("letters") << QStringLiteral("abc") << QStringLiteral("not a percentage");
    QTest::newRow("exponent") << QStringLiteral("1e-3") << QStringLiteral("not a percentage");
    QTest::newRow("negative") << QStringLiteral("-0.05%") << QStringLiteral("negative");
    QTest::newRow("plus sign") << QStringLiteral("+1%") << QStringLiteral("not a percentage");
    QTest::newRow("empty") << QString() << QStringLiteral("missing");
    QTest::newRow("sign only") << QStringLiteral("%") << QStringLiteral("missing");
    QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("zero");
    QTest::newRow("zero with decimals") << QStringLiteral("0.000%") << QStringLiteral("zero");
    QTest::newRow("above limit") << QStringLiteral("100.000001%") << QStringLiteral("above");
    QTest::newRow("far above limit") << QStringLiteral("99999999999999999999%")
                                     << QStringLiteral("above");
    QTest::newRow("too many decimals") << QStringLiteral("0.0000001%")
                                       << QStringLiteral("decimals");
    QTest::newRow("no integer digits") << QStringLiteral(".5") << QStringLiteral("not a");
    QTest::newRow("no decimals after point") << QStringLiteral("5.") << QStringLiteral("not a");
    QTest::newRow("group separator") << QStringLiteral("1,5") << QStringLiteral("not a");
    QTest::newRow("two points") << QStringLiteral("1.2.3") << QStringLiteral("not a");
    QTest::newRow("two percent signs") << QStringLiteral("5%%") << QStringLiteral("not a");
    QTest::newRow("per mille") << QStringLiteral("5‰") << QStringLiteral("not a");
}

void tst_ComputedCharges::rateParseRejected()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedWords);

    QString error;
    const auto parsed
        = PercentageRate::parse(text, QLocale::c(), QStringLiteral("The rate"), 100, &error);

    QVERIFY(!parsed);
    QVERIFY2(error.startsWith(QLatin1String("The rate")), qPrintable(error));
    QVERIFY2(error.contains(expectedWords), qPrintable(error));
    if (!text.trimmed().isEmpty() && text != QLatin1String("%"))
        QVERIFY2(error.contains(QStringLiteral("“%1”").arg(text)), qPrintable(error));
}

void tst_ComputedCharges::rateFormat_data()
{
    QTest::addColumn<qint64>("basisPoints");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");

    QTest::newRow("0.05%") << qint64(5) << QStringLiteral("en_US") << QStringLiteral("0.05%");
    QTest::newRow("1.5%") << qint64(150) << QStringLiteral("en_US") << QStringLiteral("1.5%");
    QTest::newRow("12%") << qint64(1200) << QStringLiteral("zh_CN") << QStringLiteral("12%");
    QTest::newRow("German") << qint64(5) << QStringLiteral("de_DE") << QStringLiteral("0,05%");
}

void tst_ComputedCharges::rateFormat()
{
    QFETCH(qint64, basisPoints);
    QFETCH(QString, locale);
    QFETCH(QString, expected);

    QCOMPARE(PercentageRate::fromBasisPoints(basisPoints).format(QLocale(locale)), expected);
}

void tst_ComputedCharges::lateFeeAmount_data()
{
    using Unit = LateFeeInput::RateUnit;
    using Cap = LateFeeInput::Cap;
    QTest::addColumn<Money>("base");
    QTest::addColumn<QString>("rateText");
    QTest::addColumn<Unit>("unit");
    QTest::addColumn<int>("days");
    QTest::addColumn<Cap>("cap");
    QTest::addColumn<Money>("capAmount");
    QTest::addColumn<QString>("capPercent");
    QTest::addColumn<qint64>("expected");

    // 1,000,000 × 0.05% × 30 = 15,000 (¥150.00).
    QTest::newRow("0.05% per day, 30 days")
        << cny(1'000'000) << QStringLiteral("0.05%") << Unit::PerDay << 30 << Cap::None
        << Money() << QString() << qint64(15000);
    // 1,000,000 × 1.5% × 45 ÷ 30 = 22,500 (¥225.00).
    QTest::newRow("1.5% per month, 45 days")
        << cny(1'000'000) << QStringLiteral("1.5%") << Unit::PerMonth << 45 << Cap::None
        << Money() << QString() << qint64(22500);
    // 1,000 × 0.05% × 1 = 0.5 → 1.
    QTest::newRow("half fen rounds up")
        << cny(1000) << QStringLiteral("0.05%") << Unit::PerDay << 1 << Cap::None << Money()
        << QString() << qint64(1);
    // 10,900 × 0.05% × 1 = 5.45 → 5.
    QTest::newRow("below half rounds down")
        << cny(10900) << QStringLiteral("0.05%") << Unit::PerDay << 1 << Cap::None << Money()
        << QString() << qint64(5);
    // 33,333 × 0.05% × 3 = 49.9995 → 50.
    QTest::newRow("just below a whole fen")
        << cny(33333) << QStringLiteral("0.05%") << Unit::PerDay << 3 << Cap::None << Money()
        << QString() << qint64(50);
    // 123,456 × 1.5% × 10 ÷ 30 = 617.28 → 617.
    QTest::newRow("a third of a month")
        << cny(123456) << QStringLiteral("1.5%") << Unit::PerMonth << 10 << Cap::None << Money()
        << QString() << qint64(617);
    // 1,000,000 × 0.05% × 300 = 150,000, above the cap of 100,000.
    QTest::newRow("cap hit") << cny(1'000'000) << QStringLiteral("0.05%") << Unit::PerDay << 300
                             << Cap::Amount << cny(100'000) << QString() << qint64(100'000);
    QTest::newRow("cap not hit")
        << cny(1'000'000) << QStringLiteral("0.05%") << Unit::PerDay << 300 << Cap::Amount
        << cny(200'000) << QString() << qint64(150'000);
    QTest::newRow("cap equal to fee")
        << cny(1'000'000) << QStringLiteral("0.05%") << Unit::PerDay << 300 << Cap::Amount
        << cny(150'000) << QString() << qint64(150'000);
    // Cap 10% of 1,000,000 = 100,000.
    QTest::newRow("cap as percent hit")
        << cny(1'000'000) << QStringLiteral("0.05%") << Unit::PerDay << 300
        << Cap::PercentOfBase << Money() << QStringLiteral("10%") << qint64(100'000);
    // Fee 33,333 × 1% × 30 = 9,999.9 → 10,000; cap 10% of 33,333 = 3,333.3 → 3,333.
    QTest::newRow("cap as percent rounded")
        << cny(33333) << QStringLiteral("1%") << Unit::PerDay << 30 << Cap::PercentOfBase
        << Money() << QStringLiteral("10%") << qint64(3333);
    // Yen: 100,000 × 0.05% × 30 = 1,500.
    QTest::newRow("yen") << Money(100'000, QStringLiteral("JPY")) << QStringLiteral("0.05%")
                         << Unit::PerDay << 30 << Cap::None << Money() << QString()
                         << qint64(1500);
    // 10^14 × 12,345,678 exceeds qint64 before the division:
    // 10^14 × 12.345678% ÷ 30 = 411,522,600,000 exactly.
    QTest::newRow("beyond qint64 inside")
        << cny(Money::maxMinorUnits(QStringLiteral("CNY"))) << QStringLiteral("12.345678%")
        << Unit::PerMonth << 1 << Cap::None << Money() << QString()
        << qint64(411'522'600'000);
    // The maximum days overdue: 1,000,000 × 100% × 3,660 ÷ 30 = 122,000,000.
    QTest::newRow("longest period")
        << cny(1'000'000) << QStringLiteral("100%") << Unit::PerMonth << 3660 << Cap::None
        << Money() << QString() << qint64(122'000'000);
}

void tst_ComputedCharges::lateFeeAmount()
{
    QFETCH(Money, base);
    QFETCH(QString, rateText);
    QFETCH(LateFeeInput::RateUnit, unit);
    QFETCH(int, days);
    QFETCH(LateFeeInput::Cap, cap);
    QFETCH(Money, capAmount);
    QFETCH(QString, capPercent);
    QFETCH(qint64, expected);

    LateFeeInput input;
    input.base = base;
    input.rate = rate(rateText);
    input.rateUnit = unit;
    input.daysOverdue = days;
    input.cap = cap;
    input.capAmount = capAmount;
    input.capPercent = rate(capPercent);
    const ComputedCharge charge = LateFeeCalculator(EnglishUs).compute(input);

    QVERIFY2(charge.isValid(), qPrintable(charge.errorMessages().join(QLatin1Char('\n'))));
    QCOMPARE(charge.amount.minorUnits(), expected);
    QCOMPARE(charge.amount.currency(), base.currency());
    QVERIFY(charge.formula.contains(charge.amount.format(EnglishUs)));
}

void tst_ComputedCharges::lateFeeFromDates_data()
{
    QTest::addColumn<QDate>("dueDate");
    QTest::addColumn<QDate>("asOfDate");
    QTest::addColumn<qint64>("days");
    QTest::addColumn<qint64>("expected");

    // 31 Jan to 2 Mar 2026 is 30 days: 1,000,000 × 0.05% × 30 = 15,000.
    QTest::newRow("across February 2026") << QDate(2026, 1, 31) << QDate(2026, 3, 2)
                                          << qint64(30) << qint64(15000);
    // 1 Feb to 1 Mar 2028 is 29 days: 1,000,000 × 0.05% × 29 = 14,500.
    QTest::newRow("across leap February") << QDate(2028, 2, 1) << QDate(2028, 3, 1)
                                          << qint64(29) << qint64(14500);
    // Paid the day after the due date: 1 day, 500.
    QTest::newRow("one day late") << QDate(2026, 5, 10) << QDate(2026, 5, 11) << qint64(1)
                                  << qint64(500);
}

void tst_ComputedCharges::lateFeeFromDates()
{
    QFETCH(QDate, dueDate);
    QFETCH(QDate, asOfDate);
    QFETCH(qint64, days);
    QFETCH(qint64, expected);

    LateFeeInput input;
    input.base = cny(1'000'000);
    input.rate = rate(QStringLiteral("0.05%"));
    input.daysOverdue = 999; // ignored, because the dates are given
    input.dueDate = dueDate;
    input.asOfDate = asOfDate;

    QCOMPARE(LateFeeCalculator::daysOverdue(input), days);
    const ComputedCharge charge = LateFeeCalculator(EnglishUs).compute(input);
    QVERIFY2(charge.isValid(), qPrintable(charge.errorMessages().join(QLatin1Char('\n'))));
    QCOMPARE(charge.amount.minorUnits(), expected);
}

void tst_ComputedCharges::lateFeeRejected_data()
{
    QTest::addColumn<QString>("baseText");
    QTest::addColumn<QString>("rateText");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("dueDate");
    QTest::addColumn<QDate>("asOfDate");
    QTest::addColumn<int>("capKind");
    QTest::addColumn<QString>("capText");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("quoted");

    const QString base = QStringLiteral("10000.00");
    const QString daily = QStringLiteral("0.05%");
    const int noCap = int(LateFeeInput::Cap::None);
    const int amountCap = int(LateFeeInput::Cap::Amount);
    const int percentCap = int(LateFeeInput::Cap::PercentOfBase);

    QTest::newRow("base zero") << QStringLiteral("0") << daily << 30 << QDate() << QDate()
                               << noCap << QString() << QStringLiteral("base_amount")
                               << QStringLiteral("¥0.00");
    QTest::newRow("base missing") << QString() << daily << 30 << QDate() << QDate() << noCap
                                  << QString() << QStringLiteral("base_amount") << QString();
    QTest::newRow("rate missing") << base << QString() << 30 << QDate() << QDate() << noCap
                                  << QString() << QStringLiteral("rate")
                                  << QStringLiteral("0.05%");
    QTest::newRow("rate above 100%") << base << QStringLiteral("150%") << 30 << QDate() << QDate()
                                     << noCap << QString() << QStringLiteral("rate")
                                     << QStringLiteral("150%");
    QTest::newRow("zero days") << base << daily << 0 << QDate() << QDate() << noCap << QString()
                               << QStringLiteral("days_overdue") << QStringLiteral("0");
    QTest::newRow("too many days") << base << daily << 3661 << QDate() << QDate() << noCap
                                   << QString() << QStringLiteral("days_overdue")
                                   << QStringLiteral("3,661");
    QTest::newRow("paid on the due date")
        << base << daily << 0 << QDate(2026, 3, 2) << QDate(2026, 3, 2) << noCap << QString()
        << QStringLiteral("as_of_date") << QStringLiteral("3/2/2026");
    QTest::newRow("as-of before due date")
        << base << daily << 0 << QDate(2026, 3, 2) << QDate(2026, 3, 1) << noCap << QString()
        << QStringLiteral("as_of_date") << QStringLiteral("3/1/2026");
    QTest::newRow("as-of date missing") << base << daily << 0 << QDate(2026, 3, 2) << QDate()
                                        << noCap << QString() << QStringLiteral("as_of_date")
                                        << QString();
    // 1 Jan 2016 to 1 Jan 2027 is 4,018 days, more than 3,660.
    QTest::newRow("dates too far apart")
        << base << daily << 0 << QDate(2016, 1, 1) << QDate(2027, 1, 1) << noCap << QString()
        << QStringLiteral("due_date") << QStringLiteral("4,018");
    QTest::newRow("cap missing") << base << daily << 30 << QDate() << QDate() << amountCap
                                 << QString() << QStringLiteral("cap") << QString();
    QTest::newRow("cap zero") << base << daily << 30 << QDate() << QDate() << amountCap
                              << QStringLiteral("0") << QStringLiteral("cap")
                              << QStringLiteral("¥0.00");
    QTest::newRow("cap percent above 100%")
        << base << daily << 30 << QDate() << QDate() << percentCap << QStringLiteral("200%")
        << QStringLiteral("cap") << QStringLiteral("200%");
    // 1 fen × 100% × 1 = 1 fen, but 1% of 1 fen = 0.01 → 0.
    QTest::newRow("cap percent rounds to zero")
        << QStringLiteral("0.01") << QStringLiteral("100%") << 1 << QDate() << QDate()
        << percentCap << QStringLiteral("1%") << QStringLiteral("cap") << QStringLiteral("¥0.00");
    // 999 × 0.05% × 1 = 0.4995 → 0.
    QTest::newRow("fee rounds to zero")
        << QStringLiteral("9.99") << daily << 1 << QDate() << QDate() << noCap << QString()
        << QStringLiteral("amount") << QStringLiteral("¥0.00");
    // 10^14 × 100% × 2 = 2 × 10^14, twice the maximum charge.
    QTest::newRow("fee above the maximum")
        << QStringLiteral("1000000000000.00") << QStringLiteral("100%") << 2 << QDate() << QDate()
        << noCap << QString() << QStringLiteral("amount")
        << QStringLiteral("¥2,000,000,000,000.00");
}

void tst_ComputedCharges::lateFeeRejected()
{
    QFETCH(QString, baseText);
    QFETCH(QString, rateText);
    QFETCH(int, days);
    QFETCH(QDate, dueDate);
    QFETCH(QDate, asOfDate);
    QFETCH(int, capKind);
    QFETCH(QString, capText);
    QFETCH(QString, field);
    QFETCH(QString, quoted);

    const QString currency = QStringLiteral("CNY");
    LateFeeInput input;
    input.base = Money::parse(baseText, currency).value_or(Money());
    input.rate = PercentageRate::parse(rateText, QLocale::c(), QStringLiteral("The rate"), 1000)
                     .value_or(PercentageRate());
    input.daysOverdue = days;
    input.dueDate = dueDate;
    input.asOfDate = asOfDate;
    input.cap = LateFeeInput::Cap(capKind);
    input.capAmount = Money::parse(capText, currency).value_or(Money());
    input.capPercent = PercentageRate::parse(capText, QLocale::c(), QStringLiteral("The cap"),
                                             1000)
                           .value_or(PercentageRate());

    const ComputedCharge charge = LateFeeCalculator(EnglishUs).compute(input);

    QVERIFY(!charge.isValid());
    QCOMPARE(charge.errors.size(), 1);
    const auto [errorField, message] = firstError(charge);
    QCOMPARE(errorField, field);
    QVERIFY2(message.contains(quoted), qPrintable(message));
}

void tst_ComputedCharges::lateFeeFormula_data()
{
    using Unit = LateFeeInput::RateUnit;
    QTest::addColumn<QString>("rateText");
    QTest::addColumn<Unit>("unit");
    QTest::addColumn<int>("days");
    QTest::addColumn<Money>("capAmount");
    QTest::addColumn<QString>("expected");

    // No translator is installed, so the plural form shows as in the source.
    QTest::newRow("per day") << QStringLiteral("0.05%") << Unit::PerDay << 30 << Money()
                             << QStringLiteral("¥10,000.00 × 0.05% per day × 30 day(s) = ¥150.00");
    QTest::newRow("per month")
        << QStringLiteral("1.5%") << Unit::PerMonth << 45 << Money()
        << QStringLiteral("¥10,000.00 × 1.5% per month × 45 day(s) ÷ 30 = ¥225.00");
    QTest::newRow("capped")
        << QStringLiteral("0.05%") << Unit::PerDay << 300 << cny(100'000)
        << QStringLiteral(
               "¥10,000.00 × 0.05% per day × 300 day(s) = ¥1,500.00, capped at ¥1,000.00");
}

void tst_ComputedCharges::lateFeeFormula()
{
    QFETCH(QString, rateText);
    QFETCH(LateFeeInput::RateUnit, unit);
    QFETCH(int, days);
    QFETCH(Money, capAmount);
    QFETCH(QString, expected);

    LateFeeInput input;
    input.base = cny(1'000'000);
    input.rate = rate(rateText);
    input.rateUnit = unit;
    input.daysOverdue = days;
    if (capAmount.isValid()) {
        input.cap = LateFeeInput::Cap::Amount;
        input.capAmount = capAmount;
    }
    const ComputedCharge charge = LateFeeCalculator(EnglishUs).compute(input);

    QVERIFY2(charge.isValid(), qPrintable(charge.errorMessages().join(QLatin1Char('\n'))));
    QCOMPARE(charge.formula, expected);
}

void tst_ComputedCharges::lateFeeCapSteps()
{
    // Fee 33,333 × 1% × 30 = 9,999.9 → 10,000; cap 10% of 33,333 = 3,333.3 → 3,333.
    LateFeeInput input;
    input.base = cny(33333);
    input.rate = rate(QStringLiteral("1%"));
    input.daysOverdue = 30;
    input.cap = LateFeeInput::Cap::PercentOfBase;
    input.capPercent = rate(QStringLiteral("10%"));
    const ComputedCharge charge = LateFeeCalculator(EnglishUs).compute(input);

    QVERIFY(charge.isValid());
    const QStringList expected = {
        QStringLiteral("Days overdue: 30 day(s)"),
        QStringLiteral("Exact fee: ¥99.999"),
        QStringLiteral("Rounded half up to ¥0.01: ¥100.00"),
        QStringLiteral("Cap: 10% of ¥333.33 = ¥33.33, rounded half up"),
        QStringLiteral("The fee is above the cap, so the cap is charged: ¥33.33."),
    };
    QCOMPARE(charge.steps, expected);
}

void tst_ComputedCharges::exactAmountFormat_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<qint64>("rounded");

    QTest::newRow("whole fen") << qint64(4000) << qint64(1) << QStringLiteral("CNY")
                               << QStringLiteral("¥40.00") << qint64(4000);
    QTest::newRow("half fen") << qint64(150015) << qint64(30) << QStringLiteral("CNY")
                              << QStringLiteral("¥50.005") << qint64(5001);
    QTest::newRow("repeating") << qint64(120000) << qint64(31) << QStringLiteral("CNY")
                               << QStringLiteral("¥38.709677…") << qint64(3871);
    QTest::newRow("yen") << qint64(10000) << qint64(31) << QStringLiteral("JPY")
                         << QStringLiteral("JP¥322.5806…") << qint64(323);
}

void tst_ComputedCharges::exactAmountFormat()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QFETCH(qint64, rounded);

    const ExactAmount amount(numerator, denominator, currency);
    QCOMPARE(amount.format(EnglishUs), expected);
    const std::optional<Money> roundedAmount = amount.roundedHalfUp();
    QVERIFY(roundedAmount);
    QCOMPARE(roundedAmount->minorUnits(), rounded);
    QCOMPARE(roundedAmount->currency(), currency);
}

void tst_ComputedCharges::noteWithFormula_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("replaced");
    QTest::addColumn<QString>("expected");

    const QString formula = QStringLiteral("F2");
    QTest::newRow("empty note") << QString() << QString() << QStringLiteral("F2");
    QTest::newRow("appended on a new line") << QStringLiteral("Upgraded by phone") << QString()
                                            << QStringLiteral("Upgraded by phone\nF2");
    QTest::newRow("trailing empty lines dropped")
        << QStringLiteral("Upgraded\n\n") << QString() << QStringLiteral("Upgraded\nF2");
    QTest::newRow("earlier formula replaced")
        << QStringLiteral("Upgraded\nF1") << QStringLiteral("F1")
        << QStringLiteral("Upgraded\nF2");
    QTest::newRow("edited formula kept")
        << QStringLiteral("Upgraded\nF1 as agreed") << QStringLiteral("F1")
        << QStringLiteral("Upgraded\nF1 as agreed\nF2");
}

void tst_ComputedCharges::noteWithFormula()
{
    QFETCH(QString, note);
    QFETCH(QString, replaced);
    QFETCH(QString, expected);

    QCOMPARE(ComputedCharge::noteWithFormula(note, QStringLiteral("F2"), replaced), expected);
}

QTEST_APPLESS_MAIN(tst_ComputedCharges)
#include "tst_computedcharges.moc"
