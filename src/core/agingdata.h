#pragma once

#include "money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

// The age classes of aged receivables (账龄分析), by days past the due date
// on the as-of day.
enum class AgingBucket {
    NotDue,     // 0 days or fewer: due on the as-of day or later
    Days1To30,  // 1 to 30 days
    Days31To60, // 31 to 60 days
    Days61To90, // 61 to 90 days
    Over90,     // 91 days or more
};

constexpr int AgingBucketCount = 5;

// Returns the bucket of an item that is daysPastDue days past its due date.
AgingBucket agingBucketFor(qint64 daysPastDue);

// One line of aged receivables: what a customer owes in one currency, by
// age, or the total of a currency over every customer.
struct AgingRow
{
    // The customer; 0 and empty in a total row.
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;

    QString currency;
    std::array<qint64, AgingBucketCount> bucketMinor{}; // by AgingBucket
    qint64 totalMinor = 0; // the sum of bucketMinor
    qsizetype itemCount = 0;

    Money bucket(AgingBucket bucket) const { return Money(bucketMinor[int(bucket)], currency); }
    Money total() const { return Money(totalMinor, currency); }

    // Adds amount (of this row's currency) to bucket and to the total.
    // Returns false, changing nothing, when a sum would overflow.
    bool add(AgingBucket bucket, qint64 amountMinor, qsizetype items = 1);
};

// Aged receivables as of a day: one row per customer and currency, and a
// total row per currency. Amounts of different currencies are never added.
struct AgingData
{
    QDate asOf;

    // By currency code, then company name and customer code.
    QList<AgingRow> rows;

    // One per currency in rows, by currency code. Each is the sum of the
    // rows of its currency, bucket by bucket.
    QList<AgingRow> totals;

    // Returns the currency codes of totals, in order.
    QStringList currencies() const;

    // Returns the rows in currency, in order.
    QList<AgingRow> rowsIn(const QString &currency) const;

    // Returns the total row of currency, or an empty row in that currency.
    AgingRow totalIn(const QString &currency) const;
};
