#include "chargerepository.h"
#include "chargeservice.h"
#include "paymentfixture.h"
#include "paymentrepository.h"
#include "paymentservice.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

#include <functional>

using namespace PaymentFixture;

class tst_PaymentService;

// Changes a valid request into an invalid one.
using RequestChange = std::function<void(PaymentRequest &, const tst_PaymentService &)>;
Q_DECLARE_METATYPE(RequestChange)

// Exercises PaymentService against a real SQLite file: validation, partial
// payments, the stored sums, confirmation, request-key replay, reversal,
// atomicity, and the void rule for paid charges.
class tst_PaymentService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void partialPaymentsSettleCharge();
    void billLinePaymentLowersOwnLines();
    void overpaymentRejectedByOneCent_data();
    void overpaymentRejectedByOneCent();
    void rejectInvalidField_data();
    void rejectInvalidField();
    void reviewWritesNothing();
    void replaySameKeyWritesOneRow();
    void requestKeyReuseWithOtherValuesRejected();
    void changedRequestRejected();
    void openAmountChangedSinceReviewRejected();
    void reversalRestoresEveryStoredSum();
    void reversalTwiceRejected();
    void reversalNeedsReason();
    void voidOfPaidChargeRejected();
    void storedSumsMatchPayments();
    void auditRecordsWritten();
    void failingWriteLeavesNothing_data();
    void failingWriteLeavesNothing();

private:
    QSqlDatabase db() const { return m_database->db(); }
    qint64 count(const QString &table) const;
    qint64 value(const QString &sql) const { return scalar(db(), sql); }
    PaymentRequest chargePayment(qint64 chargeId, const QString &amount) const;
    PaymentRequest billPayment(const QString &amount) const;

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<PaymentService> m_service;
    qint64 m_customerId = 0;
    qint64 m_otherCustomerId = 0;
    qint64 m_billId = 0;
    qint64 m_chargeId = 0;        // 100.00 on the bill
    qint64 m_accountChargeId = 0; // 50.00 on the account
    qint64 m_otherChargeId = 0;   // of the other customer
};

void tst_PaymentService::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));

    m_customerId = insertCustomer(db(), QStringLiteral("HUALIAN"),
                                  QStringLiteral("北京华联商贸有限公司"));
    m_otherCustomerId = insertCustomer(db(), QStringLiteral("OTHER"), QStringLiteral("Other Ltd"));
    m_billId = insertBill(db(), QStringLiteral("B-1001"), m_customerId, 100000);
    m_chargeId = addCharge(db(), m_customerId, m_billId, QStringLiteral("100.00"));
    m_accountChargeId = addCharge(db(), m_customerId, 0, QStringLiteral("50.00"));
    m_otherChargeId = addCharge(db(), m_otherCustomerId, 0, QStringLiteral("10.00"));
    QVERIFY(m_chargeId > 0);
    QVERIFY(m_accountChargeId > 0);
    QVERIFY(m_otherChargeId > 0);

    m_service = std::make_unique<PaymentService>(db(), QStringLiteral("tester"));
}

void tst_PaymentService::cleanup()
{
    m_service.reset();
    m_database.reset();
}

qint64 tst_PaymentService::count(const QString &table) const
{
    return value(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
}

PaymentRequest tst_PaymentService::chargePayment(qint64 chargeId, const QString &amount) const
{
    PaymentRequest request = paymentRequest(m_customerId, amount);
    request.chargeId = chargeId;
    return request;
}

PaymentRequest tst_PaymentService::billPayment(const QString &amount) const
{
    PaymentRequest request = paymentRequest(m_customerId, amount);
    request.billId = m_billId;
    return request;
}

void tst_PaymentService::partialPaymentsSettleCharge()
{
    const qint64 balanceBefore = value(QStringLiteral("SELECT balance_minor FROM customers "
                                                      "WHERE code = 'HUALIAN'"));
    const QStringList parts = {QStringLiteral("33.33"), QStringLiteral("33.33"),
                               QStringLiteral("33.34")};
    const ChargeRepository charges(db());
    for (int i = 0; i < parts.size(); ++i) {
        // The second 33.33 on the same day looks identical to the first.
        PaymentRequest request = chargePayment(m_chargeId, parts.at(i));
        request.duplicateAcknowledgement = QStringLiteral("Paid in three transfers");
        const PaymentReview review = m_service->review(request);
        QVERIFY2(review.isValid(), qPrintable(review.problemText()));
        const auto result = m_service->commit(request, review);
        QVERIFY2(result.status == PaymentService::CommitResult::Status::Committed,
                 qPrintable(result.errorMessage));

        const auto charge = charges.findById(m_chargeId);
        QVERIFY(charge.has_value());
        const ChargeStatus expected = i + 1 < parts.size() ? ChargeStatus::PartlyPaid
                                                           : ChargeStatus::Settled;
        QCOMPARE(charge->paymentStatus(), expected);
    }

    const auto charge = charges.findById(m_chargeId);
    QCOMPARE(charge->paid, Money(10000, QStringLiteral("CNY")));
    QCOMPARE(charge->open(), Money(0, QStringLiteral("CNY")));
    QCOMPARE(charge->open().toPlainString(), QStringLiteral("0.00"));
    QCOMPARE(ChargeStatusText::label(charge->paymentStatus()), QStringLiteral("Settled"));
    QCOMPARE(ChargeStatusText::code(charge->paymentStatus()), QStringLiteral("settled"));
    QCOMPARE(value(QStringLiteral("SELECT paid_minor FROM bills WHERE bill_no = 'B-1001'")),
             10000);
    QCOMPARE(value(QStringLiteral("SELECT balance_minor FROM customers WHERE code = 'HUALIAN'")),
             balanceBefore - 10000);

    // A settled charge takes no further payment.
    const PaymentReview more = m_service->review(chargePayment(m_chargeId, QStringLiteral("0.01")));
    QVERIFY(!more.isValid());
    QVERIFY2(more.problemText().contains(QStringLiteral("Nothing is left to pay")),
             qPrintable(more.problemText()));
    QCOMPARE(storedSumMismatches(db()), QString());
}

void tst_PaymentService::billLinePaymentLowersOwnLines()
{
    // A payment of the charge on the bill raises the bill's paid amount but
    // leaves its own lines open.
    QVERIFY(pay(db(), chargePayment(m_chargeId, QStringLiteral("100.00"))).succeeded());
    PaymentReview review = m_service->review(billPayment(QStringLiteral("300.00")));
    QVERIFY2(review.isValid(), qPrintable(review.problemText()));
    QCOMPARE(review.openBefore, Money(100000, QStringLiteral("CNY")));
    QCOMPARE(review.openAfter, Money(70000, QStringLiteral("CNY")));
    QCOMPARE(review.bill.id, m_billId);
    QCOMPARE(review.charge.id, 0);
    QVERIFY2(review.targetDescription.contains(QStringLiteral("bill B-1001")),
             qPrintable(review.targetDescription));
    QVERIFY2(review.summary.contains(QStringLiteral("¥1,000.00 to ¥700.00")),
             qPrintable(review.summary));

    const qint64 balanceBefore = value(QStringLiteral("SELECT balance_minor FROM customers "
                                                      "WHERE code = 'HUALIAN'"));
    const PaymentRequest request = billPayment(QStringLiteral("300.00"));
    const auto result = m_service->commit(request, m_service->review(request));
    QVERIFY2(result.status == PaymentService::CommitResult::Status::Committed,
             qPrintable(result.errorMessage));

    const PaymentRecord payment = PaymentRepository(db()).payment(result.paymentId);
    QCOMPARE(payment.billId, m_billId);
    QCOMPARE(payment.billNo, QStringLiteral("B-1001"));
    QCOMPARE(payment.chargeId, 0);
    QCOMPARE(payment.amount, Money(30000, QStringLiteral("CNY")));
    QCOMPARE(payment.status, QStringLiteral("posted"));
    QCOMPARE(value(QStringLiteral("SELECT paid_minor FROM bills WHERE bill_no = 'B-1001'")),
             40000);
    QCOMPARE(value(QStringLiteral("SELECT balance_minor FROM customers WHERE code = 'HUALIAN'")),
             balanceBefore - 30000);

    // What is left of the lines is exactly 700.00.
    review = m_service->review(billPayment(QStringLiteral("700.01")));
    QVERIFY(!review.isValid());
    review = m_service->review(billPayment(QStringLiteral("700.00")));
    QVERIFY2(review.isValid(), qPrintable(review.problemText()));
    QVERIFY(review.openAfter.isZero());
    QCOMPARE(storedSumMismatches(db()), QString());
}

void tst_PaymentService::overpaymentRejectedByOneCent_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("open");
    QTest::addColumn<QString>("tooMuch");

    QTest::newRow("charge") << "charge" << "¥100.00" << "100.01";
    QTest::newRow("account charge") << "account" << "¥50.00" << "50.01";
    QTest::newRow("bill lines") << "bill" << "¥1,000.00" << "1000.01";
}

void tst_PaymentService::overpaymentRejectedByOneCent()
{
    QFETCH(QString, target);
    QFETCH(QString, open);
    QFETCH(QString, tooMuch);

    PaymentRequest request = target == QLatin1String("bill")
        ? billPayment(tooMuch)
        : chargePayment(target == QLatin1String("charge") ? m_chargeId : m_accountChargeId,
                        tooMuch);
    const auto result = m_service->commit(request, m_service->review(request));
    QCOMPARE(result.status, PaymentService::CommitResult::Status::Rejected);
    QCOMPARE(result.review.errors.size(), 1);
    QCOMPARE(result.review.errors.constFirst().field, QStringLiteral("amount_minor"));
    const QString message = result.errorMessage;
    QVERIFY2(message.contains(QStringLiteral("Enter at most %1").arg(open)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("overpayment")), qPrintable(message));
    QCOMPARE(count(QStringLiteral("payments")), 0);

    // One cent less is the whole open amount and is accepted.
    request.amountText = QString(open).remove(QStringLiteral("¥"));
    const auto exact = m_service->commit(request, m_service->review(request));
    QVERIFY2(exact.status == PaymentService::CommitResult::Status::Committed,
             qPrintable(exact.errorMessage));
    QVERIFY(exact.review.openAfter.isZero());
}

void tst_PaymentService::rejectInvalidField_data()
{
    using Change = RequestChange;
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart");

    const QDate today = QDate::currentDate();
    QTest::newRow("no customer") << Change([](PaymentRequest &r, auto &) { r.customerId = 0; })
                                 << "customer_id" << "No customer is selected";
    QTest::newRow("nothing to pay")
        << Change([](PaymentRequest &r, auto &) { r.chargeId = 0; }) << "charge_id"
        << "Nothing to pay is selected";
    QTest::newRow("unknown charge")
        << Change([](PaymentRequest &r, auto &) { r.chargeId = 9999; }) << "charge_id"
        << "Charge 9999 does not exist";
    QTest::newRow("charge of other customer")
        << Change([](PaymentRequest &r, const tst_PaymentService &t) {
               r.chargeId = t.m_otherChargeId;
           })
        << "charge_id" << "belongs to another customer";
    QTest::newRow("charge not on that bill")
        << Change([](PaymentRequest &r, const tst_PaymentService &t) {
               r.chargeId = t.m_accountChargeId;
               r.billId = t.m_billId;
           })
        << "bill_id" << "is not on bill";
    QTest::newRow("unknown bill")
        << Change([](PaymentRequest &r, auto &) {
               r.chargeId = 0;
               r.billId = 9999;
           })
        << "bill_id" << "Bill 9999 does not exist";
    QTest::newRow("installment without charge")
        << Change([](PaymentRequest &r, auto &) {
               r.chargeId = 0;
               r.installmentId = 1;
           })
        << "installment_id" << "without its charge";
    QTest::newRow("unknown installment")
        << Change([](PaymentRequest &r, auto &) { r.installmentId = 77; }) << "installment_id"
        << "Installment 77 does not exist";
    QTest::newRow("empty amount") << Change([](PaymentRequest &r, auto &) { r.amountText.clear(); })
                                  << "amount_minor" << "";
    QTest::newRow("zero amount")
        << Change([](PaymentRequest &r, auto &) { r.amountText = QStringLiteral("0"); })
        << "amount_minor" << "";
    QTest::newRow("negative amount")
        << Change([](PaymentRequest &r, auto &) { r.amountText = QStringLiteral("-5.00"); })
        << "amount_minor" << "";
    QTest::newRow("three decimals")
        << Change([](PaymentRequest &r, auto &) { r.amountText = QStringLiteral("1.005"); })
        << "amount_minor" << "";
    QTest::newRow("missing date") << Change([](PaymentRequest &r, auto &) { r.paidOn = QDate(); })
                                  << "paid_on" << "missing or invalid";
    QTest::newRow("future date")
        << Change([today](PaymentRequest &r, auto &) { r.paidOn = today.addDays(1); })
        << "paid_on" << "after today";
    QTest::newRow("before charge was entered")
        << Change([today](PaymentRequest &r, auto &) { r.paidOn = today.addDays(-1); })
        << "paid_on" << "the day charge";
    QTest::newRow("before bill issue date")
        << Change([today](PaymentRequest &r, const tst_PaymentService &t) {
               r.chargeId = 0;
               r.billId = t.m_billId;
               r.paidOn = today.addDays(-31);
           })
        << "paid_on" << "before the issue date";
    QTest::newRow("no method")
        << Change([](PaymentRequest &r, auto &) { r.paymentMethodCode.clear(); })
        << "payment_method_code" << "No payment method";
    QTest::newRow("unknown method")
        << Change([](PaymentRequest &r, auto &) { r.paymentMethodCode = QStringLiteral("GOLD"); })
        << "payment_method_code" << "“GOLD” is unknown";
    QTest::newRow("reference too long")
        << Change([](PaymentRequest &r, auto &) { r.reference = QString(101, QLatin1Char('r')); })
        << "reference" << "101 characters";
    QTest::newRow("reference control character")
        << Change([](PaymentRequest &r, auto &) { r.reference = QStringLiteral("a\x01b"); })
        << "reference" << "control characters";
    QTest::newRow("note too long")
        << Change([](PaymentRequest &r, auto &) { r.note = QString(501, QLatin1Char('n')); })
        << "note" << "501 characters";
    QTest::newRow("short request key")
        << Change([](PaymentRequest &r, auto &) { r.requestKey = QStringLiteral("abc"); })
        << "request_key" << "8 to 100 characters";
}

void tst_PaymentService::rejectInvalidField()
{
    using Change = RequestChange;
    QFETCH(Change, change);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);

    PaymentRequest request = chargePayment(m_chargeId, QStringLiteral("10.00"));
    change(request, *this);
    const PaymentReview review = m_service->review(request);
    QVERIFY(!review.isValid());
    QCOMPARE(review.errors.size(), 1);
    QCOMPARE(review.errors.constFirst().field, field);
    QVERIFY2(review.errors.constFirst().message.contains(messagePart),
             qPrintable(review.errors.constFirst().message));

    const auto result = m_service->commit(request, review);
    QCOMPARE(result.status, PaymentService::CommitResult::Status::Rejected);
    QCOMPARE(count(QStringLiteral("payments")), 0);
}

void tst_PaymentService::reviewWritesNothing()
{
    const qint64 auditBefore = count(QStringLiteral("audit_log"));
    const PaymentReview review = m_service->review(chargePayment(m_chargeId, QStringLiteral("40")));
    QVERIFY2(review.isValid(), qPrintable(review.problemText()));
    QCOMPARE(review.amount, Money(4000, QStringLiteral("CNY")));
    QCOMPARE(review.customerBalanceAfter.minorUnits(),
             review.customerBalanceBefore.minorUnits() - 4000);
    QVERIFY(!review.fingerprint.isEmpty());
    QVERIFY2(review.summary.contains(QStringLiteral("¥100.00 to ¥60.00")),
             qPrintable(review.summary));
    QCOMPARE(count(QStringLiteral("payments")), 0);
    QCOMPARE(count(QStringLiteral("audit_log")), auditBefore);
    QCOMPARE(value(QStringLiteral("SELECT paid_minor FROM charges WHERE id = %1")
                       .arg(m_chargeId)),
             0);
}

void tst_PaymentService::replaySameKeyWritesOneRow()
{
    const PaymentRequest request = chargePayment(m_chargeId, QStringLiteral("100.00"));
    const PaymentReview review = m_service->review(request);
    const auto first = m_service->commit(request, review);
    QCOMPARE(first.status, PaymentService::CommitResult::Status::Committed);

    // The replay pays the whole charge again, which is no longer open; the
    // key still returns the first payment.
    const PaymentReview again = m_service->review(request);
    QVERIFY2(again.isValid(), qPrintable(again.problemText()));
    QCOMPARE(again.existingPaymentId, first.paymentId);
    QVERIFY2(again.summary.contains(QStringLiteral("already recorded")),
             qPrintable(again.summary));

    const qint64 auditBefore = count(QStringLiteral("audit_log"));
    const auto second = m_service->commit(request, review);
    QCOMPARE(second.status, PaymentService::CommitResult::Status::Replayed);
    QCOMPARE(second.paymentId, first.paymentId);
    QVERIFY(second.succeeded());
    QCOMPARE(count(QStringLiteral("payments")), 1);
    QCOMPARE(count(QStringLiteral("audit_log")), auditBefore);
    QCOMPARE(value(QStringLiteral("SELECT paid_minor FROM charges WHERE id = %1")
                       .arg(m_chargeId)),
             10000);
}

void tst_PaymentService::requestKeyReuseWithOtherValuesRejected()
{
    PaymentRequest request = chargePayment(m_chargeId, QStringLiteral("10.00"));
    QVERIFY(pay(db(), request).succeeded());

    request.amountText = QStringLiteral("20.00");
    const auto result = m_service->commit(request, m_service->review(request));
    QCOMPARE(result.status, PaymentService::CommitResult::Status::Rejected);
    QVERIFY2(result.errorMessage.contains(QStringLiteral("already used for payment")),
             qPrintable(result.errorMessage));
    QCOMPARE(count(QStringLiteral("payments")), 1);
}

void tst_PaymentService::changedRequestRejected()
{
    PaymentRequest request = chargePayment(m_chargeId, QStringLiteral("10.00"));
    const PaymentReview confirmed = m_service->review(request);

    request.amountText = QStringLiteral("20.00");
    auto result = m_service->commit(request, confirmed);
    QCOMPARE(result.status, PaymentService::CommitResult::Status::Rejected);
    QVERIFY2(result.errorMessage.contains(QStringLiteral("differs from the one that was "
                                                         "confirmed")),
             qPrintable(result.errorMessage));

    // An empty review was never confirmed.
    result = m_service->commit(request, PaymentReview());
    QCOMPARE(result.status, PaymentService::CommitResult::Status::Rejected);
    QCOMPARE(count(QStringLiteral("payments")), 0);
}

void tst_PaymentService::openAmountChangedSinceReviewRejected()
{
    const PaymentRequest request = chargePayment(m_chargeId, QStringLiteral("10.00"));
    const PaymentReview confirmed = m_service->review(request);

    QVERIFY(pay(db(), chargePayment(m_chargeId, QStringLiteral("5.00"))).succeeded());

    const auto result = m_service->commit(request, confirmed);
    QCOMPARE(result.status, PaymentService::CommitResult::Status::Rejected);
    QVERIFY2(result.errorMessage.contains(QStringLiteral("changed from ¥100.00 to ¥95.00")),
             qPrintable(result.errorMessage));
    QCOMPARE(count(QStringLiteral("payments")), 1);
}

void tst_PaymentService::reversalRestoresEveryStoredSum()
{
    // Every stored sum as "id:sum" per table, in id order.
    const auto storedSums = [this] {
        QStringList tables;
        const QStringList statements = {
            QStringLiteral("SELECT id, paid_minor AS sum FROM charges ORDER BY id"),
            QStringLiteral("SELECT id, paid_minor AS sum FROM bills ORDER BY id"),
            QStringLiteral("SELECT id, balance_minor AS sum FROM customers ORDER BY id"),
        };
        for (const QString &statement : statements) {
            QSqlQuery query(db());
            if (!query.exec(statement))
                return QStringLiteral("<failed: %1>").arg(query.lastError().text());
            QStringList rows;
            while (query.next()) {
                rows << query.value(QStringLiteral("id")).toString() + QLatin1Char(':')
                            + query.value(QStringLiteral("sum")).toString();
            }
            tables << rows.join(QLatin1Char(','));
        }
        return tables.join(QLatin1Char('|'));
    };
    const QString before = storedSums();

    const QList<PaymentRequest> requests = {
        chargePayment(m_chargeId, QStringLiteral("60.00")),
        chargePayment(m_accountChargeId, QStringLiteral("50.00")),
        billPayment(QStringLiteral("250.25")),
    };
    QList<qint64> paymentIds;
    for (const PaymentRequest &request : requests) {
        const auto result = pay(db(), request);
        QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
        paymentIds << result.paymentId;
    }
    QVERIFY(storedSums() != before);

    for (const qint64 id : std::as_const(paymentIds)) {
        const auto reversed = m_service->reversePayment(id, QStringLiteral("Bank returned it"));
        QVERIFY2(reversed.ok, qPrintable(reversed.errorMessage));
    }
    QCOMPARE(storedSums(), before);
    QCOMPARE(storedSumMismatches(db()), QString());

    // The rows stay, marked reversed with who, when and why.
    const PaymentRecord payment = PaymentRepository(db()).payment(paymentIds.constFirst());
    QCOMPARE(payment.status, QStringLiteral("reversed"));
    QVERIFY(payment.isReversed());
    QCOMPARE(payment.reversedBy, QStringLiteral("tester"));
    QVERIFY(payment.reversedAt.isValid());
    QCOMPARE(payment.reverseReason, QStringLiteral("Bank returned it"));
    QCOMPARE(count(QStringLiteral("payments")), 3);

    // The charge is open in full again and can be paid anew.
    const auto charge = ChargeRepository(db()).findById(m_chargeId);
    QCOMPARE(charge->paymentStatus(), ChargeStatus::Unpaid);
    QVERIFY(pay(db(), chargePayment(m_chargeId, QStringLiteral("100.00"))).succeeded());
}

void tst_PaymentService::reversalTwiceRejected()
{
    const auto paid = pay(db(), chargePayment(m_chargeId, QStringLiteral("30.00")));
    QVERIFY(paid.succeeded());
    QVERIFY(m_service->reversePayment(paid.paymentId, QStringLiteral("Wrong customer")).ok);
    const qint64 auditBefore = count(QStringLiteral("audit_log"));

    const auto again = m_service->reversePayment(paid.paymentId, QStringLiteral("Again"));
    QVERIFY(!again.ok);
    QVERIFY(!again.databaseFailure);
    QVERIFY2(again.errorMessage.contains(QStringLiteral("already reversed")),
             qPrintable(again.errorMessage));
    QCOMPARE(count(QStringLiteral("audit_log")), auditBefore);
    QCOMPARE(value(QStringLiteral("SELECT paid_minor FROM charges WHERE id = %1")
                       .arg(m_chargeId)),
             0);

    const auto unknown = m_service->reversePayment(4242, QStringLiteral("Typo"));
    QVERIFY(!unknown.ok);
    QVERIFY2(unknown.errorMessage.contains(QStringLiteral("Payment 4242 does not exist")),
             qPrintable(unknown.errorMessage));
}

void tst_PaymentService::reversalNeedsReason()
{
    const auto paid = pay(db(), chargePayment(m_chargeId, QStringLiteral("30.00")));
    QVERIFY(paid.succeeded());

    auto result = m_service->reversePayment(paid.paymentId, QStringLiteral("   "));
    QVERIFY(!result.ok);
    QVERIFY2(result.errorMessage.contains(QStringLiteral("reason")),
             qPrintable(result.errorMessage));
    result = m_service->reversePayment(paid.paymentId, QString(501, QLatin1Char('x')));
    QVERIFY(!result.ok);
    QVERIFY2(result.errorMessage.contains(QStringLiteral("501 characters")),
             qPrintable(result.errorMessage));
    QCOMPARE(PaymentRepository(db()).payment(paid.paymentId).status, QStringLiteral("posted"));
}

void tst_PaymentService::voidOfPaidChargeRejected()
{
    const auto paid = pay(db(), chargePayment(m_chargeId, QStringLiteral("0.01")));
    QVERIFY(paid.succeeded());

    ChargeService charges(db(), QStringLiteral("tester"));
    auto voided = charges.voidCharge(m_chargeId, QStringLiteral("Entered twice"));
    QVERIFY(!voided.ok);
    QVERIFY(!voided.databaseFailure);
    QVERIFY2(voided.errorMessage.contains(QStringLiteral("Reverse its payments first")),
             qPrintable(voided.errorMessage));
    QCOMPARE(ChargeRepository(db()).findById(m_chargeId)->status, QStringLiteral("posted"));

    // Once the payment is reversed, the charge can be voided, and a void
    // charge takes no payment.
    QVERIFY(m_service->reversePayment(paid.paymentId, QStringLiteral("Charge is void")).ok);
    voided = charges.voidCharge(m_chargeId, QStringLiteral("Entered twice"));
    QVERIFY2(voided.ok, qPrintable(voided.errorMessage));
    const PaymentReview review = m_service->review(chargePayment(m_chargeId, QStringLiteral("1")));
    QVERIFY(!review.isValid());
    QVERIFY2(review.problemText().contains(QStringLiteral("is void")),
             qPrintable(review.problemText()));
    QCOMPARE(storedSumMismatches(db()), QString());
}

void tst_PaymentService::storedSumsMatchPayments()
{
    // A mix of payments and reversals on every kind of target; after each
    // step every stored sum equals its recomputation from the payments.
    const qint64 planCharge = addCharge(db(), m_customerId, m_billId, QStringLiteral("90.00"),
                                        QStringLiteral("MATERIAL"));
    const auto plan = planInstallments(db(), planCharge, Money(9000, QStringLiteral("CNY")), 3);
    QVERIFY2(plan.succeeded(), qPrintable(plan.errorMessage));
    const qint64 firstInstallment = value(QStringLiteral(
        "SELECT id FROM installments WHERE plan_id = %1 AND seq = 1").arg(plan.planId));

    PaymentRequest installment = paymentRequest(m_customerId, QStringLiteral("12.34"));
    installment.chargeId = planCharge;
    installment.installmentId = firstInstallment;

    QList<qint64> paymentIds;
    const QList<PaymentRequest> requests = {
        chargePayment(m_chargeId, QStringLiteral("0.01")),
        billPayment(QStringLiteral("999.99")),
        installment,
        chargePayment(m_accountChargeId, QStringLiteral("49.99")),
        chargePayment(m_chargeId, QStringLiteral("99.99")),
    };
    for (const PaymentRequest &request : requests) {
        const auto result = pay(db(), request);
        QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
        paymentIds << result.paymentId;
        QCOMPARE(storedSumMismatches(db()), QString());
    }
    for (const qint64 id : {paymentIds.at(1), paymentIds.at(2)}) {
        QVERIFY(m_service->reversePayment(id, QStringLiteral("Returned")).ok);
        QCOMPARE(storedSumMismatches(db()), QString());
    }

    // The check itself notices a sum that is off by one minor unit.
    QSqlQuery corrupt(db());
    VERIFY_SQL(corrupt, corrupt.exec(QStringLiteral(
        "UPDATE bills SET paid_minor = paid_minor + 1 WHERE bill_no = 'B-1001'")));
    QVERIFY(!storedSumMismatches(db()).isEmpty());
}

void tst_PaymentService::auditRecordsWritten()
{
    const PaymentRequest request = chargePayment(m_chargeId, QStringLiteral("12.50"));
    const auto paid = pay(db(), request);
    QVERIFY(paid.succeeded());
    QVERIFY(m_service->reversePayment(paid.paymentId, QStringLiteral("Cheque bounced")).ok);

    QSqlQuery query(db());
    VERIFY_SQL(query, query.prepare(QStringLiteral(
        "SELECT action, actor, details, note FROM audit_log WHERE entity = 'payment' "
        "AND entity_id = :id ORDER BY id")));
    query.bindValue(QStringLiteral(":id"), paid.paymentId);
    VERIFY_SQL(query, query.exec());

    QVERIFY(query.next());
    QCOMPARE(query.value(QStringLiteral("action")).toString(), QStringLiteral("payment.add"));
    QCOMPARE(query.value(QStringLiteral("actor")).toString(), QStringLiteral("tester"));
    const QJsonObject details
        = QJsonDocument::fromJson(query.value(QStringLiteral("details")).toByteArray()).object();
    QCOMPARE(details.value(QStringLiteral("amount_minor")).toInteger(), 1250);
    QCOMPARE(details.value(QStringLiteral("charge_id")).toInteger(), m_chargeId);
    QCOMPARE(details.value(QStringLiteral("bill_id")).toInteger(), m_billId);
    QVERIFY(details.value(QStringLiteral("installment_id")).isNull());
    QCOMPARE(details.value(QStringLiteral("request_key")).toString(), request.requestKey);

    QVERIFY(query.next());
    QCOMPARE(query.value(QStringLiteral("action")).toString(),
             QStringLiteral("payment.reverse"));
    QCOMPARE(query.value(QStringLiteral("note")).toString(), QStringLiteral("Cheque bounced"));
    QVERIFY(!query.next());
}

void tst_PaymentService::failingWriteLeavesNothing_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("table");

    // Each failing trigger fails one write of the transaction after the
    // payment row was inserted.
    QTest::newRow("audit record") << "BEFORE INSERT" << "audit_log";
    QTest::newRow("customer balance") << "BEFORE UPDATE OF balance_minor" << "customers";
    QTest::newRow("bill paid amount") << "BEFORE UPDATE OF paid_minor" << "bills";
}

void tst_PaymentService::failingWriteLeavesNothing()
{
    QFETCH(QString, event);
    QFETCH(QString, table);

    const auto earlier = pay(db(), chargePayment(m_chargeId, QStringLiteral("10.00")));
    QVERIFY(earlier.succeeded());
    const QString mismatchesBefore = storedSumMismatches(db());
    QCOMPARE(mismatchesBefore, QString());
    const qint64 auditBefore = count(QStringLiteral("audit_log"));
    const qint64 balanceBefore = value(QStringLiteral("SELECT balance_minor FROM customers "
                                                      "WHERE code = 'HUALIAN'"));

    QString error = createFailingTrigger(db(), QStringLiteral("fail_write"), event, table,
                                         QStringLiteral("simulated disk failure"));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const PaymentRequest request = chargePayment(m_chargeId, QStringLiteral("20.00"));
    const auto result = m_service->commit(request, m_service->review(request));
    QCOMPARE(result.status, PaymentService::CommitResult::Status::Failed);
    QVERIFY2(result.errorMessage.contains(QStringLiteral("simulated disk failure")),
             qPrintable(result.errorMessage));

    const auto reversal = m_service->reversePayment(earlier.paymentId, QStringLiteral("Test"));
    QVERIFY(!reversal.ok);
    QVERIFY(reversal.databaseFailure);

    QCOMPARE(count(QStringLiteral("payments")), 1);
    QCOMPARE(PaymentRepository(db()).payment(earlier.paymentId).status, QStringLiteral("posted"));
    QCOMPARE(count(QStringLiteral("audit_log")), auditBefore);
    QCOMPARE(value(QStringLiteral("SELECT balance_minor FROM customers WHERE code = 'HUALIAN'")),
             balanceBefore);
    QCOMPARE(value(QStringLiteral("SELECT paid_minor FROM charges WHERE id = %1")
                       .arg(m_chargeId)),
             1000);
    QCOMPARE(storedSumMismatches(db()), QString());

    // The same request succeeds once the failure is gone.
    error = dropFailingTrigger(db(), QStringLiteral("fail_write"), table);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto retry = m_service->commit(request, m_service->review(request));
    QCOMPARE(retry.status, PaymentService::CommitResult::Status::Committed);
    QCOMPARE(count(QStringLiteral("payments")), 2);
}

QTEST_GUILESS_MAIN(tst_PaymentService)
#include "tst_paymentservice.moc"
