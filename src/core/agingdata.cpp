#include "agingdata.h"

AgingBucket agingBucketFor(qint64 daysPastDue)
{
    if (daysPastDue <= 0)
        return AgingBucket::NotDue;
    if (daysPastDue <= 30)
        return AgingBucket::Days1To30;
    if (daysPastDue <= 60)
        return AgingBucket::Days31To60;
    if (daysPastDue <= 90)
        return AgingBucket::Days61To90;
    return AgingBucket::Over90;
}

bool AgingRow::add(AgingBucket bucket, qint64 amountMinor, qsizetype items)
{
    qint64 bucketSum = 0;
    qint64 total = 0;
    if (qAddOverflow(bucketMinor[int(bucket)], amountMinor, &bucketSum)
        || qAddOverflow(totalMinor, amountMinor, &total)) {
        return false;
    }
    bucketMinor[int(bucket)] = bucketSum;
    totalMinor = total;
    itemCount += items;
    return true;
}

QStringList AgingData::currencies() const
{
    QStringList codes;
    for (const AgingRow &total : totals)
        codes << total.currency;
    return codes;
}

QList<AgingRow> AgingData::rowsIn(const QString &currency) const
{
    QList<AgingRow> selected;
    for (const AgingRow &row : rows) {
        if (row.currency == currency)
            selected << row;
    }
    return selected;
}

AgingRow AgingData::totalIn(const QString &currency) const
{
    for (const AgingRow &total : totals) {
        if (total.currency == currency)
            return total;
    }
    AgingRow empty;
    empty.currency = currency;
    return empty;
}
