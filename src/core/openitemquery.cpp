#include "openitemquery.h"

#include "logging.h"
#include "openamountsql.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

QDate isoDate(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

bool itemBefore(const OpenItem &a, const OpenItem &b)
{
    if (a.customerName != b.customerName)
        return a.customerName < b.customerName;
    if (a.customerCode != b.customerCode)
        return a.customerCode < b.customerCode;
    if (a.dueDate != b.dueDate)
        return a.dueDate < b.dueDate;
    if (a.kind != b.kind)
        return int(a.kind) < int(b.kind);
    return a.id < b.id;
}

} // namespace

ReportQueryStatus OpenItemQuery::run(const QList<qint64> &customerIds, QList<OpenItem> *items,
                                     QString *error, const ReportProgress &progress) const
{
    items->clear();
    const OpenItem::Kind kinds[] = {OpenItem::Kind::Bill, OpenItem::Kind::Charge,
                                    OpenItem::Kind::Installment};
    const qsizetype stepCount = std::size(kinds);
    qsizetype done = 0;
    for (const OpenItem::Kind kind : kinds) {
        if (!continueReport(progress, done, stepCount))
            return ReportQueryStatus::Canceled;
        if (!read(kind, customerIds, items, error)) {
            qCWarning(lcReport) << "Reading the open" << OpenItem::kindName(kind)
                                << "items failed:" << *error;
            return ReportQueryStatus::Failed;
        }
        ++done;
    }

    std::stable_sort(items->begin(), items->end(), itemBefore);
    continueReport(progress, stepCount, stepCount);
    return ReportQueryStatus::Completed;
}

bool OpenItemQuery::read(OpenItem::Kind kind, const QList<qint64> &customerIds,
                         QList<OpenItem> *items, QString *error) const
{
    // The customer filter is a list of bound placeholders.
    // NOTE: SQLite allows 32766 bound values per statement (since 3.32),
    // which bounds the number of customers in one filter.
    QString sql = statement(kind);
    BoundValues values;
    if (!customerIds.isEmpty()) {
        QStringList placeholders;
        for (qsizetype i = 0; i < customerIds.size(); ++i) {
            const QString placeholder = QStringLiteral(":customer_%1").arg(i);
            placeholders << placeholder;
            values.append({placeholder, customerIds.at(i)});
        }
        sql += QStringLiteral(" AND open_items.customer_id IN (%1)")
                   .arg(placeholders.join(QLatin1String(", ")));
    }

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    if (ok) {
        for (const auto &value : values)
            query.bindValue(value.first, value.second);
        ok = query.exec();
    }
    if (!ok) {
        *error = tr("The open amounts could not be read from the database: %1")
                     .arg(query.lastError().text());
        return false;
    }

    while (query.next()) {
        const QString currency = query.value(QStringLiteral("currency")).toString();
        OpenItem item;
        item.kind = kind;
        item.id = query.value(QStringLiteral("id")).toLongLong();
        item.customerId = query.value(QStringLiteral("customer_id")).toLongLong();
        item.customerCode = query.value(QStringLiteral("customer_code")).toString();
        item.customerName = query.value(QStringLiteral("company_name")).toString();
        item.dueDate = isoDate(query.value(QStringLiteral("due_date")));
        item.amount = Money(query.value(QStringLiteral("amount_minor")).toLongLong(), currency);
        item.open = Money(query.value(QStringLiteral("open_minor")).toLongLong(), currency);
        item.billId = query.value(QStringLiteral("bill_id")).toLongLong();
        item.billNo = query.value(QStringLiteral("bill_no")).toString();
        item.billIssueDate = isoDate(query.value(QStringLiteral("issue_date")));
        item.chargeId = query.value(QStringLiteral("charge_id")).toLongLong();
        item.feeTypeCode = query.value(QStringLiteral("fee_type_code")).toString();
        item.feeTypeLabel = query.value(QStringLiteral("fee_type_label")).toString();
        item.installmentSeq = query.value(QStringLiteral("installment_seq")).toInt();
        item.installmentCount = query.value(QStringLiteral("installment_count")).toInt();
        items->append(item);
    }
    return true;
}

// Returns a SELECT of one kind's open items as the derived table
// open_items, with a WHERE clause that the customer filter extends.
// Every kind selects the same columns, NULL where they do not apply.
QString OpenItemQuery::statement(OpenItem::Kind kind) const
{
    const QString label = labelColumn(m_language);
    QString select;
    switch (kind) {
    case OpenItem::Kind::Bill:
        select = QStringLiteral(
            "SELECT bills.id AS id, bills.customer_id AS customer_id, bills.due_date AS due_date, "
            "bills.currency AS currency, bills.lines_total_minor AS amount_minor, "
            "bills.lines_total_minor - %1 AS open_minor, "
            "bills.id AS bill_id, bills.bill_no AS bill_no, bills.issue_date AS issue_date, "
            "NULL AS charge_id, NULL AS fee_type_code, NULL AS fee_type_label, "
            "NULL AS installment_seq, NULL AS installment_count "
            "FROM bills")
                     .arg(OpenAmountSql::billLinesPaid());
        break;
    case OpenItem::Kind::Charge:
        select = QStringLiteral(
            "SELECT charges.id AS id, charges.customer_id AS customer_id, "
            "charges.due_date AS due_date, charges.currency AS currency, "
            "charges.amount_minor AS amount_minor, "
            "charges.amount_minor - charges.paid_minor AS open_minor, "
            "charges.bill_id AS bill_id, bills.bill_no AS bill_no, "
            "bills.issue_date AS issue_date, charges.id AS charge_id, "
            "charges.fee_type_code AS fee_type_code, fee_types.%1 AS fee_type_label, "
            "NULL AS installment_seq, NULL AS installment_count "
            "FROM charges "
            "JOIN fee_types ON fee_types.code = charges.fee_type_code "
            "LEFT JOIN bills ON bills.id = charges.bill_id "
            "WHERE charges.status = 'posted' AND NOT %2")
                     .arg(label, OpenAmountSql::chargeHasActivePlan());
        break;
    case OpenItem::Kind::Installment:
        select = QStringLiteral(
            "SELECT installments.id AS id, charges.customer_id AS customer_id, "
            "installments.due_date AS due_date, installments.currency AS currency, "
            "installments.amount_minor AS amount_minor, "
            "installments.amount_minor - installments.paid_minor AS open_minor, "
            "charges.bill_id AS bill_id, bills.bill_no AS bill_no, "
            "bills.issue_date AS issue_date, charges.id AS charge_id, "
            "charges.fee_type_code AS fee_type_code, fee_types.%1 AS fee_type_label, "
            "installments.seq AS installment_seq, "
            "(SELECT COUNT(*) FROM installments AS siblings "
            "WHERE siblings.plan_id = installments.plan_id) AS installment_count "
            "FROM installments "
            "JOIN installment_plans ON installment_plans.id = installments.plan_id "
            "JOIN charges ON charges.id = installments.charge_id "
            "JOIN fee_types ON fee_types.code = charges.fee_type_code "
            "LEFT JOIN bills ON bills.id = charges.bill_id "
            "WHERE installment_plans.status = 'active' AND charges.status = 'posted'")
                     .arg(label);
        break;
    }

    return QStringLiteral("SELECT open_items.*, customers.code AS customer_code, "
                          "customers.company_name AS company_name "
                          "FROM (%1) AS open_items "
                          "JOIN customers ON customers.id = open_items.customer_id "
                          "WHERE open_items.open_minor > 0")
        .arg(select);
}
