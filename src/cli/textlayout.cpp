#include "textlayout.h"

#include <QChar>
#include <QList>

namespace {

// East Asian Wide and Fullwidth ranges (Unicode UAX #11), plus the emoji
// blocks that terminals draw two columns wide.
bool isWide(char32_t codePoint)
{
    struct Range
    {
        char32_t first;
        char32_t last;
    };
    static constexpr Range wideRanges[] = {
        {0x1100, 0x115F},   {0x2E80, 0x303E},   {0x3041, 0x33FF},   {0x3400, 0x4DBF},
        {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},
        {0xFE30, 0xFE4F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x1F300, 0x1F64F},
        {0x1F900, 0x1F9FF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
    };
    for (const Range &range : wideRanges) {
        if (codePoint >= range.first && codePoint <= range.last)
            return true;
    }
    return false;
}

int codePointWidth(char32_t codePoint)
{
    switch (QChar::category(codePoint)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
        return 0;
    default:
        break;
    }
    return isWide(codePoint) ? 2 : 1;
}

QString fromCodePoints(const QList<char32_t> &codePoints)
{
    return QString::fromUcs4(codePoints.constData(), codePoints.size());
}

} // namespace

int TextLayout::displayWidth(const QString &text)
{
    int width = 0;
    const QList<uint> codePoints = text.toUcs4();
    for (uint codePoint : codePoints)
        width += codePointWidth(codePoint);
    return width;
}

QString TextLayout::padded(const QString &text, int width, bool alignRight)
{
    const int missing = width - displayWidth(text);
    if (missing <= 0)
        return text;

    const QString spaces(missing, QLatin1Char(' '));
    return alignRight ? spaces + text : text + spaces;
}

QString TextLayout::elided(const QString &text, int maxWidth)
{
    if (displayWidth(text) <= maxWidth)
        return text;

    const QChar ellipsis(0x2026);
    QList<char32_t> prefix;
    int width = 0;
    const QList<uint> codePoints = text.toUcs4();
    for (uint codePoint : codePoints) {
        const int next = codePointWidth(codePoint);
        if (width + next > maxWidth - 1)
            break;
        prefix << codePoint;
        width += next;
    }
    return fromCodePoints(prefix) + ellipsis;
}

namespace {

bool closesPhrase(char32_t codePoint)
{
    static const QList<char32_t> closing = {
        U'，', U'。', U'、', U'；', U'：', U'！', U'？', U'）', U'」', U'』', U'”', U'’', U'》',
    };
    return closing.contains(codePoint);
}

bool opensPhrase(char32_t codePoint)
{
    static const QList<char32_t> opening = {U'（', U'「', U'『', U'“', U'‘', U'《'};
    return opening.contains(codePoint);
}

} // namespace

QStringList TextLayout::wrapped(const QString &text, int width)
{
    QStringList lines;
    QList<char32_t> line;
    int lineWidth = 0;
    // Index in line where the next line may start, or -1 if there is none.
    qsizetype breakAt = -1;

    const QList<uint> codePoints = text.toUcs4();
    for (uint codePoint : codePoints) {
        if (codePoint == ' ' && line.isEmpty())
            continue;

        // Chinese line breaking: no line starts with closing punctuation and
        // none ends with opening punctuation.
        const bool wide = isWide(codePoint);
        if (!line.isEmpty() && (wide || isWide(line.last()) || line.last() == ' ')
            && !closesPhrase(codePoint) && !opensPhrase(line.last())) {
            breakAt = line.size();
        }

        const int next = codePointWidth(codePoint);
        if (lineWidth + next > width && breakAt > 0) {
            lines << fromCodePoints(line.first(breakAt)).trimmed();
            line = line.sliced(breakAt);
            while (!line.isEmpty() && line.first() == ' ')
                line.removeFirst();
            lineWidth = displayWidth(fromCodePoints(line));
            breakAt = -1;
            if (codePoint == ' ' && line.isEmpty())
                continue;
        }

        line << codePoint;
        lineWidth += next;
    }

    const QString last = fromCodePoints(line).trimmed();
    if (!last.isEmpty() || lines.isEmpty())
        lines << last;
    return lines;
}

QString TextLayout::withoutControlCharacters(const QString &text)
{
    QString result = text;
    for (QChar &character : result) {
        if (character.category() == QChar::Other_Control)
            character = QLatin1Char(' ');
    }
    return result;
}
