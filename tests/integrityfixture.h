#pragma once

#include "chargeservice.h"
#include "ledgerfixture.h"
#include "money.h"
#include "paymentfixture.h"
#include "testbackend.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

// Data for the integrity checks, written by the product's own services so
// that the audit chain, the audit records and every stored total start
// consistent, and a way to change the database as someone with direct
// access to it would.
namespace IntegrityFixture {

// The rows seed() writes.
struct Ids
{
    qint64 customerId = 0;     // ACME, CNY
    qint64 usdCustomerId = 0;  // GLOBEX, USD, with a bill and nothing else
    qint64 billId = 0;         // ACME-1, 87.50
    qint64 chargeId = 0;       // 120.50 on the bill, 20.00 of it paid
    qint64 voidChargeId = 0;   // 33.33 on the account, voided
    qint64 planChargeId = 0;   // 300.00 in three installments, the first paid
    qint64 chargePaymentId = 0;
    qint64 billPaymentId = 0;  // 10.00 of the bill's own lines
    qint64 installmentPaymentId = 0;
    qint64 reversedPaymentId = 0;
    qint64 installmentId = 0;  // the first installment of the plan
};

// Returns the integer the first row of sql yields, with :value bound, or 0.
inline qint64 firstId(QSqlDatabase db, const QString &sql, const QVariant &value)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return 0;
    query.bindValue(QStringLiteral(":value"), value);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

// Writes two customers with a bill each, three charges (paid in part,
// voided, in installments) and four payments (of a charge, of the bill's
// lines, of an installment, and one reversed). Returns false with *error
// when a write fails.
inline bool seed(QSqlDatabase db, Ids *ids, QString *error)
{
    ids->customerId = LedgerFixture::insertCustomer(db, QStringLiteral("ACME"),
                                                    QStringLiteral("CNY"), error);
    ids->usdCustomerId = LedgerFixture::insertCustomer(db, QStringLiteral("GLOBEX"),
                                                       QStringLiteral("USD"), error);
    if (ids->customerId == 0 || ids->usdCustomerId == 0
        || !LedgerFixture::writeBill(db, QStringLiteral("ACME-1"), ids->customerId,
                                     QStringLiteral("CNY"), error)
        || !LedgerFixture::writeBill(db, QStringLiteral("GLOBEX-1"), ids->usdCustomerId,
                                     QStringLiteral("USD"), error)) {
        return false;
    }
    ids->billId = firstId(db, QStringLiteral("SELECT id FROM bills WHERE bill_no = :value"),
                          QStringLiteral("ACME-1"));

    ids->chargeId = PaymentFixture::addCharge(db, ids->customerId, ids->billId,
                                              QStringLiteral("120.50"));
    ids->voidChargeId = PaymentFixture::addCharge(db, ids->customerId, 0,
                                                  QStringLiteral("33.33"),
                                                  QStringLiteral("LATE_FEE"));
    ids->planChargeId = PaymentFixture::addCharge(db, ids->customerId, 0,
                                                  QStringLiteral("300.00"));
    if (ids->chargeId == 0 || ids->voidChargeId == 0 || ids->planChargeId == 0) {
        *error = QStringLiteral("a charge was not written");
        return false;
    }
    const auto voided = ChargeService(db, QStringLiteral("tester"))
                            .voidCharge(ids->voidChargeId, QStringLiteral("Entered twice"));
    if (!voided.ok) {
        *error = voided.errorMessage;
        return false;
    }
    const auto plan = PaymentFixture::planInstallments(db, ids->planChargeId,
                                                       Money(30000, QStringLiteral("CNY")), 3);
    if (!plan.succeeded()) {
        *error = plan.errorMessage;
        return false;
    }
    ids->installmentId = firstId(
        db, QStringLiteral("SELECT MIN(id) FROM installments WHERE charge_id = :value"),
        ids->planChargeId);

    PaymentRequest request = PaymentFixture::paymentRequest(ids->customerId,
                                                            QStringLiteral("20.00"));
    request.chargeId = ids->chargeId;
    const auto chargePayment = PaymentFixture::pay(db, request);

    request = PaymentFixture::paymentRequest(ids->customerId, QStringLiteral("10.00"));
    request.billId = ids->billId;
    const auto billPayment = PaymentFixture::pay(db, request);

    request = PaymentFixture::paymentRequest(ids->customerId, QStringLiteral("100.00"));
    request.chargeId = ids->planChargeId;
    request.installmentId = ids->installmentId;
    const auto installmentPayment = PaymentFixture::pay(db, request);

    request = PaymentFixture::paymentRequest(ids->customerId, QStringLiteral("5.00"));
    request.chargeId = ids->chargeId;
    const auto reversedPayment = PaymentFixture::pay(db, request);

    for (const auto *result : {&chargePayment, &billPayment, &installmentPayment,
                               &reversedPayment}) {
        if (!result->succeeded()) {
            *error = result->errorMessage;
            return false;
        }
    }
    ids->chargePaymentId = chargePayment.paymentId;
    ids->billPaymentId = billPayment.paymentId;
    ids->installmentPaymentId = installmentPayment.paymentId;
    ids->reversedPaymentId = reversedPayment.paymentId;

    const auto reversed = PaymentService(db, QStringLiteral("tester"))
                              .reversePayment(ids->reversedPaymentId,
                                              QStringLiteral("Bank returned it"));
    if (!reversed.ok) {
        *error = reversed.errorMessage;
        return false;
    }
    return true;
}

// Runs statements against table as someone with direct access to the
// database would, past the triggers that guard it. On SQLite they run on a
// plain connection to the file at location, which first drops the table's
// triggers. On PostgreSQL they run on db with the table's triggers
// disabled. Returns false with *error when a statement fails.
inline bool tamper(const QString &location, QSqlDatabase db, const QString &table,
                   const QStringList &statements, QString *error)
{
    const auto run = [&](QSqlDatabase target, const QStringList &sql) {
        QSqlQuery query(target);
        for (const QString &statement : sql) {
            if (!query.exec(statement)) {
                *error = statement + QStringLiteral(": ") + query.lastError().text();
                return false;
            }
        }
        return true;
    };

    if (TestBackend::isPostgresql()) {
        return run(db, QStringList{QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER")
                                       .arg(table)}
                           + statements
                           + QStringList{QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER")
                                             .arg(table)});
    }

    const QString name = QStringLiteral("tamperer");
    bool ok = false;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(location);
        if (!raw.open()) {
            *error = raw.lastError().text();
        } else {
            QStringList drops;
            QSqlQuery triggers(raw);
            triggers.prepare(QStringLiteral(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :table"));
            triggers.bindValue(QStringLiteral(":table"), table);
            ok = triggers.exec();
            while (ok && triggers.next())
                drops << QStringLiteral("DROP TRIGGER %1").arg(triggers.value(0).toString());
            triggers.finish();
            ok = ok && run(raw, drops + statements);
            raw.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace IntegrityFixture
