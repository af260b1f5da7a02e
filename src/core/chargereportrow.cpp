#include "chargereportrow.h"

#include "chargereportfilter.h"

namespace {

QDateTime timestamp(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

// The label column comes from labelColumn(), a fixed list, so it may be
// part of the statement text.
QString ChargeReportRow::selectClause(UiLanguage language, const QString &extraColumns)
{
    QString columns = QStringLiteral(
        "SELECT charges.id AS charge_id, charges.created_at AS created_at, "
        "charges.due_date AS due_date, charges.customer_id AS customer_id, "
        "customers.code AS customer_code, customers.company_name AS company_name, "
        "charges.bill_id AS bill_id, bills.bill_no AS bill_no, "
        "bills.issue_date AS bill_issue_date, charges.fee_type_code AS fee_type_code, "
        "fee_types.%1 AS fee_type_label, fee_types.sort_order AS fee_type_sort_order, "
        "charges.reason_code AS reason_code, charge_reasons.%1 AS reason_label, "
        "charges.payment_method_code AS payment_method_code, "
        "payment_methods.%1 AS payment_method_label, charges.note AS note, "
        "charges.amount_minor AS amount_minor, charges.currency AS currency, "
        "charges.status AS status, charges.created_by AS created_by, "
        "charges.voided_at AS voided_at, charges.void_reason AS void_reason")
                          .arg(labelColumn(language));
    if (!extraColumns.isEmpty())
        columns += QStringLiteral(", ") + extraColumns;
    return columns
           + QStringLiteral(
               " FROM charges "
               "JOIN customers ON customers.id = charges.customer_id "
               "LEFT JOIN bills ON bills.id = charges.bill_id "
               "JOIN fee_types ON fee_types.code = charges.fee_type_code "
               "JOIN charge_reasons ON charge_reasons.code = charges.reason_code "
               "JOIN payment_methods ON payment_methods.code = charges.payment_method_code ");
}

ChargeReportRow ChargeReportRow::fromQuery(const QSqlQuery &query)
{
    ChargeReportRow row;
    row.chargeId = query.value(QStringLiteral("charge_id")).toLongLong();
    row.createdAt = timestamp(query.value(QStringLiteral("created_at")));
    row.entryDate = ChargeReportFilter::localDate(row.createdAt);
    row.dueDate = QDate::fromString(query.value(QStringLiteral("due_date")).toString(),
                                    Qt::ISODate);
    row.customerId = query.value(QStringLiteral("customer_id")).toLongLong();
    row.customerCode = query.value(QStringLiteral("customer_code")).toString();
    row.companyName = query.value(QStringLiteral("company_name")).toString();
    row.billId = query.value(QStringLiteral("bill_id")).toLongLong();
    row.billNo = query.value(QStringLiteral("bill_no")).toString();
    row.billIssueDate = QDate::fromString(
        query.value(QStringLiteral("bill_issue_date")).toString(), Qt::ISODate);
    row.feeTypeCode = query.value(QStringLiteral("fee_type_code")).toString();
    row.feeTypeLabel = query.value(QStringLiteral("fee_type_label")).toString();
    row.feeTypeSortOrder = query.value(QStringLiteral("fee_type_sort_order")).toInt();
    row.reasonCode = query.value(QStringLiteral("reason_code")).toString();
    row.reasonLabel = query.value(QStringLiteral("reason_label")).toString();
    row.paymentMethodCode = query.value(QStringLiteral("payment_method_code")).toString();
    row.paymentMethodLabel = query.value(QStringLiteral("payment_method_label")).toString();
    row.note = query.value(QStringLiteral("note")).toString();
    row.amount = Money(query.value(QStringLiteral("amount_minor")).toLongLong(),
                       query.value(QStringLiteral("currency")).toString());
    row.status = query.value(QStringLiteral("status")).toString();
    row.enteredBy = query.value(QStringLiteral("created_by")).toString();
    row.voidedAt = timestamp(query.value(QStringLiteral("voided_at")));
    row.voidReason = query.value(QStringLiteral("void_reason")).toString();
    return row;
}
