#include "paymentplanner.h"

#include "generatedtexts.h"

#include <QRandomGenerator>

#include <algorithm>

namespace {

constexpr qint64 EpochJulianDay = 2440588;
constexpr qint64 MsPerDay = 86'400'000;
constexpr qint64 MsPerHour = 3'600'000;

// Items due less than this many days before the end of the period are left
// open.
constexpr int OpenAtEndDays = 15;

// Per cent of the due items paid in part, after those paid in full.
constexpr int PartlyPaidPerCent = 8;

} // namespace

PaymentPlanner::PaymentPlanner(QRandomGenerator &random, QDate lastDay)
    : m_random(random)
    , m_lastDay(lastDay.toJulianDay())
{
}

void PaymentPlanner::addPayment(const GenerationPlan &plan, qint32 bill, qint32 charge,
                                qint64 open, qint64 dueDay, qint64 earliestDay,
                                qint64 earliestMs, qint8 method, int fullPerCent)
{
    if (open <= 0 || dueDay + OpenAtEndDays > m_lastDay)
        return;
    const int draw = m_random.bounded(100);
    if (draw >= fullPerCent + PartlyPaidPerCent)
        return;

    // A part payment is 30 to 90 % of the open amount, rounded down to
    // whole tenths of it.
    qint64 amount = open;
    if (draw >= fullPerCent)
        amount = qMax<qint64>(1, open * (3 + m_random.bounded(7)) / 10);

    // Paid from ten days before to thirty days after the due date.
    const qint64 paidDay = qBound(earliestDay, dueDay - 10 + m_random.bounded(41), m_lastDay);
    const qint32 customerIndex = charge >= 0 ? plan.charges[size_t(charge)].customer
                                             : plan.bills[size_t(bill)].customer;
    const bool chinese = plan.customers[size_t(customerIndex)].values.chinese;

    GenerationPlan::Payment payment;
    payment.customer = customerIndex;
    payment.bill = bill;
    payment.charge = charge;
    payment.amountMinor = amount;
    payment.paidDay = paidDay;
    const qint64 startHour = chinese ? 1 : 8;
    const qint64 hours = chinese ? 9 : 13;
    payment.createdAtMs = qMax(earliestMs + MsPerHour,
                               (paidDay - EpochJulianDay) * MsPerDay + startHour * MsPerHour
                                   + m_random.bounded(hours * MsPerHour));
    payment.method = method;
    payment.author = qint8(m_random.bounded(GeneratedTexts::staffCount(chinese)));
    for (quint32 &bits : payment.requestKeyBits)
        bits = m_random.generate();
    m_payments.push_back(payment);
}

void PaymentPlanner::plan(qint64 firstId, GenerationPlan *plan)
{
    const int methods = int(plan->paymentMethods.size());
    for (size_t i = 0; i < plan->bills.size(); ++i) {
        const GenerationPlan::Bill &bill = plan->bills[i];
        addPayment(*plan, qint32(i), -1, bill.linesTotalMinor, bill.dueDay, bill.issueDay,
                   bill.createdAtMs, qint8(m_random.bounded(methods)), 80);
    }

    // A charge is paid with the payment method of its entry, from the day
    // after its entry.
    for (size_t i = 0; i < plan->charges.size(); ++i) {
        const GenerationPlan::Charge &charge = plan->charges[i];
        if (charge.pending || charge.voidedAtMs != 0)
            continue;
        const qint64 enteredDay = charge.createdAtMs / MsPerDay + EpochJulianDay;
        addPayment(*plan, charge.bill, qint32(i), charge.amountMinor, charge.dueDay,
                   enteredDay + 1, charge.createdAtMs, charge.method, 70);
    }

    std::stable_sort(m_payments.begin(), m_payments.end(),
                     [](const GenerationPlan::Payment &a, const GenerationPlan::Payment &b) {
                         return a.createdAtMs < b.createdAtMs;
                     });
    for (size_t i = 0; i < m_payments.size(); ++i) {
        GenerationPlan::Payment &payment = m_payments[i];
        payment.id = firstId + qint64(i);
        if (payment.bill >= 0)
            plan->bills[size_t(payment.bill)].paidMinor += payment.amountMinor;
        if (payment.charge >= 0)
            plan->charges[size_t(payment.charge)].paidMinor += payment.amountMinor;
        plan->customers[size_t(payment.customer)].balanceMinor -= payment.amountMinor;
    }
    plan->payments = std::move(m_payments);
}
