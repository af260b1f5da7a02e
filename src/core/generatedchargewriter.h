#pragma once

#include "auditrecord.h"
#include "batchedinsert.h"
#include "generatedduplicateindex.h"
#include "generationplan.h"

#include <QSqlDatabase>

#include <functional>

// Writes the charges of a GenerationPlan with the rows and audit records
// that ChargeService would write for them, in one pass in time order:
//
// - each charge row with the columns commit() writes, plus the void
//   columns of a charge voided later (voidCharge() sets them then);
// - a charge.add record with the details and note of ChargeService::write().
//   The details list the possible duplicates that DuplicateFinder would
//   find at that moment (GeneratedDuplicateIndex). When there are any, the
//   row's duplicate_ack_note and the record's note are the acknowledgement
//   that commit() requires;
// - a charge.void record with the details of voidCharge() at the void time,
//   after the charge.add records of the charges entered before it;
// - each payment row with the columns and the payment.add record of
//   PaymentWriter::insert(), at the time it was entered. A charge row
//   carries its final paid_minor from the start.
//
// An exact duplicate, which commit() rejects, gets a due date one day later
// until no charge matches it exactly. Every record is linked into the hash chain
// (AuditChain) from the head the caller passes, so the audit log verifies
// as if AuditLog::append had written it. The difference from the service:
// created_at, voided_at and the records' occurred_at are the planned times
// instead of the clock's, and a record's occurred_at equals its row's time.
// The stored totals are part of the plan and written with the bills and
// customers.
//
// The caller owns the transaction and locks the chain head.
class GeneratedChargeWriter
{
public:
    GeneratedChargeWriter(QSqlDatabase db, GenerationPlan &plan);

    // Writes every charge and its records, the first record with id
    // lastAuditId + 1 and linked to lastHash. On success sets *lastAuditId
    // and *lastHash to the newest record. Calls progress every few thousand
    // rows. Returns false and sets *error when a statement fails.
    bool write(qint64 *lastAuditId, QString *lastHash,
               const std::function<void(const GenerationCounts &)> &progress,
               GenerationCounts *counts, QString *error);

private:
    bool insertCharge(GenerationPlan::Charge &charge, QString *error);
    bool insertVoid(const GenerationPlan::Charge &charge, QString *error);
    bool insertPayment(const GenerationPlan::Payment &payment, QString *error);

    // Writes the voids and payments that happened before timeMs, in time
    // order.
    bool insertEventsBefore(qint64 timeMs, QString *error);
    bool appendRecord(AuditRecord &record, QString *error);

    static QString requestKey(const quint32 *bits);
    QString staff(const GenerationPlan::Charge &charge, qint8 index) const;

    QSqlDatabase m_db;
    GenerationPlan &m_plan;
    GeneratedDuplicateIndex m_duplicates;
    BatchedInsert m_chargeInsert;
    BatchedInsert m_auditInsert;
    BatchedInsert m_paymentInsert;
    std::vector<qint32> m_voids; // charge indexes in the order of voidedAtMs
    size_t m_nextVoid = 0;
    size_t m_nextPayment = 0;
    qint64 m_lastAuditId = 0;
    QString m_lastHash;
    GenerationCounts *m_counts = nullptr;
};
