#include "chargereview.h"

bool ChargeReview::canCommit(const QString &acknowledgement) const
{
    if (!isValid() || hasExactDuplicate())
        return false;
    return !needsAcknowledgement() || !acknowledgement.trimmed().isEmpty();
}

QString ChargeReview::problemText() const
{
    QStringList lines;
    if (!failure.isEmpty())
        lines << failure;
    for (const FieldError &error : errors)
        lines << error.message;
    for (const DuplicateFinding &finding : exactDuplicates)
        lines << finding.description;
    for (const DuplicateFinding &finding : possibleDuplicates)
        lines << finding.description;
    return lines.join(QLatin1Char('\n'));
}
