#pragma once

#include <QSqlDatabase>
#include <QString>

// The figures of a ChargeDesk database that a CSV import may change, read
// before and after an import to compare them, and the number of stored
// totals that disagree with the rows they sum.
struct DatabaseState
{
    qint64 customers = 0;
    qint64 bills = 0;
    qint64 billLines = 0;
    qint64 charges = 0;
    qint64 voidCharges = 0;
    qint64 auditRecords = 0;

    // Sums of minor units over all currencies; they are only compared as
    // differences. __int128 because the import caps each balance, not the
    // sum over all customers.
    __int128 balances = 0;        // customers.balance_minor
    __int128 billTotals = 0;      // bills.lines_total_minor
    __int128 billChargeTotals = 0; // bills.charges_total_minor
    __int128 postedCharges = 0;   // charges.amount_minor of posted charges

    // Rows whose stored total differs from the rows it sums: bills whose
    // lines_total_minor is not the sum of their lines, bills whose
    // charges_total_minor is not the sum of their posted charges, and
    // customers whose balance is not their bill totals plus posted charges.
    // The template database has no payments, and imports write none.
    qint64 wrongBillTotals = 0;
    qint64 wrongBillChargeTotals = 0;
    qint64 wrongBalances = 0;

    // Bill lines and charges whose amount exceeds Money::maxMinorUnits() of
    // their currency, which Money::parse() rejects, so that an export of
    // them could not be imported again.
    qint64 amountsOverMaximum = 0;

    // Reads the state of db. Aborts the process when a query fails, because
    // the fuzz target cannot check anything then.
    static DatabaseState read(const QSqlDatabase &db);

    bool operator==(const DatabaseState &other) const;
    bool operator!=(const DatabaseState &other) const { return !(*this == other); }

    // Returns every figure as "name=value" pairs, for failure messages.
    QString toString() const;
};
