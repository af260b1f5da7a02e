#pragma once

#include "chargerequest.h"
#include "chargeservice.h"
#include "installmentplanner.h"
#include "installmentservice.h"
#include "paymentrequest.h"
#include "paymentservice.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

// Customers, bills and charges for the payment and installment tests. Bills
// are inserted the way BillWriter writes them, with the lines total added to
// the customer's balance. Charges are entered through ChargeService, so
// every stored sum starts consistent.
namespace PaymentFixture {

inline qint64 insertCustomer(QSqlDatabase db, const QString &code, const QString &name)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO customers (code, company_name, currency, balance_minor, created_at, "
        "updated_at) VALUES (:code, :name, 'CNY', 0, '2026-01-01T00:00:00.000Z', "
        "'2026-01-01T00:00:00.000Z')"));
    query.bindValue(QStringLiteral(":code"), code);
    query.bindValue(QStringLiteral(":name"), name);
    if (!query.exec())
        qWarning() << query.lastError().text();
    return query.lastInsertId().toLongLong();
}

// A bill of linesTotal minor units issued issuedDaysAgo days before today.
inline qint64 insertBill(QSqlDatabase db, const QString &billNo, qint64 customerId,
                         qint64 linesTotal, int issuedDaysAgo = 30)
{
    const QDate issued = QDate::currentDate().addDays(-issuedDaysAgo);
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO bills (bill_no, customer_id, issue_date, due_date, currency, "
        "lines_total_minor, created_at) VALUES (:no, :customer, :issued, :due, 'CNY', :total, "
        "'2026-01-01T00:00:00.000Z')"));
    query.bindValue(QStringLiteral(":no"), billNo);
    query.bindValue(QStringLiteral(":customer"), customerId);
    query.bindValue(QStringLiteral(":issued"), issued.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":due"), issued.addDays(30).toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":total"), linesTotal);
    if (!query.exec())
        qWarning() << query.lastError().text();
    const qint64 billId = query.lastInsertId().toLongLong();

    QSqlQuery balance(db);
    balance.prepare(QStringLiteral(
        "UPDATE customers SET balance_minor = balance_minor + :total WHERE id = :id"));
    balance.bindValue(QStringLiteral(":total"), linesTotal);
    balance.bindValue(QStringLiteral(":id"), customerId);
    if (!balance.exec())
        qWarning() << balance.lastError().text();
    return billId;
}

// Enters a charge through the charge service; returns its id, 0 on failure.
inline qint64 addCharge(QSqlDatabase db, qint64 customerId, qint64 billId, const QString &amount,
                        const QString &feeType = QStringLiteral("SERVICE"))
{
    ChargeService service(db, QStringLiteral("tester"));
    ChargeRequest request;
    request.requestKey = ChargeRequest::newRequestKey();
    request.customerId = customerId;
    request.billId = billId;
    request.feeTypeCode = feeType;
    request.amountText = amount;
    request.reasonCode = QStringLiteral("BILLING_ERROR");
    request.paymentMethodCode = QStringLiteral("BANK_TRANSFER");
    // Charges of the same amount are possible duplicates, and exact ones
    // when they are also due on the same day. So each charge gets its own
    // due date and an acknowledgement.
    static int serial = 0;
    request.dueDate = QDate::currentDate().addDays(30 + serial++ % 300);
    request.duplicateAcknowledgement = QStringLiteral("Separate work order");
    const auto result = service.commit(request, service.review(request));
    if (!result.succeeded())
        qWarning() << result.errorMessage;
    return result.chargeId;
}

// A request paying amount today by bank transfer; set one target after.
// Each request gets a reference of its own, because a second payment with
// the same reference looks identical to the first and needs an
// acknowledgement note.
inline PaymentRequest paymentRequest(qint64 customerId, const QString &amount)
{
    static int serial = 0;
    PaymentRequest request;
    request.requestKey = PaymentRequest::newRequestKey();
    request.customerId = customerId;
    request.amountText = amount;
    request.paidOn = QDate::currentDate();
    request.paymentMethodCode = QStringLiteral("BANK_TRANSFER");
    request.reference = QStringLiteral("ICBC-2026-%1").arg(++serial, 4, 10, QLatin1Char('0'));
    return request;
}

// Reviews and commits request in one go.
inline PaymentService::CommitResult pay(QSqlDatabase db, const PaymentRequest &request)
{
    PaymentService service(db, QStringLiteral("tester"));
    return service.commit(request, service.review(request));
}

// A plan of count equal monthly installments, the first due in 30 days.
inline InstallmentService::Result planInstallments(QSqlDatabase db, qint64 chargeId,
                                                   const Money &total, int count)
{
    InstallmentPlanRequest request;
    request.requestKey = InstallmentPlanRequest::newRequestKey();
    request.chargeId = chargeId;
    const QList<Money> amounts = InstallmentPlanner::split(total, count);
    const QList<QDate> dates
        = InstallmentPlanner::monthlyDueDates(QDate::currentDate().addDays(30), count);
    for (int i = 0; i < amounts.size(); ++i)
        request.installments << InstallmentDraft{dates.at(i), amounts.at(i)};
    return InstallmentService(db, QStringLiteral("tester")).createPlan(request);
}

inline qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// Returns every stored sum that differs from its recomputation from the
// payments, charges and bills tables, one line each; empty when all agree.
inline QString storedSumMismatches(QSqlDatabase db)
{
    const QStringList checks = {
        QStringLiteral(
            "SELECT 'charge ' || id || ': paid ' || paid_minor || ', payments ' || "
            "(SELECT COALESCE(SUM(amount_minor), 0) FROM payments p WHERE p.charge_id = c.id "
            " AND p.status = 'posted') FROM charges c WHERE paid_minor <> "
            "(SELECT COALESCE(SUM(amount_minor), 0) FROM payments p WHERE p.charge_id = c.id "
            " AND p.status = 'posted')"),
        QStringLiteral(
            "SELECT 'installment ' || id || ': paid ' || paid_minor FROM installments i "
            "WHERE paid_minor <> (SELECT COALESCE(SUM(amount_minor), 0) FROM payments p "
            "WHERE p.installment_id = i.id AND p.status = 'posted')"),
        QStringLiteral(
            "SELECT 'bill ' || id || ': paid ' || paid_minor FROM bills b "
            "WHERE paid_minor <> (SELECT COALESCE(SUM(amount_minor), 0) FROM payments p "
            "WHERE p.bill_id = b.id AND p.status = 'posted') "
            "OR charges_total_minor <> (SELECT COALESCE(SUM(amount_minor), 0) FROM charges c "
            "WHERE c.bill_id = b.id AND c.status = 'posted')"),
        QStringLiteral(
            "SELECT 'customer ' || id || ': balance ' || balance_minor FROM customers k "
            "WHERE balance_minor <> "
            "(SELECT COALESCE(SUM(lines_total_minor), 0) FROM bills b WHERE b.customer_id = k.id) "
            "+ (SELECT COALESCE(SUM(amount_minor), 0) FROM charges c WHERE c.customer_id = k.id "
            "   AND c.status = 'posted') "
            "- (SELECT COALESCE(SUM(amount_minor), 0) FROM payments p WHERE p.customer_id = k.id "
            "   AND p.status = 'posted')"),
    };
    QStringList mismatches;
    for (const QString &check : checks) {
        QSqlQuery query(db);
        if (!query.exec(check)) {
            mismatches << query.lastError().text();
            continue;
        }
        while (query.next())
            mismatches << query.value(0).toString();
    }
    return mismatches.join(QLatin1Char('\n'));
}

} // namespace PaymentFixture
