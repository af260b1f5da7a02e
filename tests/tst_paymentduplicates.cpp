#include "installmentrepository.h"
#include "integritychecker.h"
#include "paymentfixture.h"
#include "paymentrepository.h"
#include "paymentservice.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace PaymentFixture;

using Status = PaymentService::CommitResult::Status;
using Kind = PaymentDuplicateFinding::Kind;

// Exercises the identical-payment check of PaymentService: what counts as
// identical, the acknowledgement note that lets a second payment through
// and where it is stored, the check repeated inside the commit, and
// request-key replays.
class tst_PaymentDuplicates : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void identicalRejectedWithoutNote();
    void identicalCommittedWithNote();
    void reviewDescribesEarlierPayment();
    void reversedPaymentNotDuplicate();
    void differentPaymentNotDuplicate_data();
    void differentPaymentNotDuplicate();
    void sameReferenceOtherDateIsDuplicate();
    void sameReferenceOtherCustomerNotDuplicate();
    void installmentsOfOnePlanNotDuplicates();
    void sameRequestKeyReplays();
    void duplicateRecordedSinceReviewRejected();
    void noteWithoutDuplicateNotStored();
    void tooLongNoteRejected();
    void storedNoteCannotChange();

private:
    QSqlDatabase db() const { return m_database->db(); }
    qint64 count(const QString &table) const;
    qint64 value(const QString &sql) const { return scalar(db(), sql); }
    PaymentRequest chargePayment(qint64 chargeId, const QString &amount) const;
    PaymentRequest billPayment(const QString &amount) const;
    QString storedNote(qint64 paymentId) const;

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<PaymentService> m_service;
    qint64 m_customerId = 0;
    qint64 m_otherCustomerId = 0;
    qint64 m_billId = 0;
    qint64 m_chargeId = 0;        // 100.00 on the bill
    qint64 m_accountChargeId = 0; // 50.00 on the account
    qint64 m_otherChargeId = 0;   // 100.00 of the other customer
};

void tst_PaymentDuplicates::init()
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
    m_otherChargeId = addCharge(db(), m_otherCustomerId, 0, QStringLiteral("100.00"));
    QVERIFY(m_chargeId > 0);
    QVERIFY(m_accountChargeId > 0);
    QVERIFY(m_otherChargeId > 0);

    m_service = std::make_unique<PaymentService>(db(), QStringLiteral("tester"));
}

void tst_PaymentDuplicates::cleanup()
{
    m_service.reset();
    m_database.reset();
}

qint64 tst_PaymentDuplicates::count(const QString &table) const
{
    return value(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
}

PaymentRequest tst_PaymentDuplicates::chargePayment(qint64 chargeId, const QString &amount) const
{
    PaymentRequest request = paymentRequest(m_customerId, amount);
    request.chargeId = chargeId;
    return request;
}

PaymentRequest tst_PaymentDuplicates::billPayment(const QString &amount) const
{
    PaymentRequest request = paymentRequest(m_customerId, amount);
    request.billId = m_billId;
    return request;
}

QString tst_PaymentDuplicates::storedNote(qint64 paymentId) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT duplicate_ack_note FROM payments WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), paymentId);
    if (!query.exec() || !query.next())
        return QStringLiteral("<no row>");
    return query.value(QStringLiteral("duplicate_ack_note")).toString();
}

void tst_PaymentDuplicates::identicalRejectedWithoutNote()
{
    const PaymentRequest first = chargePayment(m_chargeId, QStringLiteral("10.00"));
    const auto paid = pay(db(), first);
    QCOMPARE(paid.status, Status::Committed);

    // The same payment typed again: a new request key, same everything else.
    PaymentRequest second = first;
    second.requestKey = PaymentRequest::newRequestKey();
    const PaymentReview review = m_service->review(second);
    QVERIFY2(review.isValid(), qPrintable(review.problemText()));
    QCOMPARE(review.duplicates.size(), 1);
    QCOMPARE(review.duplicates.first().kind, Kind::Identical);
    QCOMPARE(review.duplicates.first().existing.id, paid.paymentId);
    QVERIFY(review.needsAcknowledgement());
    QVERIFY(!review.canCommit(QString()));
    QVERIFY(!review.canCommit(QStringLiteral("   ")));

    const qint64 auditBefore = count(QStringLiteral("audit_log"));
    const auto result = m_service->commit(second, review);
    QCOMPARE(result.status, Status::Rejected);
    QVERIFY2(result.errorMessage.contains(QStringLiteral("looks identical")),
             qPrintable(result.errorMessage));
    QCOMPARE(result.paymentId, 0);
    QCOMPARE(count(QStringLiteral("payments")), 1);
    QCOMPARE(count(QStringLiteral("audit_log")), auditBefore);
    QCOMPARE(value(QStringLiteral("SELECT paid_minor FROM charges WHERE id = %1")
                       .arg(m_chargeId)),
             1000);
}

void tst_PaymentDuplicates::identicalCommittedWithNote()
{
    const PaymentRequest first = chargePayment(m_chargeId, QStringLiteral("10.00"));
    const auto paid = pay(db(), first);
    QCOMPARE(paid.status, Status::Committed);

    PaymentRequest second = first;
    second.requestKey = PaymentRequest::newRequestKey();
    second.duplicateAcknowledgement = QStringLiteral("  Two instalments of the same work order "
                                                     "arrived the same day.  ");
    const PaymentReview review = m_service->review(second);
    QVERIFY(review.canCommit(second.duplicateAcknowledgement));
    const auto result = m_service->commit(second, review);
    QCOMPARE(result.status, Status::Committed);
    QCOMPARE(count(QStringLiteral("payments")), 2);
    QCOMPARE(value(QStringLiteral("SELECT paid_minor FROM charges WHERE id = %1")
                       .arg(m_chargeId)),
             2000);

    // The note is stored trimmed with the payment and in its audit record.
    const QString note
        = QStringLiteral("Two instalments of the same work order arrived the same day.");
    QCOMPARE(storedNote(result.paymentId), note);
    QCOMPARE(PaymentRepository(db()).payment(result.paymentId).duplicateAcknowledgement, note);
    QCOMPARE(storedNote(paid.paymentId), QString());

    QSqlQuery query(db());
    VERIFY_SQL(query, query.prepare(QStringLiteral(
        "SELECT details FROM audit_log WHERE action = 'payment.add' AND entity_id = :id")));
    query.bindValue(QStringLiteral(":id"), result.paymentId);
    VERIFY_SQL(query, query.exec());
    QVERIFY(query.next());
    const QJsonObject details
        = QJsonDocument::fromJson(query.value(QStringLiteral("details")).toByteArray()).object();
    QCOMPARE(details.value(QStringLiteral("duplicate_ack_note")).toString(), note);

    // The integrity check compares the stored note with its audit record.
    // The fixture's bills have no lines, so only payments and the audit log
    // are expected to agree.
    const IntegrityResult integrity = IntegrityChecker(db()).run();
    QCOMPARE(integrity.status, ReportQueryStatus::Completed);
    for (const IntegrityMismatch &mismatch : integrity.mismatches) {
        const QString where = QStringLiteral("%1 %2 %3: %4 <> %5")
                                  .arg(mismatch.table)
                                  .arg(mismatch.rowId)
                                  .arg(mismatch.column, mismatch.stored, mismatch.expected);
        QVERIFY2(mismatch.table != QLatin1String("payments"), qPrintable(where));
        QVERIFY2(mismatch.table != QLatin1String("audit_log"), qPrintable(where));
    }
}

void tst_PaymentDuplicates::reviewDescribesEarlierPayment()
{
    PaymentRequest first = chargePayment(m_chargeId, QStringLiteral("12.34"));
    first.reference = QStringLiteral("CMB-778899");
    const auto paid = pay(db(), first);
    QCOMPARE(paid.status, Status::Committed);

    PaymentRequest second = first;
    second.requestKey = PaymentRequest::newRequestKey();
    const PaymentReview review = m_service->review(second);
    QCOMPARE(review.duplicates.size(), 1);
    const QString description = review.duplicates.first().description;
    QVERIFY2(description.contains(QStringLiteral("Payment %1 ").arg(paid.paymentId)),
             qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("12.34")), qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("CMB-778899")), qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("tester")), qPrintable(description));
    QVERIFY2(description.contains(QString::number(QDate::currentDate().year())),
             qPrintable(description));
    QCOMPARE(review.duplicates.first().existing.createdBy, QStringLiteral("tester"));
    QVERIFY(review.duplicates.first().existing.createdAt.isValid());
}

void tst_PaymentDuplicates::reversedPaymentNotDuplicate()
{
    const PaymentRequest first = chargePayment(m_chargeId, QStringLiteral("10.00"));
    const auto paid = pay(db(), first);
    QCOMPARE(paid.status, Status::Committed);
    QVERIFY(m_service->reversePayment(paid.paymentId, QStringLiteral("Entered twice")).ok);

    PaymentRequest second = first;
    second.requestKey = PaymentRequest::newRequestKey();
    const PaymentReview review = m_service->review(second);
    QVERIFY(review.duplicates.isEmpty());
    QCOMPARE(m_service->commit(second, review).status, Status::Committed);
}

void tst_PaymentDuplicates::differentPaymentNotDuplicate_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<int>("daysEarlier");
    QTest::addColumn<int>("target"); // 0: the bill's own lines, 1: its charge, 2: account

    QTest::newRow("other amount") << QStringLiteral("10.01") << 0 << 0;
    QTest::newRow("other date") << QStringLiteral("10.00") << 1 << 0;
    QTest::newRow("charge on the same bill") << QStringLiteral("10.00") << 0 << 1;
    QTest::newRow("charge on the account") << QStringLiteral("10.00") << 0 << 2;
}

void tst_PaymentDuplicates::differentPaymentNotDuplicate()
{
    QFETCH(QString, amount);
    QFETCH(int, daysEarlier);
    QFETCH(int, target);

    QCOMPARE(pay(db(), billPayment(QStringLiteral("10.00"))).status, Status::Committed);

    // The fixture gives every request a reference of its own. A charge
    // cannot be paid before it was entered, so only the bill's own lines
    // are paid on an earlier day.
    PaymentRequest second = target == 0 ? billPayment(amount)
                                        : chargePayment(target == 1 ? m_chargeId
                                                                    : m_accountChargeId,
                                                        amount);
    second.paidOn = QDate::currentDate().addDays(-daysEarlier);
    const PaymentReview review = m_service->review(second);
    QVERIFY2(review.isValid(), qPrintable(review.problemText()));
    QVERIFY(review.duplicates.isEmpty());
    QCOMPARE(m_service->commit(second, review).status, Status::Committed);
    QCOMPARE(count(QStringLiteral("payments")), 2);
}

void tst_PaymentDuplicates::sameReferenceOtherDateIsDuplicate()
{
    PaymentRequest first = billPayment(QStringLiteral("10.00"));
    first.reference = QStringLiteral("ICBC-TX-55120");
    first.paidOn = QDate::currentDate().addDays(-20);
    const auto paid = pay(db(), first);
    QCOMPARE(paid.status, Status::Committed);

    // Another amount, date and item, but the bank's transaction number again.
    PaymentRequest second = chargePayment(m_accountChargeId, QStringLiteral("25.00"));
    second.reference = QStringLiteral(" ICBC-TX-55120 ");
    const PaymentReview review = m_service->review(second);
    QCOMPARE(review.duplicates.size(), 1);
    QCOMPARE(review.duplicates.first().kind, Kind::SameReference);
    QCOMPARE(review.duplicates.first().existing.id, paid.paymentId);
    QVERIFY2(review.duplicates.first().description.contains(QStringLiteral("ICBC-TX-55120")),
             qPrintable(review.duplicates.first().description));

    QCOMPARE(m_service->commit(second, review).status, Status::Rejected);
    QCOMPARE(count(QStringLiteral("payments")), 1);

    // A zero-width space would hide the same reference from the check, so
    // such a reference is rejected.
    PaymentRequest hidden = second;
    hidden.reference = QStringLiteral("ICBC-TX-\u200B55120");
    const PaymentReview hiddenReview = m_service->review(hidden);
    QVERIFY(!hiddenReview.isValid());
    QVERIFY2(hiddenReview.problemText().contains(QStringLiteral("invisible")),
             qPrintable(hiddenReview.problemText()));
    QCOMPARE(m_service->commit(hidden, hiddenReview).status, Status::Rejected);
    QCOMPARE(count(QStringLiteral("payments")), 1);

    second.duplicateAcknowledgement = QStringLiteral("The bank split one transfer in two.");
    const auto result = m_service->commit(second, m_service->review(second));
    QCOMPARE(result.status, Status::Committed);
    QCOMPARE(storedNote(result.paymentId), second.duplicateAcknowledgement);
}

void tst_PaymentDuplicates::sameReferenceOtherCustomerNotDuplicate()
{
    PaymentRequest first = chargePayment(m_chargeId, QStringLiteral("10.00"));
    first.reference = QStringLiteral("CASH-001");
    QCOMPARE(pay(db(), first).status, Status::Committed);

    PaymentRequest other = paymentRequest(m_otherCustomerId, QStringLiteral("10.00"));
    other.chargeId = m_otherChargeId;
    other.reference = QStringLiteral("CASH-001");
    const PaymentReview review = m_service->review(other);
    QVERIFY2(review.isValid(), qPrintable(review.problemText()));
    QVERIFY(review.duplicates.isEmpty());
    QCOMPARE(m_service->commit(other, review).status, Status::Committed);
}

void tst_PaymentDuplicates::installmentsOfOnePlanNotDuplicates()
{
    const auto plan = planInstallments(db(), m_chargeId, Money(10000, QStringLiteral("CNY")), 4);
    QVERIFY2(plan.succeeded(), qPrintable(plan.errorMessage));
    const InstallmentPlanRecord record = InstallmentRepository(db()).activePlan(m_chargeId);
    QCOMPARE(record.installments.size(), 4);

    // Two installments of 25.00 paid on one day are two payments.
    PaymentRequest first = chargePayment(m_chargeId, QStringLiteral("25.00"));
    first.installmentId = record.installments.at(0).id;
    QCOMPARE(pay(db(), first).status, Status::Committed);

    PaymentRequest second = chargePayment(m_chargeId, QStringLiteral("25.00"));
    second.installmentId = record.installments.at(1).id;
    const PaymentReview review = m_service->review(second);
    QVERIFY2(review.isValid(), qPrintable(review.problemText()));
    QVERIFY(review.duplicates.isEmpty());
    QCOMPARE(m_service->commit(second, review).status, Status::Committed);
}

void tst_PaymentDuplicates::sameRequestKeyReplays()
{
    const PaymentRequest request = chargePayment(m_chargeId, QStringLiteral("10.00"));
    const PaymentReview review = m_service->review(request);
    const auto first = m_service->commit(request, review);
    QCOMPARE(first.status, Status::Committed);

    const PaymentReview again = m_service->review(request);
    QVERIFY2(again.isValid(), qPrintable(again.problemText()));
    QVERIFY(again.duplicates.isEmpty());
    QCOMPARE(again.existingPaymentId, first.paymentId);

    const auto second = m_service->commit(request, review);
    QCOMPARE(second.status, Status::Replayed);
    QCOMPARE(second.paymentId, first.paymentId);
    QCOMPARE(count(QStringLiteral("payments")), 1);
}

void tst_PaymentDuplicates::duplicateRecordedSinceReviewRejected()
{
    // Two windows review the same payment before either commits.
    const PaymentRequest first = chargePayment(m_chargeId, QStringLiteral("10.00"));
    PaymentRequest second = first;
    second.requestKey = PaymentRequest::newRequestKey();
    const PaymentReview firstReview = m_service->review(first);
    const PaymentReview secondReview = m_service->review(second);
    QVERIFY(firstReview.duplicates.isEmpty());
    QVERIFY(secondReview.duplicates.isEmpty());

    const auto firstResult = m_service->commit(first, firstReview);
    QCOMPARE(firstResult.status, Status::Committed);

    // The second commit finds the first payment inside its transaction.
    const auto secondResult = m_service->commit(second, secondReview);
    QCOMPARE(secondResult.status, Status::Rejected);
    QCOMPARE(secondResult.review.duplicates.size(), 1);
    QCOMPARE(secondResult.review.duplicates.first().existing.id, firstResult.paymentId);
    QCOMPARE(count(QStringLiteral("payments")), 1);

    // A note written before the user saw the other payment is not enough.
    second.duplicateAcknowledgement = QStringLiteral("Paid twice on purpose");
    const auto unseen = m_service->commit(second, secondReview);
    QCOMPARE(unseen.status, Status::Rejected);
    QVERIFY2(unseen.errorMessage.contains(QStringLiteral("recorded since the review")),
             qPrintable(unseen.errorMessage));
    QCOMPARE(count(QStringLiteral("payments")), 1);

    // Confirmed again with the new review, it is written.
    QCOMPARE(m_service->commit(second, unseen.review).status, Status::Committed);
    QCOMPARE(count(QStringLiteral("payments")), 2);
}

void tst_PaymentDuplicates::noteWithoutDuplicateNotStored()
{
    PaymentRequest request = chargePayment(m_chargeId, QStringLiteral("10.00"));
    request.duplicateAcknowledgement = QStringLiteral("Nothing to acknowledge");
    const auto result = pay(db(), request);
    QCOMPARE(result.status, Status::Committed);
    QCOMPARE(storedNote(result.paymentId), QString());
}

void tst_PaymentDuplicates::tooLongNoteRejected()
{
    const PaymentRequest first = chargePayment(m_chargeId, QStringLiteral("10.00"));
    QCOMPARE(pay(db(), first).status, Status::Committed);

    PaymentRequest second = first;
    second.requestKey = PaymentRequest::newRequestKey();
    second.duplicateAcknowledgement = QString(PaymentService::MaxNoteLength + 1, QChar(0x5B57));
    const PaymentReview review = m_service->review(second);
    QVERIFY(!review.isValid());
    QCOMPARE(review.errors.size(), 1);
    QCOMPARE(review.errors.first().field, QStringLiteral("duplicate_ack_note"));
    QCOMPARE(m_service->commit(second, review).status, Status::Rejected);
    QCOMPARE(count(QStringLiteral("payments")), 1);
}

void tst_PaymentDuplicates::storedNoteCannotChange()
{
    const PaymentRequest first = chargePayment(m_chargeId, QStringLiteral("10.00"));
    QCOMPARE(pay(db(), first).status, Status::Committed);
    PaymentRequest second = first;
    second.requestKey = PaymentRequest::newRequestKey();
    second.duplicateAcknowledgement = QStringLiteral("Paid twice on purpose");
    const auto result = pay(db(), second);
    QCOMPARE(result.status, Status::Committed);

    // The trigger that lets a payment change only from posted to reversed
    // covers the note too.
    QSqlQuery query(db());
    VERIFY_SQL(query, query.prepare(QStringLiteral(
        "UPDATE payments SET duplicate_ack_note = 'changed' WHERE id = :id")));
    query.bindValue(QStringLiteral(":id"), result.paymentId);
    QVERIFY(!query.exec());
    QCOMPARE(storedNote(result.paymentId), QStringLiteral("Paid twice on purpose"));

    QVERIFY(m_service->reversePayment(result.paymentId, QStringLiteral("Bounced")).ok);
    QCOMPARE(storedNote(result.paymentId), QStringLiteral("Paid twice on purpose"));
}

QTEST_GUILESS_MAIN(tst_PaymentDuplicates)
#include "tst_paymentduplicates.moc"
