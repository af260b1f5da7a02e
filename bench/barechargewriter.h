#pragma once

#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// The baseline of the commit benchmark: the writes of one charge through the
// bare sqlite3 C API in one BEGIN IMMEDIATE transaction, with statements
// prepared once. It checks for exact and possible duplicates with the same
// conditions as DuplicateFinder, inserts the charge, appends its hash-chained
// audit record, moves the chain head and raises the bill's and the
// customer's stored totals: the least work that leaves the database as the
// charge service would. It validates nothing else.
class BareChargeWriter
{
public:
    struct Charge
    {
        QString requestKey;
        qint64 customerId = 0;
        qint64 billId = 0;
        QString feeTypeCode;
        qint64 amountMinor = 0;
        QString currency;
        QString reasonCode;
        QString paymentMethodCode;
        QString dueDate; // YYYY-MM-DD
        QString actor;
    };

    BareChargeWriter() = default;
    ~BareChargeWriter();

    BareChargeWriter(const BareChargeWriter &) = delete;
    BareChargeWriter &operator=(const BareChargeWriter &) = delete;

    // Opens the SQLite file at path with the settings ChargeDesk uses
    // (write-ahead log, synchronous FULL, foreign keys) and prepares the
    // statements. Returns false and sets *error on failure.
    bool open(const QString &path, QString *error);

    // Writes charge, or nothing when an exact duplicate exists or a
    // statement fails. Returns false and sets *error then. Possible
    // duplicates are looked for and counted, as if acknowledged.
    bool commit(const Charge &charge, qint64 *chargeId, QString *error);

    // The possible duplicates the commits found so far.
    qint64 possibleDuplicates() const { return m_possibleDuplicates; }

private:
    enum Statement {
        Begin,
        Commit,
        Rollback,
        ExactDuplicates,
        NearDuplicates,
        BillDuplicates,
        InsertCharge,
        ChainHead,
        InsertAudit,
        MoveChainHead,
        RaiseBill,
        RaiseCustomer,
        StatementCount
    };

    bool prepare(Statement which, const char *sql, QString *error);
    bool run(Statement which, QString *error);
    bool countRows(Statement which, int *rows, QString *error);
    bool write(const Charge &charge, qint64 *chargeId, QString *error);
    QString lastError() const;

    sqlite3 *m_db = nullptr;
    qint64 m_possibleDuplicates = 0;
    sqlite3_stmt *m_statements[StatementCount] = {};
};
