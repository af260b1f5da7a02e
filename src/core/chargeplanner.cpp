#include "chargeplanner.h"

#include "currency.h"
#include "generatedtexts.h"
#include "generationplanner.h"
#include "money.h"

#include <QRandomGenerator>

#include <algorithm>

namespace {

constexpr qint64 EpochJulianDay = 2440588;
constexpr qint64 MsPerDay = 86'400'000;
constexpr qint64 MsPerHour = 3'600'000;

// Charges on a bill are entered within this many days of its issue.
constexpr int EntryWindowDays = 90;

// Per mille of charges on the account although the customer has bills.
constexpr int AccountChargesPerMille = 80;

// Per mille of posted charges that are voided, and the days within which.
constexpr int VoidedPerMille = 35;
constexpr int VoidWithinDays = 20;

// A range of amounts in US cents, drawn uniformly, and its weight.
struct AmountRange
{
    qint64 low;
    qint64 high;
    int weight;
};

QList<AmountRange> amountRanges(const QString &feeType)
{
    static const QHash<QString, QList<AmountRange>> ranges = {
        {QStringLiteral("SERVICE"), {{2000, 20000, 5}, {20000, 100000, 3}, {100000, 500000, 1}}},
        {QStringLiteral("MATERIAL"), {{1000, 10000, 4}, {10000, 80000, 3}, {80000, 600000, 1}}},
        {QStringLiteral("FREIGHT"), {{800, 5000, 5}, {5000, 30000, 2}}},
        {QStringLiteral("LATE_FEE"), {{500, 3000, 6}, {3000, 20000, 2}}},
        {QStringLiteral("UPGRADE_DIFF"), {{5000, 30000, 4}, {30000, 200000, 2}}},
        {QStringLiteral("INSTALLATION"), {{10000, 50000, 4}, {50000, 300000, 2}}},
    };
    return ranges.value(feeType, {{1000, 50000, 1}});
}

const QHash<QString, int> &feeTypeWeights()
{
    static const QHash<QString, int> weights = {
        {QStringLiteral("SERVICE"), 30}, {QStringLiteral("MATERIAL"), 15},
        {QStringLiteral("FREIGHT"), 15}, {QStringLiteral("LATE_FEE"), 15},
        {QStringLiteral("UPGRADE_DIFF"), 8}, {QStringLiteral("INSTALLATION"), 7},
        {QStringLiteral("OTHER"), 5},
    };
    return weights;
}

// Payment methods as customers in China and elsewhere choose them.
const QHash<QString, int> &methodWeights(bool chinese)
{
    static const QHash<QString, int> china = {
        {QStringLiteral("CORPORATE_TRANSFER"), 35}, {QStringLiteral("BANK_TRANSFER"), 25},
        {QStringLiteral("WECHAT_PAY"), 15}, {QStringLiteral("ALIPAY"), 15},
        {QStringLiteral("CASH"), 5}, {QStringLiteral("CHEQUE"), 5},
    };
    static const QHash<QString, int> elsewhere = {
        {QStringLiteral("BANK_TRANSFER"), 50}, {QStringLiteral("CORPORATE_TRANSFER"), 20},
        {QStringLiteral("CHEQUE"), 20}, {QStringLiteral("CASH"), 10},
        {QStringLiteral("WECHAT_PAY"), 0}, {QStringLiteral("ALIPAY"), 0},
    };
    return chinese ? china : elsewhere;
}

qint64 startOfDayMs(qint64 julianDay)
{
    return (julianDay - EpochJulianDay) * MsPerDay;
}

} // namespace

ChargePlanner::ChargePlanner(QRandomGenerator &random, QDate firstDay, QDate lastDay,
                             QHash<QString, qint64> approvalThresholds)
    : m_random(random)
    , m_firstDay(firstDay.toJulianDay())
    , m_lastDay(lastDay.toJulianDay())
    , m_approvalThresholds(std::move(approvalThresholds))
{
}

qint64 ChargePlanner::heavyShare(qint64 charges)
{
    return qMin<qint64>(1000, charges / 2);
}

void ChargePlanner::plan(qint32 heavyCustomer, qint64 heavyCount,
                         const std::vector<qint32> &owners, qint64 firstId, GenerationPlan *plan)
{
    std::vector<std::vector<qint32>> billsOf(plan->customers.size());
    for (size_t i = 0; i < plan->bills.size(); ++i)
        billsOf[size_t(plan->bills[i].customer)].push_back(qint32(i));

    plan->charges.reserve(owners.size() + size_t(heavyCount));
    for (qint64 i = 0; i < heavyCount; ++i)
        plan->charges.push_back(makeCharge(heavyCustomer, *plan, billsOf));
    for (const qint32 owner : owners)
        plan->charges.push_back(makeCharge(owner, *plan, billsOf));

    // Ids follow created_at, as they do when the service writes charges one
    // after another.
    std::stable_sort(plan->charges.begin(), plan->charges.end(),
                     [](const GenerationPlan::Charge &a, const GenerationPlan::Charge &b) {
                         return a.createdAtMs < b.createdAtMs;
                     });

    // Posted charges raise their bill's and their customer's stored totals.
    for (size_t i = 0; i < plan->charges.size(); ++i) {
        GenerationPlan::Charge &charge = plan->charges[i];
        charge.id = firstId + qint64(i);
        if (charge.pending) {
            ++plan->pendingCharges;
            continue;
        }
        if (charge.voidedAtMs != 0) {
            ++plan->voidedCharges;
            continue;
        }
        if (charge.bill >= 0)
            plan->bills[size_t(charge.bill)].chargesTotalMinor += charge.amountMinor;
        plan->customers[size_t(charge.customer)].balanceMinor += charge.amountMinor;
    }
}

GenerationPlan::Charge ChargePlanner::makeCharge(qint32 customerIndex,
                                                 const GenerationPlan &plan,
                                                 const std::vector<std::vector<qint32>> &billsOf)
{
    static const int TermDays[] = {7, 14, 15, 30, 30, 30, 45, 60};
    const GeneratedCustomer &customer = plan.customers[size_t(customerIndex)].values;

    GenerationPlan::Charge charge;
    charge.customer = customerIndex;
    const std::vector<qint32> &bills = billsOf[size_t(customerIndex)];
    if (!bills.empty() && m_random.bounded(1000) >= AccountChargesPerMille)
        charge.bill = bills[size_t(m_random.bounded(int(bills.size())))];

    charge.feeType = drawCode(plan.feeTypes, feeTypeWeights());
    const QString feeType = plan.feeTypes.value(charge.feeType);
    charge.reason = drawReason(feeType, plan.reasons);
    charge.method = drawCode(plan.paymentMethods, methodWeights(customer.chinese));

    // Entered after the bill's issue, within the period, in working hours.
    const GenerationPlan::Bill *bill = charge.bill >= 0 ? &plan.bills[size_t(charge.bill)]
                                                        : nullptr;
    const qint64 earliest = bill ? bill->issueDay : m_firstDay;
    const qint64 latest = bill ? qMin(m_lastDay, bill->issueDay + EntryWindowDays) : m_lastDay;
    const qint64 day = earliest + m_random.bounded(latest - earliest + 1);
    const qint64 startHour = customer.chinese ? 1 : 8;
    const qint64 hours = customer.chinese ? 9 : 13;
    charge.createdAtMs = startOfDayMs(day) + startHour * MsPerHour
                         + m_random.bounded(hours * MsPerHour);
    if (bill && charge.createdAtMs <= bill->createdAtMs)
        charge.createdAtMs = bill->createdAtMs + 60'000 + m_random.bounded(MsPerHour);
    charge.dueDay = day + TermDays[m_random.bounded(int(std::size(TermDays)))];

    charge.amountMinor = drawAmount(feeType, customer.currency,
                                    bill ? bill->linesTotalMinor : 0);
    const auto threshold = m_approvalThresholds.constFind(customer.currency);
    charge.pending = threshold != m_approvalThresholds.cend()
                     && charge.amountMinor > threshold.value();

    // The reason "Other" needs a note; other charges have one in three.
    const bool other = plan.reasons.value(charge.reason) == QLatin1String("OTHER");
    if (other || m_random.bounded(3) == 0)
        charge.note = qint16(m_random.bounded(GeneratedTexts::noteCount()));

    const int staff = GeneratedTexts::staffCount(customer.chinese);
    charge.author = qint8(m_random.bounded(staff));

    // A pending charge is rejected or approved, never voided.
    if (!charge.pending && m_random.bounded(1000) < VoidedPerMille) {
        const qint64 endOfPeriod = startOfDayMs(m_lastDay + 1) - 1;
        charge.voidedAtMs = qMin(endOfPeriod, charge.createdAtMs + MsPerHour
                                                  + m_random.bounded(VoidWithinDays * MsPerDay));
        if (charge.voidedAtMs <= charge.createdAtMs)
            charge.voidedAtMs = charge.createdAtMs + 60'000;
        charge.voider = qint8((charge.author + 1 + m_random.bounded(staff - 1)) % staff);
        charge.voidReason = qint8(m_random.bounded(GeneratedTexts::voidReasonCount()));
    }

    for (quint32 &bits : charge.requestKeyBits)
        bits = m_random.generate();
    return charge;
}

qint8 ChargePlanner::drawCode(const QStringList &codes, const QHash<QString, int> &weights)
{
    int total = 0;
    for (const QString &code : codes)
        total += weights.value(code, 5);
    if (total <= 0)
        return qint8(m_random.bounded(int(codes.size())));

    int draw = m_random.bounded(total);
    for (qsizetype i = 0; i < codes.size(); ++i) {
        draw -= weights.value(codes.at(i), 5);
        if (draw < 0)
            return qint8(i);
    }
    return 0;
}

qint8 ChargePlanner::drawReason(const QString &feeType, const QStringList &reasons)
{
    // Late fees are charged because the customer did not pay, and upgrade
    // differences because of the upgrade. Other fees mostly correct a bill
    // or follow a changed contract.
    QHash<QString, int> weights = {
        {QStringLiteral("UNPAID"), 0}, {QStringLiteral("PLAN_UPGRADE"), 0},
        {QStringLiteral("BILLING_ERROR"), 50}, {QStringLiteral("CONTRACT_CHANGE"), 35},
        {QStringLiteral("OTHER"), 15},
    };
    if (feeType == QLatin1String("LATE_FEE"))
        weights = {{QStringLiteral("UNPAID"), 90}, {QStringLiteral("OTHER"), 10}};
    else if (feeType == QLatin1String("UPGRADE_DIFF"))
        weights = {{QStringLiteral("PLAN_UPGRADE"), 85}, {QStringLiteral("CONTRACT_CHANGE"), 15}};
    else if (feeType == QLatin1String("OTHER"))
        weights = {{QStringLiteral("OTHER"), 60}, {QStringLiteral("BILLING_ERROR"), 40}};

    // Codes without a weight here (added to the lookup later) get none, as
    // long as one code has a weight.
    int total = 0;
    for (const QString &code : reasons)
        total += weights.value(code, 0);
    if (total == 0)
        return qint8(m_random.bounded(int(reasons.size())));
    int draw = m_random.bounded(total);
    for (qsizetype i = 0; i < reasons.size(); ++i) {
        draw -= weights.value(reasons.at(i), 0);
        if (draw < 0)
            return qint8(i);
    }
    return 0;
}

qint64 ChargePlanner::drawAmount(const QString &feeType, const QString &currency,
                                 qint64 billLinesTotal)
{
    // A late fee on a bill is 5 % of the bill's lines.
    if (feeType == QLatin1String("LATE_FEE") && billLinesTotal > 0)
        return qMax<qint64>(1, Money::roundHalfUp(billLinesTotal * 500, 10000));

    qint64 cents = 0;
    if (m_random.bounded(1000) == 0) {
        // One charge in a thousand is large: 10,000 to 50,000 dollars.
        cents = 1'000'000 + m_random.bounded(qint64(4'000'000));
    } else {
        const QList<AmountRange> ranges = amountRanges(feeType);
        int total = 0;
        for (const AmountRange &range : ranges)
            total += range.weight;
        int draw = m_random.bounded(total);
        for (const AmountRange &range : ranges) {
            draw -= range.weight;
            if (draw < 0) {
                cents = range.low + m_random.bounded(range.high - range.low);
                break;
            }
        }
    }
    const qint64 minor = GenerationPlanner::fromUsCents(cents, currency);

    // People enter round amounts: four in ten to the whole unit and two in
    // ten to ten units (ten and a hundred yen for JPY, which has no minor
    // unit).
    const Currency *known = Currency::find(currency);
    const qint64 unit = known && known->minorDigits == 0 ? 10 : 100;
    const int roundness = m_random.bounded(10);
    qint64 step = 1;
    if (roundness >= 8)
        step = unit * 10;
    else if (roundness >= 4)
        step = unit;
    return qMax(step, Money::roundHalfUp(minor, step) * step);
}
