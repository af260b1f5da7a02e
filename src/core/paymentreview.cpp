#include "paymentreview.h"

QString PaymentReview::problemText() const
{
    QStringList lines;
    if (!failure.isEmpty())
        lines << failure;
    for (const FieldError &error : errors)
        lines << error.message;
    return lines.join(QLatin1Char('\n'));
}
