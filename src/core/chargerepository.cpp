#include "chargerepository.h"

#include "repositoryquery.h"
#include "sqlstatement.h"

QString ChargeRepository::selectClause()
{
    return QStringLiteral(
        "SELECT charges.id AS id, request_key, charges.customer_id AS customer_id, "
        "customers.code AS customer_code, charges.bill_id AS bill_id, bills.bill_no AS bill_no, "
        "fee_type_code, amount_minor, charges.currency AS currency, reason_code, note, "
        "payment_method_code, charges.due_date AS due_date, status, duplicate_ack_note, "
        "created_by, charges.created_at AS created_at, voided_by, voided_at, void_reason, "
        "charges.paid_minor AS paid_minor, approved_by, approved_at "
        "FROM charges "
        "JOIN customers ON customers.id = charges.customer_id "
        "LEFT JOIN bills ON bills.id = charges.bill_id ");
}

ChargeRecord ChargeRepository::chargeFromQuery(const QSqlQuery &query)
{
    ChargeRecord charge;
    charge.id = query.value(QStringLiteral("id")).toLongLong();
    charge.requestKey = query.value(QStringLiteral("request_key")).toString();
    charge.customerId = query.value(QStringLiteral("customer_id")).toLongLong();
    charge.customerCode = query.value(QStringLiteral("customer_code")).toString();
    charge.billId = query.value(QStringLiteral("bill_id")).toLongLong();
    charge.billNo = query.value(QStringLiteral("bill_no")).toString();
    charge.feeTypeCode = query.value(QStringLiteral("fee_type_code")).toString();
    charge.amount = Money(query.value(QStringLiteral("amount_minor")).toLongLong(),
                          query.value(QStringLiteral("currency")).toString());
    charge.reasonCode = query.value(QStringLiteral("reason_code")).toString();
    charge.note = query.value(QStringLiteral("note")).toString();
    charge.paymentMethodCode = query.value(QStringLiteral("payment_method_code")).toString();
    charge.dueDate = QDate::fromString(query.value(QStringLiteral("due_date")).toString(),
                                       Qt::ISODate);
    charge.status = query.value(QStringLiteral("status")).toString();
    charge.duplicateAcknowledgement = query.value(QStringLiteral("duplicate_ack_note")).toString();
    charge.createdBy = query.value(QStringLiteral("created_by")).toString();
    charge.createdAt = timestampFromColumn(query.value(QStringLiteral("created_at")));
    charge.voidedBy = query.value(QStringLiteral("voided_by")).toString();
    charge.voidedAt = timestampFromColumn(query.value(QStringLiteral("voided_at")));
    charge.voidReason = query.value(QStringLiteral("void_reason")).toString();
    charge.paid = Money(query.value(QStringLiteral("paid_minor")).toLongLong(),
                        charge.amount.currency());
    charge.approvedBy = query.value(QStringLiteral("approved_by")).toString();
    charge.approvedAt = timestampFromColumn(query.value(QStringLiteral("approved_at")));
    return charge;
}

std::optional<ChargeRecord> ChargeRepository::findById(qint64 id, QString *error) const
{
    SqlStatement query(m_db, selectClause() + QLatin1String("WHERE charges.id = :id"));
    if (!execSelect(query, {{QStringLiteral(":id"), id}}, "Charge", error) || !query->next())
        return std::nullopt;
    return chargeFromQuery(*query);
}

std::optional<ChargeRecord> ChargeRepository::findByRequestKey(const QString &key,
                                                               QString *error) const
{
    SqlStatement query(m_db, selectClause() + QLatin1String("WHERE request_key = :key"));
    if (!execSelect(query, {{QStringLiteral(":key"), key}}, "Charge", error) || !query->next())
        return std::nullopt;
    return chargeFromQuery(*query);
}

QList<ChargeRecord> ChargeRepository::list(qint64 customerId, QString *error) const
{
    QList<ChargeRecord> charges;
    const QString where = customerId == 0
        ? QStringLiteral("ORDER BY charges.id")
        : QStringLiteral("WHERE charges.customer_id = :customer ORDER BY charges.id");
    QVariantMap values;
    if (customerId != 0)
        values.insert(QStringLiteral(":customer"), customerId);
    SqlStatement query(m_db, selectClause() + where);
    if (!execSelect(query, values, "Charge", error))
        return charges;

    while (query->next())
        charges << chargeFromQuery(*query);
    return charges;
}

QList<ChargeRecord> ChargeRepository::pending(QString *error) const
{
    QList<ChargeRecord> charges;
    SqlStatement query(m_db, selectClause()
                                 + QLatin1String("WHERE charges.status = 'pending' "
                                                 "ORDER BY charges.created_at, charges.id"));
    if (!execSelect(query, {}, "Charge", error))
        return charges;

    while (query->next())
        charges << chargeFromQuery(*query);
    return charges;
}
