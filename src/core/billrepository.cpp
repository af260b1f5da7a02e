#include "billrepository.h"

#include "logging.h"
#include "sqlstatement.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const char billColumns[] =
    "SELECT id, bill_no, customer_id, issue_date, due_date, currency, lines_total_minor, "
    "charges_total_minor, paid_minor FROM bills ";

BillRecord billFromQuery(const QSqlQuery &query)
{
    BillRecord bill;
    const QString currency = query.value(QStringLiteral("currency")).toString();
    bill.id = query.value(QStringLiteral("id")).toLongLong();
    bill.billNo = query.value(QStringLiteral("bill_no")).toString();
    bill.customerId = query.value(QStringLiteral("customer_id")).toLongLong();
    bill.issueDate = QDate::fromString(query.value(QStringLiteral("issue_date")).toString(),
                                       Qt::ISODate);
    bill.dueDate = QDate::fromString(query.value(QStringLiteral("due_date")).toString(),
                                     Qt::ISODate);
    bill.linesTotal = Money(query.value(QStringLiteral("lines_total_minor")).toLongLong(), currency);
    bill.chargesTotal = Money(query.value(QStringLiteral("charges_total_minor")).toLongLong(),
                              currency);
    bill.paid = Money(query.value(QStringLiteral("paid_minor")).toLongLong(), currency);
    return bill;
}

bool run(SqlStatement &query, const QVariant &value, QString *error)
{
    if (query.isPrepared()) {
        query->bindValue(QStringLiteral(":value"), value);
        if (query->exec())
            return true;
    }
    if (error)
        *error = query->lastError().text();
    qCWarning(lcDatabase) << "Bill query failed:" << query->lastError().text();
    return false;
}

} // namespace

std::optional<BillRecord> BillRepository::findById(qint64 id, QString *error) const
{
    SqlStatement query(m_db, QLatin1String(billColumns) + QLatin1String("WHERE id = :value"));
    if (!run(query, id, error) || !query->next())
        return std::nullopt;
    return billFromQuery(*query);
}

std::optional<BillRecord> BillRepository::findByNumber(const QString &billNo, QString *error) const
{
    SqlStatement query(m_db, QLatin1String(billColumns) + QLatin1String("WHERE bill_no = :value"));
    if (!run(query, billNo, error) || !query->next())
        return std::nullopt;
    return billFromQuery(*query);
}

QList<BillRecord> BillRepository::billsOfCustomer(qint64 customerId, QString *error) const
{
    QList<BillRecord> bills;
    SqlStatement query(m_db, QLatin1String(billColumns)
                                 + QLatin1String("WHERE customer_id = :value "
                                                 "ORDER BY issue_date DESC, id DESC"));
    if (!run(query, customerId, error))
        return bills;
    while (query->next())
        bills << billFromQuery(*query);
    return bills;
}

QList<BillLineRecord> BillRepository::linesOfBill(qint64 billId, QString *error) const
{
    QList<BillLineRecord> lines;
    SqlStatement statement(m_db, QStringLiteral(
        "SELECT bill_lines.id, bill_id, line_no, kind, description, quantity, unit_price_minor, "
        "discount_bp, amount_minor, bills.currency AS currency "
        "FROM bill_lines JOIN bills ON bills.id = bill_lines.bill_id "
        "WHERE bill_id = :value ORDER BY line_no"));
    if (!run(statement, billId, error))
        return lines;

    QSqlQuery &query = *statement;
    while (query.next()) {
        const QString currency = query.value(QStringLiteral("currency")).toString();
        BillLineRecord line;
        line.id = query.value(QStringLiteral("id")).toLongLong();
        line.billId = query.value(QStringLiteral("bill_id")).toLongLong();
        line.lineNo = query.value(QStringLiteral("line_no")).toInt();
        line.kind = query.value(QStringLiteral("kind")).toString();
        line.description = query.value(QStringLiteral("description")).toString();
        line.quantity = query.value(QStringLiteral("quantity")).toLongLong();
        line.unitPrice = Money(query.value(QStringLiteral("unit_price_minor")).toLongLong(),
                               currency);
        line.discountBasisPoints = query.value(QStringLiteral("discount_bp")).toInt();
        line.amount = Money(query.value(QStringLiteral("amount_minor")).toLongLong(), currency);
        lines << line;
    }
    return lines;
}
