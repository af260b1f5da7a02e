#include "approvalsdialog.h"
#include "approvalthresholds.h"
#include "approvalthresholdsdialog.h"
#include "approvalthresholdservice.h"
#include "chargeconfirmdialog.h"
#include "chargerepository.h"
#include "customerchargespanel.h"
#include "guitestsupport.h"
#include "paymentfixture.h"
#include "periodlock.h"
#include "periodlockdialog.h"
#include "periodlockservice.h"
#include "rejectchargedialog.h"
#include "testsupport.h"
#include "uilanguage.h"
#include "userdirectory.h"
#include "usersdialog.h"
#include "userservice.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace PaymentFixture;

// The dialogs of the Settings menu about who may do what, and the
// Approvals dialog: what each role sees and may use, and that their actions
// reach the database through the services.
class tst_AccessDialogs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void periodLockMovesDate();
    void periodLockBackNeedsReason();
    void periodLockReadOnlyForFinance();
    void usersFirstIsOwnAdmin();
    void usersRoleAndDeactivate();
    void usersReadOnlyForSales();
    void chargesPanelFollowsRole();
    void approvalsApproveOthersCharge();
    void approvalsOwnChargeNotApproved();
    void approvalsRejectWithReason();
    void confirmationSaysItWaits();
    void thresholdsSetByAdmin();
    void thresholdsReadOnlyForFinance();

private:
    QSqlDatabase db() const { return m_database->db(); }

    // Makes the test's own account a user of role, with "boss" as the admin.
    void becomeUser(UserRole role);

    // Sets a CNY threshold of 500.00 and enters a charge of 900.00 as
    // author, which waits for approval; returns its id.
    qint64 pendingChargeBy(const QString &author);

    // Saves a picture of widget when CHARGEDESK_SHOTS_DIR names a folder.
    void keepScreenshot(QWidget *widget, const QString &name);

    std::unique_ptr<TestDatabase> m_database;
};

void tst_AccessDialogs::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
}

void tst_AccessDialogs::cleanup()
{
    m_database.reset();
}

void tst_AccessDialogs::becomeUser(UserRole role)
{
    UserService users(db(), currentActor());
    UserService::Result result = users.add(currentActor(), QStringLiteral("Li Na"),
                                           UserRole::Admin);
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    result = users.add(QStringLiteral("boss"), QStringLiteral("Wang Fang"), UserRole::Admin);
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    if (role != UserRole::Admin) {
        result = users.setRole(currentActor(), role);
        QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    }
}

void tst_AccessDialogs::keepScreenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("CHARGEDESK_SHOTS_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        qWarning() << "Could not save" << path;
}

void tst_AccessDialogs::periodLockMovesDate()
{
    PeriodLockDialog dialog(db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *dateEdit = dialog.findChild<QDateEdit *>(QStringLiteral("lockDateEdit"));
    auto *moveButton = dialog.findChild<QPushButton *>(QStringLiteral("moveButton"));
    auto *history = dialog.findChild<QTableWidget *>(QStringLiteral("historyTable"));
    QVERIFY(dateEdit && moveButton && history);
    QCOMPARE(history->rowCount(), 0);
    QVERIFY(dateEdit->isEnabled());
    QCOMPARE(dateEdit->maximumDate(), QDate::currentDate());

    const QDate target = QDate::currentDate().addDays(-3);
    dateEdit->setDate(target);
    QVERIFY(moveButton->isEnabled());
    QTest::mouseClick(moveButton, Qt::LeftButton);

    QString error;
    QCOMPARE(PeriodLock(db()).current(&error).lockDate, target);
    QCOMPARE(history->rowCount(), 1);
    QCOMPARE(history->item(0, 1)->text(), currentActor());
    auto *current = dialog.findChild<QLabel *>(QStringLiteral("currentLabel"));
    QVERIFY2(current->text().contains(currentActor()), qPrintable(current->text()));

    // The date in force cannot be moved to again.
    QVERIFY(!moveButton->isEnabled());
    keepScreenshot(&dialog, QStringLiteral("period-lock-admin"));
}

void tst_AccessDialogs::periodLockBackNeedsReason()
{
    const PeriodLockService::Result locked
        = PeriodLockService(db(), currentActor()).move(QDate::currentDate(), QString());
    QVERIFY2(locked.succeeded(), qPrintable(locked.errorMessage));

    PeriodLockDialog dialog(db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *dateEdit = dialog.findChild<QDateEdit *>(QStringLiteral("lockDateEdit"));
    auto *reasonEdit = dialog.findChild<QLineEdit *>(QStringLiteral("reasonEdit"));
    auto *moveButton = dialog.findChild<QPushButton *>(QStringLiteral("moveButton"));
    QCOMPARE(dateEdit->date(), QDate::currentDate());

    dateEdit->setDate(QDate::currentDate().addDays(-7));
    QVERIFY(!moveButton->isEnabled());
    QTest::keyClicks(reasonEdit, QStringLiteral("Late supplier invoice"));
    QVERIFY(moveButton->isEnabled());
    QTest::mouseClick(moveButton, Qt::LeftButton);

    QString error;
    const PeriodLockMove current = PeriodLock(db()).current(&error);
    QCOMPARE(current.lockDate, QDate::currentDate().addDays(-7));
    QCOMPARE(current.reason, QStringLiteral("Late supplier invoice"));
    QVERIFY(reasonEdit->text().isEmpty());
    QCOMPARE(dialog.findChild<QTableWidget *>(QStringLiteral("historyTable"))->rowCount(), 2);
}

void tst_AccessDialogs::periodLockReadOnlyForFinance()
{
    becomeUser(UserRole::Finance);
    if (QTest::currentTestFailed())
        return;

    PeriodLockDialog dialog(db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *dateEdit = dialog.findChild<QDateEdit *>(QStringLiteral("lockDateEdit"));
    auto *moveButton = dialog.findChild<QPushButton *>(QStringLiteral("moveButton"));
    auto *roleLabel = dialog.findChild<QLabel *>(QStringLiteral("roleLabel"));
    QVERIFY(!dateEdit->isEnabled());
    QVERIFY(!moveButton->isEnabled());
    QVERIFY(roleLabel->isVisible());
    QVERIFY2(moveButton->toolTip().contains(QLatin1String("Administrator")),
             qPrintable(moveButton->toolTip()));
    QVERIFY2(moveButton->toolTip().contains(QLatin1String("Wang Fang (boss)")),
             qPrintable(moveButton->toolTip()));
    keepScreenshot(&dialog, QStringLiteral("period-lock-finance"));
}

void tst_AccessDialogs::usersFirstIsOwnAdmin()
{
    UsersDialog dialog(db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    keepScreenshot(&dialog, QStringLiteral("users-first"));

    auto *loginEdit = dialog.findChild<QLineEdit *>(QStringLiteral("loginEdit"));
    auto *roleCombo = dialog.findChild<QComboBox *>(QStringLiteral("newRoleCombo"));
    auto *addButton = dialog.findChild<QPushButton *>(QStringLiteral("addUserButton"));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("statusLabel"));
    QCOMPARE(loginEdit->text(), currentActor());
    QCOMPARE(UserRole(roleCombo->currentData().toInt()), UserRole::Admin);
    QVERIFY2(status->text().contains(QLatin1String("No users are set up")),
             qPrintable(status->text()));

    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("Li Na"));
    QTest::mouseClick(addButton, Qt::LeftButton);

    QString error;
    const auto user = UserDirectory(db()).find(currentActor(), &error);
    QVERIFY2(user, qPrintable(error));
    QCOMPARE(user->role, UserRole::Admin);
    QCOMPARE(user->displayName, QStringLiteral("Li Na"));
    QCOMPARE(dialog.findChild<QTableWidget *>(QStringLiteral("usersTable"))->rowCount(), 1);
    QVERIFY2(status->text().contains(QLatin1String("You are Li Na")), qPrintable(status->text()));
}

void tst_AccessDialogs::usersRoleAndDeactivate()
{
    becomeUser(UserRole::Admin);
    QVERIFY(UserService(db(), currentActor())
                .add(QStringLiteral("zhaol"), QStringLiteral("Zhao Lei"), UserRole::Sales)
                .succeeded());

    UsersDialog dialog(db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("usersTable"));
    int row = -1;
    for (int i = 0; i < table->rowCount(); ++i) {
        if (table->item(i, 0)->text() == QLatin1String("zhaol"))
            row = i;
    }
    QVERIFY(row >= 0);
    table->selectRow(row);

    auto *roleCombo = dialog.findChild<QComboBox *>(QStringLiteral("roleCombo"));
    QCOMPARE(UserRole(roleCombo->currentData().toInt()), UserRole::Sales);
    roleCombo->setCurrentIndex(roleCombo->findData(int(UserRole::Finance)));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("setRoleButton")),
                      Qt::LeftButton);
    QString error;
    QCOMPARE(UserDirectory(db()).find(QStringLiteral("zhaol"), &error)->role, UserRole::Finance);

    auto *activeButton = dialog.findChild<QPushButton *>(QStringLiteral("activeButton"));
    QVERIFY(activeButton->isEnabled());
    QTest::mouseClick(activeButton, Qt::LeftButton);
    QVERIFY(!UserDirectory(db()).find(QStringLiteral("zhaol"), &error)->active);
    QCOMPARE(table->item(table->currentRow(), 3)->text(), QStringLiteral("Deactivated"));
    QVERIFY2(activeButton->text().contains(QLatin1String("ctivate")), qPrintable(activeButton->text()));
    keepScreenshot(&dialog, QStringLiteral("users-admin"));
}

void tst_AccessDialogs::usersReadOnlyForSales()
{
    becomeUser(UserRole::Sales);
    if (QTest::currentTestFailed())
        return;

    UsersDialog dialog(db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *addButton = dialog.findChild<QPushButton *>(QStringLiteral("addUserButton"));
    auto *loginEdit = dialog.findChild<QLineEdit *>(QStringLiteral("loginEdit"));
    QVERIFY(!addButton->isEnabled());
    QVERIFY(!loginEdit->isEnabled());
    QVERIFY2(addButton->toolTip().contains(QLatin1String("Managing users needs the role "
                                                         "Administrator")),
             qPrintable(addButton->toolTip()));
    QCOMPARE(dialog.findChild<QTableWidget *>(QStringLiteral("usersTable"))->rowCount(), 2);
}

void tst_AccessDialogs::chargesPanelFollowsRole()
{
    const qint64 customerId = insertCustomer(db(), QStringLiteral("HUALIAN"),
                                             QStringLiteral("北京华联商贸有限公司"));
    QVERIFY(addCharge(db(), customerId, 0, QStringLiteral("30.00")) > 0);
    becomeUser(UserRole::Sales);
    if (QTest::currentTestFailed())
        return;

    CustomerChargesPanel panel(db());
    panel.setCustomer(customerId);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *charges = panel.findChild<QTableView *>(QStringLiteral("chargeTable"));
    QVERIFY(charges);
    charges->selectRow(0);

    auto *addButton = panel.findChild<QPushButton *>(QStringLiteral("addChargeButton"));
    auto *voidButton = panel.findChild<QPushButton *>(QStringLiteral("voidChargeButton"));
    auto *payButton = panel.findChild<QPushButton *>(QStringLiteral("recordPaymentButton"));
    QVERIFY(addButton->isEnabled());
    QVERIFY(!voidButton->isEnabled());
    QVERIFY(!payButton->isEnabled());
    QVERIFY2(voidButton->toolTip().contains(QLatin1String("Voiding a charge needs the role "
                                                          "Finance")),
             qPrintable(voidButton->toolTip()));

    // A finance user may void; the tooltip is the button's own again.
    QVERIFY(UserService(db(), QStringLiteral("boss"))
                .setRole(currentActor(), UserRole::Finance)
                .succeeded());
    panel.refresh();
    charges->selectRow(0);
    QVERIFY(voidButton->isEnabled());
    QVERIFY2(voidButton->toolTip().startsWith(QLatin1String("Void the selected")),
             qPrintable(voidButton->toolTip()));
}

qint64 tst_AccessDialogs::pendingChargeBy(const QString &author)
{
    const auto threshold = ApprovalThresholdService(db(), QStringLiteral("boss"))
                               .set(Money(50000, QStringLiteral("CNY")));
    if (!threshold.succeeded()) {
        qWarning() << threshold.errorMessage;
        return 0;
    }
    const qint64 customerId = insertCustomer(db(), QStringLiteral("HUALIAN"),
                                             QStringLiteral("北京华联商贸有限公司"));
    ChargeService service(db(), author);
    ChargeRequest request;
    request.requestKey = ChargeRequest::newRequestKey();
    request.customerId = customerId;
    request.feeTypeCode = QStringLiteral("INSTALLATION");
    request.amountText = QStringLiteral("900.00");
    request.reasonCode = QStringLiteral("CONTRACT_CHANGE");
    request.paymentMethodCode = QStringLiteral("CORPORATE_TRANSFER");
    request.note = QStringLiteral("Second router installed on site");
    request.dueDate = QDate::currentDate().addDays(30);
    const auto result = service.commit(request, service.review(request));
    if (!result.succeeded())
        qWarning() << result.errorMessage;
    return result.chargeId;
}

void tst_AccessDialogs::approvalsApproveOthersCharge()
{
    becomeUser(UserRole::Finance);
    QVERIFY(UserService(db(), QStringLiteral("boss"))
                .add(QStringLiteral("zhaol"), QStringLiteral("Zhao Lei"), UserRole::Sales)
                .succeeded());
    const qint64 chargeId = pendingChargeBy(QStringLiteral("zhaol"));
    QVERIFY(chargeId > 0);

    ApprovalsDialog dialog(db());
    QSignalSpy changed(&dialog, &ApprovalsDialog::chargesChanged);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.pendingCount(), 1);
    keepScreenshot(&dialog, QStringLiteral("approvals"));

    auto *approve = dialog.findChild<QPushButton *>(QStringLiteral("approveButton"));
    QVERIFY(approve->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);

    const auto charge = ChargeRepository(db()).findById(chargeId);
    QCOMPARE(charge->status, QStringLiteral("posted"));
    QCOMPARE(charge->approvedBy, currentActor());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(dialog.pendingCount(), 0);
    QCOMPARE(dialog.findChild<QTableWidget *>(QStringLiteral("approvalsTable"))->rowCount(), 0);
}

void tst_AccessDialogs::approvalsOwnChargeNotApproved()
{
    becomeUser(UserRole::Finance);
    const qint64 chargeId = pendingChargeBy(currentActor());
    QVERIFY(chargeId > 0);

    ApprovalsDialog dialog(db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *approve = dialog.findChild<QPushButton *>(QStringLiteral("approveButton"));
    auto *reject = dialog.findChild<QPushButton *>(QStringLiteral("rejectButton"));
    QVERIFY(!approve->isEnabled());
    QVERIFY2(approve->toolTip().contains(QStringLiteral("You entered charge %1").arg(chargeId)),
             qPrintable(approve->toolTip()));
    QVERIFY(reject->isEnabled());
}

void tst_AccessDialogs::approvalsRejectWithReason()
{
    becomeUser(UserRole::Finance);
    const qint64 chargeId = pendingChargeBy(QStringLiteral("boss"));
    QVERIFY(chargeId > 0);

    ApprovalsDialog dialog(db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    bool sawDialog = false;
    whenModalOpens<RejectChargeDialog>([this, &sawDialog](RejectChargeDialog *reject) {
        sawDialog = true;
        keepScreenshot(reject, QStringLiteral("reject-charge"));
        QTest::keyClicks(reject->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit")),
                         QStringLiteral("Not agreed with the customer"));
        QTest::mouseClick(reject->findChild<QPushButton *>(QStringLiteral("applyButton")),
                          Qt::LeftButton);
    });
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("rejectButton")),
                      Qt::LeftButton);
    QVERIFY(sawDialog);

    const auto charge = ChargeRepository(db()).findById(chargeId);
    QCOMPARE(charge->status, QStringLiteral("rejected"));
    QCOMPARE(charge->voidReason, QStringLiteral("Not agreed with the customer"));
    QCOMPARE(dialog.pendingCount(), 0);
}

void tst_AccessDialogs::confirmationSaysItWaits()
{
    QVERIFY(ApprovalThresholdService(db(), currentActor())
                .set(Money(50000, QStringLiteral("CNY")))
                .succeeded());
    const qint64 customerId = insertCustomer(db(), QStringLiteral("HUALIAN"),
                                             QStringLiteral("北京华联商贸有限公司"));
    ChargeRequest request;
    request.requestKey = ChargeRequest::newRequestKey();
    request.customerId = customerId;
    request.feeTypeCode = QStringLiteral("INSTALLATION");
    request.amountText = QStringLiteral("900.00");
    request.reasonCode = QStringLiteral("CONTRACT_CHANGE");
    request.paymentMethodCode = QStringLiteral("CORPORATE_TRANSFER");
    request.dueDate = QDate::currentDate().addDays(30);
    const ChargeReview review = ChargeService(db(), currentActor()).review(request);
    QVERIFY2(review.isValid(), qPrintable(review.problemText()));

    ChargeConfirmDialog dialog(db(), request, review);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *summary = dialog.findChild<QTextBrowser *>(QStringLiteral("summaryView"));
    QVERIFY2(summary->toPlainText().contains(QLatin1String("waits for approval")),
             qPrintable(summary->toPlainText()));
    keepScreenshot(&dialog, QStringLiteral("confirm-pending"));
}

void tst_AccessDialogs::thresholdsSetByAdmin()
{
    ApprovalThresholdsDialog dialog(db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *currency = dialog.findChild<QComboBox *>(QStringLiteral("currencyCombo"));
    auto *amount = dialog.findChild<QLineEdit *>(QStringLiteral("amountEdit"));
    auto *set = dialog.findChild<QPushButton *>(QStringLiteral("setThresholdButton"));
    QVERIFY(!set->isEnabled());
    currency->setCurrentText(QStringLiteral("USD"));
    QTest::keyClicks(amount, QStringLiteral("1,500.00"));
    QTest::mouseClick(set, Qt::LeftButton);

    QString error;
    QCOMPARE(ApprovalThresholds(db()).find(QStringLiteral("USD"), &error)->amount,
             Money(150000, QStringLiteral("USD")));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("thresholdsTable"));
    QCOMPARE(table->rowCount(), 1);
    keepScreenshot(&dialog, QStringLiteral("approval-thresholds"));

    table->selectRow(0);
    auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeThresholdButton"));
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(!ApprovalThresholds(db()).find(QStringLiteral("USD"), &error));
    QCOMPARE(table->rowCount(), 0);
}

void tst_AccessDialogs::thresholdsReadOnlyForFinance()
{
    becomeUser(UserRole::Finance);
    ApprovalThresholdsDialog dialog(db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *amount = dialog.findChild<QLineEdit *>(QStringLiteral("amountEdit"));
    QVERIFY(!amount->isEnabled());
    QVERIFY2(amount->toolTip().contains(QLatin1String("Setting approval thresholds needs the "
                                                      "role Administrator")),
             qPrintable(amount->toolTip()));
}

QTEST_MAIN(tst_AccessDialogs)
#include "tst_accessdialogs.moc"
