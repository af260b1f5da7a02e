#pragma once

#include "billwriter.h"
#include "paymentrequest.h"
#include "paymentservice.h"
#include "transaction.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

// Customers with bills, bill lines and a payment, written by the product's
// own BillWriter and PaymentService, so that every stored total starts
// consistent and LedgerCheck has lines and payments to add up.
namespace LedgerFixture {

// Inserts a customer without bills; returns its id, or 0 with *error set.
inline qint64 insertCustomer(QSqlDatabase db, const QString &code, const QString &currency,
                             QString *error)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral(
            "INSERT INTO customers (code, company_name, currency, balance_minor, created_at, "
            "updated_at) VALUES (:code, :company_name, :currency, 0, "
            "'2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z')"))) {
        *error = query.lastError().text();
        return 0;
    }
    query.bindValue(QStringLiteral(":code"), code);
    query.bindValue(QStringLiteral(":company_name"), QStringLiteral("Customer ") + code);
    query.bindValue(QStringLiteral(":currency"), currency);
    if (!query.exec()) {
        *error = query.lastError().text();
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

// Writes bill billNo of two lines, 3 × 25.00 and a freight line of 12.50,
// issued on 6 January 2020.
inline bool writeBill(QSqlDatabase db, const QString &billNo, qint64 customerId,
                      const QString &currency, QString *error)
{
    BillWriter::Bill bill;
    bill.billNo = billNo;
    bill.customerId = customerId;
    bill.issueDate = QDate(2020, 1, 6);
    bill.dueDate = QDate(2020, 2, 5);
    bill.currency = currency;
    bill.source = QStringLiteral("test");
    bill.lines = {
        {1, QStringLiteral("goods"), QStringLiteral("Printer paper"), 3, 2500, 0, 7500},
        {2, QStringLiteral("freight"), QStringLiteral("Speedy Express"), 1, 1250, 0, 1250},
    };
    bill.totalMinor = 8750;
    qint64 billId = 0;
    return BillWriter(db, QStringLiteral("tester")).write(bill, {}, &billId, error);
}

// Adds count customers with the codes C0001, C0002 and so on, alternately in
// CNY and USD, each with two bills. Then pays 12.34 of the first customer's
// first bill through PaymentService. Returns false with *error when a write
// fails.
inline bool seed(QSqlDatabase db, int count, QString *error)
{
    Transaction transaction(db);
    if (!transaction.begin()) {
        *error = transaction.error().text();
        return false;
    }
    for (int number = 1; number <= count; ++number) {
        const QString code = QStringLiteral("C%1").arg(number, 4, 10, QLatin1Char('0'));
        const QString currency = number % 2 == 1 ? QStringLiteral("CNY") : QStringLiteral("USD");
        const qint64 customerId = insertCustomer(db, code, currency, error);
        if (customerId == 0
            || !writeBill(db, code + QStringLiteral("-1"), customerId, currency, error)
            || !writeBill(db, code + QStringLiteral("-2"), customerId, currency, error)) {
            return false;
        }
    }
    if (!transaction.commit()) {
        *error = transaction.error().text();
        return false;
    }

    QSqlQuery firstBill(db);
    if (!firstBill.exec(QStringLiteral("SELECT id, customer_id FROM bills ORDER BY id"))
        || !firstBill.next()) {
        *error = QStringLiteral("no bill to pay: ") + firstBill.lastError().text();
        return false;
    }
    PaymentRequest payment;
    payment.requestKey = PaymentRequest::newRequestKey();
    payment.customerId = firstBill.value(QStringLiteral("customer_id")).toLongLong();
    payment.billId = firstBill.value(QStringLiteral("id")).toLongLong();
    payment.amountText = QStringLiteral("12.34");
    payment.paidOn = QDate::currentDate();
    payment.paymentMethodCode = QStringLiteral("BANK_TRANSFER");
    firstBill.finish();

    PaymentService service(db, QStringLiteral("tester"));
    const PaymentService::CommitResult paid = service.commit(payment, service.review(payment));
    if (!paid.succeeded()) {
        *error = paid.errorMessage;
        return false;
    }
    return true;
}

// Returns the ids of every customer, in id order; empty with *error set
// when the query fails.
inline QList<qint64> customerIds(QSqlDatabase db, QString *error)
{
    QSqlQuery query(db);
    QList<qint64> ids;
    if (!query.exec(QStringLiteral("SELECT id FROM customers ORDER BY id"))) {
        *error = query.lastError().text();
        return ids;
    }
    while (query.next())
        ids << query.value(QStringLiteral("id")).toLongLong();
    return ids;
}

} // namespace LedgerFixture
