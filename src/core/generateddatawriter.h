#pragma once

#include "generationplan.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

// Writes the customers, bills and bill lines of a GenerationPlan with the
// ids and stored totals the plan gives them. customers.balance_minor is the
// sum of the customer's bill lines and posted charges less its payments.
// bills.lines_total_minor, charges_total_minor and paid_minor are the sums
// of the bill's lines, posted charges and payments (its charges' included),
// as NorthwindImporter, BillWriter, StoredTotals and PaidAmounts keep them.
// Bills get no audit records, like the bills of NorthwindImporter. The
// caller owns the transaction.
class GeneratedDataWriter
{
    Q_DECLARE_TR_FUNCTIONS(GeneratedDataWriter)

public:
    // bills.source of every generated bill.
    static QString billSource() { return QStringLiteral("generated"); }

    GeneratedDataWriter(QSqlDatabase db, const GenerationPlan &plan);

    // Inserts the customers, then the bills with their lines, with ids from
    // firstBillLineId on for the lines. Calls progress every few thousand
    // rows. Returns false and sets *error when a statement fails.
    bool write(qint64 firstBillLineId,
               const std::function<void(const GenerationCounts &)> &progress,
               GenerationCounts *counts, QString *error);

    // On PostgreSQL, moves the identity sequences of customers, bills,
    // bill_lines, charges and payments past the largest id, because rows with
    // explicit ids leave them where they were. Does nothing on SQLite.
    bool advanceIdSequences(QString *error);

    // Returns customers.code of customer: its letters and its id.
    static QString customerCode(const GenerationPlan::Customer &customer);

    // Returns bills.bill_no of bill: "INV", the year of issue and its id.
    static QString billNumber(const GenerationPlan::Bill &bill);

private:
    bool writeCustomers(const std::function<void(const GenerationCounts &)> &progress,
                        GenerationCounts *counts, QString *error);
    bool writeBills(qint64 firstBillLineId,
                    const std::function<void(const GenerationCounts &)> &progress,
                    GenerationCounts *counts, QString *error);

    QSqlDatabase m_db;
    const GenerationPlan &m_plan;
};
