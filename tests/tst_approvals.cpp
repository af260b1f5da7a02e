#include "approvalthresholds.h"
#include "approvalthresholdservice.h"
#include "chargereportquery.h"
#include "chargerepository.h"
#include "chargeservice.h"
#include "openitemquery.h"
#include "paymentfixture.h"
#include "periodlockservice.h"
#include "reminderquery.h"
#include "statementquery.h"
#include "testsupport.h"
#include "userservice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace PaymentFixture;

// Maker–checker: a charge above the approval threshold of its currency
// waits for approval, counts nowhere until a finance user other than its
// author approves it, and is rejected with a reason otherwise. Each rule is
// checked in the services and, for a direct write, in the triggers.
class tst_Approvals : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void belowThresholdPosts();
    void aboveThresholdWaits();
    void pendingCountsNowhere();
    void approvalPostsAndAudits();
    void authorCannotApprove();
    void salesCannotApprove();
    void rejectionKeepsCharge();
    void rejectionNeedsReason();
    void duplicateCheckSeesPending();
    void thresholdChangeSinceReviewRejected();
    void lockedChargeNotApproved();
    void thresholdsAdminOnlyAndAudited();
    void triggerRefusesPostedAboveThreshold();
    void triggerRefusesAuthorApproval();
    void triggerAllowsOnlyDecisions();

private:
    QSqlDatabase db() const { return m_database->db(); }
    qint64 value(const QString &sql) const { return scalar(db(), sql); }
    qint64 balance() const;

    // Enters a charge of amount as login, due in dueInDays days; returns the
    // commit result.
    ChargeService::CommitResult enter(const QString &login, const QString &amount,
                                      int dueInDays = 60) const;

    void setThreshold(const QString &amount);

    std::unique_ptr<TestDatabase> m_database;
    qint64 m_customerId = 0;
    qint64 m_billId = 0;
};

void tst_Approvals::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));

    m_customerId = insertCustomer(db(), QStringLiteral("HUALIAN"),
                                  QStringLiteral("北京华联商贸有限公司"));
    m_billId = insertBill(db(), QStringLiteral("B-1001"), m_customerId, 100000);

    // "admin" manages, "maker" and "checker" are finance users, "sales" adds
    // charges only.
    UserService users(db(), QStringLiteral("admin"));
    QVERIFY(users.add(QStringLiteral("admin"), QString(), UserRole::Admin).succeeded());
    QVERIFY(users.add(QStringLiteral("maker"), QString(), UserRole::Finance).succeeded());
    QVERIFY(users.add(QStringLiteral("checker"), QString(), UserRole::Finance).succeeded());
    QVERIFY(users.add(QStringLiteral("sales"), QString(), UserRole::Sales).succeeded());
    setThreshold(QStringLiteral("500.00"));
}

void tst_Approvals::cleanup()
{
    m_database.reset();
}

qint64 tst_Approvals::balance() const
{
    return value(QStringLiteral("SELECT balance_minor FROM customers WHERE id = %1")
                     .arg(m_customerId));
}

ChargeService::CommitResult tst_Approvals::enter(const QString &login, const QString &amount,
                                                 int dueInDays) const
{
    ChargeService service(db(), login);
    ChargeRequest request;
    request.requestKey = ChargeRequest::newRequestKey();
    request.customerId = m_customerId;
    request.billId = m_billId;
    request.feeTypeCode = QStringLiteral("MATERIAL");
    request.amountText = amount;
    request.reasonCode = QStringLiteral("BILLING_ERROR");
    request.paymentMethodCode = QStringLiteral("BANK_TRANSFER");
    request.dueDate = QDate::currentDate().addDays(dueInDays);
    request.duplicateAcknowledgement = QStringLiteral("Separate delivery");
    return service.commit(request, service.review(request));
}

void tst_Approvals::setThreshold(const QString &amount)
{
    const auto parsed = Money::parse(amount, QStringLiteral("CNY"));
    QVERIFY(parsed);
    const ApprovalThresholdService::Result result
        = ApprovalThresholdService(db(), QStringLiteral("admin")).set(*parsed);
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
}

void tst_Approvals::belowThresholdPosts()
{
    const qint64 before = balance();
    const auto result = enter(QStringLiteral("sales"), QStringLiteral("500.00"));
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    QVERIFY(!result.review.needsApproval);
    QCOMPARE(ChargeRepository(db()).findById(result.chargeId)->status, QStringLiteral("posted"));
    QCOMPARE(balance(), before + 50000);
}

void tst_Approvals::aboveThresholdWaits()
{
    const qint64 before = balance();
    const qint64 billCharges = value(QStringLiteral("SELECT charges_total_minor FROM bills"));
    const auto result = enter(QStringLiteral("sales"), QStringLiteral("500.01"));
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    QVERIFY(result.review.needsApproval);
    QCOMPARE(result.review.approvalThreshold, Money(50000, QStringLiteral("CNY")));
    QVERIFY2(result.review.summary.contains(QLatin1String("waits for approval")),
             qPrintable(result.review.summary));

    const auto charge = ChargeRepository(db()).findById(result.chargeId);
    QCOMPARE(charge->status, QStringLiteral("pending"));
    QCOMPARE(charge->paymentStatus(), ChargeStatus::Pending);
    QCOMPARE(charge->open(), Money(0, QStringLiteral("CNY")));
    QCOMPARE(balance(), before);
    QCOMPARE(value(QStringLiteral("SELECT charges_total_minor FROM bills")), billCharges);

    QSqlQuery audit(db());
    VERIFY_SQL(audit, audit.exec(QStringLiteral("SELECT details FROM audit_log WHERE action = "
                                                "'charge.add' AND entity_id = %1")
                                     .arg(result.chargeId)));
    VERIFY_SQL(audit, audit.next());
    const QJsonObject details
        = QJsonDocument::fromJson(audit.value(QStringLiteral("details")).toByteArray()).object();
    QCOMPARE(details.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(ChargeRepository(db()).pending().size(), 1);
}

void tst_Approvals::pendingCountsNowhere()
{
    const auto result = enter(QStringLiteral("sales"), QStringLiteral("900.00"), -5);
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    const qint64 chargeId = result.chargeId;
    const QDate today = QDate::currentDate();

    QString error;
    QList<OpenItem> open;
    QCOMPARE(OpenItemQuery(db(), UiLanguage::English).run({m_customerId}, &open, &error),
             ReportQueryStatus::Completed);
    for (const OpenItem &item : open)
        QVERIFY(item.kind != OpenItem::Kind::Charge || item.id != chargeId);

    const QList<ReminderItem> reminders
        = ReminderQuery(db(), UiLanguage::English).openItemsOfCustomer(m_customerId, today);
    for (const ReminderItem &item : reminders)
        QVERIFY(item.item.id != chargeId);

    StatementData statement;
    QCOMPARE(StatementQuery(db(), UiLanguage::English)
                 .run(m_customerId, today.addDays(-40), today, &statement, &error),
             ReportQueryStatus::Completed);
    for (const StatementEntry &entry : statement.entries)
        QVERIFY(entry.chargeId != chargeId);
    QCOMPARE(statement.closing.minorUnits(), balance());

    ChargeReportData report;
    QCOMPARE(ChargeReportQuery(db(), UiLanguage::English).run(ChargeReportFilter(), &report,
                                                              &error),
             ReportQueryStatus::Completed);
    QVERIFY(report.rows.isEmpty());

    // It can be neither paid nor voided.
    PaymentRequest payment = paymentRequest(m_customerId, QStringLiteral("1.00"));
    payment.chargeId = chargeId;
    PaymentService payments(db(), QStringLiteral("checker"));
    const auto paid = payments.commit(payment, payments.review(payment));
    QCOMPARE(paid.status, PaymentService::CommitResult::Status::Rejected);
    QVERIFY2(paid.errorMessage.contains(QLatin1String("waits for approval")),
             qPrintable(paid.errorMessage));
    const auto voided = ChargeService(db(), QStringLiteral("checker"))
                            .voidCharge(chargeId, QStringLiteral("wrong"));
    QVERIFY(!voided.ok);
    QVERIFY2(voided.errorMessage.contains(QLatin1String("reject it")),
             qPrintable(voided.errorMessage));
}

void tst_Approvals::approvalPostsAndAudits()
{
    const qint64 before = balance();
    const auto entered = enter(QStringLiteral("maker"), QStringLiteral("900.00"));
    QVERIFY2(entered.succeeded(), qPrintable(entered.errorMessage));
    QCOMPARE(balance(), before);

    const auto approved = ChargeService(db(), QStringLiteral("checker")).approve(entered.chargeId);
    QVERIFY2(approved.ok, qPrintable(approved.errorMessage));
    QCOMPARE(balance(), before + 90000);

    const auto charge = ChargeRepository(db()).findById(entered.chargeId);
    QCOMPARE(charge->status, QStringLiteral("posted"));
    QCOMPARE(charge->approvedBy, QStringLiteral("checker"));
    QVERIFY(charge->approvedAt.isValid());
    QCOMPARE(charge->createdBy, QStringLiteral("maker"));
    QVERIFY(ChargeRepository(db()).pending().isEmpty());

    QSqlQuery audit(db());
    VERIFY_SQL(audit, audit.exec(QStringLiteral("SELECT actor, details FROM audit_log WHERE "
                                                "action = 'charge.approve' AND entity_id = %1")
                                     .arg(entered.chargeId)));
    VERIFY_SQL(audit, audit.next());
    QCOMPARE(audit.value(QStringLiteral("actor")).toString(), QStringLiteral("checker"));
    const QJsonObject details
        = QJsonDocument::fromJson(audit.value(QStringLiteral("details")).toByteArray()).object();
    QCOMPARE(details.value(QStringLiteral("status")).toString(), QStringLiteral("posted"));
    QCOMPARE(details.value(QStringLiteral("approved_at")).toString(),
             charge->approvedAt.toString(Qt::ISODateWithMs));

    // Approving twice is refused.
    const auto again = ChargeService(db(), QStringLiteral("admin")).approve(entered.chargeId);
    QVERIFY(!again.ok);
    QVERIFY2(again.errorMessage.contains(QLatin1String("does not wait for approval")),
             qPrintable(again.errorMessage));
    QCOMPARE(balance(), before + 90000);
}

void tst_Approvals::authorCannotApprove()
{
    const auto entered = enter(QStringLiteral("maker"), QStringLiteral("900.00"));
    QVERIFY(entered.succeeded());

    const auto result = ChargeService(db(), QStringLiteral("maker")).approve(entered.chargeId);
    QVERIFY(!result.ok);
    QVERIFY(!result.databaseFailure);
    QVERIFY2(result.errorMessage.contains(QLatin1String("another finance user must approve")),
             qPrintable(result.errorMessage));
    QCOMPARE(ChargeRepository(db()).findById(entered.chargeId)->status,
             QStringLiteral("pending"));

    // The author may withdraw it.
    const auto withdrawn = ChargeService(db(), QStringLiteral("maker"))
                               .reject(entered.chargeId, QStringLiteral("typed 900, meant 90"));
    QVERIFY2(withdrawn.ok, qPrintable(withdrawn.errorMessage));
}

void tst_Approvals::salesCannotApprove()
{
    const auto entered = enter(QStringLiteral("maker"), QStringLiteral("900.00"));
    QVERIFY(entered.succeeded());

    const auto approved = ChargeService(db(), QStringLiteral("sales")).approve(entered.chargeId);
    QVERIFY(!approved.ok);
    QVERIFY2(approved.errorMessage.contains(QLatin1String("Approving a charge needs the role "
                                                          "Finance")),
             qPrintable(approved.errorMessage));
    const auto rejected = ChargeService(db(), QStringLiteral("sales"))
                              .reject(entered.chargeId, QStringLiteral("no"));
    QVERIFY(!rejected.ok);
    QVERIFY2(rejected.errorMessage.contains(QLatin1String("Rejecting a charge needs the role "
                                                          "Finance")),
             qPrintable(rejected.errorMessage));
    QCOMPARE(ChargeRepository(db()).findById(entered.chargeId)->status,
             QStringLiteral("pending"));

    // A sales user's own charge: the role decides, and the advice to reject
    // it, which sales may not do, is not given.
    const auto own = enter(QStringLiteral("sales"), QStringLiteral("950.00"));
    QVERIFY2(own.succeeded(), qPrintable(own.errorMessage));
    const auto ownApproved = ChargeService(db(), QStringLiteral("sales")).approve(own.chargeId);
    QVERIFY(!ownApproved.ok);
    QVERIFY2(ownApproved.errorMessage.contains(QLatin1String("Approving a charge needs the role "
                                                             "Finance")),
             qPrintable(ownApproved.errorMessage));
    QVERIFY2(!ownApproved.errorMessage.contains(QLatin1String("reject")),
             qPrintable(ownApproved.errorMessage));
}

void tst_Approvals::rejectionKeepsCharge()
{
    const qint64 before = balance();
    const auto entered = enter(QStringLiteral("sales"), QStringLiteral("900.00"));
    QVERIFY(entered.succeeded());

    const auto rejected = ChargeService(db(), QStringLiteral("checker"))
                              .reject(entered.chargeId, QStringLiteral("  Not agreed with the "
                                                                       "customer  "));
    QVERIFY2(rejected.ok, qPrintable(rejected.errorMessage));
    QCOMPARE(balance(), before);

    const auto charge = ChargeRepository(db()).findById(entered.chargeId);
    QCOMPARE(charge->status, QStringLiteral("rejected"));
    QCOMPARE(charge->paymentStatus(), ChargeStatus::Rejected);
    QCOMPARE(charge->voidedBy, QStringLiteral("checker"));
    QCOMPARE(charge->voidReason, QStringLiteral("Not agreed with the customer"));
    QVERIFY(charge->approvedBy.isEmpty());
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                  "'charge.reject'")),
             1);

    // A rejected charge stays as it is.
    QVERIFY(!ChargeService(db(), QStringLiteral("checker")).approve(entered.chargeId).ok);
    const auto voided = ChargeService(db(), QStringLiteral("checker"))
                            .voidCharge(entered.chargeId, QStringLiteral("again"));
    QVERIFY(!voided.ok);
    QVERIFY2(voided.errorMessage.contains(QLatin1String("was rejected")),
             qPrintable(voided.errorMessage));
}

void tst_Approvals::rejectionNeedsReason()
{
    const auto entered = enter(QStringLiteral("sales"), QStringLiteral("900.00"));
    QVERIFY(entered.succeeded());
    ChargeService service(db(), QStringLiteral("checker"));
    QVERIFY(!service.reject(entered.chargeId, QStringLiteral("   ")).ok);
    QVERIFY(!service.reject(entered.chargeId, QString(501, QLatin1Char('x'))).ok);
    QCOMPARE(ChargeRepository(db()).findById(entered.chargeId)->status,
             QStringLiteral("pending"));
}

void tst_Approvals::duplicateCheckSeesPending()
{
    const auto first = enter(QStringLiteral("sales"), QStringLiteral("900.00"), 60);
    QVERIFY(first.succeeded());
    const auto second = enter(QStringLiteral("sales"), QStringLiteral("900.00"), 60);
    QCOMPARE(second.status, ChargeService::CommitResult::Status::Rejected);
    QVERIFY(second.review.hasExactDuplicate());
    QVERIFY2(second.errorMessage.contains(QLatin1String("waiting for approval")),
             qPrintable(second.errorMessage));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM charges")), 1);
}

void tst_Approvals::thresholdChangeSinceReviewRejected()
{
    ChargeService service(db(), QStringLiteral("sales"));
    ChargeRequest request;
    request.requestKey = ChargeRequest::newRequestKey();
    request.customerId = m_customerId;
    request.feeTypeCode = QStringLiteral("SERVICE");
    request.amountText = QStringLiteral("400.00");
    request.reasonCode = QStringLiteral("UNPAID");
    request.paymentMethodCode = QStringLiteral("CASH");
    request.dueDate = QDate::currentDate().addDays(30);
    const ChargeReview review = service.review(request);
    QVERIFY(review.isValid());
    QVERIFY(!review.needsApproval);

    setThreshold(QStringLiteral("100.00"));
    const auto result = service.commit(request, review);
    QCOMPARE(result.status, ChargeService::CommitResult::Status::Rejected);
    QVERIFY2(result.errorMessage.contains(QLatin1String("approval threshold")),
             qPrintable(result.errorMessage));
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM charges")), 0);
}

void tst_Approvals::lockedChargeNotApproved()
{
    const auto entered = enter(QStringLiteral("sales"), QStringLiteral("900.00"));
    QVERIFY(entered.succeeded());
    QVERIFY(PeriodLockService(db(), QStringLiteral("admin"))
                .move(QDate::currentDate(), QString())
                .succeeded());

    const auto approved = ChargeService(db(), QStringLiteral("checker")).approve(entered.chargeId);
    QVERIFY(!approved.ok);
    QVERIFY2(approved.errorMessage.contains(QLatin1String("period lock date")),
             qPrintable(approved.errorMessage));

    // Rejecting is still possible: the charge never counted.
    const auto rejected = ChargeService(db(), QStringLiteral("checker"))
                              .reject(entered.chargeId, QStringLiteral("period closed"));
    QVERIFY2(rejected.ok, qPrintable(rejected.errorMessage));
}

void tst_Approvals::thresholdsAdminOnlyAndAudited()
{
    const Money amount(20000, QStringLiteral("USD"));
    ApprovalThresholdService::Result result
        = ApprovalThresholdService(db(), QStringLiteral("checker")).set(amount);
    QCOMPARE(result.status, ApprovalThresholdService::Result::Status::Rejected);
    QVERIFY2(result.errorMessage.contains(QLatin1String("Setting approval thresholds")),
             qPrintable(result.errorMessage));

    ApprovalThresholdService service(db(), QStringLiteral("admin"));
    QVERIFY(service.set(amount).succeeded());
    QVERIFY(service.set(Money(30000, QStringLiteral("USD"))).succeeded());
    QString error;
    QCOMPARE(ApprovalThresholds(db()).find(QStringLiteral("USD"), &error)->amount,
             Money(30000, QStringLiteral("USD")));
    QVERIFY(service.remove(QStringLiteral("USD")).succeeded());
    QVERIFY(!ApprovalThresholds(db()).find(QStringLiteral("USD"), &error));
    QCOMPARE(service.remove(QStringLiteral("USD")).status,
             ApprovalThresholdService::Result::Status::Rejected);
    QCOMPARE(service.set(Money(-1, QStringLiteral("USD"))).status,
             ApprovalThresholdService::Result::Status::Rejected);

    QSqlQuery audit(db());
    VERIFY_SQL(audit, audit.exec(QStringLiteral("SELECT action, details FROM audit_log WHERE "
                                                "entity = 'approval_threshold' ORDER BY id")));
    QStringList actions;
    while (audit.next())
        actions << audit.value(QStringLiteral("action")).toString();
    QCOMPARE(actions, QStringList({QStringLiteral("approval_threshold.set"),
                                   QStringLiteral("approval_threshold.set"),
                                   QStringLiteral("approval_threshold.set"),
                                   QStringLiteral("approval_threshold.remove")}));
}

void tst_Approvals::triggerRefusesPostedAboveThreshold()
{
    const QString insert = QStringLiteral(
        "INSERT INTO charges (request_key, customer_id, fee_type_code, amount_minor, currency, "
        "reason_code, payment_method_code, due_date, status, created_by, created_at) VALUES "
        "('%1', %2, 'SERVICE', %3, 'CNY', 'OTHER', 'CASH', '2027-03-01', '%4', 'maker', "
        "'2026-11-02T09:00:00.000Z')");
    QSqlQuery query(db());
    QVERIFY(!query.exec(insert.arg(QStringLiteral("direct-0001")).arg(m_customerId)
                            .arg(50001).arg(QStringLiteral("posted"))));
    QVERIFY2(query.lastError().text().contains(QLatin1String("approval threshold")),
             qPrintable(query.lastError().text()));
    VERIFY_SQL(query, query.exec(insert.arg(QStringLiteral("direct-0002")).arg(m_customerId)
                                     .arg(50001).arg(QStringLiteral("pending"))));
    VERIFY_SQL(query, query.exec(insert.arg(QStringLiteral("direct-0003")).arg(m_customerId)
                                     .arg(50000).arg(QStringLiteral("posted"))));
}

void tst_Approvals::triggerRefusesAuthorApproval()
{
    const auto entered = enter(QStringLiteral("maker"), QStringLiteral("900.00"));
    QVERIFY(entered.succeeded());

    const QString approve = QStringLiteral(
        "UPDATE charges SET status = 'posted', approved_by = '%1', "
        "approved_at = '2026-11-03T09:00:00.000Z' WHERE id = %2");
    QSqlQuery query(db());
    QVERIFY(!query.exec(approve.arg(QStringLiteral("maker")).arg(entered.chargeId)));
    QVERIFY2(query.lastError().text().contains(QLatin1String("author of a charge cannot "
                                                             "approve it")),
             qPrintable(query.lastError().text()));
    VERIFY_SQL(query, query.exec(approve.arg(QStringLiteral("checker")).arg(entered.chargeId)));
}

void tst_Approvals::triggerAllowsOnlyDecisions()
{
    const auto entered = enter(QStringLiteral("maker"), QStringLiteral("900.00"));
    QVERIFY(entered.succeeded());
    const qint64 id = entered.chargeId;
    QSqlQuery query(db());

    // A pending charge is approved or rejected, never voided or paid.
    QVERIFY(!query.exec(QStringLiteral("UPDATE charges SET status = 'void', voided_by = 'x', "
                                       "voided_at = 'now', void_reason = 'r' WHERE id = %1")
                            .arg(id)));
    QVERIFY(!query.exec(QStringLiteral("UPDATE charges SET paid_minor = 100 WHERE id = %1")
                            .arg(id)));
    QVERIFY(!query.exec(QStringLiteral("UPDATE charges SET status = 'posted' WHERE id = %1")
                            .arg(id)));

    // A rejected charge stays rejected.
    VERIFY_SQL(query, query.exec(QStringLiteral("UPDATE charges SET status = 'rejected', "
                                                "voided_by = 'checker', voided_at = 'now', "
                                                "void_reason = 'no' WHERE id = %1")
                                     .arg(id)));
    QVERIFY(!query.exec(QStringLiteral("UPDATE charges SET status = 'posted', voided_by = NULL, "
                                       "voided_at = NULL, void_reason = NULL, approved_by = "
                                       "'checker', approved_at = 'now' WHERE id = %1")
                            .arg(id)));
    QVERIFY2(query.lastError().text().contains(QLatin1String("can only be")),
             qPrintable(query.lastError().text()));
    QCOMPARE(ChargeRepository(db()).findById(id)->status, QStringLiteral("rejected"));
}

QTEST_GUILESS_MAIN(tst_Approvals)
#include "tst_approvals.moc"
