#include "spendingquery.h"

#include "chargereportfilter.h"
#include "logging.h"
#include "spendingtally.h"

#include <QSqlError>
#include <QSqlQuery>

bool SpendingQuery::run(const SpendingFilter &filter, SpendingData *data, QString *error) const
{
    *data = SpendingData();
    data->filter = filter;
    if (const std::optional<QString> problem = filter.validate()) {
        *error = *problem;
        return false;
    }

    qCInfo(lcReport) << "Spending analysis started for customer" << filter.customerId << "in"
                     << filter.currency << "from" << filter.fromMonth << "to" << filter.toMonth;
    SpendingTally tally(data);
    if (!readCustomer(data, error) || !readCharges(filter, &tally, error)
        || !readPayments(filter, &tally, error)) {
        qCWarning(lcReport) << "Spending analysis for customer" << filter.customerId
                            << "failed:" << *error;
        return false;
    }
    tally.finish();
    qCInfo(lcReport) << "Spending analysis finished for customer" << filter.customerId << "with"
                     << data->chargeCount << "charges and" << data->paymentCount << "payments";
    return true;
}

QStringList SpendingQuery::currencies(qint64 customerId, QString *error) const
{
    // Customers without charges still offer their currency, with a count
    // of 0, so a new database has a currency to choose.
    const QString customerCondition =
        customerId != 0 ? QStringLiteral(" AND customer_id = :charge_customer") : QString();
    const QString statement =
        QStringLiteral("SELECT currency, SUM(charge_count) AS charge_count FROM ("
                       "SELECT currency, 1 AS charge_count FROM charges "
                       "WHERE status = 'posted'%1 "
                       "UNION ALL SELECT currency, 0 AS charge_count FROM customers%2) "
                       "AS currency_counts GROUP BY currency ORDER BY charge_count DESC, currency")
            .arg(customerCondition,
                 customerId != 0 ? QStringLiteral(" WHERE id = :customer") : QString());
    BoundValues values;
    if (customerId != 0) {
        values << qMakePair(QStringLiteral(":charge_customer"), QVariant(customerId))
               << qMakePair(QStringLiteral(":customer"), QVariant(customerId));
    }

    QSqlQuery query(m_db);
    if (!exec(query, statement, values, error))
        return {};
    QStringList result;
    while (query.next())
        result << query.value(QStringLiteral("currency")).toString();
    if (query.lastError().isValid()) {
        *error = tr("The spending analysis could not be read from the database: %1")
                     .arg(query.lastError().text());
        return {};
    }
    return result;
}

bool SpendingQuery::exec(QSqlQuery &query, const QString &statement, const BoundValues &values,
                         QString *error) const
{
    query.setForwardOnly(true);
    if (query.prepare(statement)) {
        for (const auto &value : values)
            query.bindValue(value.first, value.second);
        if (query.exec())
            return true;
    }
    *error = tr("The spending analysis could not be read from the database: %1")
                 .arg(query.lastError().text());
    return false;
}

bool SpendingQuery::readCustomer(SpendingData *data, QString *error) const
{
    const qint64 customerId = data->filter.customerId;
    if (customerId == 0)
        return true;

    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral("SELECT code, company_name FROM customers WHERE id = :id"),
              {{QStringLiteral(":id"), customerId}}, error)) {
        return false;
    }
    if (!query.next()) {
        *error = tr("Customer ID %1 not found. Choose a customer from the list.").arg(customerId);
        return false;
    }
    data->customerCode = query.value(QStringLiteral("code")).toString();
    data->companyName = query.value(QStringLiteral("company_name")).toString();
    return true;
}

// The label columns come from labelColumn(), a fixed list, so they may be
// part of the statement text.
bool SpendingQuery::readCharges(const SpendingFilter &filter, SpendingTally *tally,
                                QString *error) const
{
    QString statement =
        QStringLiteral(
            "SELECT charges.created_at AS created_at, charges.customer_id AS customer_id, "
            "customers.code AS customer_code, customers.company_name AS company_name, "
            "charges.fee_type_code AS fee_type_code, fee_types.%1 AS fee_type_label, "
            "fee_types.sort_order AS fee_type_sort_order, "
            "charges.reason_code AS reason_code, charge_reasons.%1 AS reason_label, "
            "charge_reasons.sort_order AS reason_sort_order, "
            "charges.amount_minor AS amount_minor "
            "FROM charges "
            "JOIN customers ON customers.id = charges.customer_id "
            "JOIN fee_types ON fee_types.code = charges.fee_type_code "
            "JOIN charge_reasons ON charge_reasons.code = charges.reason_code "
            "WHERE charges.status = 'posted' AND charges.currency = :currency "
            "AND charges.created_at >= :from AND charges.created_at < :before")
            .arg(labelColumn(m_language));
    BoundValues values = {
        {QStringLiteral(":currency"), filter.currency},
        {QStringLiteral(":from"), ChargeReportFilter::startOfDayUtc(filter.fromMonth)},
        {QStringLiteral(":before"),
         ChargeReportFilter::startOfDayUtc(filter.toMonth.addMonths(1))},
    };
    if (filter.customerId != 0) {
        statement += QStringLiteral(" AND charges.customer_id = :customer");
        values.append({QStringLiteral(":customer"), filter.customerId});
    }

    QSqlQuery query(m_db);
    if (!exec(query, statement, values, error))
        return false;

    while (query.next()) {
        SpendingTally::Charge charge;
        const QDateTime createdAt = QDateTime::fromString(
            query.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
        charge.entryDay = ChargeReportFilter::localDate(createdAt);
        charge.customerId = query.value(QStringLiteral("customer_id")).toLongLong();
        charge.customerCode = query.value(QStringLiteral("customer_code")).toString();
        charge.companyName = query.value(QStringLiteral("company_name")).toString();
        charge.feeTypeCode = query.value(QStringLiteral("fee_type_code")).toString();
        charge.feeTypeLabel = query.value(QStringLiteral("fee_type_label")).toString();
        charge.feeTypeSortOrder = query.value(QStringLiteral("fee_type_sort_order")).toInt();
        charge.reasonCode = query.value(QStringLiteral("reason_code")).toString();
        charge.reasonLabel = query.value(QStringLiteral("reason_label")).toString();
        charge.reasonSortOrder = query.value(QStringLiteral("reason_sort_order")).toInt();
        charge.amountMinor = query.value(QStringLiteral("amount_minor")).toLongLong();
        if (!tally->addCharge(charge, error))
            return false;
    }
    if (query.lastError().isValid()) {
        *error = tr("The spending analysis could not be read from the database: %1")
                     .arg(query.lastError().text());
        return false;
    }
    return true;
}

// Only payments of charges count (charge_id set, installments included):
// the analysis compares supplementary charges with what was paid on them,
// not with the payments of the bills' own lines.
bool SpendingQuery::readPayments(const SpendingFilter &filter, SpendingTally *tally,
                                 QString *error) const
{
    QString statement = QStringLiteral(
        "SELECT substr(paid_on, 1, 7) AS paid_month, SUM(amount_minor) AS amount_minor, "
        "COUNT(*) AS payment_count FROM payments "
        "WHERE status = 'posted' AND charge_id IS NOT NULL AND currency = :currency "
        "AND paid_on >= :from AND paid_on < :before");
    BoundValues values = {
        {QStringLiteral(":currency"), filter.currency},
        {QStringLiteral(":from"), filter.fromMonth.toString(Qt::ISODate)},
        {QStringLiteral(":before"), filter.toMonth.addMonths(1).toString(Qt::ISODate)},
    };
    if (filter.customerId != 0) {
        statement += QStringLiteral(" AND customer_id = :customer");
        values.append({QStringLiteral(":customer"), filter.customerId});
    }
    statement += QStringLiteral(" GROUP BY paid_month");

    QSqlQuery query(m_db);
    if (!exec(query, statement, values, error))
        return false;

    while (query.next()) {
        const QDate month = QDate::fromString(
            query.value(QStringLiteral("paid_month")).toString() + QStringLiteral("-01"),
            Qt::ISODate);
        if (!tally->addPayments(month, query.value(QStringLiteral("amount_minor")).toLongLong(),
                               query.value(QStringLiteral("payment_count")).toInt(), error)) {
            return false;
        }
    }
    if (query.lastError().isValid()) {
        *error = tr("The spending analysis could not be read from the database: %1")
                     .arg(query.lastError().text());
        return false;
    }
    return true;
}
