#include "searchtermformat.h"

QString SearchTermFormat::asciiLower(const QString &text)
{
    QString lowered = text;
    for (QChar &character : lowered) {
        if (character >= QLatin1Char('A') && character <= QLatin1Char('Z'))
            character = QChar(character.unicode() + ('a' - 'A'));
    }
    return lowered;
}

QString SearchTermFormat::containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString SearchTermFormat::ftsPhrase(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
