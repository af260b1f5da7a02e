#pragma once

#include "integrityprogress.h"
#include "integrityresult.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Checks the hash chain of the audit log (see AuditChain). It reads every
// record in id order, forward-only. It reports each record whose
// record_hash differs from the hash of its content (AuditHash), and each
// record whose prev_hash differs from the record_hash of the record before
// it (AuditLink). It also reports a chain head that does not name the last
// record (ChainHead). Hash and link are checked separately, so a changed or
// deleted record shows where it happened, also when the changer recomputed
// the changed record's hash.
//
// NOTE: the chain has no secret key. Whoever can write the file can rewrite
// every hash after a change, and only a copy of the last hash kept outside
// the database (IntegrityResult::chainLastHash) shows that.
class AuditChainVerifier
{
    Q_DECLARE_TR_FUNCTIONS(AuditChainVerifier)

public:
    explicit AuditChainVerifier(QSqlDatabase db) : m_db(std::move(db)) {}

    // Checks the chain, adding the count, the last record and the mismatches
    // to *result. Returns Failed with a translated message in *error when a
    // statement fails.
    ReportQueryStatus run(IntegrityProgress &progress, IntegrityResult *result, QString *error);

private:
    // Compares the chain head with the last record read.
    bool checkHead(IntegrityResult *result, QString *error);

    QSqlDatabase m_db;
};
