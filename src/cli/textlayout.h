#pragma once

#include <QString>
#include <QStringList>

// Measures and lays out text for a terminal, where CJK ideographs,
// full-width forms and most emoji take two columns and combining marks none.
class TextLayout
{
public:
    // Returns the number of terminal columns text takes.
    static int displayWidth(const QString &text);

    // Returns text padded with spaces to width columns, on the right for
    // left-aligned text and on the left for right-aligned text.
    static QString padded(const QString &text, int width, bool alignRight = false);

    // Returns text cut to at most maxWidth columns, ending in "…" when cut.
    static QString elided(const QString &text, int maxWidth);

    // Breaks text into lines of at most width columns, at spaces or between
    // two wide characters. A word longer than width keeps a line of its own.
    static QStringList wrapped(const QString &text, int width);

    // Returns text with every control character (newlines, tabs, escape
    // sequences) replaced by a space, so that stored text cannot break a
    // table row or drive the terminal.
    static QString withoutControlCharacters(const QString &text);
};
