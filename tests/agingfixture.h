#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <QVariantList>

// Test data for aged receivables and reminder letters: customers, bills,
// charges, installment plans and paid amounts written with plain SQL, as
// the charge and payment services would leave them. Each insert returns
// the new row's id, or 0 with a warning when it failed.
namespace AgingFixture {

inline bool execute(QSqlDatabase db, const QString &statement, const QVariantList &values,
                    qint64 *insertedId = nullptr)
{
    QSqlQuery query(db);
    if (!query.prepare(statement)) {
        qWarning() << "Fixture statement failed:" << query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning() << "Fixture statement failed:" << query.lastError().text();
        return false;
    }
    if (insertedId)
        *insertedId = query.lastInsertId().toLongLong();
    return true;
}

inline qint64 insert(QSqlDatabase db, const QString &statement, const QVariantList &values)
{
    qint64 id = 0;
    return execute(db, statement, values, &id) ? id : 0;
}

inline QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

inline qint64 insertCustomer(QSqlDatabase db, const QString &code, const QString &name,
                             const QString &currency = QStringLiteral("CNY"))
{
    return insert(db,
                  QStringLiteral("INSERT INTO customers (code, company_name, contact_name, "
                                 "address, city, postal_code, country, currency, created_at, "
                                 "updated_at) VALUES (?, ?, '王芳', '浦东新区世纪大道100号', "
                                 "'上海', '200000', '中国', ?, '2026-01-01T00:00:00.000Z', "
                                 "'2026-01-01T00:00:00.000Z')"),
                  {code, name, currency});
}

// A bill whose own lines total linesMinor, issued 30 days before dueDate.
inline qint64 insertBill(QSqlDatabase db, qint64 customerId, const QString &billNo,
                         const QDate &dueDate, qint64 linesMinor,
                         const QString &currency = QStringLiteral("CNY"))
{
    return insert(db,
                  QStringLiteral("INSERT INTO bills (bill_no, customer_id, issue_date, due_date, "
                                 "currency, lines_total_minor, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00.000Z')"),
                  {billNo, customerId, iso(dueDate.addDays(-30)), iso(dueDate), currency,
                   linesMinor});
}

// A posted charge; billId 0 puts it on the customer's account.
inline qint64 insertCharge(QSqlDatabase db, qint64 customerId, const QDate &dueDate,
                           qint64 amountMinor, const QString &currency = QStringLiteral("CNY"),
                           qint64 billId = 0)
{
    return insert(db,
                  QStringLiteral(
                      "INSERT INTO charges (request_key, customer_id, bill_id, fee_type_code, "
                      "amount_minor, currency, reason_code, payment_method_code, due_date, "
                      "created_by, created_at) VALUES (?, ?, ?, 'SERVICE', ?, ?, 'UNPAID', "
                      "'BANK_TRANSFER', ?, 'tester', '2026-01-01T00:00:00.000Z')"),
                  {newKey(), customerId, billId == 0 ? QVariant() : QVariant(billId),
                   amountMinor, currency, iso(dueDate)});
}

inline bool setChargePaid(QSqlDatabase db, qint64 chargeId, qint64 paidMinor)
{
    return execute(db, QStringLiteral("UPDATE charges SET paid_minor = ? WHERE id = ?"),
                   {paidMinor, chargeId});
}

// bills.paid_minor sums every payment on the bill, those of its charges
// included.
inline bool setBillPaid(QSqlDatabase db, qint64 billId, qint64 paidMinor)
{
    return execute(db, QStringLiteral("UPDATE bills SET paid_minor = ? WHERE id = ?"),
                   {paidMinor, billId});
}

inline bool voidCharge(QSqlDatabase db, qint64 chargeId)
{
    return execute(db,
                   QStringLiteral("UPDATE charges SET status = 'void', voided_by = 'tester', "
                                  "voided_at = '2026-01-02T00:00:00.000Z', "
                                  "void_reason = 'entered twice' WHERE id = ?"),
                   {chargeId});
}

inline qint64 insertPlan(QSqlDatabase db, qint64 chargeId)
{
    return insert(db,
                  QStringLiteral("INSERT INTO installment_plans (request_key, charge_id, "
                                 "created_by, created_at) VALUES (?, ?, 'tester', "
                                 "'2026-01-01T00:00:00.000Z')"),
                  {newKey(), chargeId});
}

inline bool cancelPlan(QSqlDatabase db, qint64 planId)
{
    return execute(db,
                   QStringLiteral("UPDATE installment_plans SET status = 'cancelled', "
                                  "cancelled_by = 'tester', "
                                  "cancelled_at = '2026-01-02T00:00:00.000Z', "
                                  "cancel_reason = 'new terms' WHERE id = ?"),
                   {planId});
}

inline qint64 insertInstallment(QSqlDatabase db, qint64 planId, qint64 chargeId, int seq,
                                const QDate &dueDate, qint64 amountMinor,
                                const QString &currency = QStringLiteral("CNY"))
{
    return insert(db,
                  QStringLiteral("INSERT INTO installments (plan_id, charge_id, seq, due_date, "
                                 "amount_minor, currency) VALUES (?, ?, ?, ?, ?, ?)"),
                  {planId, chargeId, seq, iso(dueDate), amountMinor, currency});
}

inline bool setInstallmentPaid(QSqlDatabase db, qint64 installmentId, qint64 paidMinor)
{
    return execute(db, QStringLiteral("UPDATE installments SET paid_minor = ? WHERE id = ?"),
                   {paidMinor, installmentId});
}

} // namespace AgingFixture
