#include "chargefiller.h"

#include "benchdatabase.h"
#include "chargerequest.h"
#include "chargeservice.h"
#include "money.h"

#include <QSqlError>
#include <QSqlQuery>

ChargeFiller::Customer ChargeFiller::pick(const QSqlDatabase &db, int skip, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral(
            "SELECT b.customer_id AS customer_id, MAX(b.id) AS bill_id, c.currency AS currency, "
            "(SELECT count(*) FROM charges WHERE charges.customer_id = b.customer_id) "
            "AS charges FROM bills b JOIN customers c ON c.id = b.customer_id "
            "WHERE b.customer_id IN (SELECT customer_id FROM bills "
            "ORDER BY customer_id DESC LIMIT 200) "
            "GROUP BY b.customer_id, c.currency ORDER BY b.customer_id DESC "
            "LIMIT 1 OFFSET :skip"))) {
        *error = query.lastError().text();
        return {};
    }
    query.bindValue(QStringLiteral(":skip"), skip);
    if (!query.exec()) {
        *error = query.lastError().text();
        return {};
    }
    if (!query.next()) {
        *error = QStringLiteral("the database has no customer with a bill");
        return {};
    }
    return {query.value(QStringLiteral("customer_id")).toLongLong(),
            query.value(QStringLiteral("bill_id")).toLongLong(),
            query.value(QStringLiteral("currency")).toString(),
            query.value(QStringLiteral("charges")).toInt()};
}

ChargeFiller::Customer ChargeFiller::biggest(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral(
            "SELECT customer_id, count(*) AS charges FROM charges GROUP BY customer_id "
            "ORDER BY charges DESC, customer_id LIMIT 1"))
        || !query.exec()) {
        *error = query.lastError().text();
        return {};
    }
    if (!query.next()) {
        *error = QStringLiteral("the database has no charges");
        return {};
    }
    const qint64 id = query.value(QStringLiteral("customer_id")).toLongLong();
    const int charges = query.value(QStringLiteral("charges")).toInt();
    query.finish();

    if (!query.prepare(QStringLiteral(
            "SELECT MAX(b.id) AS bill_id, c.currency AS currency FROM customers c "
            "LEFT JOIN bills b ON b.customer_id = c.id WHERE c.id = :id GROUP BY c.currency"))) {
        *error = query.lastError().text();
        return {};
    }
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return {};
    }
    return {id, query.value(QStringLiteral("bill_id")).toLongLong(),
            query.value(QStringLiteral("currency")).toString(), charges};
}

bool ChargeFiller::fill(const QSqlDatabase &db, Customer *customer, int count, QString *error)
{
    const QString feeType = BenchDatabase::firstCode(db, QStringLiteral("fee_types"), error);
    const QString reason = BenchDatabase::firstCode(db, QStringLiteral("charge_reasons"), error);
    const QString method = BenchDatabase::firstCode(db, QStringLiteral("payment_methods"),
                                                    error);
    if (!error->isEmpty())
        return false;

    // Each charge has its own amount and due date, so none is a duplicate
    // of another.
    ChargeService service(db, QStringLiteral("bench"));
    for (int number = customer->charges; number < count; ++number) {
        ChargeRequest request;
        request.requestKey = ChargeRequest::newRequestKey();
        request.customerId = customer->id;
        request.billId = customer->billId;
        request.feeTypeCode = feeType;
        request.amountText = Money(20000 + number, customer->currency).toPlainString();
        request.reasonCode = reason;
        request.paymentMethodCode = method;
        request.dueDate = QDate(2031, 1, 1).addDays(number);
        request.note = QStringLiteral("benchmark charge %1").arg(number);
        request.duplicateAcknowledgement = QStringLiteral("benchmark charge %1").arg(number);
        const ChargeReview review = service.review(request);
        const ChargeService::CommitResult result = service.commit(request, review);
        if (!result.succeeded()) {
            *error = QStringLiteral("charge %1 of customer %2: %3")
                         .arg(number)
                         .arg(customer->id)
                         .arg(result.errorMessage);
            return false;
        }
        customer->charges = number + 1;
    }
    return true;
}
