// Money::parse() and the helpers that only parsing uses. The rest of Money,
// formatting included, is in money.cpp.

#include "money.h"
#include "currency.h"

#include <QStringView>

#include <algorithm>

namespace {

// Replaces other forms of digits, the full stop, the comma and the minus sign
// with ASCII. Chinese input methods type full-width forms (U+FF10 to U+FF19,
// U+FF0E, U+FF0C, U+FF0D). U+2212 is the mathematical minus, and some
// locales have their own digits and minus sign. The digits of some locales
// lie outside the Basic Multilingual Plane (Chakma in ccp_BD, Adlam in
// ff_Adlm_BF), so the text is read by code point.
QString normalized(const QString &text, const QLocale &locale)
{
    QString source = text;
    if (locale.negativeSign() != QLatin1String("-"))
        source.replace(locale.negativeSign(), QLatin1String("-"));

    const QList<uint> zeroDigit = locale.zeroDigit().toUcs4();
    const char32_t localeZero = zeroDigit.size() == 1 ? zeroDigit.first() : U'0';

    QString result;
    result.reserve(source.size());
    for (qsizetype i = 0; i < source.size(); ++i) {
        char32_t code = source.at(i).unicode();
        qsizetype length = 1;
        if (source.at(i).isHighSurrogate() && i + 1 < source.size()
            && source.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(source.at(i), source.at(i + 1));
            length = 2;
        }

        if (code >= 0xFF10 && code <= 0xFF19)
            result += QChar(u'0' + (code - 0xFF10));
        else if (code >= localeZero && code <= localeZero + 9)
            result += QChar(u'0' + (code - localeZero));
        else if (code == 0xFF0E)
            result += u'.';
        else if (code == 0xFF0C)
            result += u',';
        else if (code == 0xFF0D || code == 0x2212)
            result += u'-';
        else
            result += QStringView(source).mid(i, length);
        i += length - 1;
    }
    return result;
}

// Returns the digit counts of the groups between separators, from the left.
QList<qsizetype> groupLengthsOf(qsizetype digitCount, const QList<int> &groupStarts)
{
    QList<qsizetype> lengths;
    qsizetype start = 0;
    for (const int groupStart : groupStarts) {
        lengths.append(groupStart - start);
        start = groupStart;
    }
    lengths.append(digitCount - start);
    return lengths;
}

// Returns whether the group separators split the integer digits into groups
// of three, or the way the locale writes the same number: "1,23,456" in
// en_IN, and "1234.567" in es_ES, which Qt 6.4 writes for 1234567.
// groupStarts contains the index in digits where each group after a separator
// begins. A leading zero is rejected, because "0,125" is more likely a
// mistyped 0.125 than the number 125.
bool hasValidGrouping(const QString &digits, const QList<int> &groupStarts,
                      const QLocale &locale)
{
    const QList<qsizetype> lengths = groupLengthsOf(digits.size(), groupStarts);
    if (lengths.first() == 0 || digits.at(0) == u'0')
        return false;

    const bool threeDigitGroups = lengths.first() <= 3
                                  && std::all_of(lengths.cbegin() + 1, lengths.cend(),
                                                 [](qsizetype length) { return length == 3; });
    if (threeDigitGroups)
        return true;

    bool isNumber = false;
    const qlonglong value = digits.toLongLong(&isNumber);
    if (!isNumber)
        return false;
    QLocale grouping = locale;
    grouping.setNumberOptions(QLocale::DefaultNumberOptions);
    const QStringList localeGroups =
        normalized(grouping.toString(value), locale).split(locale.groupSeparator());
    QList<qsizetype> localeLengths;
    for (const QString &group : localeGroups)
        localeLengths.append(group.size());
    return lengths == localeLengths;
}

// Returns 1234567.50 written with the locale's group separator, for messages.
// It is grouped even where the locale does not group by default (QLocale::c()).
QString groupedExample(int minorDigits, const QLocale &locale)
{
    const QString separator = locale.groupSeparator();
    QString text = QLatin1String("1") + separator + QLatin1String("234") + separator
                   + QLatin1String("567");
    if (minorDigits > 0)
        text += locale.decimalPoint() + QLatin1Char('5') + QString(minorDigits - 1, u'0');
    return text;
}

// Returns the locale with group separators switched on, for the limits in
// messages: QLocale::c() omits them by default, and 1000000000000.00 is hard
// to read.
QLocale groupingLocale(const QLocale &locale)
{
    QLocale grouping = locale;
    grouping.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return grouping;
}

qsizetype skipSpaces(QStringView text, qsizetype from)
{
    while (from < text.size() && text.at(from).isSpace())
        ++from;
    return from;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Returns whether body[index] starts an exponent such as the "e5" of "1e5".
bool startsExponent(QStringView body, qsizetype index)
{
    const QChar c = body.at(index);
    if ((c != u'e' && c != u'E') || index == 0 || !isAsciiDigit(body.at(index - 1)))
        return false;

    qsizetype next = index + 1;
    if (next < body.size() && (body.at(next) == u'+' || body.at(next) == u'-'))
        ++next;
    return next < body.size() && isAsciiDigit(body.at(next));
}

} // namespace

std::optional<Money> Money::parse(const QString &text, const QString &currencyCode,
                                  const QLocale &locale, QString *errorMessage, Range range)
{
    const auto fail = [errorMessage](const QString &message) -> std::optional<Money> {
        if (errorMessage)
            *errorMessage = message;
        return std::nullopt;
    };

    const Currency *currency = Currency::find(currencyCode);
    if (!currency) {
        const QString knownCodes = Currency::knownCodes().join(QStringLiteral(", "));
        return fail(tr("Cannot read the amount “%1” because the currency code “%2” is "
                       "unknown. Known codes: %3.")
                        .arg(text, currencyCode, knownCodes));
    }
    const int digits = currency->minorDigits;
    const QString example = exampleAmount(digits, locale);

    const QString input = normalized(text, locale).trimmed();
    if (input.isEmpty())
        return fail(tr("The amount is empty. Enter an amount such as %1.").arg(example));

    // A minus sign may come before the currency symbol ("-¥12", as format()
    // writes it) or right after it ("¥-12"), and a suffix may follow ("12元").
    bool negative = input.at(0) == u'-';
    qsizetype begin = skipSpaces(input, negative ? 1 : 0);
    qsizetype end = input.size();
    QString prefix;
    const Currency *prefixCurrency =
        Currency::findByPrefix(QStringView(input).mid(begin), &prefix);
    if (prefixCurrency) {
        begin = skipSpaces(input, begin + prefix.size());
        if (!negative && begin < end && input.at(begin) == u'-') {
            negative = true;
            begin = skipSpaces(input, begin + 1);
        }
    }
    QString suffix;
    const Currency *suffixCurrency =
        Currency::findBySuffix(QStringView(input).mid(begin), &suffix);
    if (suffixCurrency) {
        end -= suffix.size();
        while (end > begin && input.at(end - 1).isSpace())
            --end;
    }

    const auto foreignCurrencyMessage = [&](const Currency *other, const QString &marker) {
        return tr("The amount “%1” is in %2, but this amount must be in %3. "
                  "Enter it without “%4”, e.g. %5.")
            .arg(text, other->code, currency->code, marker, example);
    };
    if (prefixCurrency && prefixCurrency != currency)
        return fail(foreignCurrencyMessage(prefixCurrency, prefix));
    if (suffixCurrency && suffixCurrency != currency)
        return fail(foreignCurrencyMessage(suffixCurrency, suffix));

    const QStringView body = QStringView(input).mid(begin, end - begin);
    if (body.isEmpty())
        return fail(tr("The amount “%1” has no digits. Enter an amount such as %2.")
                        .arg(text, example));

    // Split the body at the decimal point and note where each group
    // separator was. Every other character is an error.
    const QString decimalPoint = locale.decimalPoint();
    const QString groupSeparator = locale.groupSeparator();
    const bool spaceGroups = groupSeparator.size() == 1 && groupSeparator.at(0).isSpace();
    const auto misplacedGroupMessage = [&] {
        return tr("The amount “%1” has the group separator “%2” in the wrong place. "
                  "Use it only between groups of digits before the decimal point, as in %3, "
                  "or leave it out.")
            .arg(text, groupSeparator, groupedExample(digits, locale));
    };
    QString integerDigits;
    QString fractionDigits;
    QList<int> groupStarts;
    bool hasDecimalPoint = false;
    for (qsizetype i = 0; i < body.size();) {
        const QChar c = body.at(i);
        if (isAsciiDigit(c)) {
            (hasDecimalPoint ? fractionDigits : integerDigits) += c;
            ++i;
        } else if (body.mid(i).startsWith(decimalPoint)) {
            if (hasDecimalPoint) {
                return fail(tr("The amount “%1” has more than one decimal point “%2”. "
                               "Enter an amount such as %3.")
                                .arg(text, decimalPoint, example));
            }
            hasDecimalPoint = true;
            i += decimalPoint.size();
        } else if (body.mid(i).startsWith(groupSeparator) || (spaceGroups && c.isSpace())) {
            if (hasDecimalPoint)
                return fail(misplacedGroupMessage());
            groupStarts.append(int(integerDigits.size()));
            i += c.isSpace() ? 1 : groupSeparator.size();
        } else if (c == u'-' || c == u'+') {
            return fail(tr("The amount “%1” has a “%2” sign that is not accepted. Enter the "
                           "amount without it, e.g. %3.")
                            .arg(text, QString(c), example));
        } else if (c.isSpace()) {
            return fail(tr("The amount “%1” has a space inside the number. Remove it, "
                           "e.g. %2.")
                            .arg(text, example));
        } else if (startsExponent(body, i)) {
            return fail(tr("The amount “%1” uses exponent notation, which is not "
                           "accepted. Write out all digits, e.g. %2.")
                            .arg(text, example));
        } else {
            const qsizetype length = c.isHighSurrogate() && i + 1 < body.size() ? 2 : 1;
            return fail(tr("The amount “%1” contains “%2”, which is not allowed in an "
                           "amount. Enter an amount such as %3.")
                            .arg(text, body.mid(i, length).toString(), example));
        }
    }

    if (!groupStarts.isEmpty()
        && !hasValidGrouping(integerDigits, groupStarts, locale)) {
        return fail(misplacedGroupMessage());
    }
    if (hasDecimalPoint && digits == 0) {
        return fail(tr("The amount “%1” has decimals, but %2 amounts are whole numbers. "
                       "Enter an amount such as %3.")
                        .arg(text, currency->code, example));
    }
    if (hasDecimalPoint && (integerDigits.isEmpty() || fractionDigits.isEmpty())) {
        return fail(tr("The amount “%1” needs digits before and after the decimal point. "
                       "Enter an amount such as %2.")
                        .arg(text, example));
    }
    if (fractionDigits.size() > digits) {
        return fail(tr("The amount “%1” has %2 decimals, but %3 allows at most %4. "
                       "Enter an amount such as %5.")
                        .arg(text, QString::number(fractionDigits.size()), currency->code,
                             QString::number(digits), example));
    }

    // Checking the digit count first keeps the accumulation below far from
    // the qint64 limit, whatever the length of the input.
    const qint64 maximum = maxMinorUnits(currency->code);
    const qint64 minimum = range == Range::Any           ? -maximum
                           : range == Range::NonNegative ? 0
                                                         : 1;
    const auto outOfRangeMessage = [&] {
        const QLocale grouping = groupingLocale(locale);
        return tr("The amount “%1” is outside the allowed range. Enter an amount from %2 "
                  "to %3, e.g. %4.")
            .arg(text, Money(minimum, currency->code).format(grouping),
                 Money(maximum, currency->code).format(grouping), example);
    };
    qsizetype significant = 0;
    while (significant < integerDigits.size() && integerDigits.at(significant) == u'0')
        ++significant;
    if (integerDigits.size() - significant > MaxMajorDigits)
        return fail(outOfRangeMessage());

    const QString allDigits = integerDigits.mid(significant) + fractionDigits
                              + QString(digits - fractionDigits.size(), u'0');
    qint64 magnitude = 0;
    for (const QChar digit : allDigits) {
        if (__builtin_mul_overflow(magnitude, qint64(10), &magnitude)
            || __builtin_add_overflow(magnitude, qint64(digit.unicode() - u'0'), &magnitude)) {
            return fail(outOfRangeMessage());
        }
    }
    const qint64 minorUnits = negative ? -magnitude : magnitude;
    if (minorUnits > maximum || minorUnits < minimum)
        return fail(outOfRangeMessage());

    return Money(minorUnits, currency->code);
}
