#include "percentagerate.h"

namespace {

// Integer digits beyond which a rate is too large for any limit, checked
// before the digits are accumulated so that parsing never overflows.
constexpr int MaxIntegerDigits = 9;

// Replaces the full-width digits, full stop and percent sign that Chinese
// input methods type (U+FF10 to U+FF19, U+FF0E, U+FF05), the locale's own
// digits, and the minus sign U+2212 with ASCII.
QString normalized(const QString &text, const QLocale &locale)
{
    const QString zeroDigit = locale.zeroDigit();
    const char16_t localeZero = zeroDigit.size() == 1 ? zeroDigit.at(0).unicode() : u'0';

    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (code >= 0xFF10 && code <= 0xFF19)
            result += QChar(u'0' + (code - 0xFF10));
        else if (code >= localeZero && code <= localeZero + 9)
            result += QChar(u'0' + (code - localeZero));
        else if (code == 0xFF0E)
            result += u'.';
        else if (code == 0xFF05)
            result += u'%';
        else if (code == 0xFF0D || code == 0x2212)
            result += u'-';
        else
            result += c;
    }
    if (locale.percent() != QLatin1String("%"))
        result.replace(locale.percent(), QLatin1String("%"));
    return result;
}

bool isAsciiDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

PercentageRate PercentageRate::fromBasisPoints(qint64 basisPoints)
{
    return PercentageRate(basisPoints * (UnitsPerPercent / 100));
}

QString PercentageRate::format(const QLocale &locale) const
{
    if (!m_valid)
        return QString();

    QString text = locale.toString(m_millionths / UnitsPerPercent);
    const qint64 fraction = m_millionths % UnitsPerPercent;
    if (fraction != 0) {
        QString decimals = QString::number(fraction).rightJustified(MaxDecimals, u'0');
        while (decimals.endsWith(u'0'))
            decimals.chop(1);
        text += locale.decimalPoint() + decimals;
    }
    return text + locale.percent();
}

std::optional<PercentageRate> PercentageRate::parse(const QString &text, const QLocale &locale,
                                                    const QString &fieldName, int maxPercent,
                                                    QString *errorMessage)
{
    const auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return std::nullopt;
    };
    const QString example = fromBasisPoints(5).format(locale);
    const QString typed = text.trimmed();

    // The number, without the spaces around it and an optional percent sign.
    QString body = normalized(typed, locale);
    if (body.endsWith(u'%'))
        body.chop(1);
    body = body.trimmed();
    if (body.isEmpty()) {
        return fail(tr("%1 is missing. Enter a percentage such as %2.").arg(fieldName, example));
    }
    if (body.startsWith(u'-')) {
        return fail(tr("%1 “%2” is negative. Enter a percentage above zero, such as %3.")
                        .arg(fieldName, typed, example));
    }

    // A '.' is a decimal point too, unless the locale groups digits with it
    // (de_DE writes 1.234,5), where it would be read as the wrong number.
    const QString localePoint = locale.decimalPoint();
    QStringView integerPart = body;
    QStringView decimalPart;
    bool hasPoint = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QStringView rest = QStringView(body).mid(i);
        const bool isLocalePoint = rest.startsWith(localePoint);
        const bool isDot = body.at(i) == u'.' && locale.groupSeparator() != QLatin1String(".");
        if (!isLocalePoint && !isDot)
            continue;
        const qsizetype pointLength = isLocalePoint ? localePoint.size() : 1;
        integerPart = QStringView(body).left(i);
        decimalPart = QStringView(body).mid(i + pointLength);
        hasPoint = true;
        break;
    }
    if (!isAsciiDigits(integerPart) || (hasPoint && !isAsciiDigits(decimalPart))) {
        return fail(tr("%1 “%2” is not a percentage. Enter digits with an optional decimal "
                       "point, such as %3.")
                        .arg(fieldName, typed, example));
    }
    if (decimalPart.size() > MaxDecimals) {
        return fail(tr("%1 “%2” has more than %3 decimals. Enter at most %3 decimals, such "
                       "as %4.")
                        .arg(fieldName, typed)
                        .arg(MaxDecimals)
                        .arg(example));
    }

    // Leading zeros carry no value, so they do not count towards the limit.
    QStringView significant = integerPart;
    while (significant.size() > 1 && significant.at(0) == u'0')
        significant = significant.mid(1);
    const PercentageRate maximum(qint64(maxPercent) * UnitsPerPercent);
    const QString tooLarge = tr("%1 “%2” is above %3. Enter at most %3.")
                                 .arg(fieldName, typed, maximum.format(locale));
    if (significant.size() > MaxIntegerDigits)
        return fail(tooLarge);

    const QString decimals = decimalPart.toString().leftJustified(MaxDecimals, u'0');
    const qint64 millionths = significant.toLongLong() * UnitsPerPercent + decimals.toLongLong();
    if (millionths == 0) {
        return fail(tr("%1 “%2” is zero. Enter a percentage above zero, such as %3.")
                        .arg(fieldName, typed, example));
    }
    if (millionths > maximum.m_millionths)
        return fail(tooLarge);
    return PercentageRate(millionths);
}
