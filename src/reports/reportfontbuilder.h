#pragma once

#include <QCoreApplication>
#include <QByteArray>
#include <QString>

// Builds the fonts that reports print with: one face of a Noto Sans CJK
// collection (.ttc) as a standalone font under a family name of its own,
// with the CJK radicals and the control characters removed from its
// character map.
//
// Noto Sans CJK maps each Kangxi radical (U+2F00..U+2FD5) and many CJK
// radicals supplement code points (U+2E80..U+2EF3) to the same glyph as an
// ideograph, e.g. U+2F3E and 户 U+6237. Qt 6.4's PDF writer maps every
// embedded glyph back to the lowest code point that reaches it (the
// ToUnicode map of QFontSubset). Text copied or extracted from a PDF would
// read ⼾, ⾦, ⼩, ⽉ in place of 户, 金, 小, 月. Without the radicals in the
// map, the ideograph is the lowest code point of its glyph.
class ReportFontBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportFontBuilder)

public:
    // Returns the font data of the face called postScriptName (for example
    // "NotoSansCJKsc-Bold") in the font or collection file at path, named
    // family and subfamily ("Regular", "Bold"). Returns an empty array and
    // a translated *error naming the file when it cannot be read, is not a
    // font, or lacks the face.
    static QByteArray build(const QString &path, const QString &postScriptName,
                            const QString &family, const QString &subfamily,
                            QString *error);

    // Returns whether reports drop codePoint from a font's character map:
    // C0 and C1 control characters, CJK radicals supplement, Kangxi
    // radicals, and U+2012 figure dash, which shares the glyph of U+2013
    // en dash.
    static bool isDroppedCodePoint(char32_t codePoint);
};
