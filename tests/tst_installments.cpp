#include "chargerepository.h"
#include "chargeservice.h"
#include "installmentplanner.h"
#include "installmentrepository.h"
#include "installmentservice.h"
#include "paymentfixture.h"
#include "paymentservice.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QtTest>

#include <functional>

using namespace PaymentFixture;

// Changes a valid plan request into an invalid one.
using PlanChange = std::function<void(InstallmentPlanRequest &)>;
Q_DECLARE_METATYPE(PlanChange)

// Exercises InstallmentPlanner's arithmetic and InstallmentService against a
// real SQLite file: validation, plan creation and replay, payments per
// installment, cancellation, and the void of a charge with a plan.
class tst_Installments : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void split_data();
    void split();
    void splitSumsExactly();
    void monthlyDueDates_data();
    void monthlyDueDates();
    void monthlyDueDatesRejectBadCount();

    void createPlanWritesRowsAndAudit();
    void summaryListsInstallments();
    void rejectInvalidPlan_data();
    void rejectInvalidPlan();
    void rejectPlanForChargeState();
    void replaySameKeyWritesOnePlan();
    void chargeWithPlanPaidPerInstallment();
    void installmentPaymentsSettleCharge();
    void cancelRules();
    void voidCancelsActivePlan();

private:
    QSqlDatabase db() const { return m_database->db(); }
    qint64 value(const QString &sql) const { return scalar(db(), sql); }
    InstallmentPlanRequest validRequest() const;
    PaymentRequest installmentPayment(qint64 installmentId, const QString &amount) const;
    qint64 installmentId(qint64 planId, int seq) const;

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<InstallmentService> m_service;
    qint64 m_customerId = 0;
    qint64 m_chargeId = 0; // 100.00 on the account
};

namespace {

Money cny(qint64 minorUnits)
{
    return Money(minorUnits, QStringLiteral("CNY"));
}

QString plainList(const QList<Money> &amounts)
{
    QStringList texts;
    for (const Money &amount : amounts)
        texts << amount.toPlainString();
    return texts.join(QLatin1Char(' '));
}

} // namespace

void tst_Installments::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));

    m_customerId = insertCustomer(db(), QStringLiteral("HUALIAN"),
                                  QStringLiteral("北京华联商贸有限公司"));
    m_chargeId = addCharge(db(), m_customerId, 0, QStringLiteral("100.00"));
    QVERIFY(m_chargeId > 0);
    m_service = std::make_unique<InstallmentService>(db(), QStringLiteral("tester"));
}

void tst_Installments::cleanup()
{
    m_service.reset();
    m_database.reset();
}

InstallmentPlanRequest tst_Installments::validRequest() const
{
    const QDate first = QDate::currentDate().addDays(10);
    InstallmentPlanRequest request;
    request.requestKey = InstallmentPlanRequest::newRequestKey();
    request.chargeId = m_chargeId;
    request.installments = {{first, cny(3333)},
                            {first.addMonths(1), cny(3333)},
                            {first.addMonths(2), cny(3334)}};
    return request;
}

PaymentRequest tst_Installments::installmentPayment(qint64 installmentId,
                                                    const QString &amount) const
{
    PaymentRequest request = paymentRequest(m_customerId, amount);
    request.chargeId = m_chargeId;
    request.installmentId = installmentId;
    return request;
}

qint64 tst_Installments::installmentId(qint64 planId, int seq) const
{
    return value(QStringLiteral("SELECT id FROM installments WHERE plan_id = %1 AND seq = %2")
                     .arg(planId)
                     .arg(seq));
}

void tst_Installments::split_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");

    QTest::newRow("100.00 / 3") << qint64(10000) << "CNY" << 3 << "33.33 33.33 33.34";
    QTest::newRow("0.05 / 2") << qint64(5) << "CNY" << 2 << "0.02 0.03";
    QTest::newRow("0.02 / 2") << qint64(2) << "CNY" << 2 << "0.01 0.01";
    QTest::newRow("0.03 / 3") << qint64(3) << "CNY" << 3 << "0.01 0.01 0.01";
    QTest::newRow("1000000.01 / 7")
        << qint64(100000001) << "CNY" << 7
        << "142857.14 142857.14 142857.14 142857.14 142857.14 142857.14 142857.17";
    QTest::newRow("100.00 / 2") << qint64(10000) << "CNY" << 2 << "50.00 50.00";
    QTest::newRow("0.10 / 4") << qint64(10) << "CNY" << 4 << "0.02 0.02 0.02 0.04";
    QTest::newRow("JPY 1000 / 3") << qint64(1000) << "JPY" << 3 << "333 333 334";
    QTest::newRow("largest amount / 60")
        << qint64(100000000000000) << "CNY" << 60
        << QStringList(QList<QString>(59, QStringLiteral("16666666666.66"))
                       << QStringLiteral("16666666667.06"))
               .join(QLatin1Char(' '));
    QTest::newRow("0.01 / 2: too small") << qint64(1) << "CNY" << 2 << "";
    QTest::newRow("0.02 / 3: too small") << qint64(2) << "CNY" << 3 << "";
    QTest::newRow("one installment") << qint64(10000) << "CNY" << 1 << "";
    QTest::newRow("61 installments") << qint64(10000) << "CNY" << 61 << "";
    QTest::newRow("negative total") << qint64(-10000) << "CNY" << 2 << "";
}

void tst_Installments::split()
{
    QFETCH(qint64, total);
    QFETCH(QString, currency);
    QFETCH(int, count);
    QFETCH(QString, expected);

    const QList<Money> amounts = InstallmentPlanner::split(Money(total, currency), count);
    QCOMPARE(plainList(amounts), expected);
    for (const Money &amount : amounts)
        QCOMPARE(amount.currency(), currency);
}

void tst_Installments::splitSumsExactly()
{
    const QList<qint64> totals = {2,      3,       7,         59,        60,       61,
                                  99,     100,     10001,     123457,    99999999, 100000001,
                                  777777, 3333333, 100000000000000LL};
    for (const qint64 total : totals) {
        for (int count = InstallmentPlanner::MinCount; count <= InstallmentPlanner::MaxCount;
             ++count) {
            const QList<Money> amounts = InstallmentPlanner::split(cny(total), count);
            if (total < count) {
                QVERIFY(amounts.isEmpty());
                continue;
            }
            QCOMPARE(amounts.size(), count);
            qint64 sum = 0;
            for (int i = 0; i < amounts.size(); ++i) {
                QVERIFY2(amounts.at(i).minorUnits() > 0, qPrintable(plainList(amounts)));
                // All but the last are equal, and the last is at most
                // count - 1 minor units larger.
                if (i + 1 < amounts.size())
                    QCOMPARE(amounts.at(i), amounts.constFirst());
                sum += amounts.at(i).minorUnits();
            }
            QCOMPARE(sum, total);
            QVERIFY(amounts.constLast().minorUnits() - amounts.constFirst().minorUnits()
                    < count);
        }
    }
}

void tst_Installments::monthlyDueDates_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");

    QTest::newRow("31 January, common year")
        << QDate(2027, 1, 31) << 4 << "2027-01-31 2027-02-28 2027-03-31 2027-04-30";
    QTest::newRow("31 January, leap year")
        << QDate(2028, 1, 31) << 3 << "2028-01-31 2028-02-29 2028-03-31";
    QTest::newRow("30 January") << QDate(2027, 1, 30) << 3 << "2027-01-30 2027-02-28 2027-03-30";
    QTest::newRow("29 February")
        << QDate(2028, 2, 29) << 3 << "2028-02-29 2028-03-29 2028-04-29";
    QTest::newRow("31 August") << QDate(2027, 8, 31) << 3 << "2027-08-31 2027-09-30 2027-10-31";
    QTest::newRow("over the year end")
        << QDate(2026, 11, 15) << 3 << "2026-11-15 2026-12-15 2027-01-15";
    QTest::newRow("31 December")
        << QDate(2026, 12, 31) << 3 << "2026-12-31 2027-01-31 2027-02-28";
}

void tst_Installments::monthlyDueDates()
{
    QFETCH(QDate, first);
    QFETCH(int, count);
    QFETCH(QString, expected);

    QStringList dates;
    for (const QDate &date : InstallmentPlanner::monthlyDueDates(first, count))
        dates << date.toString(Qt::ISODate);
    QCOMPARE(dates.join(QLatin1Char(' ')), expected);
}

void tst_Installments::monthlyDueDatesRejectBadCount()
{
    QVERIFY(InstallmentPlanner::monthlyDueDates(QDate(2027, 1, 31), 1).isEmpty());
    QVERIFY(InstallmentPlanner::monthlyDueDates(QDate(2027, 1, 31), 61).isEmpty());
    QVERIFY(InstallmentPlanner::monthlyDueDates(QDate(), 3).isEmpty());

    // 60 monthly dates span five years less one month.
    const QList<QDate> dates = InstallmentPlanner::monthlyDueDates(QDate(2027, 1, 31), 60);
    QCOMPARE(dates.size(), 60);
    QCOMPARE(dates.constLast(), QDate(2031, 12, 31));
}

void tst_Installments::createPlanWritesRowsAndAudit()
{
    const InstallmentPlanRequest request = validRequest();
    QCOMPARE(m_service->validate(request).size(), 0);

    const auto result = m_service->createPlan(request);
    QVERIFY2(result.status == InstallmentService::Result::Status::Committed,
             qPrintable(result.errorMessage));

    const InstallmentPlanRecord plan = InstallmentRepository(db()).activePlan(m_chargeId);
    QCOMPARE(plan.id, result.planId);
    QVERIFY(plan.isActive());
    QCOMPARE(plan.createdBy, QStringLiteral("tester"));
    QCOMPARE(plan.installments.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const InstallmentRecord &installment = plan.installments.at(i);
        QCOMPARE(installment.seq, i + 1);
        QCOMPARE(installment.chargeId, m_chargeId);
        QCOMPARE(installment.planId, plan.id);
        QCOMPARE(installment.dueDate, request.installments.at(i).dueDate);
        QCOMPARE(installment.amount, request.installments.at(i).amount);
        QVERIFY(installment.paid.isZero());
        QCOMPARE(installment.open(), installment.amount);
    }
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                  "'installment_plan.add' AND entity_id = %1")
                       .arg(plan.id)),
             1);
}

void tst_Installments::summaryListsInstallments()
{
    const QString summary = m_service->summary(validRequest());
    QVERIFY2(summary.contains(QStringLiteral("will be paid in 3 installments:")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("3. ¥33.34 due")), qPrintable(summary));
    QCOMPARE(summary.count(QStringLiteral("¥33.33 due")), 2);
}

void tst_Installments::rejectInvalidPlan_data()
{
    QTest::addColumn<PlanChange>("change");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("one installment")
        << PlanChange([](InstallmentPlanRequest &r) {
               r.installments = {{QDate::currentDate().addDays(5), cny(10000)}};
           })
        << "installments" << "2 to 60 installments, not 1";
    QTest::newRow("61 installments")
        << PlanChange([](InstallmentPlanRequest &r) {
               r.installments.clear();
               const QList<QDate> dates = InstallmentPlanner::monthlyDueDates(
                   QDate::currentDate().addDays(5), 60);
               for (const QDate &date : dates)
                   r.installments << InstallmentDraft{date, cny(1)};
               r.installments << InstallmentDraft{dates.constLast().addMonths(1), cny(1)};
           })
        << "installments" << "not 61";
    QTest::newRow("sum short by 0.01")
        << PlanChange([](InstallmentPlanRequest &r) { r.installments[2].amount = cny(3333); })
        << "amount_minor" << "add up to ¥99.99, which is ¥0.01 less than the ¥100.00";
    QTest::newRow("sum over by 0.01")
        << PlanChange([](InstallmentPlanRequest &r) { r.installments[0].amount = cny(3334); })
        << "amount_minor" << "¥0.01 more than the ¥100.00";
    QTest::newRow("zero installment")
        << PlanChange([](InstallmentPlanRequest &r) {
               r.installments[0].amount = cny(0);
               r.installments[2].amount = cny(6667);
           })
        << "amount_minor" << "Installment 1 has the amount ¥0.00";
    QTest::newRow("other currency")
        << PlanChange([](InstallmentPlanRequest &r) {
               r.installments[1].amount = Money(3333, QStringLiteral("USD"));
           })
        << "amount_minor" << "Installment 2 has no amount in CNY";
    QTest::newRow("missing amount")
        << PlanChange([](InstallmentPlanRequest &r) { r.installments[1].amount = Money(); })
        << "amount_minor" << "Installment 2 has no amount";
    QTest::newRow("same due date twice")
        << PlanChange([](InstallmentPlanRequest &r) {
               r.installments[2].dueDate = r.installments[1].dueDate;
           })
        << "due_date" << "not after installment 2";
    QTest::newRow("dates out of order")
        << PlanChange([](InstallmentPlanRequest &r) {
               r.installments[1].dueDate = r.installments[0].dueDate.addDays(-1);
           })
        << "due_date" << "Installment 2 is due on";
    QTest::newRow("before the charge was entered")
        << PlanChange([](InstallmentPlanRequest &r) {
               r.installments[0].dueDate = QDate::currentDate().addDays(-1);
           })
        << "due_date" << "before charge";
    QTest::newRow("more than ten years ahead")
        << PlanChange([](InstallmentPlanRequest &r) {
               r.installments[2].dueDate = QDate(9999, 12, 31).addMonths(1);
           })
        << "due_date" << "Installment 3 is due on";
    QTest::newRow("just over ten years ahead")
        << PlanChange([](InstallmentPlanRequest &r) {
               r.installments[2].dueDate = QDate::currentDate().addYears(10).addDays(1);
           })
        << "due_date" << "more than 10 years ahead";
    QTest::newRow("missing due date")
        << PlanChange([](InstallmentPlanRequest &r) { r.installments[1].dueDate = QDate(); })
        << "due_date" << "Installment 2 has no valid due date";
    QTest::newRow("unknown charge")
        << PlanChange([](InstallmentPlanRequest &r) { r.chargeId = 9999; }) << "charge_id"
        << "Charge 9999 does not exist";
    QTest::newRow("no charge") << PlanChange([](InstallmentPlanRequest &r) { r.chargeId = 0; })
                               << "charge_id" << "No charge is selected";
    QTest::newRow("short request key")
        << PlanChange([](InstallmentPlanRequest &r) { r.requestKey = QStringLiteral("k"); })
        << "request_key" << "8 to 100 characters";
}

void tst_Installments::rejectInvalidPlan()
{
    QFETCH(PlanChange, change);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);

    InstallmentPlanRequest request = validRequest();
    change(request);
    const QList<FieldError> errors = m_service->validate(request);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().field, field);
    QVERIFY2(errors.constFirst().message.contains(messagePart),
             qPrintable(errors.constFirst().message));

    const auto result = m_service->createPlan(request);
    QCOMPARE(result.status, InstallmentService::Result::Status::Rejected);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errorMessage.contains(messagePart), qPrintable(result.errorMessage));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM installment_plans")), 0);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM installments")), 0);
}

void tst_Installments::rejectPlanForChargeState()
{
    // A charge with an active plan takes no second plan.
    QVERIFY(m_service->createPlan(validRequest()).succeeded());
    QList<FieldError> errors = m_service->validate(validRequest());
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().message.contains(QStringLiteral("already has installment plan")),
             qPrintable(errors.constFirst().message));

    // A charge with a payment takes no plan.
    const qint64 paidCharge = addCharge(db(), m_customerId, 0, QStringLiteral("20.00"));
    PaymentRequest payment = paymentRequest(m_customerId, QStringLiteral("5.00"));
    payment.chargeId = paidCharge;
    QVERIFY(pay(db(), payment).succeeded());
    InstallmentPlanRequest request = validRequest();
    request.chargeId = paidCharge;
    request.installments = {{QDate::currentDate().addDays(3), cny(1000)},
                            {QDate::currentDate().addDays(33), cny(1000)}};
    errors = m_service->validate(request);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().message.contains(QStringLiteral("¥5.00 of charge")),
             qPrintable(errors.constFirst().message));

    // A void charge takes no plan.
    const qint64 voidCharge = addCharge(db(), m_customerId, 0, QStringLiteral("20.00"));
    QVERIFY(ChargeService(db(), QStringLiteral("tester"))
                .voidCharge(voidCharge, QStringLiteral("Entered twice"))
                .ok);
    request.chargeId = voidCharge;
    errors = m_service->validate(request);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().message.contains(QStringLiteral("is void")),
             qPrintable(errors.constFirst().message));
}

void tst_Installments::replaySameKeyWritesOnePlan()
{
    InstallmentPlanRequest request = validRequest();
    const auto first = m_service->createPlan(request);
    QCOMPARE(first.status, InstallmentService::Result::Status::Committed);

    const auto second = m_service->createPlan(request);
    QCOMPARE(second.status, InstallmentService::Result::Status::Replayed);
    QCOMPARE(second.planId, first.planId);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM installment_plans")), 1);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM installments")), 3);

    request.installments[0].amount = cny(3332);
    request.installments[2].amount = cny(3335);
    const auto changed = m_service->createPlan(request);
    QCOMPARE(changed.status, InstallmentService::Result::Status::Rejected);
    QVERIFY2(changed.errorMessage.contains(QStringLiteral("already used for installment plan")),
             qPrintable(changed.errorMessage));
}

void tst_Installments::chargeWithPlanPaidPerInstallment()
{
    const auto plan = m_service->createPlan(validRequest());
    QVERIFY(plan.succeeded());

    // The charge itself takes no payment while the plan is active; the
    // message names the first open installment.
    PaymentRequest request = paymentRequest(m_customerId, QStringLiteral("10.00"));
    request.chargeId = m_chargeId;
    PaymentService payments(db(), QStringLiteral("tester"));
    PaymentReview review = payments.review(request);
    QCOMPARE(review.errors.size(), 1);
    QCOMPARE(review.errors.constFirst().field, QStringLiteral("installment_id"));
    QVERIFY2(review.errors.constFirst().message.contains(QStringLiteral("paid in installments")),
             qPrintable(review.errors.constFirst().message));
    QVERIFY2(review.errors.constFirst().message.contains(
                 QStringLiteral("first open installment is number 1: ¥33.33")),
             qPrintable(review.errors.constFirst().message));

    // Once installment 1 is paid, installment 2 is the first open one.
    QVERIFY(pay(db(), installmentPayment(installmentId(plan.planId, 1), QStringLiteral("33.33")))
                .succeeded());
    review = payments.review(request);
    QVERIFY2(review.errors.constFirst().message.contains(
                 QStringLiteral("first open installment is number 2")),
             qPrintable(review.errors.constFirst().message));

    // An installment takes at most its own open amount.
    review = payments.review(installmentPayment(installmentId(plan.planId, 2),
                                                QStringLiteral("33.34")));
    QCOMPARE(review.errors.size(), 1);
    QVERIFY2(review.errors.constFirst().message.contains(QStringLiteral("Enter at most ¥33.33")),
             qPrintable(review.errors.constFirst().message));

    // An installment of another charge is rejected.
    const qint64 otherCharge = addCharge(db(), m_customerId, 0, QStringLiteral("30.00"));
    PaymentRequest wrong = installmentPayment(installmentId(plan.planId, 2),
                                              QStringLiteral("1.00"));
    wrong.chargeId = otherCharge;
    review = payments.review(wrong);
    QCOMPARE(review.errors.size(), 1);
    QVERIFY2(review.errors.constFirst().message.contains(QStringLiteral("belongs to charge")),
             qPrintable(review.errors.constFirst().message));
}

void tst_Installments::installmentPaymentsSettleCharge()
{
    const auto plan = m_service->createPlan(validRequest());
    QVERIFY(plan.succeeded());

    // Installment 2 in two parts, then 1 and 3 in full, out of order.
    const QList<QPair<int, QString>> payments = {
        {2, QStringLiteral("20.00")}, {2, QStringLiteral("13.33")},
        {1, QStringLiteral("33.33")}, {3, QStringLiteral("33.34")}};
    const ChargeRepository charges(db());
    for (int i = 0; i < payments.size(); ++i) {
        const auto result = pay(db(), installmentPayment(installmentId(plan.planId,
                                                                       payments.at(i).first),
                                                         payments.at(i).second));
        QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
        QCOMPARE(storedSumMismatches(db()), QString());
        const ChargeStatus expected = i + 1 < payments.size() ? ChargeStatus::PartlyPaid
                                                              : ChargeStatus::Settled;
        QCOMPARE(charges.findById(m_chargeId)->paymentStatus(), expected);
    }

    const auto charge = charges.findById(m_chargeId);
    QCOMPARE(charge->paid, cny(10000));
    QCOMPARE(charge->open(), cny(0));
    const InstallmentPlanRecord stored = InstallmentRepository(db()).plan(plan.planId);
    for (const InstallmentRecord &installment : stored.installments) {
        QCOMPARE(installment.paid, installment.amount);
        QVERIFY(installment.open().isZero());
    }
}

void tst_Installments::cancelRules()
{
    const auto plan = m_service->createPlan(validRequest());
    QVERIFY(plan.succeeded());

    // A reason is required.
    auto result = m_service->cancelPlan(plan.planId, QStringLiteral("  "));
    QCOMPARE(result.status, InstallmentService::Result::Status::Rejected);
    QVERIFY2(result.errorMessage.contains(QStringLiteral("reason")),
             qPrintable(result.errorMessage));

    // No cancel while an installment has a payment.
    const auto paid = pay(db(), installmentPayment(installmentId(plan.planId, 3),
                                                   QStringLiteral("0.01")));
    QVERIFY(paid.succeeded());
    result = m_service->cancelPlan(plan.planId, QStringLiteral("Customer pays at once"));
    QCOMPARE(result.status, InstallmentService::Result::Status::Rejected);
    QVERIFY2(result.errorMessage.contains(QStringLiteral("Installment 3 of plan")),
             qPrintable(result.errorMessage));
    QVERIFY(InstallmentRepository(db()).plan(plan.planId).isActive());

    // After the reversal the plan can be cancelled, with who, when and why.
    PaymentService payments(db(), QStringLiteral("tester"));
    QVERIFY(payments.reversePayment(paid.paymentId, QStringLiteral("Wrong installment")).ok);
    result = m_service->cancelPlan(plan.planId, QStringLiteral("Customer pays at once"));
    QVERIFY2(result.status == InstallmentService::Result::Status::Committed,
             qPrintable(result.errorMessage));
    const InstallmentPlanRecord cancelled = InstallmentRepository(db()).plan(plan.planId);
    QCOMPARE(cancelled.status, QStringLiteral("cancelled"));
    QCOMPARE(cancelled.cancelledBy, QStringLiteral("tester"));
    QCOMPARE(cancelled.cancelReason, QStringLiteral("Customer pays at once"));
    QVERIFY(cancelled.cancelledAt.isValid());
    QCOMPARE(InstallmentRepository(db()).activePlan(m_chargeId).id, 0);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                  "'installment_plan.cancel' AND entity_id = %1")
                       .arg(plan.planId)),
             1);

    // Cancelling twice is rejected.
    result = m_service->cancelPlan(plan.planId, QStringLiteral("Again"));
    QCOMPARE(result.status, InstallmentService::Result::Status::Rejected);
    QVERIFY2(result.errorMessage.contains(QStringLiteral("already cancelled")),
             qPrintable(result.errorMessage));

    // An installment of the cancelled plan takes no payment, but the charge
    // does, and a new plan can be made.
    PaymentReview review = payments.review(installmentPayment(installmentId(plan.planId, 1),
                                                              QStringLiteral("1.00")));
    QCOMPARE(review.errors.size(), 1);
    QVERIFY2(review.errors.constFirst().message.contains(QStringLiteral("was cancelled")),
             qPrintable(review.errors.constFirst().message));
    PaymentRequest direct = paymentRequest(m_customerId, QStringLiteral("1.00"));
    direct.chargeId = m_chargeId;
    review = payments.review(direct);
    QVERIFY2(review.isValid(), qPrintable(review.problemText()));
    QVERIFY(m_service->createPlan(validRequest()).succeeded());
}

void tst_Installments::voidCancelsActivePlan()
{
    const auto plan = m_service->createPlan(validRequest());
    QVERIFY(plan.succeeded());

    ChargeService charges(db(), QStringLiteral("tester"));
    const auto voided = charges.voidCharge(m_chargeId, QStringLiteral("Contract withdrawn"));
    QVERIFY2(voided.ok, qPrintable(voided.errorMessage));

    const InstallmentPlanRecord cancelled = InstallmentRepository(db()).plan(plan.planId);
    QCOMPARE(cancelled.status, QStringLiteral("cancelled"));
    QCOMPARE(cancelled.cancelReason, QStringLiteral("Contract withdrawn"));
    QCOMPARE(ChargeRepository(db()).findById(m_chargeId)->status, QStringLiteral("void"));

    // A failing void leaves the plan active too.
    const qint64 other = addCharge(db(), m_customerId, 0, QStringLiteral("40.00"));
    const auto otherPlan = planInstallments(db(), other, cny(4000), 2);
    QVERIFY(otherPlan.succeeded());
    const QString error = createFailingTrigger(
        db(), QStringLiteral("fail_audit"), QStringLiteral("BEFORE INSERT"),
        QStringLiteral("audit_log"), QStringLiteral("simulated disk failure"),
        QStringLiteral("NEW.action = 'charge.void'"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto failed = charges.voidCharge(other, QStringLiteral("Contract withdrawn"));
    QVERIFY(!failed.ok);
    QVERIFY(failed.databaseFailure);
    QVERIFY(InstallmentRepository(db()).plan(otherPlan.planId).isActive());
    QCOMPARE(ChargeRepository(db()).findById(other)->status, QStringLiteral("posted"));
}

QTEST_GUILESS_MAIN(tst_Installments)
#include "tst_installments.moc"
