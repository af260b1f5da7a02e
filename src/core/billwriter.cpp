#include "billwriter.h"

#include "auditlog.h"
#include "customerrepository.h"
#include "storedtotals.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QtNumeric>

namespace {

// Returns text, with a null string turned into an empty one: Qt binds a null
// QString as SQL NULL, which the NOT NULL text columns reject.
QString notNull(const QString &text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}

} // namespace

BillWriter::BillWriter(QSqlDatabase db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{
}

bool BillWriter::write(const Bill &bill, const QVariantMap &details, qint64 *billId,
                       QString *error)
{
    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO bills (bill_no, customer_id, issue_date, due_date, currency, "
            "lines_total_minor, charges_total_minor, paid_minor, source, created_at) "
            "VALUES (:bill_no, :customer_id, :issue_date, :due_date, :currency, "
            ":lines_total_minor, 0, 0, :source, :created_at)"))) {
        *error = insert.lastError().text();
        return false;
    }
    insert.bindValue(QStringLiteral(":bill_no"), bill.billNo);
    insert.bindValue(QStringLiteral(":customer_id"), bill.customerId);
    insert.bindValue(QStringLiteral(":issue_date"), bill.issueDate.toString(Qt::ISODate));
    insert.bindValue(QStringLiteral(":due_date"), bill.dueDate.toString(Qt::ISODate));
    insert.bindValue(QStringLiteral(":currency"), bill.currency);
    insert.bindValue(QStringLiteral(":lines_total_minor"), bill.totalMinor);
    insert.bindValue(QStringLiteral(":source"), notNull(bill.source));
    insert.bindValue(QStringLiteral(":created_at"),
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!insert.exec()) {
        *error = tr("the database rejected bill %1: %2")
                     .arg(bill.billNo, insert.lastError().text());
        return false;
    }
    *billId = insert.lastInsertId().toLongLong();

    if (!insertLines(*billId, bill.lines, error)
        || !addToBalance(bill.customerId, bill.totalMinor, error)) {
        return false;
    }

    QVariantMap auditDetails = details;
    auditDetails.insert(QStringLiteral("bill_no"), bill.billNo);
    auditDetails.insert(QStringLiteral("customer_id"), bill.customerId);
    auditDetails.insert(QStringLiteral("issue_date"), bill.issueDate.toString(Qt::ISODate));
    auditDetails.insert(QStringLiteral("due_date"), bill.dueDate.toString(Qt::ISODate));
    auditDetails.insert(QStringLiteral("currency"), bill.currency);
    auditDetails.insert(QStringLiteral("lines_total_minor"), bill.totalMinor);
    auditDetails.insert(QStringLiteral("line_count"), bill.lines.size());
    auditDetails.insert(QStringLiteral("source"), bill.source);
    return AuditLog(m_db).append(m_actor, QStringLiteral("bill.import"), QStringLiteral("bill"),
                                 *billId, auditDetails, QString(), error);
}

bool BillWriter::insertLines(qint64 billId, const QList<Line> &lines, QString *error)
{
    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO bill_lines (bill_id, line_no, kind, description, quantity, "
            "unit_price_minor, discount_bp, amount_minor) VALUES (:bill_id, :line_no, :kind, "
            ":description, :quantity, :unit_price_minor, :discount_bp, :amount_minor)"))) {
        *error = insert.lastError().text();
        return false;
    }
    for (const Line &line : lines) {
        insert.bindValue(QStringLiteral(":bill_id"), billId);
        insert.bindValue(QStringLiteral(":line_no"), line.lineNo);
        insert.bindValue(QStringLiteral(":kind"), line.kind);
        insert.bindValue(QStringLiteral(":description"), notNull(line.description));
        insert.bindValue(QStringLiteral(":quantity"), line.quantity);
        insert.bindValue(QStringLiteral(":unit_price_minor"), line.unitPriceMinor);
        insert.bindValue(QStringLiteral(":discount_bp"), line.discountBasisPoints);
        insert.bindValue(QStringLiteral(":amount_minor"), line.amountMinor);
        if (!insert.exec()) {
            *error = tr("the database rejected line %1 of bill %2: %3")
                         .arg(line.lineNo)
                         .arg(billId)
                         .arg(insert.lastError().text());
            return false;
        }
    }
    return true;
}

bool BillWriter::addToBalance(qint64 customerId, qint64 amountMinor, QString *error)
{
    // SQLite turns an overflowing integer sum into a floating-point value
    // instead of failing, so the sum is checked here first.
    const auto customer = CustomerRepository(m_db).findById(customerId, error);
    if (!customer) {
        if (error->isEmpty())
            *error = tr("customer %1 was not found").arg(customerId);
        return false;
    }
    qint64 balance = 0;
    if (qAddOverflow(customer->balance.minorUnits(), amountMinor, &balance)) {
        *error = tr("the balance of customer %1 would be too large").arg(customer->code);
        return false;
    }
    return StoredTotals(m_db).add(customerId, 0, amountMinor, error);
}
