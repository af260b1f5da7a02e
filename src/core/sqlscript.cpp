#include "sqlscript.h"

#include <QRegularExpression>

namespace {

// True for the line that opens an SQLite trigger body: BEGIN alone or at
// the end of the line ("FOR EACH ROW BEGIN").
bool isTriggerBodyStart(const QString &trimmedLine)
{
    static const QRegularExpression begin(QStringLiteral("(^|\\s)BEGIN$"),
                                          QRegularExpression::CaseInsensitiveOption);
    return begin.match(trimmedLine).hasMatch();
}

} // namespace

QStringList SqlScript::split(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTriggerBody = false;
    bool inDollarQuote = false;

    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--"))))
            continue;

        // Each "$$" opens or closes a dollar-quoted body.
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inDollarQuote = !inDollarQuote;
        current += line + QLatin1Char('\n');
        if (!inDollarQuote && isTriggerBodyStart(trimmed)
            && current.trimmed().startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTriggerBody = true;

        bool ends = false;
        if (inTriggerBody)
            ends = trimmed.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0;
        else if (!inDollarQuote)
            ends = trimmed.endsWith(QLatin1Char(';'));
        if (ends) {
            statements << current.trimmed();
            current.clear();
            inTriggerBody = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}
