#pragma once

#include "generationplan.h"

#include <QDate>
#include <QHash>

class QRandomGenerator;

// Plans the charges of a GenerationPlan whose customers and bills are
// planned: the bill, fee type, reason, payment method, amount, dates, note,
// author and void of each, then their ids in the order of created_at, and
// the stored totals they raise. See GenerationPlanner for the shape.
class ChargePlanner
{
public:
    ChargePlanner(QRandomGenerator &random, QDate firstDay, QDate lastDay,
                  QHash<QString, qint64> approvalThresholds);

    // Returns how many charges the heaviest customer gets before the others
    // draw: min(1000, charges / 2).
    static qint64 heavyShare(qint64 charges);

    // Adds heavyCount charges of heavyCustomer and one charge for each
    // customer index in owners to plan, with ids from firstId on.
    void plan(qint32 heavyCustomer, qint64 heavyCount, const std::vector<qint32> &owners,
              qint64 firstId, GenerationPlan *plan);

private:
    GenerationPlan::Charge makeCharge(qint32 customerIndex, const GenerationPlan &plan,
                                      const std::vector<std::vector<qint32>> &billsOf);

    // Index of a code of codes, drawn by the weights of known codes; codes
    // without a weight count 5.
    qint8 drawCode(const QStringList &codes, const QHash<QString, int> &weights);

    qint8 drawReason(const QString &feeType, const QStringList &reasons);
    qint64 drawAmount(const QString &feeType, const QString &currency, qint64 billLinesTotal);

    QRandomGenerator &m_random;
    qint64 m_firstDay = 0; // Julian days
    qint64 m_lastDay = 0;
    QHash<QString, qint64> m_approvalThresholds;
};
