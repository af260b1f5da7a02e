#include "chargeservice.h"
#include "chargerepository.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

// Exercises ChargeService against a real SQLite file: validation, duplicate
// rules, confirmation, request-key replay, atomicity and voiding.
class tst_ChargeService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void reviewValidCharge();
    void rejectInvalidField_data();
    void rejectInvalidField();
    void commitWritesChargeBalancesAudit();
    void commitAccountChargeWithoutBill();
    void commitRequiresConfirmedReview();
    void exactDuplicateBlocked();
    void possibleDuplicateNeedsNote();
    void sameBillAndFeeTypeIsPossibleDuplicate();
    void voidChargesAreNotDuplicates();
    void requestKeyReplayReturnsSameCharge();
    void requestKeyReuseWithOtherValuesRejected();
    void failureHalfwayWritesNothing();
    void hostileTextStoredVerbatim();
    void voidKeepsRowAndRestoresBalances();
    void voidRejectsBadRequests();

private:
    ChargeRequest validRequest() const;
    qint64 count(const QString &table) const;
    qint64 customerBalance(qint64 customerId) const;
    qint64 billChargesTotal(qint64 billId) const;

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ChargeService> m_service;
    qint64 m_customerId = 0;
    qint64 m_otherCustomerId = 0;
    qint64 m_billId = 0;
    qint64 m_otherBillId = 0;
};

namespace {

qint64 insertCustomer(QSqlDatabase db, const QString &code, const QString &name, qint64 balance)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO customers (code, company_name, currency, balance_minor, created_at, "
        "updated_at) VALUES (:code, :name, 'CNY', :balance, '2026-01-01T00:00:00.000Z', "
        "'2026-01-01T00:00:00.000Z')"));
    query.bindValue(QStringLiteral(":code"), code);
    query.bindValue(QStringLiteral(":name"), name);
    query.bindValue(QStringLiteral(":balance"), balance);
    if (!query.exec())
        qWarning() << query.lastError().text();
    return query.lastInsertId().toLongLong();
}

qint64 insertBill(QSqlDatabase db, const QString &billNo, qint64 customerId, qint64 total)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO bills (bill_no, customer_id, issue_date, due_date, currency, "
        "lines_total_minor, created_at) VALUES (:no, :customer, '2026-03-01', '2026-03-31', "
        "'CNY', :total, '2026-03-01T00:00:00.000Z')"));
    query.bindValue(QStringLiteral(":no"), billNo);
    query.bindValue(QStringLiteral(":customer"), customerId);
    query.bindValue(QStringLiteral(":total"), total);
    if (!query.exec())
        qWarning() << query.lastError().text();
    return query.lastInsertId().toLongLong();
}

} // namespace

void tst_ChargeService::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));

    const QSqlDatabase db = m_database->db();
    m_customerId = insertCustomer(db, QStringLiteral("HUALIAN"),
                                  QStringLiteral("北京华联商贸有限公司"), 100000);
    m_otherCustomerId = insertCustomer(db, QStringLiteral("OTHER"), QStringLiteral("Other Ltd"), 0);
    m_billId = insertBill(db, QStringLiteral("B-1001"), m_customerId, 100000);
    m_otherBillId = insertBill(db, QStringLiteral("B-2001"), m_otherCustomerId, 5000);
    QVERIFY(m_customerId > 0);
    QVERIFY(m_billId > 0);
    QVERIFY(m_otherBillId > 0);

    m_service = std::make_unique<ChargeService>(db, QStringLiteral("tester"));
}

void tst_ChargeService::cleanup()
{
    m_service.reset();
    m_database.reset();
}

ChargeRequest tst_ChargeService::validRequest() const
{
    ChargeRequest request;
    request.requestKey = ChargeRequest::newRequestKey();
    request.customerId = m_customerId;
    request.billId = m_billId;
    request.feeTypeCode = QStringLiteral("SERVICE");
    request.amountText = QStringLiteral("1,234.50");
    request.reasonCode = QStringLiteral("BILLING_ERROR");
    request.note = QStringLiteral("Installation was not on the March bill");
    request.paymentMethodCode = QStringLiteral("BANK_TRANSFER");
    request.dueDate = QDate(2026, 4, 15);
    return request;
}

qint64 tst_ChargeService::count(const QString &table) const
{
    return m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
}

qint64 tst_ChargeService::customerBalance(qint64 customerId) const
{
    return m_database->scalar(
        QStringLiteral("SELECT balance_minor FROM customers WHERE id = %1").arg(customerId));
}

qint64 tst_ChargeService::billChargesTotal(qint64 billId) const
{
    return m_database->scalar(
        QStringLiteral("SELECT charges_total_minor FROM bills WHERE id = %1").arg(billId));
}

void tst_ChargeService::reviewValidCharge()
{
    const ChargeReview review = m_service->review(validRequest());

    QVERIFY2(review.isValid(), qPrintable(review.problemText()));
    QCOMPARE(review.amount, Money(123450, QStringLiteral("CNY")));
    QCOMPARE(review.customerBalanceBefore.minorUnits(), 100000);
    QCOMPARE(review.customerBalanceAfter.minorUnits(), 223450);
    QCOMPARE(review.billBalanceBefore.minorUnits(), 100000);
    QCOMPARE(review.billBalanceAfter.minorUnits(), 223450);
    QVERIFY(!review.fingerprint.isEmpty());
    QVERIFY(review.summary.contains(QStringLiteral("北京华联商贸有限公司")));
    QVERIFY(review.summary.contains(QStringLiteral("B-1001")));
    QVERIFY(review.summary.contains(QStringLiteral("¥1,234.50")));
    QVERIFY(review.summary.contains(QStringLiteral("Service fee")));
    QVERIFY(review.summary.contains(QStringLiteral("Bill omission or error")));
    QVERIFY(review.summary.contains(QStringLiteral("Bank transfer")));
    QVERIFY(review.summary.contains(QStringLiteral("¥2,234.50")));
    QCOMPARE(count(QStringLiteral("charges")), 0);
}

void tst_ChargeService::rejectInvalidField_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty amount") << "amount" << "" << "amount_minor" << "";
    // Zero, negative and too large amounts share one message with the range.
    const QString range = QStringLiteral("from ¥0.01 to ¥1,000,000,000,000.00");
    QTest::newRow("zero amount") << "amount" << "0" << "amount_minor" << range;
    QTest::newRow("zero with decimals") << "amount" << "0.00" << "amount_minor" << range;
    QTest::newRow("minus zero") << "amount" << "-0" << "amount_minor" << range;
    QTest::newRow("letters") << "amount" << "abc" << "amount_minor" << "abc";
    QTest::newRow("too many decimals") << "amount" << "1.234" << "amount_minor" << "1.234";
    QTest::newRow("negative") << "amount" << "-5" << "amount_minor" << range;
    QTest::newRow("negative hint") << "amount" << "-5" << "amount_minor" << "void it";
    QTest::newRow("plus sign") << "amount" << "+10" << "amount_minor" << "“+” sign";
    QTest::newRow("over a trillion") << "amount" << "1000000000000.01" << "amount_minor"
                                     << range;
    QTest::newRow("exponent") << "amount" << "1e5" << "amount_minor" << "1e5";
    QTest::newRow("sql fragment")
        << "amount" << "1; DROP TABLE charges" << "amount_minor" << "DROP TABLE";
    QTest::newRow("unknown customer") << "customer" << "999999" << "customer_id" << "999999";
    QTest::newRow("no customer") << "customer" << "0" << "customer_id" << "";
    QTest::newRow("bill of another customer") << "otherBill" << "" << "bill_id" << "B-2001";
    QTest::newRow("unknown bill") << "bill" << "424242" << "bill_id" << "424242";
    QTest::newRow("due before bill") << "due" << "2026-02-28" << "due_date" << "";
    QTest::newRow("no due date") << "due" << "" << "due_date" << "";
    QTest::newRow("due far ahead") << "due" << "2199-01-01" << "due_date" << "2199";
    QTest::newRow("due in year 24") << "accountDue" << "0024-07-01" << "due_date" << "0024";
    QTest::newRow("2000-character note")
        << "note" << QString(2000, QLatin1Char('x')) << "note" << "2000";
    QTest::newRow("control character note") << "note" << "a\x01" "b" << "note" << "";
    QTest::newRow("other without note") << "otherReason" << "" << "note" << "";
    QTest::newRow("no fee type") << "feeType" << "" << "fee_type_code" << "";
    QTest::newRow("unknown fee type") << "feeType" << "BOGUS" << "fee_type_code" << "BOGUS";
    QTest::newRow("unknown reason") << "reason" << "BOGUS" << "reason_code" << "BOGUS";
    QTest::newRow("unknown method") << "method" << "BOGUS" << "payment_method_code" << "BOGUS";
    QTest::newRow("short request key") << "key" << "abc" << "request_key" << "abc";
}

void tst_ChargeService::rejectInvalidField()
{
    QFETCH(QString, change);
    QFETCH(QString, value);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);

    ChargeRequest request = validRequest();
    if (change == QLatin1String("amount"))
        request.amountText = value;
    else if (change == QLatin1String("customer"))
        request.customerId = value.toLongLong();
    else if (change == QLatin1String("otherBill"))
        request.billId = m_otherBillId;
    else if (change == QLatin1String("bill"))
        request.billId = value.toLongLong();
    else if (change == QLatin1String("due"))
        request.dueDate = QDate::fromString(value, Qt::ISODate);
    else if (change == QLatin1String("accountDue")) {
        request.billId = 0;
        request.dueDate = QDate::fromString(value, Qt::ISODate);
    } else if (change == QLatin1String("note"))
        request.note = value;
    else if (change == QLatin1String("otherReason")) {
        request.reasonCode = QStringLiteral("OTHER");
        request.note.clear();
    }
    else if (change == QLatin1String("feeType"))
        request.feeTypeCode = value;
    else if (change == QLatin1String("reason"))
        request.reasonCode = value;
    else if (change == QLatin1String("method"))
        request.paymentMethodCode = value;
    else if (change == QLatin1String("key"))
        request.requestKey = value;

    const ChargeReview review = m_service->review(request);
    QVERIFY(!review.isValid());

    const auto match = std::find_if(review.errors.cbegin(), review.errors.cend(),
                                    [&](const FieldError &error) { return error.field == field; });
    QVERIFY2(match != review.errors.cend(), qPrintable(review.problemText()));
    QVERIFY2(match->message.contains(messagePart), qPrintable(match->message));
    QVERIFY(!match->message.isEmpty());

    const auto result = m_service->commit(request, review);
    QCOMPARE(result.status, ChargeService::CommitResult::Status::Rejected);
    QCOMPARE(count(QStringLiteral("charges")), 0);
    QCOMPARE(count(QStringLiteral("audit_log")), 0);
    QCOMPARE(customerBalance(m_customerId), 100000);
}

void tst_ChargeService::commitWritesChargeBalancesAudit()
{
    const ChargeRequest request = validRequest();
    const ChargeReview review = m_service->review(request);
    const auto result = m_service->commit(request, review);

    QCOMPARE(result.status, ChargeService::CommitResult::Status::Committed);
    QVERIFY(result.chargeId > 0);
    QCOMPARE(count(QStringLiteral("charges")), 1);
    QCOMPARE(customerBalance(m_customerId), 223450);
    QCOMPARE(billChargesTotal(m_billId), 123450);

    const auto charge = ChargeRepository(m_database->db()).findById(result.chargeId);
    QVERIFY(charge.has_value());
    QCOMPARE(charge->amount.minorUnits(), 123450);
    QCOMPARE(charge->amount.currency(), QStringLiteral("CNY"));
    QCOMPARE(charge->billNo, QStringLiteral("B-1001"));
    QCOMPARE(charge->status, QStringLiteral("posted"));
    QCOMPARE(charge->createdBy, QStringLiteral("tester"));
    QCOMPARE(charge->requestKey, request.requestKey);
    QVERIFY(charge->createdAt.isValid());

    QSqlQuery audit(m_database->db());
    QVERIFY(audit.prepare(QStringLiteral(
        "SELECT actor, action, entity, entity_id, details FROM audit_log")));
    VERIFY_SQL(audit, audit.exec());
    QVERIFY(audit.next());
    QCOMPARE(audit.value(QStringLiteral("actor")).toString(), QStringLiteral("tester"));
    QCOMPARE(audit.value(QStringLiteral("action")).toString(), QStringLiteral("charge.add"));
    QCOMPARE(audit.value(QStringLiteral("entity_id")).toLongLong(), result.chargeId);
    QVERIFY(audit.value(QStringLiteral("details")).toString().contains(QStringLiteral("123450")));
    QVERIFY(!audit.next());
}

void tst_ChargeService::commitAccountChargeWithoutBill()
{
    ChargeRequest request = validRequest();
    request.billId = 0;
    const ChargeReview review = m_service->review(request);
    QVERIFY2(review.isValid(), qPrintable(review.problemText()));
    QVERIFY(!review.billBalanceBefore.isValid());

    const auto result = m_service->commit(request, review);
    QCOMPARE(result.status, ChargeService::CommitResult::Status::Committed);
    QCOMPARE(customerBalance(m_customerId), 223450);
    QCOMPARE(billChargesTotal(m_billId), 0);
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM charges "
                                               "WHERE bill_id IS NULL")),
             1);
}

void tst_ChargeService::commitRequiresConfirmedReview()
{
    ChargeRequest request = validRequest();
    const auto unconfirmed = m_service->commit(request, ChargeReview());
    QCOMPARE(unconfirmed.status, ChargeService::CommitResult::Status::Rejected);

    const ChargeReview review = m_service->review(request);
    request.amountText = QStringLiteral("9999");
    const auto changed = m_service->commit(request, review);
    QCOMPARE(changed.status, ChargeService::CommitResult::Status::Rejected);
    QVERIFY(!changed.errorMessage.isEmpty());
    QCOMPARE(count(QStringLiteral("charges")), 0);
}

void tst_ChargeService::exactDuplicateBlocked()
{
    const ChargeRequest first = validRequest();
    const auto committed = m_service->commit(first, m_service->review(first));
    QCOMPARE(committed.status, ChargeService::CommitResult::Status::Committed);

    ChargeRequest second = validRequest();
    second.note = QStringLiteral("entered again by a colleague");
    const ChargeReview review = m_service->review(second);
    QVERIFY(review.isValid());
    QVERIFY(review.hasExactDuplicate());
    QCOMPARE(review.exactDuplicates.constFirst().existing.id, committed.chargeId);
    QVERIFY(review.exactDuplicates.constFirst().description.contains(
        QString::number(committed.chargeId)));

    second.duplicateAcknowledgement = QStringLiteral("I know");
    const auto result = m_service->commit(second, review);
    QCOMPARE(result.status, ChargeService::CommitResult::Status::Rejected);
    QCOMPARE(count(QStringLiteral("charges")), 1);
}

void tst_ChargeService::possibleDuplicateNeedsNote()
{
    const ChargeRequest first = validRequest();
    const auto committed = m_service->commit(first, m_service->review(first));
    QCOMPARE(committed.status, ChargeService::CommitResult::Status::Committed);

    ChargeRequest second = validRequest();
    second.billId = 0;
    second.feeTypeCode = QStringLiteral("MATERIAL");
    second.dueDate = first.dueDate.addDays(10);
    const ChargeReview review = m_service->review(second);
    QVERIFY(review.isValid());
    QVERIFY(!review.hasExactDuplicate());
    QVERIFY(review.needsAcknowledgement());
    QCOMPARE(review.possibleDuplicates.size(), 1);
    QCOMPARE(review.possibleDuplicates.constFirst().kind,
             DuplicateFinding::Kind::SameAmountNearDate);

    const auto refused = m_service->commit(second, review);
    QCOMPARE(refused.status, ChargeService::CommitResult::Status::Rejected);
    QCOMPARE(count(QStringLiteral("charges")), 1);

    second.duplicateAcknowledgement = QStringLiteral("Materials were billed separately");
    const auto accepted = m_service->commit(second, review);
    QCOMPARE(accepted.status, ChargeService::CommitResult::Status::Committed);
    QCOMPARE(count(QStringLiteral("charges")), 2);

    QSqlQuery audit(m_database->db());
    QVERIFY(audit.prepare(QStringLiteral("SELECT note, details FROM audit_log "
                                         "WHERE entity_id = :id AND action = 'charge.add'")));
    audit.bindValue(QStringLiteral(":id"), accepted.chargeId);
    VERIFY_SQL(audit, audit.exec());
    QVERIFY(audit.next());
    QCOMPARE(audit.value(QStringLiteral("note")).toString(),
             QStringLiteral("Materials were billed separately"));
    const QJsonObject details =
        QJsonDocument::fromJson(audit.value(QStringLiteral("details")).toString().toUtf8())
            .object();
    QCOMPARE(details.value(QStringLiteral("possible_duplicates")).toArray(),
             QJsonArray({double(committed.chargeId)}));
    QVERIFY(details.value(QStringLiteral("bill_id")).isNull());

    // Outside the window the same amount is no longer suspicious.
    ChargeRequest later = second;
    later.requestKey = ChargeRequest::newRequestKey();
    later.duplicateAcknowledgement.clear();
    later.dueDate = first.dueDate.addDays(ChargeService::PossibleDuplicateWindowDays + 50);
    later.amountText = QStringLiteral("77");
    QVERIFY(!m_service->review(later).needsAcknowledgement());
}

void tst_ChargeService::sameBillAndFeeTypeIsPossibleDuplicate()
{
    const ChargeRequest first = validRequest();
    QVERIFY(m_service->commit(first, m_service->review(first)).succeeded());

    ChargeRequest second = validRequest();
    second.amountText = QStringLiteral("88.00");
    second.dueDate = QDate(2026, 9, 1);
    const ChargeReview review = m_service->review(second);
    QVERIFY(review.needsAcknowledgement());
    QCOMPARE(review.possibleDuplicates.constFirst().kind,
             DuplicateFinding::Kind::SameBillAndFeeType);
}

void tst_ChargeService::voidChargesAreNotDuplicates()
{
    const ChargeRequest first = validRequest();
    const auto committed = m_service->commit(first, m_service->review(first));
    QVERIFY(committed.succeeded());
    QVERIFY(m_service->voidCharge(committed.chargeId, QStringLiteral("entered twice")).ok);

    ChargeRequest again = validRequest();
    const ChargeReview review = m_service->review(again);
    QVERIFY(!review.hasExactDuplicate());
    QVERIFY(!review.needsAcknowledgement());
}

void tst_ChargeService::requestKeyReplayReturnsSameCharge()
{
    const ChargeRequest request = validRequest();
    const ChargeReview review = m_service->review(request);
    const auto first = m_service->commit(request, review);
    const auto second = m_service->commit(request, review);

    QCOMPARE(first.status, ChargeService::CommitResult::Status::Committed);
    QCOMPARE(second.status, ChargeService::CommitResult::Status::Replayed);
    QCOMPARE(second.chargeId, first.chargeId);
    QCOMPARE(count(QStringLiteral("charges")), 1);
    QCOMPARE(count(QStringLiteral("audit_log")), 1);
    QCOMPARE(customerBalance(m_customerId), 223450);

    // A review after the commit recognises the charge as this request's own.
    const ChargeReview after = m_service->review(request);
    QCOMPARE(after.existingChargeId, first.chargeId);
    QVERIFY(!after.hasExactDuplicate());
}

void tst_ChargeService::requestKeyReuseWithOtherValuesRejected()
{
    ChargeRequest request = validRequest();
    QVERIFY(m_service->commit(request, m_service->review(request)).succeeded());

    request.amountText = QStringLiteral("10");
    const auto result = m_service->commit(request, m_service->review(request));
    QCOMPARE(result.status, ChargeService::CommitResult::Status::Rejected);
    QVERIFY(result.errorMessage.contains(request.requestKey));
    QCOMPARE(count(QStringLiteral("charges")), 1);
}

void tst_ChargeService::failureHalfwayWritesNothing()
{
    // A temporary trigger makes the last write of the transaction, the audit
    // record, fail after the charge and the balances were written.
    QString error = createFailingTrigger(m_database->db(), QStringLiteral("fail_audit"),
                                         QStringLiteral("BEFORE INSERT"),
                                         QStringLiteral("audit_log"),
                                         QStringLiteral("simulated disk failure"));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const ChargeRequest request = validRequest();
    const auto result = m_service->commit(request, m_service->review(request));

    QCOMPARE(result.status, ChargeService::CommitResult::Status::Failed);
    QVERIFY(result.errorMessage.contains(QStringLiteral("simulated disk failure")));
    QCOMPARE(count(QStringLiteral("charges")), 0);
    QCOMPARE(count(QStringLiteral("audit_log")), 0);
    QCOMPARE(customerBalance(m_customerId), 100000);
    QCOMPARE(billChargesTotal(m_billId), 0);

    // The same request succeeds once the failure is gone.
    error = dropFailingTrigger(m_database->db(), QStringLiteral("fail_audit"),
                               QStringLiteral("audit_log"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto retry = m_service->commit(request, m_service->review(request));
    QCOMPARE(retry.status, ChargeService::CommitResult::Status::Committed);
    QCOMPARE(count(QStringLiteral("charges")), 1);
}

void tst_ChargeService::hostileTextStoredVerbatim()
{
    const QString note = QStringLiteral("O'Brien said \"pay\"; DROP TABLE charges; -- 😀 补费");
    ChargeRequest request = validRequest();
    request.note = note;
    const auto result = m_service->commit(request, m_service->review(request));
    QCOMPARE(result.status, ChargeService::CommitResult::Status::Committed);

    const auto charge = ChargeRepository(m_database->db()).findById(result.chargeId);
    QVERIFY(charge.has_value());
    QCOMPARE(charge->note, note);
    QCOMPARE(count(QStringLiteral("charges")), 1);

    // 500 characters counted as the database counts them, emoji included.
    request = validRequest();
    request.note = QString(499, QLatin1Char('a')) + QStringLiteral("😀");
    QVERIFY2(m_service->review(request).isValid(), "500 characters with an emoji are allowed");
}

void tst_ChargeService::voidKeepsRowAndRestoresBalances()
{
    const ChargeRequest request = validRequest();
    const auto committed = m_service->commit(request, m_service->review(request));
    QVERIFY(committed.succeeded());

    const auto result = m_service->voidCharge(committed.chargeId, QStringLiteral("Wrong customer"));
    QVERIFY2(result.ok, qPrintable(result.errorMessage));

    const auto charge = ChargeRepository(m_database->db()).findById(committed.chargeId);
    QVERIFY(charge.has_value());
    QVERIFY(charge->isVoid());
    QCOMPARE(charge->voidReason, QStringLiteral("Wrong customer"));
    QCOMPARE(charge->voidedBy, QStringLiteral("tester"));
    QVERIFY(charge->voidedAt.isValid());
    QCOMPARE(charge->amount.minorUnits(), 123450);
    QCOMPARE(customerBalance(m_customerId), 100000);
    QCOMPARE(billChargesTotal(m_billId), 0);
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log "
                                               "WHERE action = 'charge.void'")),
             1);
}

void tst_ChargeService::voidRejectsBadRequests()
{
    const ChargeRequest request = validRequest();
    const auto committed = m_service->commit(request, m_service->review(request));
    QVERIFY(committed.succeeded());

    QVERIFY(!m_service->voidCharge(committed.chargeId, QStringLiteral("   ")).ok);
    QVERIFY(!m_service->voidCharge(committed.chargeId, QString(501, QLatin1Char('r'))).ok);
    const auto unknown = m_service->voidCharge(987654, QStringLiteral("typo"));
    QVERIFY(!unknown.ok);
    QVERIFY(unknown.errorMessage.contains(QStringLiteral("987654")));
    QCOMPARE(customerBalance(m_customerId), 223450);

    QVERIFY(m_service->voidCharge(committed.chargeId, QStringLiteral("duplicate")).ok);
    const auto twice = m_service->voidCharge(committed.chargeId, QStringLiteral("again"));
    QVERIFY(!twice.ok);
    QVERIFY(twice.errorMessage.contains(QStringLiteral("already void")));
    QCOMPARE(customerBalance(m_customerId), 100000);
}

QTEST_GUILESS_MAIN(tst_ChargeService)
#include "tst_chargeservice.moc"
