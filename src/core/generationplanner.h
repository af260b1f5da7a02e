#pragma once

#include "generationplan.h"
#include "northwindfiles.h"

#include <QDate>
#include <QHash>
#include <QRandomGenerator>

// Builds a GenerationPlan from a seed: the same settings and seed give the
// same plan, because every choice is drawn from one QRandomGenerator seeded
// with the seed and nothing reads the clock.
//
// Shape of the data:
// - Every other customer (the first, third, ...) has Chinese names
//   (ChineseCustomerMaker), the others Northwind-like ones
//   (WesternCustomerMaker). Customers were
//   created in the year before the period, in id order.
// - Each customer draws a weight: 1 (70 %), 4 (20 %), 20 (8 %), 100 (1.9 %)
//   or 1000 (0.1 %). Each bill and each charge picks its customer with
//   probability proportional to the weight, so a few customers have many
//   bills and charges and most have a few. One customer, drawn at random,
//   gets the largest weight and, before the others draw, min(1000,
//   charges / 2) charges, so that from 2,000 charges on one customer has at
//   least 1,000.
// - Bills are issued over the period, due 14 to 60 days later, with one to
//   six goods lines of Northwind products at Northwind prices in the
//   customer's currency and a freight line. Bill ids follow the creation
//   time.
// - Charges are entered up to 90 days after their bill's issue (or at any
//   time in the period for a customer without bills, or the 8 % charged to
//   the account), due 7 to 60 days after entry. Amounts depend on the fee
//   type; a late fee on a bill is 5 % of its lines. About 3.5 % are voided
//   within 20 days by another staff member. Charge ids follow created_at.
// - With Settings::payments, most bills and charges due before the last two
//   weeks of the period are paid around their due date, in full or in part
//   (PaymentPlanner).
class GenerationPlanner
{
public:
    struct Settings
    {
        qint64 customers = 0;
        qint64 bills = 0;
        qint64 charges = 0;
        quint32 seed = 0;
        bool payments = false; // plan payments too
        QDate firstDay; // first day of the period, inclusive
        QDate lastDay;  // last day of the period, inclusive
        QStringList feeTypes;
        QStringList reasons;
        QStringList paymentMethods;
        QHash<QString, qint64> approvalThresholds; // by currency, in minor units
        qint64 firstCustomerId = 1;
        qint64 firstBillId = 1;
        qint64 firstChargeId = 1;
        qint64 firstPaymentId = 1;
    };

    GenerationPlanner(Settings settings, const NorthwindFiles &northwind);

    // Builds the plan. Takes a few seconds for a million charges.
    GenerationPlan build();

    // Converts an amount in US cents to minor units of currency at a fixed,
    // approximate rate, rounded half-up.
    static qint64 fromUsCents(qint64 cents, const QString &currency);

private:
    void planCustomers(GenerationPlan *plan);
    void planBills(GenerationPlan *plan);
    void planBillLines(GenerationPlan::Bill *bill, const QString &currency,
                       GenerationPlan *plan);

    // Returns n indexes of customers, each drawn by weight.
    std::vector<qint32> drawCustomers(qint64 n);

    // Returns a UTC time in the working hours of the customer's place.
    qint64 workingTimeMs(qint64 julianDay, bool chinese);

    Settings m_settings;
    const NorthwindFiles &m_northwind;
    QRandomGenerator m_random;
    std::vector<qint64> m_cumulativeWeights; // by customer index
    qint32 m_heavyCustomer = 0;
    QList<qint64> m_productPricesUsCents; // by GenerationPlan::products
};
