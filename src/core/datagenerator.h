#pragma once

#include "generationplan.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <functional>

struct GenerationInputs;

// Fills an empty database with realistic customers, bills, bill lines and
// charges for benchmarks and demonstrations. GenerationPlanner draws
// everything from the seed and a fixed period, never from the clock. So two
// runs with the same settings on empty databases write the same rows, byte
// for byte.
//
// Why not ChargeService: the service runs about ten queries and commits
// one transaction per charge, so a million charges would take hours (an
// estimate, at a few milliseconds per commit with synchronous=FULL). The
// generator plans every row in memory and writes them with prepared
// statements in one transaction (GeneratedDataWriter,
// GeneratedChargeWriter). The rows, the audit records with their hash
// chain, and the stored totals are those the service would write for the
// same requests at the planned times (see GeneratedChargeWriter for the
// details), so `chargedesk-cli verify` finds no mismatch. The same holds
// for the payments and PaymentService.
//
// The generator writes only into a database without customers, and rejects
// a database whose period lock covers the generated period.
//
// NOTE: it writes no installment plans, payment reversals, contacts or
// reminder state, and customers and bills get no audit records (as with
// NorthwindImporter). On PostgreSQL it needs the rights to insert customers
// and bills and to move their id sequences, which only the database owner
// or an admin role has.
class DataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DataGenerator)

public:
    // Upper limits of the counts. The plan keeps every row in memory, about
    // a hundred bytes per charge and a few hundred per customer (an
    // estimate), so these keep it to a few gigabytes at most.
    static constexpr qint64 MaxCustomers = 1'000'000;
    static constexpr qint64 MaxBills = 10'000'000;
    static constexpr qint64 MaxCharges = 10'000'000;

    // Length of the generated period, ending on Settings::lastDay.
    static constexpr int PeriodYears = 4;

    struct Settings
    {
        qint64 customers = 0; // 1 to MaxCustomers
        qint64 bills = 0;     // 0 to MaxBills
        qint64 charges = 0;   // 0 to MaxCharges
        quint32 seed = 0;
        QDate lastDay = defaultLastDay();

        // Also pay most bills and charges (PaymentPlanner). It doubles the
        // audit records and took 2.5 times the CPU time for a million
        // charges on SQLite.
        bool payments = false;
    };

    struct Result
    {
        enum class Status {
            Written,  // everything was written and committed
            Rejected, // the database is not empty or is locked; nothing was written
            Failed,   // a statement failed; nothing was written
        };

        Status status = Status::Failed;
        QString errorMessage; // translated, for Rejected and Failed
        GenerationCounts counts;
        qint64 voidedCharges = 0;
        qint64 pendingCharges = 0;
        QString busiestCustomerCode; // the customer with the most charges
        qint64 busiestCustomerCharges = 0;

        // The error of ANALYZE, which runs on PostgreSQL after the commit,
        // when it failed; the data is written all the same.
        QString statisticsError;
    };

    // The last day of the generated period unless Settings::lastDay sets
    // another: 2025-12-31, a fixed day so that the seed alone decides.
    static QDate defaultLastDay() { return QDate(2025, 12, 31); }

    explicit DataGenerator(QSqlDatabase db) : m_db(std::move(db)) {}

    // Plans and writes the data. progress, when set, receives the rows
    // written so far every few thousand rows. On PostgreSQL it then runs
    // ANALYZE, so that the planner has statistics of the new rows at once.
    Result generate(const Settings &settings,
                    const std::function<void(const GenerationCounts &)> &progress = {});

private:
    // Reads what the plan depends on and checks that the database is empty
    // and unlocked. Returns Rejected or Failed with a message, or Written
    // when generation may go ahead.
    Result::Status prepare(const Settings &settings, GenerationInputs *inputs,
                           QString *message);

    QSqlDatabase m_db;
};
