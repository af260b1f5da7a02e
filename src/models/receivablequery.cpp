#include "receivablequery.h"

#include "logging.h"
#include "openamountsql.h"
#include "uilanguage.h"

#include <QSqlError>
#include <QSqlQuery>

ChargeStatus Receivable::status() const
{
    return ChargeStatusText::of(amount.minorUnits(), paid.minorUnits(), false);
}

QList<Receivable> ReceivableQuery::ofCustomer(qint64 customerId, QString *error) const
{
    return run(QStringLiteral("bills.customer_id = :bill_filter"),
               QStringLiteral("charges.customer_id = :charge_filter"), customerId, error);
}

std::optional<Receivable> ReceivableQuery::billLines(qint64 billId, QString *error) const
{
    const QList<Receivable> items =
        run(QStringLiteral("bills.id = :bill_filter"), QStringLiteral("0 = :charge_filter"),
            billId, error);
    if (items.isEmpty())
        return std::nullopt;
    return items.constFirst();
}

std::optional<Receivable> ReceivableQuery::charge(qint64 chargeId, QString *error) const
{
    const QList<Receivable> items =
        run(QStringLiteral("0 = :bill_filter"), QStringLiteral("charges.id = :charge_filter"),
            chargeId, error);
    if (items.isEmpty())
        return std::nullopt;
    return items.constFirst();
}

QString ReceivableQuery::describe(const Receivable &item)
{
    if (item.kind == Receivable::Kind::BillLines) {
        //: What a payment settles: the lines of a bill, without its charges.
        return tr("Bill %1, own lines").arg(item.billNo);
    }
    const QString id = QString::number(item.chargeId);
    if (item.billNo.isEmpty()) {
        //: What a payment settles: charge id and fee type of a charge on the account.
        return tr("Charge %1, %2").arg(id, item.feeType);
    }
    //: What a payment settles: charge id, fee type and bill number.
    return tr("Charge %1, %2, bill %3").arg(id, item.feeType, item.billNo);
}

QList<Receivable> ReceivableQuery::run(const QString &billFilter, const QString &chargeFilter,
                                       qint64 id, QString *error) const
{
    // The filters, the label column and the OpenAmountSql expressions are
    // fixed texts, so they may be part of the statement. Every value is
    // bound. SQLite sorts a UNION only by its result columns, so the sort by
    // open amount runs on a wrapping SELECT.
    const QString label = labelColumn(currentUiLanguage());
    const QString statement = QStringLiteral(
        "SELECT * FROM ("
        "SELECT 'bill' AS kind, bills.customer_id AS customer_id, bills.id AS bill_id, "
        "bills.bill_no AS bill_no, 0 AS charge_id, '' AS fee_type, "
        "bills.due_date AS due_date, bills.currency AS currency, "
        "bills.lines_total_minor AS amount_minor, "
        "%4 AS paid_minor, "
        "0 AS has_plan "
        "FROM bills WHERE bills.lines_total_minor > 0 AND %1 "
        "UNION ALL "
        "SELECT 'charge', charges.customer_id, charges.bill_id, bills.bill_no, charges.id, "
        "COALESCE(fee_types.%3, charges.fee_type_code), charges.due_date, charges.currency, "
        "charges.amount_minor, charges.paid_minor, "
        // An integer as in the bill rows: PostgreSQL does not unite a
        // boolean column with an integer one.
        "CASE WHEN %5 THEN 1 ELSE 0 END "
        "FROM charges "
        "LEFT JOIN bills ON bills.id = charges.bill_id "
        "LEFT JOIN fee_types ON fee_types.code = charges.fee_type_code "
        "WHERE charges.status = 'posted' AND %2"
        ") AS receivables "
        "ORDER BY amount_minor - paid_minor = 0, due_date, kind, bill_no, charge_id")
                                  .arg(billFilter, chargeFilter, label,
                                       OpenAmountSql::billLinesPaid(),
                                       OpenAmountSql::chargeHasActivePlan());

    // The open amounts follow the rules of OpenAmountSql, which OpenItemQuery
    // uses too. tst_PaymentDialogs pays the pre-filled open amounts, so the
    // service must accept them in full.
    QSqlQuery query(m_db);
    if (!query.prepare(statement)) {
        qCWarning(lcDatabase) << "Could not prepare the receivables query:"
                              << query.lastError().text();
        if (error)
            *error = query.lastError().text();
        return {};
    }
    query.bindValue(QStringLiteral(":bill_filter"), id);
    query.bindValue(QStringLiteral(":charge_filter"), id);
    if (!query.exec()) {
        qCWarning(lcDatabase) << "Could not read the receivables for id" << id << ":"
                              << query.lastError().text();
        if (error)
            *error = query.lastError().text();
        return {};
    }

    QList<Receivable> items;
    while (query.next()) {
        Receivable item;
        item.kind = query.value(QStringLiteral("kind")).toString() == QLatin1String("bill")
                        ? Receivable::Kind::BillLines
                        : Receivable::Kind::Charge;
        item.customerId = query.value(QStringLiteral("customer_id")).toLongLong();
        item.billId = query.value(QStringLiteral("bill_id")).toLongLong();
        item.billNo = query.value(QStringLiteral("bill_no")).toString();
        item.chargeId = query.value(QStringLiteral("charge_id")).toLongLong();
        item.feeType = query.value(QStringLiteral("fee_type")).toString();
        item.dueDate = QDate::fromString(query.value(QStringLiteral("due_date")).toString(),
                                         Qt::ISODate);
        const QString currency = query.value(QStringLiteral("currency")).toString();
        item.amount = Money(query.value(QStringLiteral("amount_minor")).toLongLong(), currency);
        item.paid = Money(query.value(QStringLiteral("paid_minor")).toLongLong(), currency);
        item.hasActivePlan = query.value(QStringLiteral("has_plan")).toBool();
        items << item;
    }
    return items;
}
