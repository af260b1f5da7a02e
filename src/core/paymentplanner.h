#pragma once

#include "generationplan.h"

#include <QDate>

class QRandomGenerator;

// Plans the payments of a GenerationPlan whose bills and charges are
// planned, as PaymentService would record them, and the paid amounts they
// raise. A bill or charge due at least 15 days before the end of the
// period is paid around its due date. Bills' own lines are paid in full in
// 80 % of cases and in part in 8 %. Posted charges are paid in full in 70 %
// and in part in 8 %. A payment is dated after its charge's entry or on or
// after its bill's issue, and never after the period. Void and pending
// charges are never paid, as PaymentValidator rejects that.
class PaymentPlanner
{
public:
    PaymentPlanner(QRandomGenerator &random, QDate lastDay);

    // Adds the payments to plan with ids from firstId on, in the order of
    // created_at, and raises the paid amounts of the bills and charges and
    // lowers the customers' balances.
    void plan(qint64 firstId, GenerationPlan *plan);

private:
    // Adds one payment of bill's lines (charge -1) or of charge, unless the
    // draw leaves it unpaid.
    void addPayment(const GenerationPlan &plan, qint32 bill, qint32 charge, qint64 open,
                    qint64 dueDay, qint64 earliestDay, qint64 earliestMs, qint8 method,
                    int fullPerCent);

    QRandomGenerator &m_random;
    qint64 m_lastDay = 0; // Julian day
    std::vector<GenerationPlan::Payment> m_payments;
};
