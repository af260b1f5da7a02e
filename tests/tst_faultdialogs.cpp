// Drives the 新增费用 dialog while writing the database fails: the
// confirmation step shows the message that names the file and what to do,
// and 确认提交 after the cause is gone commits exactly one charge.

#include "addchargedialog.h"
#include "chargeconfirmdialog.h"
#include "chargerepository.h"
#include "databasefault.h"
#include "faultinjection.h"
#include "northwindfixture.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

class tst_FaultDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void writeErrorShownThenRetryCommitsOnce();

private:
    bool fillForm(AddChargeDialog *dialog, const QString &amountText);
    qint64 count(const QString &table) const;

    std::unique_ptr<TestDatabase> m_database;
    qint64 m_customerId = 0;
    BillRecord m_bill;
};

void tst_FaultDialogs::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_FaultDialogs::init()
{
    SKIP_ON_POSTGRESQL("the fault is simulated on an SQLite file");
    NorthwindFixture::openWithAlfki(&m_database, &m_customerId, &m_bill);
}

void tst_FaultDialogs::cleanup()
{
    m_database.reset();
}

bool tst_FaultDialogs::fillForm(AddChargeDialog *dialog, const QString &amountText)
{
    auto *bill = dialog->findChild<QComboBox *>(QStringLiteral("billCombo"));
    auto *fee = dialog->findChild<QComboBox *>(QStringLiteral("feeTypeCombo"));
    auto *amount = dialog->findChild<QLineEdit *>(QStringLiteral("amountEdit"));
    auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("reasonCombo"));
    auto *payment = dialog->findChild<QComboBox *>(QStringLiteral("paymentMethodCombo"));
    if (!bill || !fee || !amount || !reason || !payment)
        return false;

    bill->setCurrentIndex(bill->findData(m_bill.id));
    fee->setCurrentIndex(fee->findData(QStringLiteral("SERVICE")));
    reason->setCurrentIndex(reason->findData(QStringLiteral("BILLING_ERROR")));
    payment->setCurrentIndex(payment->findData(QStringLiteral("BANK_TRANSFER")));
    amount->setFocus();
    amount->clear();
    QTest::keyClicks(amount, amountText);
    return true;
}

qint64 tst_FaultDialogs::count(const QString &table) const
{
    return m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
}

void tst_FaultDialogs::writeErrorShownThenRetryCommitsOnce()
{
    AddChargeDialog dialog(m_database->db(), m_customerId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(fillForm(&dialog, QStringLiteral("88.00")));

    // What the confirmation step showed after the failed attempt.
    struct Outcome
    {
        bool shown = false;
        QString error;
        bool errorVisible = false;
        bool confirmEnabled = false;
        qint64 chargesAfterFailure = -1;
        qint64 auditAfterFailure = -1;
    };
    auto outcome = std::make_shared<Outcome>();
    const qint64 auditBefore = count(QStringLiteral("audit_log"));

    QTimer::singleShot(0, &dialog, [this, outcome] {
        auto *confirm = qobject_cast<ChargeConfirmDialog *>(QApplication::activeModalWidget());
        if (!confirm)
            return;
        outcome->shown = true;
        auto *button = confirm->findChild<QPushButton *>(QStringLiteral("confirmButton"));
        auto *error = confirm->findChild<QLabel *>(QStringLiteral("errorLabel"));
        if (!button || !error) {
            confirm->reject();
            return;
        }

        // Every write of this process fails while the limit holds, as
        // when the disk is full: SQLite reports a disk I/O error.
        {
            FaultInjection::FileSizeLimit limit(0);
            QTest::mouseClick(button, Qt::LeftButton);
        }
        outcome->error = error->text();
        outcome->errorVisible = confirm->isVisible() && error->isVisible();
        outcome->confirmEnabled = button->isEnabled();
        outcome->chargesAfterFailure = count(QStringLiteral("charges"));
        outcome->auditAfterFailure = count(QStringLiteral("audit_log"));

        // The cause is gone: the same confirmation commits.
        QTest::mouseClick(button, Qt::LeftButton);
        if (confirm->isVisible())
            confirm->reject();
    });
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("reviewButton")),
                      Qt::LeftButton);

    QVERIFY(outcome->shown);
    QVERIFY(outcome->errorVisible);
    QVERIFY2(outcome->error.contains(QDir::toNativeSeparators(m_database->path())),
             qPrintable(outcome->error));
    const QSqlError ioError(QString(), QString(), QSqlError::StatementError, QStringLiteral("10"));
    QVERIFY2(outcome->error.contains(
                 DatabaseFault::fromError(ioError, m_database->db()).explanation()),
             qPrintable(outcome->error));
    QVERIFY2(!outcome->error.contains(QStringLiteral("disk I/O error")),
             qPrintable(outcome->error));
    QVERIFY(outcome->confirmEnabled);
    QCOMPARE(outcome->chargesAfterFailure, 0);
    QCOMPARE(outcome->auditAfterFailure, auditBefore);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(count(QStringLiteral("charges")), 1);
    QCOMPARE(count(QStringLiteral("audit_log")), auditBefore + 1);
    const auto charge = ChargeRepository(m_database->db()).findById(dialog.committedChargeId());
    QVERIFY(charge);
    QCOMPARE(charge->requestKey, dialog.requestKey());
    QCOMPARE(charge->amount.minorUnits(), 8800);
}

QTEST_MAIN(tst_FaultDialogs)
#include "tst_faultdialogs.moc"
