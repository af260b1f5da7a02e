// libFuzzer target for Money::parse(): what a user types into an amount
// field, in any of the locales below and every currency and range.
//
// Input: byte 0 selects the locale from Locales (modulo its size), byte 1
// the currency (modulo the Currency table's size) and the range (byte 1
// divided by that size, modulo 3). The remaining bytes are the text, read as
// UTF-8; invalid bytes become U+FFFD.
//
// Invariants checked for every input:
// - parse() returns a message exactly when it rejects the text, and the
//   same result without a message pointer, with white space around the
//   text, and as Range::Any limited to the range;
// - an accepted amount has the requested currency, lies inside the range
//   and never beyond Money::maxMinorUnits();
// - format() in the same locale, with and without group separators, and
//   toPlainString() in the C locale parse back to the same minor units;
// - for plain text such as "-1234.5" in a locale with a '.' decimal point,
//   parse() agrees with a reference that computes the value digit by digit.

#include "fuzzsupport.h"

#include "currency.h"
#include "money.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <optional>

namespace {

// The program's own locales and one of each other number format Qt 6.4
// has: decimal commas, space, apostrophe and Arabic group separators,
// Indian grouping, minimum grouping (pl_PL writes 1234 ungrouped), minus
// signs with direction marks or U+2212, and native digits, including
// digits outside the Basic Multilingual Plane (Chakma, Adlam).
const QList<QLocale> &locales()
{
    static const QList<QLocale> list = [] {
        QList<QLocale> result{QLocale::c()};
        for (const char *name :
             {"en_US", "zh_CN", "zh_TW", "zh_HK", "ja_JP", "en_IN", "hi_IN", "de_DE", "de_CH",
              "fr_FR", "sv_SE", "es_ES", "pl_PL", "pt_BR", "ru_RU", "he_IL", "ar_EG", "ar_AE",
              "ar_DZ", "fa_IR", "ckb_IQ", "ks_IN", "eu_ES", "rm_CH", "as_IN", "mr_IN", "my_MM",
              "dz_BT", "sat_IN", "ccp_BD", "ff_Adlm_BF"}) {
            result << QLocale(QString::fromLatin1(name));
        }
        return result;
    }();
    return list;
}

QString describe(const QString &text, const QString &currency, const QLocale &locale,
                 Money::Range range)
{
    return QStringLiteral("text \"%1\", currency %2, locale %3, range %4")
        .arg(FuzzSupport::escaped(text), currency, locale.bcp47Name())
        .arg(int(range));
}

bool inRange(qint64 minorUnits, const QString &currency, Money::Range range)
{
    const qint64 maximum = Money::maxMinorUnits(currency);
    switch (range) {
    case Money::Range::Any:
        return minorUnits >= -maximum && minorUnits <= maximum;
    case Money::Range::NonNegative:
        return minorUnits >= 0 && minorUnits <= maximum;
    case Money::Range::Positive:
        return minorUnits >= 1 && minorUnits <= maximum;
    }
    return false;
}

// Computes what parse() must return for text of the form -?D+(.D+)? without
// Money's code: the minor units, or std::nullopt when it must reject it.
std::optional<qint64> referenceParse(const QRegularExpressionMatch &match,
                                     const QString &currency, Money::Range range)
{
    const int decimals = Currency::find(currency)->minorDigits;
    const bool negative = !match.captured(1).isEmpty();
    QString integer = match.captured(2);
    const bool hasPoint = match.capturedLength(3) > 0;
    const QString fraction = match.captured(4);
    if (hasPoint && (decimals == 0 || fraction.isEmpty()))
        return std::nullopt;
    if (fraction.size() > decimals)
        return std::nullopt;

    while (integer.size() > 1 && integer.startsWith(QLatin1Char('0')))
        integer.remove(0, 1);
    if (integer.size() > 13)
        return std::nullopt;

    qint64 value = 0;
    for (const QChar digit : integer + fraction.leftJustified(decimals, QLatin1Char('0')))
        value = value * 10 + (digit.unicode() - u'0');
    if (negative)
        value = -value;
    if (!inRange(value, currency, range))
        return std::nullopt;
    return value;
}

// Parses the output of a formatting function back and checks that it gives
// money again.
void checkRoundTrip(const Money &money, const QString &formatted, const QLocale &locale,
                    Money::Range range, const char *how, const QString &input)
{
    QString message;
    const std::optional<Money> again =
        Money::parse(formatted, money.currency(), locale, &message, range);
    FUZZ_CHECK(again && *again == money,
               QStringLiteral("%1 wrote %2 minor units as \"%3\", which parses %4 (%5); input %6")
                   .arg(QLatin1String(how))
                   .arg(money.minorUnits())
                   .arg(FuzzSupport::escaped(formatted),
                        again ? QString::number(again->minorUnits())
                              : QStringLiteral("to nothing"),
                        FuzzSupport::escaped(message),
                        describe(input, money.currency(), locale, range)));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;

    const QLocale &locale = locales().at(data[0] % locales().size());
    const QList<Currency> &currencies = Currency::all();
    const QString currency = currencies.at(data[1] % currencies.size()).code;
    const auto range = Money::Range(data[1] / currencies.size() % 3);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 2),
                                           qsizetype(size - 2));
    const QString input = describe(text, currency, locale, range);

    QString message;
    const std::optional<Money> money = Money::parse(text, currency, locale, &message, range);
    const std::optional<Money> withoutMessage = Money::parse(text, currency, locale, nullptr,
                                                             range);
    FUZZ_CHECK(money == withoutMessage, input);
    FUZZ_CHECK(money.has_value() == message.isEmpty(),
               QStringLiteral("message \"%1\" for %2")
                   .arg(FuzzSupport::escaped(message), input));

    // A range only narrows what Range::Any accepts, and white space around
    // the text changes nothing.
    const std::optional<Money> anyAmount = Money::parse(text, currency, locale, nullptr,
                                                        Money::Range::Any);
    const bool narrowed = anyAmount && inRange(anyAmount->minorUnits(), currency, range);
    FUZZ_CHECK(money == (narrowed ? anyAmount : std::nullopt), input);
    const QString padded = QStringLiteral(" \u3000") + text + QStringLiteral("\t ");
    FUZZ_CHECK(Money::parse(padded, currency, locale, nullptr, range) == money, input);

    static const QRegularExpression plain(
        QRegularExpression::anchoredPattern(QStringLiteral("(-?)([0-9]+)(\\.([0-9]*))?")));
    const QRegularExpressionMatch match = plain.match(text);
    if (match.hasMatch() && locale.decimalPoint() == QLatin1String(".")) {
        const std::optional<qint64> expected = referenceParse(match, currency, range);
        const bool agrees = expected ? money && money->minorUnits() == *expected : !money;
        FUZZ_CHECK(agrees, QStringLiteral("parse() gives %1, the reference %2 for %3")
                               .arg(money ? QString::number(money->minorUnits())
                                          : QStringLiteral("nothing"),
                                    expected ? QString::number(*expected)
                                             : QStringLiteral("nothing"),
                                    input));
    }

    if (!money)
        return 0;

    FUZZ_CHECK(money->currency() == currency, input);
    FUZZ_CHECK(inRange(money->minorUnits(), currency, range),
               QStringLiteral("%1 minor units for %2").arg(money->minorUnits()).arg(input));

    QLocale grouped = locale;
    grouped.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    QLocale ungrouped = locale;
    ungrouped.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    checkRoundTrip(*money, money->format(locale), locale, range, "format()", text);
    checkRoundTrip(*money, money->format(grouped), grouped, range, "format(grouped)", text);
    checkRoundTrip(*money, money->format(ungrouped), ungrouped, range, "format(ungrouped)",
                   text);
    checkRoundTrip(*money, money->toPlainString(), QLocale::c(), range, "toPlainString()",
                   text);
    return 0;
}
