#pragma once

#include "generationplan.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QVariantList>

// The duplicate rules of DuplicateFinder, applied in memory to the charges
// of a GenerationPlan in the order the service would have written them:
// add() a charge when it is written and remove() it when it is voided.
// Pending and posted charges count; void ones do not.
//
// Like DuplicateFinder, a possible duplicate has the same customer and
// amount and is due at most ChargeService::PossibleDuplicateWindowDays
// apart, or is on the same bill with the same fee type. Each of the two
// lists holds the first 20 matches in id order, and a charge found by both
// is listed once, under the first.
class GeneratedDuplicateIndex
{
public:
    // Returns true when a counted charge has the same customer, bill, fee
    // type, amount and due date as charge: an exact duplicate, which the
    // service rejects.
    bool hasExactDuplicate(const GenerationPlan::Charge &charge) const;

    // Returns the ids of the possible duplicates of charge, as the service
    // writes them into the audit details.
    QVariantList possibleDuplicates(const GenerationPlan::Charge &charge) const;

    void add(const GenerationPlan::Charge &charge);
    void remove(const GenerationPlan::Charge &charge);

private:
    struct Entry
    {
        qint64 id = 0;
        qint64 dueDay = 0;
        qint32 bill = -1;
        qint8 feeType = 0;
    };

    // Counted charges by customer index and amount, and by bill index and
    // fee type, each in id order.
    QHash<QPair<qint32, qint64>, QList<Entry>> m_byAmount;
    QHash<QPair<qint32, qint32>, QList<qint64>> m_byBillAndFeeType;
};
