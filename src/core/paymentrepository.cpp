#include "paymentrepository.h"

#include "repositoryquery.h"
#include "sqlstatement.h"

namespace {

const char paymentColumns[] =
    "SELECT payments.id AS id, payments.request_key AS request_key, "
    "payments.customer_id AS customer_id, payments.bill_id AS bill_id, bills.bill_no AS bill_no, "
    "payments.charge_id AS charge_id, payments.installment_id AS installment_id, "
    "installments.seq AS installment_seq, payments.amount_minor AS amount_minor, "
    "payments.currency AS currency, paid_on, payments.payment_method_code AS payment_method_code, "
    "reference, payments.note AS note, payments.duplicate_ack_note AS duplicate_ack_note, "
    "payments.status AS status, "
    "payments.created_by AS created_by, payments.created_at AS created_at, reversed_by, "
    "reversed_at, reverse_reason "
    "FROM payments "
    "LEFT JOIN bills ON bills.id = payments.bill_id "
    "LEFT JOIN installments ON installments.id = payments.installment_id ";

PaymentRecord paymentFromQuery(const QSqlQuery &query)
{
    PaymentRecord payment;
    payment.id = query.value(QStringLiteral("id")).toLongLong();
    payment.requestKey = query.value(QStringLiteral("request_key")).toString();
    payment.customerId = query.value(QStringLiteral("customer_id")).toLongLong();
    payment.billId = query.value(QStringLiteral("bill_id")).toLongLong();
    payment.billNo = query.value(QStringLiteral("bill_no")).toString();
    payment.chargeId = query.value(QStringLiteral("charge_id")).toLongLong();
    payment.installmentId = query.value(QStringLiteral("installment_id")).toLongLong();
    payment.installmentSeq = query.value(QStringLiteral("installment_seq")).toInt();
    payment.amount = Money(query.value(QStringLiteral("amount_minor")).toLongLong(),
                           query.value(QStringLiteral("currency")).toString());
    payment.paidOn = QDate::fromString(query.value(QStringLiteral("paid_on")).toString(),
                                       Qt::ISODate);
    payment.paymentMethodCode = query.value(QStringLiteral("payment_method_code")).toString();
    payment.reference = query.value(QStringLiteral("reference")).toString();
    payment.note = query.value(QStringLiteral("note")).toString();
    payment.duplicateAcknowledgement
        = query.value(QStringLiteral("duplicate_ack_note")).toString();
    payment.status = query.value(QStringLiteral("status")).toString();
    payment.createdBy = query.value(QStringLiteral("created_by")).toString();
    payment.createdAt = timestampFromColumn(query.value(QStringLiteral("created_at")));
    payment.reversedBy = query.value(QStringLiteral("reversed_by")).toString();
    payment.reversedAt = timestampFromColumn(query.value(QStringLiteral("reversed_at")));
    payment.reverseReason = query.value(QStringLiteral("reverse_reason")).toString();
    return payment;
}

} // namespace

QList<PaymentRecord> PaymentRepository::list(const QString &where, const QVariantMap &values,
                                             QString *error) const
{
    QList<PaymentRecord> payments;
    SqlStatement query(m_db, QLatin1String(paymentColumns) + where
                                 + QLatin1String(" ORDER BY paid_on, payments.id"));
    if (!execSelect(query, values, "Payment", error))
        return payments;

    while (query->next())
        payments << paymentFromQuery(*query);
    return payments;
}

QList<PaymentRecord> PaymentRepository::paymentsOfCustomer(qint64 customerId,
                                                           QString *error) const
{
    return list(QStringLiteral("WHERE payments.customer_id = :customer"),
                {{QStringLiteral(":customer"), customerId}}, error);
}

QList<PaymentRecord> PaymentRepository::paymentsOfCharge(qint64 chargeId, QString *error) const
{
    return list(QStringLiteral("WHERE payments.charge_id = :charge"),
                {{QStringLiteral(":charge"), chargeId}}, error);
}

PaymentRecord PaymentRepository::payment(qint64 id, QString *error) const
{
    SqlStatement query(m_db, QLatin1String(paymentColumns)
                                 + QLatin1String("WHERE payments.id = :id"));
    if (!execSelect(query, {{QStringLiteral(":id"), id}}, "Payment", error) || !query->next())
        return {};
    return paymentFromQuery(*query);
}

std::optional<PaymentRecord> PaymentRepository::findByRequestKey(const QString &key,
                                                                 QString *error) const
{
    SqlStatement query(m_db, QLatin1String(paymentColumns)
                                 + QLatin1String("WHERE payments.request_key = :key"));
    if (!execSelect(query, {{QStringLiteral(":key"), key}}, "Payment", error) || !query->next())
        return std::nullopt;
    return paymentFromQuery(*query);
}
