#include "generatedchargewriter.h"

#include "auditchain.h"
#include "batchedinsert.h"
#include "generatedtexts.h"
#include "sqlvalues.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <limits>

namespace {

// Rows between two progress calls.
constexpr qint64 ProgressInterval = 4096;

QString compactJson(const QVariantMap &details)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(details)).toJson(QJsonDocument::Compact));
}

} // namespace

GeneratedChargeWriter::GeneratedChargeWriter(QSqlDatabase db, GenerationPlan &plan)
    : m_db(std::move(db))
    , m_plan(plan)
    , m_chargeInsert(m_db, QStringLiteral("charges"),
                     {QStringLiteral("id"), QStringLiteral("request_key"),
                      QStringLiteral("customer_id"), QStringLiteral("bill_id"),
                      QStringLiteral("fee_type_code"), QStringLiteral("amount_minor"),
                      QStringLiteral("currency"), QStringLiteral("reason_code"),
                      QStringLiteral("note"), QStringLiteral("payment_method_code"),
                      QStringLiteral("due_date"), QStringLiteral("status"),
                      QStringLiteral("duplicate_ack_note"), QStringLiteral("created_by"),
                      QStringLiteral("created_at"), QStringLiteral("voided_by"),
                      QStringLiteral("voided_at"), QStringLiteral("void_reason"),
                      QStringLiteral("paid_minor")})
    , m_auditInsert(m_db, QStringLiteral("audit_log"),
                    {QStringLiteral("id"), QStringLiteral("occurred_at"), QStringLiteral("actor"),
                     QStringLiteral("action"), QStringLiteral("entity"),
                     QStringLiteral("entity_id"), QStringLiteral("details"),
                     QStringLiteral("note"), QStringLiteral("prev_hash"),
                     QStringLiteral("record_hash")})
    , m_paymentInsert(m_db, QStringLiteral("payments"),
                      {QStringLiteral("id"), QStringLiteral("request_key"),
                       QStringLiteral("customer_id"), QStringLiteral("bill_id"),
                       QStringLiteral("charge_id"), QStringLiteral("installment_id"),
                       QStringLiteral("amount_minor"), QStringLiteral("currency"),
                       QStringLiteral("paid_on"), QStringLiteral("payment_method_code"),
                       QStringLiteral("reference"), QStringLiteral("note"),
                       QStringLiteral("status"), QStringLiteral("created_by"),
                       QStringLiteral("created_at")})
{
    // A payment refers to its charge, which must be written first.
    m_paymentInsert.flushFirst(&m_chargeInsert);
}

bool GeneratedChargeWriter::write(qint64 *lastAuditId, QString *lastHash,
                                  const std::function<void(const GenerationCounts &)> &progress,
                                  GenerationCounts *counts, QString *error)
{
    m_lastAuditId = *lastAuditId;
    m_lastHash = *lastHash;
    m_counts = counts;

    // The voids in the order they happened, to interleave with the charges
    // and the payments.
    for (size_t i = 0; i < m_plan.charges.size(); ++i) {
        if (m_plan.charges[i].voidedAtMs != 0)
            m_voids.push_back(qint32(i));
    }
    std::stable_sort(m_voids.begin(), m_voids.end(), [&](qint32 a, qint32 b) {
        return m_plan.charges[size_t(a)].voidedAtMs < m_plan.charges[size_t(b)].voidedAtMs;
    });

    for (GenerationPlan::Charge &charge : m_plan.charges) {
        if (!insertEventsBefore(charge.createdAtMs, error) || !insertCharge(charge, error))
            return false;
        if (progress && counts->charges % ProgressInterval == 0)
            progress(*counts);
    }
    if (!insertEventsBefore(std::numeric_limits<qint64>::max(), error))
        return false;
    if (!m_chargeInsert.flush(error) || !m_paymentInsert.flush(error)
        || !m_auditInsert.flush(error)) {
        return false;
    }
    if (progress)
        progress(*counts);

    *lastAuditId = m_lastAuditId;
    *lastHash = m_lastHash;
    return true;
}

bool GeneratedChargeWriter::insertEventsBefore(qint64 timeMs, QString *error)
{
    const std::vector<GenerationPlan::Payment> &payments = m_plan.payments;
    while (true) {
        const qint64 voidAt = m_nextVoid < m_voids.size()
            ? m_plan.charges[size_t(m_voids[m_nextVoid])].voidedAtMs
            : std::numeric_limits<qint64>::max();
        const qint64 paymentAt = m_nextPayment < payments.size()
            ? payments[m_nextPayment].createdAtMs
            : std::numeric_limits<qint64>::max();
        if (qMin(voidAt, paymentAt) >= timeMs)
            return true;

        bool ok = false;
        if (voidAt <= paymentAt)
            ok = insertVoid(m_plan.charges[size_t(m_voids[m_nextVoid++])], error);
        else
            ok = insertPayment(payments[m_nextPayment++], error);
        if (!ok)
            return false;
    }
}

QString GeneratedChargeWriter::requestKey(const quint32 *bits)
{
    // A version 4 UUID, as ChargeRequest::newRequestKey() makes, from the
    // plan's random bits.
    const QUuid uuid(bits[0], ushort(bits[1] >> 16), ushort((bits[1] & 0x0fff) | 0x4000),
                     uchar(((bits[2] >> 24) & 0x3f) | 0x80), uchar(bits[2] >> 16),
                     uchar(bits[2] >> 8), uchar(bits[2]), uchar(bits[3] >> 24),
                     uchar(bits[3] >> 16), uchar(bits[3] >> 8), uchar(bits[3]));
    return uuid.toString(QUuid::WithoutBraces);
}

QString GeneratedChargeWriter::staff(const GenerationPlan::Charge &charge, qint8 index) const
{
    return GeneratedTexts::staff(index, m_plan.customers[size_t(charge.customer)].values.chinese);
}

bool GeneratedChargeWriter::insertCharge(GenerationPlan::Charge &charge, QString *error)
{
    // commit() rejects an exact duplicate, so the entry moves a day.
    while (m_duplicates.hasExactDuplicate(charge))
        ++charge.dueDay;
    const QVariantList possibleDuplicates = m_duplicates.possibleDuplicates(charge);
    m_duplicates.add(charge);

    const GenerationPlan::Customer &customer = m_plan.customers[size_t(charge.customer)];
    const bool chinese = customer.values.chinese;
    const qint64 billId = charge.bill >= 0 ? m_plan.bills[size_t(charge.bill)].id : 0;
    const QString key = requestKey(charge.requestKeyBits);
    const QString note = charge.note >= 0 ? GeneratedTexts::note(charge.note, chinese)
                                          : QStringLiteral("");
    const QString acknowledgement = possibleDuplicates.isEmpty()
                                        ? QStringLiteral("")
                                        : GeneratedTexts::duplicateAcknowledgement(chinese);
    QString status = QStringLiteral("posted");
    if (charge.pending)
        status = QStringLiteral("pending");
    else if (charge.voidedAtMs != 0)
        status = QStringLiteral("void");
    const QString createdAt = GenerationPlan::timestampText(charge.createdAtMs);
    const QString author = staff(charge, charge.author);
    const QString dueDate = GenerationPlan::dateText(charge.dueDay);
    const QString feeType = m_plan.feeTypes.at(charge.feeType);
    const QString reason = m_plan.reasons.at(charge.reason);
    const QString method = m_plan.paymentMethods.at(charge.method);

    const bool voided = charge.voidedAtMs != 0;
    const QVariant noText(QMetaType::fromType<QString>());
    const QVariantList row = {
        charge.id, key, customer.id, idOrNull(billId), feeType, charge.amountMinor,
        customer.values.currency, reason, note, method, dueDate, status, acknowledgement,
        author, createdAt,
        voided ? QVariant(staff(charge, charge.voider)) : noText,
        voided ? QVariant(GenerationPlan::timestampText(charge.voidedAtMs)) : noText,
        voided ? QVariant(GeneratedTexts::voidReason(charge.voidReason, chinese)) : noText,
        charge.paidMinor,
    };
    if (!m_chargeInsert.add(row, error))
        return false;
    ++m_counts->charges;

    // The details of ChargeService::write() and AuditedInsert::exec().
    const QVariantMap details = {
        {QStringLiteral("request_key"), key},
        {QStringLiteral("customer_id"), customer.id},
        {QStringLiteral("bill_id"), idForJson(billId)},
        {QStringLiteral("fee_type_code"), feeType},
        {QStringLiteral("amount_minor"), charge.amountMinor},
        {QStringLiteral("currency"), customer.values.currency},
        {QStringLiteral("reason_code"), reason},
        {QStringLiteral("note"), note},
        {QStringLiteral("payment_method_code"), method},
        {QStringLiteral("due_date"), dueDate},
        {QStringLiteral("status"),
         charge.pending ? QStringLiteral("pending") : QStringLiteral("posted")},
        {QStringLiteral("possible_duplicates"), possibleDuplicates},
        {QStringLiteral("created_at"), createdAt},
    };
    AuditRecord record;
    record.occurredAt = createdAt;
    record.actor = author;
    record.action = QStringLiteral("charge.add");
    record.entity = QStringLiteral("charge");
    record.entityId = charge.id;
    record.details = compactJson(details);
    record.note = acknowledgement;
    return appendRecord(record, error);
}

bool GeneratedChargeWriter::insertVoid(const GenerationPlan::Charge &charge, QString *error)
{
    m_duplicates.remove(charge);

    const GenerationPlan::Customer &customer = m_plan.customers[size_t(charge.customer)];
    const QString voidedAt = GenerationPlan::timestampText(charge.voidedAtMs);
    const qint64 billId = charge.bill >= 0 ? m_plan.bills[size_t(charge.bill)].id : 0;

    // The details of ChargeService::voidCharge().
    const QVariantMap details = {
        {QStringLiteral("amount_minor"), charge.amountMinor},
        {QStringLiteral("currency"), customer.values.currency},
        {QStringLiteral("customer_id"), customer.id},
        {QStringLiteral("bill_id"), idForJson(billId)},
        {QStringLiteral("status"), QStringLiteral("void")},
        {QStringLiteral("voided_at"), voidedAt},
    };
    AuditRecord record;
    record.occurredAt = voidedAt;
    record.actor = staff(charge, charge.voider);
    record.action = QStringLiteral("charge.void");
    record.entity = QStringLiteral("charge");
    record.entityId = charge.id;
    record.details = compactJson(details);
    record.note = GeneratedTexts::voidReason(charge.voidReason, customer.values.chinese);
    return appendRecord(record, error);
}

bool GeneratedChargeWriter::insertPayment(const GenerationPlan::Payment &payment,
                                          QString *error)
{
    const GenerationPlan::Customer &customer = m_plan.customers[size_t(payment.customer)];
    const bool chinese = customer.values.chinese;
    const QString key = requestKey(payment.requestKeyBits);
    const qint64 billId = payment.bill >= 0 ? m_plan.bills[size_t(payment.bill)].id : 0;
    const qint64 chargeId = payment.charge >= 0 ? m_plan.charges[size_t(payment.charge)].id : 0;
    const QString paidOn = GenerationPlan::dateText(payment.paidDay);
    const QString method = m_plan.paymentMethods.at(payment.method);
    const QString createdAt = GenerationPlan::timestampText(payment.createdAtMs);
    const QString author = GeneratedTexts::staff(payment.author, chinese);
    const QString empty = QStringLiteral("");

    const QVariantList row = {
        payment.id, key, customer.id, idOrNull(billId), idOrNull(chargeId), idOrNull(0),
        payment.amountMinor, customer.values.currency, paidOn, method, empty, empty,
        QStringLiteral("posted"), author, createdAt,
    };
    if (!m_paymentInsert.add(row, error))
        return false;
    ++m_counts->payments;

    // The details of PaymentWriter::auditDetails() and insert().
    const QVariantMap details = {
        {QStringLiteral("request_key"), key},
        {QStringLiteral("customer_id"), customer.id},
        {QStringLiteral("bill_id"), idForJson(billId)},
        {QStringLiteral("charge_id"), idForJson(chargeId)},
        {QStringLiteral("installment_id"), idForJson(0)},
        {QStringLiteral("amount_minor"), payment.amountMinor},
        {QStringLiteral("currency"), customer.values.currency},
        {QStringLiteral("paid_on"), paidOn},
        {QStringLiteral("payment_method_code"), method},
        {QStringLiteral("reference"), empty},
        {QStringLiteral("status"), QStringLiteral("posted")},
        {QStringLiteral("created_at"), createdAt},
    };
    AuditRecord record;
    record.occurredAt = createdAt;
    record.actor = author;
    record.action = QStringLiteral("payment.add");
    record.entity = QStringLiteral("payment");
    record.entityId = payment.id;
    record.details = compactJson(details);
    record.note = empty;
    return appendRecord(record, error);
}

bool GeneratedChargeWriter::appendRecord(AuditRecord &record, QString *error)
{
    record.id = m_lastAuditId + 1;
    record.prevHash = m_lastHash;
    record.recordHash = AuditChain::recordHash(record);

    const QVariantList row = {
        record.id, record.occurredAt, record.actor, record.action, record.entity,
        record.entityId, record.details, record.note, record.prevHash, record.recordHash,
    };
    if (!m_auditInsert.add(row, error))
        return false;
    m_lastAuditId = record.id;
    m_lastHash = record.recordHash;
    ++m_counts->auditRecords;
    return true;
}
