#include "generationplanner.h"

#include "chargeplanner.h"
#include "chinesecustomermaker.h"
#include "generatedtexts.h"
#include "money.h"
#include "paymentplanner.h"
#include "westerncustomermaker.h"

#include <QSet>

#include <algorithm>

namespace {

// Julian day of 1970-01-01, where epoch milliseconds start.
constexpr qint64 EpochJulianDay = 2440588;
constexpr qint64 MsPerDay = 86'400'000;
constexpr qint64 MsPerHour = 3'600'000;

// Customer weights and their shares in per mille (see the class comment).
struct Tier
{
    int perMille;
    qint64 weight;
};
const Tier Tiers[] = {{700, 1}, {200, 4}, {80, 20}, {19, 100}, {1, 1000}};
constexpr qint64 HeaviestWeight = 1000;

// Minor units of each currency per 1,000 US cents: approximate exchange
// rates, fixed so that the data do not depend on the day.
qint64 minorUnitsPerThousandCents(const QString &currency)
{
    static const QHash<QString, qint64> rates = {
        {QStringLiteral("USD"), 1000}, {QStringLiteral("CNY"), 7200},
        {QStringLiteral("EUR"), 920},  {QStringLiteral("GBP"), 790},
        {QStringLiteral("HKD"), 7800}, {QStringLiteral("TWD"), 32000},
        {QStringLiteral("JPY"), 1500},
    };
    return rates.value(currency, 1000);
}

// Number of goods lines of a bill, by per-mille share: 1 to 6.
int drawLineCount(QRandomGenerator &random)
{
    static const int shares[] = {200, 300, 250, 130, 80, 40};
    int draw = random.bounded(1000);
    for (int i = 0; i < 6; ++i) {
        if (draw < shares[i])
            return i + 1;
        draw -= shares[i];
    }
    return 1;
}

} // namespace

GenerationPlanner::GenerationPlanner(Settings settings, const NorthwindFiles &northwind)
    : m_settings(std::move(settings))
    , m_northwind(northwind)
    , m_random(m_settings.seed)
{
}

qint64 GenerationPlanner::fromUsCents(qint64 cents, const QString &currency)
{
    return Money::roundHalfUp(cents * minorUnitsPerThousandCents(currency), 1000);
}

GenerationPlan GenerationPlanner::build()
{
    GenerationPlan plan;
    plan.feeTypes = m_settings.feeTypes;
    plan.reasons = m_settings.reasons;
    plan.paymentMethods = m_settings.paymentMethods;

    // The product catalogue: each Northwind product with the price of its
    // first order line, in the order products first appear.
    QSet<QString> seenProducts;
    QSet<QString> seenShippers;
    for (const NorthwindFiles::Bill &bill : m_northwind.bills()) {
        for (const NorthwindFiles::BillLine &line : bill.lines) {
            if (line.description.isEmpty() || seenProducts.contains(line.description))
                continue;
            seenProducts.insert(line.description);
            plan.products << line.description;
            m_productPricesUsCents << line.unitPriceMinor;
        }
        if (!bill.shipper.isEmpty() && !seenShippers.contains(bill.shipper)) {
            seenShippers.insert(bill.shipper);
            plan.shippers << bill.shipper;
        }
    }
    std::sort(plan.shippers.begin(), plan.shippers.end());

    planCustomers(&plan);
    planBills(&plan);

    const qint64 heavyCount = ChargePlanner::heavyShare(m_settings.charges);
    const std::vector<qint32> owners = drawCustomers(m_settings.charges - heavyCount);
    ChargePlanner charges(m_random, m_settings.firstDay, m_settings.lastDay,
                          m_settings.approvalThresholds);
    charges.plan(m_heavyCustomer, heavyCount, owners, m_settings.firstChargeId, &plan);
    if (m_settings.payments)
        PaymentPlanner(m_random, m_settings.lastDay).plan(m_settings.firstPaymentId, &plan);
    return plan;
}

void GenerationPlanner::planCustomers(GenerationPlan *plan)
{
    const WesternCustomerMaker western(m_northwind.customers());
    const qint64 count = m_settings.customers;
    m_heavyCustomer = qint32(m_random.bounded(count));
    plan->customers.resize(size_t(count));
    m_cumulativeWeights.resize(size_t(count));

    // Customers joined in the year before the period, one after another.
    const qint64 firstJoinDay = m_settings.firstDay.toJulianDay() - 365;
    qint64 cumulative = 0;
    for (qint64 i = 0; i < count; ++i) {
        GenerationPlan::Customer &customer = plan->customers[size_t(i)];
        customer.id = m_settings.firstCustomerId + i;
        const bool chinese = i % 2 == 0;
        customer.values = chinese ? ChineseCustomerMaker::make(m_random)
                                  : western.make(m_random);
        customer.createdAtMs = workingTimeMs(firstJoinDay + i * 365 / count, chinese);

        qint64 weight = HeaviestWeight;
        if (i != m_heavyCustomer) {
            int draw = m_random.bounded(1000);
            for (const Tier &tier : Tiers) {
                weight = tier.weight;
                if (draw < tier.perMille)
                    break;
                draw -= tier.perMille;
            }
        }
        cumulative += weight;
        m_cumulativeWeights[size_t(i)] = cumulative;
    }
}

std::vector<qint32> GenerationPlanner::drawCustomers(qint64 n)
{
    std::vector<qint32> drawn;
    drawn.reserve(size_t(qMax<qint64>(n, 0)));
    const qint64 total = m_cumulativeWeights.empty() ? 0 : m_cumulativeWeights.back();
    for (qint64 i = 0; i < n && total > 0; ++i) {
        const qint64 draw = m_random.bounded(total);
        const auto found = std::upper_bound(m_cumulativeWeights.cbegin(),
                                            m_cumulativeWeights.cend(), draw);
        drawn.push_back(qint32(found - m_cumulativeWeights.cbegin()));
    }
    return drawn;
}

qint64 GenerationPlanner::workingTimeMs(qint64 julianDay, bool chinese)
{
    // 09:00 to 18:00 in China is 01:00 to 10:00 UTC; Western customers are
    // served from 08:00 to 21:00 UTC, across the European and American
    // working days.
    const qint64 startHour = chinese ? 1 : 8;
    const qint64 hours = chinese ? 9 : 13;
    return (julianDay - EpochJulianDay) * MsPerDay + startHour * MsPerHour
           + m_random.bounded(hours * MsPerHour);
}

void GenerationPlanner::planBills(GenerationPlan *plan)
{
    static const int TermDays[] = {14, 30, 30, 30, 45, 60};
    const qint64 firstDay = m_settings.firstDay.toJulianDay();
    const qint64 dayCount = m_settings.lastDay.toJulianDay() - firstDay + 1;

    const std::vector<qint32> owners = drawCustomers(m_settings.bills);
    plan->bills.reserve(owners.size());
    for (const qint32 owner : owners) {
        const GenerationPlan::Customer &customer = plan->customers[size_t(owner)];
        GenerationPlan::Bill bill;
        bill.customer = owner;
        bill.issueDay = firstDay + m_random.bounded(dayCount);
        bill.dueDay = bill.issueDay + TermDays[m_random.bounded(int(std::size(TermDays)))];
        bill.createdAtMs = workingTimeMs(bill.issueDay, customer.values.chinese);
        planBillLines(&bill, customer.values.currency, plan);
        plan->bills.push_back(bill);
    }

    // Bill ids follow the order in which the bills were written.
    std::stable_sort(plan->bills.begin(), plan->bills.end(),
                     [](const GenerationPlan::Bill &a, const GenerationPlan::Bill &b) {
                         return a.createdAtMs < b.createdAtMs;
                     });
    for (size_t i = 0; i < plan->bills.size(); ++i) {
        GenerationPlan::Bill &bill = plan->bills[i];
        bill.id = m_settings.firstBillId + qint64(i);
        plan->customers[size_t(bill.customer)].balanceMinor += bill.linesTotalMinor;
    }
}

void GenerationPlanner::planBillLines(GenerationPlan::Bill *bill, const QString &currency,
                                      GenerationPlan *plan)
{
    static const int DiscountBasisPoints[] = {500, 1000, 1500, 2000, 2500};
    bill->firstLine = qint32(plan->billLines.size());

    const int goods = m_productPricesUsCents.isEmpty() ? 0 : drawLineCount(m_random);
    for (int i = 0; i < goods; ++i) {
        GenerationPlan::BillLine line;
        line.product = m_random.bounded(int(m_productPricesUsCents.size()));
        // Small quantities are the most common: 1 + a draw below a drawn bound.
        line.quantity = 1 + m_random.bounded(1 + m_random.bounded(60));
        if (m_random.bounded(10) >= 7)
            line.discountBasisPoints = DiscountBasisPoints[m_random.bounded(5)];
        line.unitPriceMinor = fromUsCents(m_productPricesUsCents.at(line.product), currency);
        line.amountMinor = Money::roundHalfUp(line.unitPriceMinor * line.quantity
                                                  * (10000 - line.discountBasisPoints),
                                              10000);
        plan->billLines.push_back(line);
        bill->linesTotalMinor += line.amountMinor;
    }

    // Nine bills in ten are shipped, with a freight line last.
    if (m_random.bounded(10) != 0) {
        const bool chinese = plan->customers[size_t(bill->customer)].values.chinese;
        const int carriers = chinese ? GeneratedTexts::carrierCount(true)
                                     : int(plan->shippers.size());
        GenerationPlan::BillLine freight;
        freight.carrier = carriers > 0 ? m_random.bounded(carriers) : -1;
        freight.unitPriceMinor = fromUsCents(800 + m_random.bounded(14000), currency);
        freight.amountMinor = freight.unitPriceMinor;
        plan->billLines.push_back(freight);
        bill->linesTotalMinor += freight.amountMinor;
    }
    bill->lineCount = qint32(plan->billLines.size()) - bill->firstLine;
}
