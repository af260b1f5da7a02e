#pragma once

#include "integrityresult.h"
#include "reportprogress.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Checks that the database has not been changed outside ChargeDesk and
// that its stored totals add up: the audit chain (AuditChainVerifier),
// every charge and payment against its audit records (AuditTrailComparer),
// and every stored total against the rows it sums (StoredTotalsRecomputer).
// It only reads.
//
// Every pass reads its table forward-only, holding one row (and its audit
// records) at a time, so memory grows with the mismatches found, not with
// the size of the database. Call it inside a read transaction, so that
// all passes see the same snapshot while others write.
class IntegrityChecker
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityChecker)

public:
    explicit IntegrityChecker(QSqlDatabase db) : m_db(std::move(db)) {}

    // Runs every check. progress, when set, receives the rows read of the
    // rows to read, and returning false from it cancels the check: the
    // result's status is then Canceled and its lists are incomplete. A
    // failed statement ends the check with status Failed and a translated
    // errorMessage.
    IntegrityResult run(const ReportProgress &progress = ReportProgress());

private:
    // Returns the number of rows the passes will read, for the progress
    // bar, or -1 when a count fails.
    qint64 countRows(QString *error);

    QSqlDatabase m_db;
};
