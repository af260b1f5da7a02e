#include "addressformat.h"

namespace {

// Returns whether a character is written full width: CJK ideographs, kana,
// hangul, bopomofo, CJK punctuation and the full-width forms block.
bool isFullWidth(char32_t character)
{
    if ((character >= 0x3000 && character <= 0x303f)     // CJK symbols and punctuation
        || (character >= 0xff00 && character <= 0xffef)) { // half- and full-width forms
        return true;
    }
    switch (QChar::script(character)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
        return true;
    default:
        return false;
    }
}

char32_t firstCharacter(const QString &text)
{
    return text.toUcs4().constFirst();
}

// Reads the last code point, which may be a surrogate pair (CJK Extension B
// and later ideographs).
char32_t lastCharacter(const QString &text)
{
    const QChar last = text.back();
    if (last.isLowSurrogate() && text.size() >= 2 && text.at(text.size() - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(text.size() - 2), last);
    return last.unicode();
}

} // namespace

QString joinAddressParts(const QStringList &parts)
{
    QString joined;
    for (const QString &part : parts) {
        const QString text = part.trimmed();
        if (text.isEmpty())
            continue;
        if (!joined.isEmpty()) {
            const bool narrow = !isFullWidth(lastCharacter(joined))
                                && !isFullWidth(firstCharacter(text));
            joined += narrow ? QStringLiteral(", ") : QStringLiteral("，");
        }
        joined += text;
    }
    return joined;
}
