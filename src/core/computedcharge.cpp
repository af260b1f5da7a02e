#include "computedcharge.h"

bool ComputedCharge::hasError(const QString &field) const
{
    for (const FieldError &error : errors) {
        if (error.field == field)
            return true;
    }
    return false;
}

QStringList ComputedCharge::errorMessages() const
{
    QStringList messages;
    for (const FieldError &error : errors)
        messages << error.message;
    return messages;
}

QString ComputedCharge::noteWithFormula(const QString &note, const QString &formula,
                                        const QString &replacedFormula)
{
    QStringList lines = note.split(QLatin1Char('\n'));
    if (!replacedFormula.isEmpty())
        lines.removeAll(replacedFormula);

    // Trailing empty lines would leave a gap before the formula.
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    lines << formula;
    return lines.join(QLatin1Char('\n'));
}
