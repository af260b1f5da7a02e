#include "generationplan.h"

#include <QDate>
#include <QDateTime>

QString GenerationPlan::timestampText(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString GenerationPlan::dateText(qint64 julianDay)
{
    return QDate::fromJulianDay(julianDay).toString(Qt::ISODate);
}
