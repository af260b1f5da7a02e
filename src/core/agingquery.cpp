#include "agingquery.h"

#include "logging.h"
#include "openitemquery.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace {

bool rowBefore(const AgingRow &a, const AgingRow &b)
{
    if (a.currency != b.currency)
        return a.currency < b.currency;
    if (a.customerName != b.customerName)
        return a.customerName < b.customerName;
    return a.customerCode < b.customerCode;
}

} // namespace

ReportQueryStatus AgingQuery::run(const QDate &asOf, const QList<qint64> &customerIds,
                                  AgingData *data, QString *error,
                                  const ReportProgress &progress) const
{
    *data = AgingData();
    if (!asOf.isValid()) {
        *error = tr("Aged receivables need an as-of date. Choose a day.");
        return ReportQueryStatus::Failed;
    }
    data->asOf = asOf;

    qCInfo(lcReport) << "Aged receivables started as of" << asOf << "for customers"
                     << customerIds << "(empty for all)";
    QList<OpenItem> items;
    const ReportQueryStatus status
        = OpenItemQuery(m_db, m_language).run(customerIds, &items, error, progress);
    if (status != ReportQueryStatus::Completed)
        return status;

    // One row per customer and currency, found by this key.
    QHash<QPair<qint64, QString>, qsizetype> rowIndex;
    for (const OpenItem &item : std::as_const(items)) {
        const QPair<qint64, QString> key(item.customerId, item.open.currency());
        qsizetype index = rowIndex.value(key, -1);
        if (index < 0) {
            AgingRow row;
            row.customerId = item.customerId;
            row.customerCode = item.customerCode;
            row.customerName = item.customerName;
            row.currency = item.open.currency();
            index = data->rows.size();
            data->rows.append(row);
            rowIndex.insert(key, index);
        }
        const AgingBucket bucket = agingBucketFor(item.daysPastDue(asOf));
        if (!data->rows[index].add(bucket, item.open.minorUnits())) {
            *error = tr("The open amounts of customer %1 in %2 are too large to add up.")
                         .arg(item.customerCode, item.open.currency());
            qCWarning(lcReport) << "Aged receivables failed:" << *error;
            return ReportQueryStatus::Failed;
        }
    }
    std::stable_sort(data->rows.begin(), data->rows.end(), rowBefore);

    // Each currency's total is the sum of its rows, bucket by bucket.
    QMap<QString, AgingRow> totals;
    for (const AgingRow &row : std::as_const(data->rows)) {
        AgingRow &total = totals[row.currency];
        total.currency = row.currency;
        for (int bucket = 0; bucket < AgingBucketCount; ++bucket) {
            if (!total.add(AgingBucket(bucket), row.bucketMinor[bucket], 0)) {
                *error = tr("The open amounts in %1 are too large to add up.").arg(row.currency);
                qCWarning(lcReport) << "Aged receivables failed:" << *error;
                return ReportQueryStatus::Failed;
            }
        }
        total.itemCount += row.itemCount;
    }
    data->totals = totals.values();

    qCInfo(lcReport) << "Aged receivables finished with" << items.size() << "open items in"
                     << data->rows.size() << "rows";
    return ReportQueryStatus::Completed;
}
