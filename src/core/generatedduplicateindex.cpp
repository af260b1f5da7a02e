#include "generatedduplicateindex.h"

#include "chargeservice.h"

#include <QSet>

namespace {

// DuplicateFinder lists at most this many charges per rule.
constexpr qsizetype MaxFindings = 20;

} // namespace

bool GeneratedDuplicateIndex::hasExactDuplicate(const GenerationPlan::Charge &charge) const
{
    const auto found = m_byAmount.constFind({charge.customer, charge.amountMinor});
    if (found == m_byAmount.cend())
        return false;
    for (const Entry &entry : found.value()) {
        if (entry.dueDay == charge.dueDay && entry.bill == charge.bill
            && entry.feeType == charge.feeType) {
            return true;
        }
    }
    return false;
}

QVariantList GeneratedDuplicateIndex::possibleDuplicates(
    const GenerationPlan::Charge &charge) const
{
    QVariantList ids;
    QSet<qint64> seen;

    const int window = ChargeService::PossibleDuplicateWindowDays;
    const auto sameAmount = m_byAmount.constFind({charge.customer, charge.amountMinor});
    if (sameAmount != m_byAmount.cend()) {
        for (const Entry &entry : sameAmount.value()) {
            if (qAbs(entry.dueDay - charge.dueDay) > window)
                continue;
            ids << entry.id;
            seen.insert(entry.id);
            if (ids.size() == MaxFindings)
                break;
        }
    }

    if (charge.bill < 0)
        return ids;
    const auto sameBill = m_byBillAndFeeType.constFind({charge.bill, charge.feeType});
    if (sameBill == m_byBillAndFeeType.cend())
        return ids;
    const QList<qint64> &billIds = sameBill.value();
    for (qsizetype i = 0; i < billIds.size() && i < MaxFindings; ++i) {
        if (!seen.contains(billIds.at(i)))
            ids << billIds.at(i);
    }
    return ids;
}

void GeneratedDuplicateIndex::add(const GenerationPlan::Charge &charge)
{
    m_byAmount[{charge.customer, charge.amountMinor}].append(
        Entry{charge.id, charge.dueDay, charge.bill, charge.feeType});
    if (charge.bill >= 0)
        m_byBillAndFeeType[{charge.bill, charge.feeType}].append(charge.id);
}

void GeneratedDuplicateIndex::remove(const GenerationPlan::Charge &charge)
{
    QList<Entry> &entries = m_byAmount[{charge.customer, charge.amountMinor}];
    entries.removeIf([&](const Entry &entry) { return entry.id == charge.id; });
    if (charge.bill >= 0)
        m_byBillAndFeeType[{charge.bill, charge.feeType}].removeOne(charge.id);
}
