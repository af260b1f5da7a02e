#include "paymentwriter.h"

#include "auditlog.h"
#include "changenotice.h"
#include "paidamounts.h"
#include "sqlstatement.h"
#include "sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

PaymentWriter::PaymentWriter(QSqlDatabase db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{
}

bool PaymentWriter::insert(const PaymentRecord &payment, qint64 *paymentId, QString *error)
{
    SqlStatement statement(m_db, QStringLiteral(
        "INSERT INTO payments (request_key, customer_id, bill_id, charge_id, installment_id, "
        "amount_minor, currency, paid_on, payment_method_code, reference, note, "
        "duplicate_ack_note, status, created_by, created_at) "
        "VALUES (:request_key, :customer_id, :bill_id, :charge_id, :installment_id, "
        ":amount_minor, :currency, :paid_on, :payment_method_code, :reference, :note, "
        ":duplicate_ack_note, 'posted', :created_by, :created_at)"));
    QSqlQuery &query = *statement;
    if (!statement.isPrepared()) {
        *error = query.lastError().text();
        return false;
    }
    query.bindValue(QStringLiteral(":request_key"), payment.requestKey);
    query.bindValue(QStringLiteral(":customer_id"), payment.customerId);
    query.bindValue(QStringLiteral(":bill_id"), idOrNull(payment.billId));
    query.bindValue(QStringLiteral(":charge_id"), idOrNull(payment.chargeId));
    query.bindValue(QStringLiteral(":installment_id"), idOrNull(payment.installmentId));
    query.bindValue(QStringLiteral(":amount_minor"), payment.amount.minorUnits());
    query.bindValue(QStringLiteral(":currency"), payment.amount.currency());
    query.bindValue(QStringLiteral(":paid_on"), payment.paidOn.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":payment_method_code"), payment.paymentMethodCode);
    query.bindValue(QStringLiteral(":reference"), notNull(payment.reference));
    query.bindValue(QStringLiteral(":note"), notNull(payment.note));
    query.bindValue(QStringLiteral(":duplicate_ack_note"),
                    notNull(payment.duplicateAcknowledgement));
    const QString createdAt = utcTimestampNow();
    query.bindValue(QStringLiteral(":created_by"), m_actor);
    query.bindValue(QStringLiteral(":created_at"), createdAt);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    *paymentId = query.lastInsertId().toLongLong();

    if (!PaidAmounts(m_db).add(payment, payment.amount.minorUnits(), error)
        || !ChangeNotice::send(m_db, payment.customerId, error)) {
        return false;
    }
    QVariantMap details = auditDetails(payment);
    details.insert(QStringLiteral("status"), QStringLiteral("posted"));
    details.insert(QStringLiteral("created_at"), createdAt);
    details.insert(QStringLiteral("duplicate_ack_note"), payment.duplicateAcknowledgement);
    return AuditLog(m_db).append(m_actor, QStringLiteral("payment.add"),
                                 QStringLiteral("payment"), *paymentId, details, payment.note,
                                 error);
}

bool PaymentWriter::reverse(const PaymentRecord &payment, const QString &reason, QString *error)
{
    SqlStatement statement(m_db, QStringLiteral(
        "UPDATE payments SET status = 'reversed', reversed_by = :by, reversed_at = :at, "
        "reverse_reason = :reason WHERE id = :id AND status = 'posted'"));
    QSqlQuery &query = *statement;
    if (!statement.isPrepared()) {
        *error = query.lastError().text();
        return false;
    }
    const QString reversedAt = utcTimestampNow();
    query.bindValue(QStringLiteral(":by"), m_actor);
    query.bindValue(QStringLiteral(":at"), reversedAt);
    query.bindValue(QStringLiteral(":reason"), reason);
    query.bindValue(QStringLiteral(":id"), payment.id);
    if (!query.exec() || query.numRowsAffected() != 1) {
        *error = query.lastError().isValid()
            ? query.lastError().text()
            : tr("payment %1 is no longer posted").arg(payment.id);
        return false;
    }

    if (!PaidAmounts(m_db).add(payment, -payment.amount.minorUnits(), error)
        || !ChangeNotice::send(m_db, payment.customerId, error)) {
        return false;
    }
    QVariantMap details = auditDetails(payment);
    details.insert(QStringLiteral("status"), QStringLiteral("reversed"));
    details.insert(QStringLiteral("reversed_at"), reversedAt);
    return AuditLog(m_db).append(m_actor, QStringLiteral("payment.reverse"),
                                 QStringLiteral("payment"), payment.id, details, reason, error);
}

QVariantMap PaymentWriter::auditDetails(const PaymentRecord &payment)
{
    return {
        {QStringLiteral("request_key"), payment.requestKey},
        {QStringLiteral("customer_id"), payment.customerId},
        {QStringLiteral("bill_id"), idForJson(payment.billId)},
        {QStringLiteral("charge_id"), idForJson(payment.chargeId)},
        {QStringLiteral("installment_id"), idForJson(payment.installmentId)},
        {QStringLiteral("amount_minor"), payment.amount.minorUnits()},
        {QStringLiteral("currency"), payment.amount.currency()},
        {QStringLiteral("paid_on"), payment.paidOn.toString(Qt::ISODate)},
        {QStringLiteral("payment_method_code"), payment.paymentMethodCode},
        {QStringLiteral("reference"), payment.reference},
    };
}
