#include "discountformat.h"

QString formatDiscount(qint64 basisPoints, const QLocale &locale)
{
    QString percent = locale.toString(basisPoints / 100);
    const qint64 hundredths = basisPoints % 100;
    if (hundredths != 0) {
        QString decimals = QString::number(hundredths).rightJustified(2, QLatin1Char('0'));
        while (decimals.endsWith(QLatin1Char('0')))
            decimals.chop(1);
        percent += locale.decimalPoint() + decimals;
    }
    return percent + locale.percent();
}
