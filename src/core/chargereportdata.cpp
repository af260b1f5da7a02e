#include "chargereportdata.h"

#include <algorithm>

bool ChargeReportData::add(const ChargeReportRow &row, QString *error)
{
    rows.append(row);

    const bool added
        = addTo(byFeeType, m_feeTypeIndex, row.feeTypeCode, row.feeTypeLabel,
                row.feeTypeSortOrder, row)
          && addTo(byCustomer, m_customerIndex, row.customerCode, row.companyName, 0, row)
          && addTo(totals, m_totalIndex, QString(), QString(), 0, row);
    if (!added) {
        *error = tr("The total of the %1 charges is too large to add up. Narrow the filters "
                    "or the period.")
                     .arg(row.amount.currency());
    }
    return added;
}

bool ChargeReportData::addTo(QList<ChargeReportSubtotal> &list, QHash<QString, qsizetype> &index,
                             const QString &key, const QString &label, int sortOrder,
                             const ChargeReportRow &row)
{
    // A unit separator keeps "A" + "BCNY" apart from "AB" + "CNY".
    const QString indexKey = key + QChar(0x1f) + row.amount.currency();
    auto found = index.constFind(indexKey);
    if (found == index.constEnd()) {
        ChargeReportSubtotal subtotal;
        subtotal.key = key;
        subtotal.label = label;
        subtotal.sortOrder = sortOrder;
        subtotal.amount = Money(0, row.amount.currency());
        subtotal.voidAmount = Money(0, row.amount.currency());
        list.append(subtotal);
        found = index.insert(indexKey, list.size() - 1);
    }

    ChargeReportSubtotal &subtotal = list[found.value()];
    if (row.isVoid()) {
        const std::optional<Money> voided = subtotal.voidAmount.plus(row.amount);
        if (!voided)
            return false;
        subtotal.voidAmount = *voided;
        ++subtotal.voidCount;
        return true;
    }
    const std::optional<Money> sum = subtotal.amount.plus(row.amount);
    if (!sum)
        return false;
    subtotal.amount = *sum;
    ++subtotal.postedCount;
    return true;
}

void ChargeReportData::finish()
{
    std::stable_sort(byFeeType.begin(), byFeeType.end(),
                     [](const ChargeReportSubtotal &a, const ChargeReportSubtotal &b) {
                         if (a.sortOrder != b.sortOrder)
                             return a.sortOrder < b.sortOrder;
                         if (a.key != b.key)
                             return a.key < b.key;
                         return a.currency() < b.currency();
                     });
    const auto byKeyAndCurrency = [](const ChargeReportSubtotal &a,
                                     const ChargeReportSubtotal &b) {
        if (a.key != b.key)
            return a.key < b.key;
        return a.currency() < b.currency();
    };
    std::stable_sort(byCustomer.begin(), byCustomer.end(), byKeyAndCurrency);
    std::stable_sort(totals.begin(), totals.end(), byKeyAndCurrency);

    // The indexes point into the lists as they were before sorting.
    m_feeTypeIndex.clear();
    m_customerIndex.clear();
    m_totalIndex.clear();
}

qsizetype ChargeReportData::postedCount() const
{
    qsizetype count = 0;
    for (const ChargeReportSubtotal &total : totals)
        count += total.postedCount;
    return count;
}

qsizetype ChargeReportData::voidCount() const
{
    qsizetype count = 0;
    for (const ChargeReportSubtotal &total : totals)
        count += total.voidCount;
    return count;
}
