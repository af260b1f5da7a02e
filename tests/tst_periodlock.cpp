#include "chargerepository.h"
#include "chargeservice.h"
#include "installmentservice.h"
#include "paymentfixture.h"
#include "paymentrepository.h"
#include "paymentservice.h"
#include "periodlock.h"
#include "periodlockservice.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace PaymentFixture;

// The period lock (关账日期): moving it (admins only, a reason to move it
// back, audited), and the refusal of every write dated on or before it, by
// the services and by the triggers for a direct write.
class tst_PeriodLock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void moveIsAudited();
    void moveBackNeedsReason();
    void moveRejected_data();
    void moveRejected();
    void moveNeedsAdmin();
    void chargeOnLockedDayRefused();
    void refusalNamesAdmins();
    void chargeAfterLockAccepted();
    void voidOfLockedChargeRefused();
    void paymentOnLockedDateRefused();
    void reversalOfLockedPaymentRefused();
    void planOnLockedDayRefused();
    void triggerRefusesLockedCharge();
    void triggerRefusesVoidOfLockedCharge();
    void triggerRefusesLockedPayment();
    void triggerRefusesReversalOfLockedPayment();
    void triggerRefusesLockedPlan();
    void triggerKeepsLockHistory();

private:
    QSqlDatabase db() const { return m_database->db(); }
    qint64 value(const QString &sql) const { return scalar(db(), sql); }

    // Moves the lock through the service as an admin; fails the test on error.
    void lockAt(const QDate &date, const QString &reason = QString());

    // Inserts the lock row directly, as a trigger test needs a fixed date.
    bool insertLock(const QString &date, const QString &reason, QString *error);

    bool addUser(const QString &login, const QString &role);
    bool exec(const QString &sql, QString *error);
    QString chargeInsert(const QString &requestKey, const QString &createdAt) const;

    std::unique_ptr<TestDatabase> m_database;
    qint64 m_customerId = 0;
    qint64 m_billId = 0;
    qint64 m_chargeId = 0; // 100.00 on the bill, entered today
};

void tst_PeriodLock::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));

    m_customerId = insertCustomer(db(), QStringLiteral("HUALIAN"),
                                  QStringLiteral("北京华联商贸有限公司"));
    m_billId = insertBill(db(), QStringLiteral("B-1001"), m_customerId, 100000);
    m_chargeId = addCharge(db(), m_customerId, m_billId, QStringLiteral("100.00"));
    QVERIFY(m_chargeId > 0);
}

void tst_PeriodLock::cleanup()
{
    m_database.reset();
}

void tst_PeriodLock::lockAt(const QDate &date, const QString &reason)
{
    const PeriodLockService::Result result
        = PeriodLockService(db(), QStringLiteral("tester")).move(date, reason);
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
}

bool tst_PeriodLock::insertLock(const QString &date, const QString &reason, QString *error)
{
    return exec(QStringLiteral("INSERT INTO period_locks (lock_date, reason, moved_by, moved_at) "
                               "VALUES ('%1', '%2', 'tester', '2026-02-01T09:00:00.000Z')")
                    .arg(date, reason),
                error);
}

bool tst_PeriodLock::addUser(const QString &login, const QString &role)
{
    QString error;
    const bool ok = exec(QStringLiteral("INSERT INTO users (login, display_name, role, active, "
                                        "created_by, created_at) VALUES ('%1', '%1', '%2', 1, "
                                        "'tester', '2026-01-01T00:00:00.000Z')")
                             .arg(login, role),
                         &error);
    if (!ok)
        qWarning() << error;
    return ok;
}

bool tst_PeriodLock::exec(const QString &sql, QString *error)
{
    QSqlQuery query(db());
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

QString tst_PeriodLock::chargeInsert(const QString &requestKey, const QString &createdAt) const
{
    return QStringLiteral("INSERT INTO charges (request_key, customer_id, fee_type_code, "
                          "amount_minor, currency, reason_code, payment_method_code, due_date, "
                          "created_by, created_at) VALUES ('%1', %2, 'SERVICE', 1000, 'CNY', "
                          "'OTHER', 'CASH', '2026-03-01', 'tester', '%3')")
        .arg(requestKey)
        .arg(m_customerId)
        .arg(createdAt);
}

void tst_PeriodLock::moveIsAudited()
{
    const QDate today = QDate::currentDate();
    lockAt(today.addDays(-10));
    lockAt(today);

    const QList<PeriodLockMove> history = PeriodLock(db()).history(nullptr);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).lockDate, today);
    QCOMPARE(history.at(1).lockDate, today.addDays(-10));
    QCOMPARE(history.at(0).movedBy, QStringLiteral("tester"));
    QString error;
    QCOMPARE(PeriodLock(db()).current(&error).lockDate, today);

    QSqlQuery audit(db());
    VERIFY_SQL(audit, audit.exec(QStringLiteral("SELECT actor, entity, entity_id, details "
                                                "FROM audit_log WHERE action = "
                                                "'period_lock.move' ORDER BY id")));
    VERIFY_SQL(audit, audit.next());
    QJsonObject details
        = QJsonDocument::fromJson(audit.value(QStringLiteral("details")).toByteArray()).object();
    QVERIFY(details.value(QStringLiteral("old_date")).isNull());
    QCOMPARE(details.value(QStringLiteral("new_date")).toString(),
             today.addDays(-10).toString(Qt::ISODate));
    QCOMPARE(audit.value(QStringLiteral("actor")).toString(), QStringLiteral("tester"));
    QCOMPARE(audit.value(QStringLiteral("entity")).toString(), QStringLiteral("period_lock"));
    QCOMPARE(audit.value(QStringLiteral("entity_id")).toLongLong(), history.at(1).id);

    VERIFY_SQL(audit, audit.next());
    details
        = QJsonDocument::fromJson(audit.value(QStringLiteral("details")).toByteArray()).object();
    QCOMPARE(details.value(QStringLiteral("old_date")).toString(),
             today.addDays(-10).toString(Qt::ISODate));
    QCOMPARE(details.value(QStringLiteral("new_date")).toString(), today.toString(Qt::ISODate));
    QVERIFY(!audit.next());
}

void tst_PeriodLock::moveBackNeedsReason()
{
    const QDate today = QDate::currentDate();
    lockAt(today);

    PeriodLockService service(db(), QStringLiteral("tester"));
    PeriodLockService::Result result = service.move(today.addDays(-3), QStringLiteral("  "));
    QCOMPARE(result.status, PeriodLockService::Result::Status::Rejected);
    QVERIFY2(result.errorMessage.contains(today.toString(Qt::ISODate)),
             qPrintable(result.errorMessage));
    QVERIFY2(result.errorMessage.contains(today.addDays(-3).toString(Qt::ISODate)),
             qPrintable(result.errorMessage));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM period_locks")), 1);

    result = service.move(today.addDays(-3), QStringLiteral("Invoice 88 was booked late"));
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));

    QSqlQuery audit(db());
    VERIFY_SQL(audit, audit.exec(QStringLiteral("SELECT note FROM audit_log WHERE action = "
                                                "'period_lock.move' ORDER BY id DESC")));
    VERIFY_SQL(audit, audit.next());
    QCOMPARE(audit.value(QStringLiteral("note")).toString(),
             QStringLiteral("Invoice 88 was booked late"));
    QCOMPARE(PeriodLock(db()).current(nullptr).reason, QStringLiteral("Invoice 88 was booked late"));
}

void tst_PeriodLock::moveRejected_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("expected");

    const QDate today = QDate::currentDate();
    QTest::newRow("after today") << today.addDays(1) << QString() << QStringLiteral("after today");
    QTest::newRow("same date") << today.addDays(-5) << QString() << QStringLiteral("already");
    QTest::newRow("invalid date") << QDate() << QString() << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("reason too long") << today << QString(501, QLatin1Char('x'))
                                     << QStringLiteral("501 characters");
}

void tst_PeriodLock::moveRejected()
{
    QFETCH(QDate, date);
    QFETCH(QString, reason);
    QFETCH(QString, expected);

    lockAt(QDate::currentDate().addDays(-5));
    const PeriodLockService::Result result
        = PeriodLockService(db(), QStringLiteral("tester")).move(date, reason);
    QCOMPARE(result.status, PeriodLockService::Result::Status::Rejected);
    QVERIFY2(result.errorMessage.contains(expected), qPrintable(result.errorMessage));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM period_locks")), 1);
}

void tst_PeriodLock::moveNeedsAdmin()
{
    QVERIFY(addUser(QStringLiteral("boss"), QStringLiteral("admin")));
    QVERIFY(addUser(QStringLiteral("tester"), QStringLiteral("finance")));

    PeriodLockService::Result result = PeriodLockService(db(), QStringLiteral("tester"))
                                           .move(QDate::currentDate(), QString());
    QCOMPARE(result.status, PeriodLockService::Result::Status::Rejected);
    QVERIFY2(result.errorMessage.contains(QLatin1String("Moving the period lock date")),
             qPrintable(result.errorMessage));
    QVERIFY2(result.errorMessage.contains(QLatin1String("tester")),
             qPrintable(result.errorMessage));
    QVERIFY2(result.errorMessage.contains(QLatin1String("Administrator")),
             qPrintable(result.errorMessage));
    QVERIFY2(result.errorMessage.contains(QLatin1String("boss")),
             qPrintable(result.errorMessage));

    result = PeriodLockService(db(), QStringLiteral("stranger")).move(QDate::currentDate(), {});
    QCOMPARE(result.status, PeriodLockService::Result::Status::Rejected);
    QVERIFY2(result.errorMessage.contains(QStringLiteral("“stranger”")),
             qPrintable(result.errorMessage));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM period_locks")), 0);

    result = PeriodLockService(db(), QStringLiteral("boss")).move(QDate::currentDate(), {});
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
}

void tst_PeriodLock::chargeOnLockedDayRefused()
{
    const QDate today = QDate::currentDate();
    lockAt(today);
    const qint64 balance = value(QStringLiteral("SELECT balance_minor FROM customers"));

    ChargeRequest request;
    request.requestKey = ChargeRequest::newRequestKey();
    request.customerId = m_customerId;
    request.feeTypeCode = QStringLiteral("LATE_FEE");
    request.amountText = QStringLiteral("12.00");
    request.reasonCode = QStringLiteral("UNPAID");
    request.paymentMethodCode = QStringLiteral("CASH");
    request.dueDate = today.addDays(200);

    ChargeService service(db(), QStringLiteral("tester"));
    const ChargeReview review = service.review(request);
    QVERIFY(!review.isValid());
    const QString problems = review.problemText();
    QVERIFY2(problems.contains(QLatin1String("period lock date")), qPrintable(problems));
    QVERIFY2(problems.contains(today.toString(Qt::ISODate)), qPrintable(problems));
    QVERIFY2(problems.contains(QStringLiteral("Settings › Period Lock")), qPrintable(problems));

    const ChargeService::CommitResult result = service.commit(request, review);
    QCOMPARE(result.status, ChargeService::CommitResult::Status::Rejected);
    QVERIFY2(result.errorMessage.contains(QLatin1String("period lock date")),
             qPrintable(result.errorMessage));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM charges")), 1);
    QCOMPARE(value(QStringLiteral("SELECT balance_minor FROM customers")), balance);
}

void tst_PeriodLock::refusalNamesAdmins()
{
    lockAt(QDate::currentDate());
    QVERIFY(addUser(QStringLiteral("boss"), QStringLiteral("admin")));
    QVERIFY(addUser(QStringLiteral("tester"), QStringLiteral("finance")));

    QString error;
    const QString refusal = PeriodLock(db()).refusal(PeriodLock::Entry::ChargeVoid,
                                                     QDate(2026, 1, 5), 42, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(refusal.contains(QLatin1String("Charge 42")), qPrintable(refusal));
    QVERIFY2(refusal.contains(QLatin1String("2026-01-05")), qPrintable(refusal));
    QVERIFY2(refusal.contains(QDate::currentDate().toString(Qt::ISODate)), qPrintable(refusal));
    QVERIFY2(refusal.contains(QLatin1String("Only an administrator")), qPrintable(refusal));
    QVERIFY2(refusal.contains(QLatin1String("boss")), qPrintable(refusal));

    // A day after the lock is not refused.
    QVERIFY(PeriodLock(db())
                .refusal(PeriodLock::Entry::ChargeVoid, QDate::currentDate().addDays(1), 42,
                         &error)
                .isEmpty());
}

void tst_PeriodLock::chargeAfterLockAccepted()
{
    lockAt(QDate::currentDate().addDays(-1));
    QVERIFY(addCharge(db(), m_customerId, 0, QStringLiteral("12.00")) > 0);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM charges")), 2);
}

void tst_PeriodLock::voidOfLockedChargeRefused()
{
    const QDate today = QDate::currentDate();
    lockAt(today);
    const qint64 balance = value(QStringLiteral("SELECT balance_minor FROM customers"));

    ChargeService service(db(), QStringLiteral("tester"));
    ChargeService::VoidResult result = service.voidCharge(m_chargeId, QStringLiteral("wrong"));
    QVERIFY(!result.ok);
    QVERIFY(!result.databaseFailure);
    QVERIFY2(result.errorMessage.contains(QStringLiteral("Charge %1").arg(m_chargeId)),
             qPrintable(result.errorMessage));
    QVERIFY2(result.errorMessage.contains(QLatin1String("cannot be voided")),
             qPrintable(result.errorMessage));
    QVERIFY2(result.errorMessage.contains(today.toString(Qt::ISODate)),
             qPrintable(result.errorMessage));
    QCOMPARE(ChargeRepository(db()).findById(m_chargeId)->status, QStringLiteral("posted"));
    QCOMPARE(value(QStringLiteral("SELECT balance_minor FROM customers")), balance);

    // Reopening the day lets the void through.
    lockAt(today.addDays(-1), QStringLiteral("Charge entered on the wrong bill"));
    result = service.voidCharge(m_chargeId, QStringLiteral("wrong"));
    QVERIFY2(result.ok, qPrintable(result.errorMessage));
}

void tst_PeriodLock::paymentOnLockedDateRefused()
{
    const QDate today = QDate::currentDate();
    lockAt(today.addDays(-1));

    PaymentRequest request = paymentRequest(m_customerId, QStringLiteral("10.00"));
    request.billId = m_billId;
    request.paidOn = today.addDays(-1);
    const PaymentService::CommitResult refused = pay(db(), request);
    QCOMPARE(refused.status, PaymentService::CommitResult::Status::Rejected);
    QVERIFY2(refused.errorMessage.contains(today.addDays(-1).toString(Qt::ISODate)),
             qPrintable(refused.errorMessage));
    QVERIFY2(refused.errorMessage.contains(QLatin1String("period lock date")),
             qPrintable(refused.errorMessage));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM payments")), 0);

    request.requestKey = PaymentRequest::newRequestKey();
    request.paidOn = today;
    const PaymentService::CommitResult accepted = pay(db(), request);
    QVERIFY2(accepted.succeeded(), qPrintable(accepted.errorMessage));
}

void tst_PeriodLock::reversalOfLockedPaymentRefused()
{
    PaymentRequest request = paymentRequest(m_customerId, QStringLiteral("10.00"));
    request.chargeId = m_chargeId;
    const PaymentService::CommitResult paid = pay(db(), request);
    QVERIFY2(paid.succeeded(), qPrintable(paid.errorMessage));
    lockAt(QDate::currentDate());

    const PaymentService::ReverseResult result = PaymentService(db(), QStringLiteral("tester"))
                                                     .reversePayment(paid.paymentId,
                                                                     QStringLiteral("bounced"));
    QVERIFY(!result.ok);
    QVERIFY(!result.databaseFailure);
    QVERIFY2(result.errorMessage.contains(QStringLiteral("Payment %1").arg(paid.paymentId)),
             qPrintable(result.errorMessage));
    QVERIFY2(result.errorMessage.contains(QLatin1String("cannot be reversed")),
             qPrintable(result.errorMessage));
    QCOMPARE(PaymentRepository(db()).payment(paid.paymentId, nullptr).status,
             QStringLiteral("posted"));
    QCOMPARE(value(QStringLiteral("SELECT paid_minor FROM charges WHERE id = %1")
                       .arg(m_chargeId)),
             1000);
}

void tst_PeriodLock::planOnLockedDayRefused()
{
    const InstallmentService::Result made
        = planInstallments(db(), m_chargeId, Money(10000, QStringLiteral("CNY")), 2);
    QVERIFY2(made.succeeded(), qPrintable(made.errorMessage));
    lockAt(QDate::currentDate());

    const InstallmentService::Result cancelled
        = InstallmentService(db(), QStringLiteral("tester"))
              .cancelPlan(made.planId, QStringLiteral("customer paid at once"));
    QCOMPARE(cancelled.status, InstallmentService::Result::Status::Rejected);
    QVERIFY2(cancelled.errorMessage.contains(QLatin1String("period lock date")),
             qPrintable(cancelled.errorMessage));

    const qint64 other = addCharge(db(), m_customerId, 0, QStringLiteral("5.00"));
    QCOMPARE(other, 0); // refused too: today is locked
    const InstallmentService::Result refused
        = planInstallments(db(), m_chargeId, Money(10000, QStringLiteral("CNY")), 3);
    QCOMPARE(refused.status, InstallmentService::Result::Status::Rejected);
    QVERIFY2(refused.errorMessage.contains(QLatin1String("period lock date")),
             qPrintable(refused.errorMessage));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM installment_plans")), 1);
}

void tst_PeriodLock::triggerRefusesLockedCharge()
{
    QString error;
    QVERIFY2(insertLock(QStringLiteral("2026-01-31"), QString(), &error), qPrintable(error));

    QVERIFY(!exec(chargeInsert(QStringLiteral("direct-0001"), QStringLiteral(
                                   "2026-01-31T12:00:00.000Z")),
                  &error));
    QVERIFY2(error.contains(QLatin1String("period lock date")), qPrintable(error));
    QVERIFY(!exec(chargeInsert(QStringLiteral("direct-0002"), QStringLiteral(
                                   "2025-12-01T12:00:00.000Z")),
                  &error));

    QVERIFY2(exec(chargeInsert(QStringLiteral("direct-0003"),
                               QStringLiteral("2026-02-01T12:00:00.000Z")),
                  &error),
             qPrintable(error));
}

void tst_PeriodLock::triggerRefusesVoidOfLockedCharge()
{
    QString error;
    QVERIFY2(exec(chargeInsert(QStringLiteral("direct-0001"),
                               QStringLiteral("2026-01-15T12:00:00.000Z")),
                  &error),
             qPrintable(error));
    QVERIFY2(insertLock(QStringLiteral("2026-01-31"), QString(), &error), qPrintable(error));

    const QString voidCharge = QStringLiteral(
        "UPDATE charges SET status = 'void', voided_by = 'tester', "
        "voided_at = '2026-02-03T09:00:00.000Z', void_reason = 'wrong' "
        "WHERE request_key = 'direct-0001'");
    QVERIFY(!exec(voidCharge, &error));
    QVERIFY2(error.contains(QLatin1String("period lock date")), qPrintable(error));

    QVERIFY2(insertLock(QStringLiteral("2026-01-14"), QStringLiteral("reopen"), &error),
             qPrintable(error));
    QVERIFY2(exec(voidCharge, &error), qPrintable(error));
}

void tst_PeriodLock::triggerRefusesLockedPayment()
{
    QString error;
    QVERIFY2(insertLock(QStringLiteral("2026-01-31"), QString(), &error), qPrintable(error));

    const QString insert = QStringLiteral(
        "INSERT INTO payments (request_key, customer_id, bill_id, amount_minor, currency, "
        "paid_on, payment_method_code, created_by, created_at) VALUES ('%1', %2, %3, 100, "
        "'CNY', '%4', 'CASH', 'tester', '2026-02-03T09:00:00.000Z')");
    QVERIFY(!exec(insert.arg(QStringLiteral("payment-0001"))
                      .arg(m_customerId)
                      .arg(m_billId)
                      .arg(QStringLiteral("2026-01-31")),
                  &error));
    QVERIFY2(error.contains(QLatin1String("period lock date")), qPrintable(error));
    QVERIFY2(exec(insert.arg(QStringLiteral("payment-0002"))
                      .arg(m_customerId)
                      .arg(m_billId)
                      .arg(QStringLiteral("2026-02-01")),
                  &error),
             qPrintable(error));
}

void tst_PeriodLock::triggerRefusesReversalOfLockedPayment()
{
    QString error;
    QVERIFY2(exec(QStringLiteral("INSERT INTO payments (request_key, customer_id, bill_id, "
                                 "amount_minor, currency, paid_on, payment_method_code, "
                                 "created_by, created_at) VALUES ('payment-0001', %1, %2, 100, "
                                 "'CNY', '2026-01-20', 'CASH', 'tester', "
                                 "'2026-01-20T09:00:00.000Z')")
                      .arg(m_customerId)
                      .arg(m_billId),
                  &error),
             qPrintable(error));
    QVERIFY2(insertLock(QStringLiteral("2026-01-31"), QString(), &error), qPrintable(error));

    QVERIFY(!exec(QStringLiteral("UPDATE payments SET status = 'reversed', reversed_by = "
                                 "'tester', reversed_at = '2026-02-03T09:00:00.000Z', "
                                 "reverse_reason = 'bounced' WHERE request_key = "
                                 "'payment-0001'"),
                  &error));
    QVERIFY2(error.contains(QLatin1String("period lock date")), qPrintable(error));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM payments WHERE status = 'posted'")), 1);
}

void tst_PeriodLock::triggerRefusesLockedPlan()
{
    QString error;
    QVERIFY2(insertLock(QStringLiteral("2026-01-31"), QString(), &error), qPrintable(error));

    const QString insert = QStringLiteral(
        "INSERT INTO installment_plans (request_key, charge_id, created_by, created_at) "
        "VALUES ('%1', %2, 'tester', '%3')");
    QVERIFY(!exec(insert.arg(QStringLiteral("plan-0001"))
                      .arg(m_chargeId)
                      .arg(QStringLiteral("2026-01-30T12:00:00.000Z")),
                  &error));
    QVERIFY2(error.contains(QLatin1String("period lock date")), qPrintable(error));
    QVERIFY2(exec(insert.arg(QStringLiteral("plan-0002"))
                      .arg(m_chargeId)
                      .arg(QStringLiteral("2026-02-01T12:00:00.000Z")),
                  &error),
             qPrintable(error));
}

void tst_PeriodLock::triggerKeepsLockHistory()
{
    QString error;
    QVERIFY2(insertLock(QStringLiteral("2026-01-31"), QString(), &error), qPrintable(error));

    // Moving back needs a reason; moving forward does not.
    QVERIFY(!insertLock(QStringLiteral("2026-01-15"), QStringLiteral(" "), &error));
    QVERIFY2(error.contains(QLatin1String("needs a reason")), qPrintable(error));
    QVERIFY2(insertLock(QStringLiteral("2026-01-15"), QStringLiteral("late invoice"), &error),
             qPrintable(error));
    QVERIFY2(insertLock(QStringLiteral("2026-02-28"), QString(), &error), qPrintable(error));

    QVERIFY(!exec(QStringLiteral("UPDATE period_locks SET lock_date = '2026-03-31'"), &error));
    QVERIFY2(error.contains(QLatin1String("cannot be changed")), qPrintable(error));
    QVERIFY(!exec(QStringLiteral("DELETE FROM period_locks"), &error));
    QVERIFY2(error.contains(QLatin1String("cannot be deleted")), qPrintable(error));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM period_locks")), 3);
}

QTEST_GUILESS_MAIN(tst_PeriodLock)
#include "tst_periodlock.moc"
