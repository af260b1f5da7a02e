#include "chargelistquery.h"

#include <QSqlQuery>
#include <QSqlRecord>

ChargeListQuery::ChargeListQuery(QSqlDatabase db, UiLanguage language)
    : m_db(std::move(db))
    , m_language(language)
{
}

int ChargeListQuery::count(qint64 customerId, QSqlError *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(countStatement())) {
        *error = query.lastError();
        return -1;
    }
    query.bindValue(QStringLiteral(":customer_id"), customerId);
    if (!query.exec() || !query.next()) {
        *error = query.lastError();
        return -1;
    }
    return query.value(QStringLiteral("charges")).toInt();
}

bool ChargeListQuery::page(qint64 customerId, int offset, int limit, QList<ChargeListRow> *rows,
                           QSqlError *error) const
{
    rows->clear();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(pageStatement())) {
        *error = query.lastError();
        return false;
    }
    query.bindValue(QStringLiteral(":customer_id"), customerId);
    query.bindValue(QStringLiteral(":limit"), limit);
    query.bindValue(QStringLiteral(":offset"), offset);
    if (!query.exec()) {
        *error = query.lastError();
        return false;
    }

    const QSqlRecord fields = query.record();
    const int idField = fields.indexOf(QStringLiteral("id"));
    const int billNoField = fields.indexOf(QStringLiteral("bill_no"));
    const int feeTypeField = fields.indexOf(QStringLiteral("fee_type"));
    const int amountField = fields.indexOf(QStringLiteral("amount_minor"));
    const int paidField = fields.indexOf(QStringLiteral("paid_minor"));
    const int statusField = fields.indexOf(QStringLiteral("status"));
    const int currencyField = fields.indexOf(QStringLiteral("currency"));
    const int reasonField = fields.indexOf(QStringLiteral("reason"));
    const int noteField = fields.indexOf(QStringLiteral("note"));
    const int paymentMethodField = fields.indexOf(QStringLiteral("payment_method"));
    const int dueDateField = fields.indexOf(QStringLiteral("due_date"));
    const int createdByField = fields.indexOf(QStringLiteral("created_by"));
    const int createdAtField = fields.indexOf(QStringLiteral("created_at"));
    const int voidReasonField = fields.indexOf(QStringLiteral("void_reason"));
    const int acknowledgementField = fields.indexOf(QStringLiteral("duplicate_ack_note"));
    rows->reserve(limit);
    while (query.next()) {
        ChargeListRow row;
        row.id = query.value(idField).toLongLong();
        row.billNo = query.value(billNoField).toString();
        row.feeType = query.value(feeTypeField).toString();
        row.amountMinor = query.value(amountField).toLongLong();
        row.paidMinor = query.value(paidField).toLongLong();
        row.status = query.value(statusField).toString();
        row.currency = query.value(currencyField).toString();
        row.reason = query.value(reasonField).toString();
        row.note = query.value(noteField).toString();
        row.paymentMethod = query.value(paymentMethodField).toString();
        row.dueDate = query.value(dueDateField).toString();
        row.createdBy = query.value(createdByField).toString();
        row.createdAt = query.value(createdAtField).toString();
        row.voidReason = query.value(voidReasonField).toString();
        row.duplicateAcknowledgement = query.value(acknowledgementField).toString();
        rows->append(row);
    }
    if (query.lastError().isValid()) {
        *error = query.lastError();
        return false;
    }
    return true;
}

int ChargeListQuery::position(qint64 customerId, qint64 chargeId, QSqlError *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(positionStatement())) {
        *error = query.lastError();
        return -1;
    }
    query.bindValue(QStringLiteral(":customer_id"), customerId);
    query.bindValue(QStringLiteral(":charge_id"), chargeId);
    if (!query.exec()) {
        *error = query.lastError();
        return -1;
    }
    if (!query.next()) {
        if (query.lastError().isValid())
            *error = query.lastError();
        return -1;
    }
    return query.value(QStringLiteral("preceding")).toInt();
}

QString ChargeListQuery::countStatement()
{
    return QStringLiteral("SELECT count(*) AS charges FROM charges "
                          "WHERE customer_id = :customer_id");
}

QString ChargeListQuery::pageStatement() const
{
    // The inner query sorts the customer's charge ids and takes the page,
    // so that only the page's rows are joined to their labels and bills.
    // The label column comes from labelColumn(), a fixed set of three
    // names, so it may be part of the statement text.
    return QStringLiteral(
               "SELECT charges.id AS id, bills.bill_no AS bill_no, "
               "COALESCE(fee_types.%1, charges.fee_type_code) AS fee_type, "
               "charges.amount_minor AS amount_minor, charges.paid_minor AS paid_minor, "
               "charges.status AS status, charges.currency AS currency, "
               "COALESCE(charge_reasons.%1, charges.reason_code) AS reason, "
               "charges.note AS note, "
               "COALESCE(payment_methods.%1, charges.payment_method_code) AS payment_method, "
               "charges.due_date AS due_date, "
               "charges.created_by AS created_by, charges.created_at AS created_at, "
               "charges.void_reason AS void_reason, "
               "charges.duplicate_ack_note AS duplicate_ack_note "
               "FROM (SELECT id FROM charges WHERE customer_id = :customer_id "
               "ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset) AS page "
               "JOIN charges ON charges.id = page.id "
               "LEFT JOIN bills ON bills.id = charges.bill_id "
               "LEFT JOIN fee_types ON fee_types.code = charges.fee_type_code "
               "LEFT JOIN charge_reasons ON charge_reasons.code = charges.reason_code "
               "LEFT JOIN payment_methods ON payment_methods.code = charges.payment_method_code "
               "ORDER BY charges.created_at DESC, charges.id DESC")
        .arg(labelColumn(m_language));
}

QString ChargeListQuery::positionStatement()
{
    // The charges before it in list order: a later created_at, or the same
    // one and a larger id. No row when the charge is another customer's.
    return QStringLiteral(
        "SELECT (SELECT count(*) FROM charges AS newer "
        "WHERE newer.customer_id = target.customer_id "
        "AND (newer.created_at > target.created_at "
        "OR (newer.created_at = target.created_at AND newer.id > target.id))) AS preceding "
        "FROM charges AS target "
        "WHERE target.id = :charge_id AND target.customer_id = :customer_id");
}
