#include "paymentreview.h"

bool PaymentReview::canCommit(const QString &acknowledgement) const
{
    if (!isValid())
        return false;
    return !needsAcknowledgement() || !acknowledgement.trimmed().isEmpty();
}

QList<qint64> PaymentReview::duplicatePaymentIds() const
{
    QList<qint64> ids;
    for (const PaymentDuplicateFinding &finding : duplicates)
        ids << finding.existing.id;
    return ids;
}

QString PaymentReview::problemText() const
{
    QStringList lines;
    if (!failure.isEmpty())
        lines << failure;
    for (const FieldError &error : errors)
        lines << error.message;
    return lines.join(QLatin1Char('\n'));
}
