#include "addchargedialog.h"
#include "billrepository.h"
#include "chargeconfirmdialog.h"
#include "chargelistmodel.h"
#include "chargerepository.h"
#include "chargeservice.h"
#include "chargetablemodel.h"
#include "customerrepository.h"
#include "northwindfixture.h"
#include "northwindimporter.h"
#include "testsupport.h"
#include "voidchargedialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSqlRecord>
#include <QTableWidget>
#include <QTextBrowser>
#include <QMessageBox>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

// Drives the 新增费用 dialog, its confirmation step and the void dialog
// through their widgets on the Northwind sample data, and checks what
// reaches the database.
class tst_AddChargeDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fullFlowCommitsOneCharge();
    void backToEditWritesNothing();
    void doubleConfirmWritesOneCharge_data();
    void doubleConfirmWritesOneCharge();
    void enterInAmountCommitsTypedAmount();
    void invalidAmountWritesNothing_data();
    void invalidAmountWritesNothing();
    void exactDuplicateBlocked();
    void possibleDuplicateNeedsNote();
    void duplicateDuringConfirmNeedsNote();
    void failedCommitRetriesSameKey();
    void escapeAsksBeforeDiscarding();
    void billSelectionShowsLines();
    void languageChangeKeepsValues();
    void modelSubmitAllWritesNothing();
    void modelShowsLabelsAndMoney();
    void voidDialogNeedsReason();

private:
    // What the confirmation step saw and did, recorded by the callback that
    // runs inside its exec() loop.
    struct ConfirmStep
    {
        bool shown = false;
        QString summary;
        int findings = 0;
        bool confirmEnabledAtFirst = false;
        bool confirmEnabledAfterNote = false;
        bool errorAfterReject = false;
        int findingsAfterReject = 0;
        bool confirmEnabledAfterReject = false;
    };
    using ConfirmAction = std::function<void(ChargeConfirmDialog *, ConfirmStep *)>;

    // Schedules action to run on the confirmation dialog once its exec()
    // loop runs. A dialog that opens unexpectedly is still closed, so a
    // failing test does not hang.
    std::shared_ptr<ConfirmStep> onConfirmDialog(QObject *context, ConfirmAction action);

    // Fills the form through its widgets; returns false if a widget is
    // missing.
    bool fillForm(AddChargeDialog *dialog, qint64 billId, const QString &amountText,
                  const QString &feeType = QStringLiteral("SERVICE"));
    bool clickReview(AddChargeDialog *dialog);
    ChargeRequest serviceRequest(const QString &feeType, const QString &amount) const;
    qint64 count(const QString &table) const;

    std::unique_ptr<TestDatabase> m_database;
    qint64 m_customerId = 0;
    BillRecord m_bill;
};

namespace {

// True if message quotes value, with either straight or typographic quotes.
bool quotes(const QString &message, const QString &value)
{
    return message.contains(QLatin1Char('"') + value + QLatin1Char('"'))
           || message.contains(QStringLiteral("“%1”").arg(value));
}

// Returns the number of findings the confirmation dialog lists, one bulleted
// paragraph each, or 0 while the list is hidden.
int findingCount(const QTextBrowser *view)
{
    if (view->isHidden() || view->parentWidget()->isHidden())
        return 0;
    return int(view->toPlainText().count(QStringLiteral("• ")));
}

void clickConfirm(ChargeConfirmDialog *dialog)
{
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    if (button)
        QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

void tst_AddChargeDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_AddChargeDialog::init()
{
    NorthwindFixture::openWithAlfki(&m_database, &m_customerId, &m_bill);
}

void tst_AddChargeDialog::cleanup()
{
    m_database.reset();
}

std::shared_ptr<tst_AddChargeDialog::ConfirmStep>
tst_AddChargeDialog::onConfirmDialog(QObject *context, ConfirmAction action)
{
    auto step = std::make_shared<ConfirmStep>();
    QTimer::singleShot(0, context, [step, action] {
        auto *dialog = qobject_cast<ChargeConfirmDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        step->shown = true;
        if (auto *summary = dialog->findChild<QTextBrowser *>(QStringLiteral("summaryView")))
            step->summary = summary->toPlainText();
        if (auto *findings = dialog->findChild<QTextBrowser *>(QStringLiteral("findingsView")))
            step->findings = findingCount(findings);
        if (auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton")))
            step->confirmEnabledAtFirst = confirm->isEnabled();

        if (action)
            action(dialog, step.get());
        if (dialog->isVisible())
            dialog->reject();
    });
    return step;
}

bool tst_AddChargeDialog::fillForm(AddChargeDialog *dialog, qint64 billId,
                                   const QString &amountText, const QString &feeType)
{
    auto *bill = dialog->findChild<QComboBox *>(QStringLiteral("billCombo"));
    auto *fee = dialog->findChild<QComboBox *>(QStringLiteral("feeTypeCombo"));
    auto *amount = dialog->findChild<QLineEdit *>(QStringLiteral("amountEdit"));
    auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("reasonCombo"));
    auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
    auto *payment = dialog->findChild<QComboBox *>(QStringLiteral("paymentMethodCombo"));
    if (!bill || !fee || !amount || !reason || !note || !payment)
        return false;

    bill->setCurrentIndex(bill->findData(billId));
    fee->setCurrentIndex(fee->findData(feeType));
    reason->setCurrentIndex(reason->findData(QStringLiteral("BILLING_ERROR")));
    payment->setCurrentIndex(payment->findData(QStringLiteral("BANK_TRANSFER")));

    amount->setFocus();
    amount->clear();
    QTest::keyClicks(amount, amountText);
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("Installation missing from the bill"));
    return true;
}

bool tst_AddChargeDialog::clickReview(AddChargeDialog *dialog)
{
    auto *review = dialog->findChild<QPushButton *>(QStringLiteral("reviewButton"));
    if (!review)
        return false;
    QTest::mouseClick(review, Qt::LeftButton);
    return true;
}

ChargeRequest tst_AddChargeDialog::serviceRequest(const QString &feeType,
                                                  const QString &amount) const
{
    ChargeRequest request;
    request.requestKey = ChargeRequest::newRequestKey();
    request.customerId = m_customerId;
    request.feeTypeCode = feeType;
    request.amountText = amount;
    request.reasonCode = QStringLiteral("BILLING_ERROR");
    request.paymentMethodCode = QStringLiteral("BANK_TRANSFER");
    request.dueDate = QDate::currentDate();
    return request;
}

qint64 tst_AddChargeDialog::count(const QString &table) const
{
    return m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
}

void tst_AddChargeDialog::fullFlowCommitsOneCharge()
{
    const qint64 balanceBefore
        = CustomerRepository(m_database->db()).findById(m_customerId)->balance.minorUnits();

    AddChargeDialog dialog(m_database->db(), m_customerId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(fillForm(&dialog, m_bill.id, QStringLiteral("120.50")));

    const auto step = onConfirmDialog(&dialog, [](ChargeConfirmDialog *confirm, ConfirmStep *) {
        clickConfirm(confirm);
    });
    QVERIFY(clickReview(&dialog));

    QVERIFY(step->shown);
    QVERIFY(!step->summary.isEmpty());
    QCOMPARE(step->findings, 0);
    QVERIFY(step->confirmEnabledAtFirst);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.committedChargeId() > 0);
    QCOMPARE(count(QStringLiteral("charges")), 1);

    const auto charge = ChargeRepository(m_database->db()).findById(dialog.committedChargeId());
    QVERIFY(charge);
    QCOMPARE(charge->amount.minorUnits(), 12050);
    QCOMPARE(charge->amount.currency(), QStringLiteral("USD"));
    QCOMPARE(charge->billId, m_bill.id);
    QCOMPARE(charge->feeTypeCode, QStringLiteral("SERVICE"));
    QCOMPARE(charge->reasonCode, QStringLiteral("BILLING_ERROR"));
    QCOMPARE(charge->paymentMethodCode, QStringLiteral("BANK_TRANSFER"));
    QCOMPARE(charge->note, QStringLiteral("Installation missing from the bill"));
    // The Northwind bills fell due decades ago; the default is never past.
    QCOMPARE(charge->dueDate, std::max(m_bill.dueDate, QDate::currentDate()));
    QCOMPARE(charge->requestKey, dialog.requestKey());

    QSqlQuery audit(m_database->db());
    const QString auditQuery = QStringLiteral(
        "SELECT action FROM audit_log WHERE entity = 'charge' AND entity_id = :id");
    VERIFY_SQL(audit, audit.prepare(auditQuery));
    audit.bindValue(QStringLiteral(":id"), dialog.committedChargeId());
    VERIFY_SQL(audit, audit.exec());
    QVERIFY(audit.next());
    QCOMPARE(audit.value(QStringLiteral("action")).toString(), QStringLiteral("charge.add"));
    QVERIFY(!audit.next());

    const qint64 balanceAfter
        = CustomerRepository(m_database->db()).findById(m_customerId)->balance.minorUnits();
    QCOMPARE(balanceAfter - balanceBefore, 12050);
}

void tst_AddChargeDialog::backToEditWritesNothing()
{
    AddChargeDialog dialog(m_database->db(), m_customerId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(fillForm(&dialog, m_bill.id, QStringLiteral("88.00")));
    const qint64 chargesBefore = count(QStringLiteral("charges"));
    const qint64 auditBefore = count(QStringLiteral("audit_log"));

    const auto step = onConfirmDialog(&dialog, [](ChargeConfirmDialog *confirm, ConfirmStep *) {
        if (auto *back = confirm->findChild<QPushButton *>(QStringLiteral("backButton")))
            QTest::mouseClick(back, Qt::LeftButton);
    });
    QVERIFY(clickReview(&dialog));

    QVERIFY(step->shown);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.committedChargeId(), 0);
    QCOMPARE(count(QStringLiteral("charges")), chargesBefore);
    QCOMPARE(count(QStringLiteral("audit_log")), auditBefore);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("amountEdit"))->text(),
             QStringLiteral("88.00"));
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("feeTypeCombo"))->currentData(),
             QVariant(QStringLiteral("SERVICE")));
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("billCombo"))->currentData(),
             QVariant(m_bill.id));
}

void tst_AddChargeDialog::doubleConfirmWritesOneCharge_data()
{
    QTest::addColumn<bool>("useMouse");
    QTest::newRow("two mouse clicks") << true;
    QTest::newRow("click() twice") << false;
}

void tst_AddChargeDialog::doubleConfirmWritesOneCharge()
{
    QFETCH(bool, useMouse);

    AddChargeDialog dialog(m_database->db(), m_customerId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(fillForm(&dialog, m_bill.id, QStringLiteral("42.10")));

    const auto step = onConfirmDialog(&dialog, [useMouse](ChargeConfirmDialog *confirm,
                                                           ConfirmStep *) {
        auto *button = confirm->findChild<QPushButton *>(QStringLiteral("confirmButton"));
        if (!button)
            return;
        if (useMouse) {
            QTest::mouseClick(button, Qt::LeftButton);
            QTest::mouseClick(button, Qt::LeftButton);
        } else {
            button->click();
            button->click();
        }
    });
    QVERIFY(clickReview(&dialog));

    QVERIFY(step->shown);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(count(QStringLiteral("charges")), 1);
    QCOMPARE(count(QStringLiteral("audit_log")), 1);
}

void tst_AddChargeDialog::enterInAmountCommitsTypedAmount()
{
    AddChargeDialog dialog(m_database->db(), m_customerId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(fillForm(&dialog, 0, QString()));

    auto *amount = dialog.findChild<QLineEdit *>(QStringLiteral("amountEdit"));
    QVERIFY(amount);
    amount->setFocus();
    QTest::keyClicks(amount, QStringLiteral("1234.56"));

    const auto step = onConfirmDialog(&dialog, [](ChargeConfirmDialog *confirm, ConfirmStep *) {
        clickConfirm(confirm);
    });
    // Enter reaches the dialog's default button, Review…, with the focus
    // still in the amount field.
    QTest::keyClick(amount, Qt::Key_Return);

    QVERIFY(step->shown);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto charge = ChargeRepository(m_database->db()).findById(dialog.committedChargeId());
    QVERIFY(charge);
    QCOMPARE(charge->amount.minorUnits(), 123456);

    auto *model = dialog.findChild<ChargeTableModel *>();
    QVERIFY(model);
    QCOMPARE(model->record(0).value(QStringLiteral("amount_minor")).toLongLong(), 123456);
}

void tst_AddChargeDialog::invalidAmountWritesNothing_data()
{
    QTest::addColumn<QString>("amount");
    QTest::newRow("letters") << QStringLiteral("abc");
    QTest::newRow("zero") << QStringLiteral("0");
    QTest::newRow("too many decimals") << QStringLiteral("1.234");
    QTest::newRow("negative") << QStringLiteral("-5");
}

void tst_AddChargeDialog::invalidAmountWritesNothing()
{
    QFETCH(QString, amount);

    AddChargeDialog dialog(m_database->db(), m_customerId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(fillForm(&dialog, m_bill.id, amount));

    const auto step = onConfirmDialog(&dialog, {});
    QVERIFY(clickReview(&dialog));
    QCoreApplication::processEvents();

    QVERIFY(!step->shown);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY2(quotes(error->text(), amount), qPrintable(error->text()));
    QCOMPARE(QApplication::focusWidget(),
             dialog.findChild<QLineEdit *>(QStringLiteral("amountEdit")));
    QCOMPARE(count(QStringLiteral("charges")), 0);
    QCOMPARE(count(QStringLiteral("audit_log")), 0);
}

void tst_AddChargeDialog::exactDuplicateBlocked()
{
    ChargeService service(m_database->db(), QStringLiteral("tester"));
    const ChargeRequest earlier
        = serviceRequest(QStringLiteral("SERVICE"), QStringLiteral("75.00"));
    const ChargeService::CommitResult committed = service.commit(earlier, service.review(earlier));
    QVERIFY(committed.succeeded());

    AddChargeDialog dialog(m_database->db(), m_customerId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(fillForm(&dialog, 0, QStringLiteral("75.00")));
    dialog.findChild<QDateEdit *>(QStringLiteral("dueDateEdit"))->setDate(QDate::currentDate());

    const auto step = onConfirmDialog(&dialog, {});
    QVERIFY(clickReview(&dialog));
    QCoreApplication::processEvents();

    QVERIFY(!step->shown);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Charge %1:").arg(committed.chargeId)),
             qPrintable(error->text()));
    QCOMPARE(count(QStringLiteral("charges")), 1);
    QCOMPARE(count(QStringLiteral("audit_log")), 1);
}

void tst_AddChargeDialog::possibleDuplicateNeedsNote()
{
    ChargeService service(m_database->db(), QStringLiteral("tester"));
    const ChargeRequest earlier
        = serviceRequest(QStringLiteral("SERVICE"), QStringLiteral("50.00"));
    QVERIFY(service.commit(earlier, service.review(earlier)).succeeded());

    AddChargeDialog dialog(m_database->db(), m_customerId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(fillForm(&dialog, 0, QStringLiteral("50.00"), QStringLiteral("MATERIAL")));

    const QString note = QStringLiteral("Second delivery; agreed with the customer");
    const auto step = onConfirmDialog(&dialog, [note](ChargeConfirmDialog *confirm,
                                                      ConfirmStep *step) {
        auto *edit = confirm->findChild<QPlainTextEdit *>(QStringLiteral("acknowledgementEdit"));
        auto *button = confirm->findChild<QPushButton *>(QStringLiteral("confirmButton"));
        if (!edit || !button)
            return;
        QTest::keyClicks(edit, note);
        step->confirmEnabledAfterNote = button->isEnabled();
        QTest::mouseClick(button, Qt::LeftButton);
    });
    QVERIFY(clickReview(&dialog));

    QVERIFY(step->shown);
    QCOMPARE(step->findings, 1);
    QVERIFY(!step->confirmEnabledAtFirst);
    QVERIFY(step->confirmEnabledAfterNote);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(count(QStringLiteral("charges")), 2);

    QSqlQuery audit(m_database->db());
    const QString auditQuery = QStringLiteral(
        "SELECT note FROM audit_log WHERE entity = 'charge' AND entity_id = :id");
    VERIFY_SQL(audit, audit.prepare(auditQuery));
    audit.bindValue(QStringLiteral(":id"), dialog.committedChargeId());
    VERIFY_SQL(audit, audit.exec());
    QVERIFY(audit.next());
    QCOMPARE(audit.value(QStringLiteral("note")).toString(), note);

    // The customer's charge list shows the note with the charge.
    ChargeListModel charges(m_database->db());
    charges.setCustomer(m_customerId);
    const int row = charges.rowOfCharge(dialog.committedChargeId());
    QVERIFY(row >= 0);
    const QString tooltip =
        charges.index(row, ChargeListModel::Note).data(Qt::ToolTipRole).toString();
    QVERIFY2(tooltip.contains(note.toHtmlEscaped()), qPrintable(tooltip));
}

void tst_AddChargeDialog::duplicateDuringConfirmNeedsNote()
{
    AddChargeDialog dialog(m_database->db(), m_customerId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(fillForm(&dialog, 0, QStringLiteral("64.00"), QStringLiteral("MATERIAL")));
    dialog.findChild<QDateEdit *>(QStringLiteral("dueDateEdit"))->setDate(QDate::currentDate());

    // Another user enters a resembling charge while the confirmation is
    // open; the commit is rejected and the new finding needs a note.
    const ChargeRequest other = serviceRequest(QStringLiteral("SERVICE"), QStringLiteral("64.00"));
    const QSqlDatabase db = m_database->db();
    const auto step = onConfirmDialog(&dialog, [db, other](ChargeConfirmDialog *confirm,
                                                           ConfirmStep *step) {
        ChargeService service(db, QStringLiteral("other user"));
        if (!service.commit(other, service.review(other)).succeeded())
            return;

        clickConfirm(confirm);
        auto *error = confirm->findChild<QLabel *>(QStringLiteral("errorLabel"));
        auto *findings = confirm->findChild<QTextBrowser *>(QStringLiteral("findingsView"));
        auto *button = confirm->findChild<QPushButton *>(QStringLiteral("confirmButton"));
        auto *edit = confirm->findChild<QPlainTextEdit *>(QStringLiteral("acknowledgementEdit"));
        if (!error || !findings || !button || !edit)
            return;
        step->errorAfterReject = confirm->isVisible() && error->isVisible();
        step->findingsAfterReject = findingCount(findings);
        step->confirmEnabledAfterReject = button->isEnabled();

        QTest::keyClicks(edit, QStringLiteral("Different delivery"));
        step->confirmEnabledAfterNote = button->isEnabled();
        QTest::mouseClick(button, Qt::LeftButton);
    });
    QVERIFY(clickReview(&dialog));

    QVERIFY(step->shown);
    QCOMPARE(step->findings, 0);
    QVERIFY(step->errorAfterReject);
    QCOMPARE(step->findingsAfterReject, 1);
    QVERIFY(!step->confirmEnabledAfterReject);
    QVERIFY(step->confirmEnabledAfterNote);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(count(QStringLiteral("charges")), 2);
    const auto charge = ChargeRepository(m_database->db()).findById(dialog.committedChargeId());
    QVERIFY(charge);
    QCOMPARE(charge->requestKey, dialog.requestKey());
    QCOMPARE(charge->duplicateAcknowledgement, QStringLiteral("Different delivery"));
}

void tst_AddChargeDialog::failedCommitRetriesSameKey()
{
    AddChargeDialog dialog(m_database->db(), m_customerId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(fillForm(&dialog, m_bill.id, QStringLiteral("99.00")));

    // A temporary trigger on the dialog's connection makes the audit insert,
    // the last write of the commit, fail; the retry runs after it is gone.
    const QSqlDatabase db = m_database->db();
    struct Outcome
    {
        bool errorShown = false;
        bool confirmEnabledAfterFailure = false;
        qint64 chargesAfterFailure = -1;
    };
    auto outcome = std::make_shared<Outcome>();
    const auto step = onConfirmDialog(&dialog, [db, outcome](ChargeConfirmDialog *confirm,
                                                             ConfirmStep *) {
        if (!createFailingTrigger(db, QStringLiteral("fail_audit"),
                                  QStringLiteral("BEFORE INSERT"), QStringLiteral("audit_log"),
                                  QStringLiteral("simulated disk failure"))
                 .isEmpty())
            return;

        clickConfirm(confirm);
        auto *error = confirm->findChild<QLabel *>(QStringLiteral("errorLabel"));
        auto *button = confirm->findChild<QPushButton *>(QStringLiteral("confirmButton"));
        if (!error || !button)
            return;
        outcome->errorShown = confirm->isVisible() && error->isVisible()
                              && error->text().contains(QStringLiteral("simulated disk failure"));
        outcome->confirmEnabledAfterFailure = button->isEnabled();
        QSqlQuery counter(db);
        if (counter.exec(QStringLiteral("SELECT COUNT(*) FROM charges")) && counter.next())
            outcome->chargesAfterFailure = counter.value(0).toLongLong();

        if (!dropFailingTrigger(db, QStringLiteral("fail_audit"), QStringLiteral("audit_log"))
                 .isEmpty())
            return;
        QTest::mouseClick(button, Qt::LeftButton);
    });
    QVERIFY(clickReview(&dialog));

    QVERIFY(step->shown);
    QVERIFY(outcome->errorShown);
    QVERIFY(outcome->confirmEnabledAfterFailure);
    QCOMPARE(outcome->chargesAfterFailure, 0);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(count(QStringLiteral("charges")), 1);
    const auto charge = ChargeRepository(m_database->db()).findById(dialog.committedChargeId());
    QVERIFY(charge);
    QCOMPARE(charge->requestKey, dialog.requestKey());
    QCOMPARE(charge->amount.minorUnits(), 9900);
}

void tst_AddChargeDialog::escapeAsksBeforeDiscarding()
{
    AddChargeDialog dialog(m_database->db(), m_customerId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(fillForm(&dialog, m_bill.id, QStringLiteral("12.00")));

    // Answers the question with the given button and records that it came.
    const auto answer = [&dialog](QMessageBox::StandardButton button, bool *asked) {
        QTimer::singleShot(0, &dialog, [button, asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            *asked = true;
            box->button(button)->click();
        });
    };

    bool askedFirst = false;
    answer(QMessageBox::Cancel, &askedFirst);
    QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("amountEdit")), Qt::Key_Escape);
    QVERIFY(askedFirst);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("amountEdit"))->text(),
             QStringLiteral("12.00"));

    bool askedSecond = false;
    answer(QMessageBox::Discard, &askedSecond);
    dialog.reject();
    QVERIFY(askedSecond);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(count(QStringLiteral("charges")), 0);
}

void tst_AddChargeDialog::billSelectionShowsLines()
{
    AddChargeDialog dialog(m_database->db(), m_customerId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *lines = dialog.findChild<QTableWidget *>(QStringLiteral("billLinesView"));
    auto *noBill = dialog.findChild<QLabel *>(QStringLiteral("noBillLabel"));
    QVERIFY(lines);
    QVERIFY(noBill);
    QVERIFY(noBill->isVisible());
    QVERIFY(!lines->isVisible());

    dialog.setBill(m_bill.id);
    const QList<BillLineRecord> expected = BillRepository(m_database->db()).linesOfBill(m_bill.id);
    QVERIFY(!expected.isEmpty());
    QVERIFY(!noBill->isVisible());
    QVERIFY(lines->isVisible());
    QCOMPARE(lines->rowCount(), int(expected.size()));
    QCOMPARE(lines->item(0, 0)->text(), expected.constFirst().description);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("linesTotalLabel"))->text(),
             m_bill.linesTotal.format(QLocale()));
    QCOMPARE(dialog.findChild<QDateEdit *>(QStringLiteral("dueDateEdit"))->date(),
             std::max(m_bill.dueDate, QDate::currentDate()));
}

void tst_AddChargeDialog::languageChangeKeepsValues()
{
    AddChargeDialog dialog(m_database->db(), m_customerId);
    QVERIFY(fillForm(&dialog, m_bill.id, QStringLiteral("9.99")));
    auto *fee = dialog.findChild<QComboBox *>(QStringLiteral("feeTypeCombo"));
    QCOMPARE(fee->currentText(), QStringLiteral("Service fee"));

    QLocale::setDefault(
        QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China));
    QEvent languageChange(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&dialog, &languageChange);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    QCOMPARE(fee->currentData(), QVariant(QStringLiteral("SERVICE")));
    QCOMPARE(fee->currentText(), QStringLiteral("服务费"));
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("reasonCombo"))->currentData(),
             QVariant(QStringLiteral("BILLING_ERROR")));
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("billCombo"))->currentData(),
             QVariant(m_bill.id));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("amountEdit"))->text(),
             QStringLiteral("9.99"));
    QCOMPARE(dialog.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"))->toPlainText(),
             QStringLiteral("Installation missing from the bill"));
}

void tst_AddChargeDialog::modelSubmitAllWritesNothing()
{
    ChargeTableModel model(nullptr, m_database->db());
    QVERIFY(model.insertRow(0));
    const auto set = [&model](const char *column, const QVariant &value) {
        return model.setData(model.index(0, model.fieldIndex(QLatin1String(column))), value);
    };
    QVERIFY(set("request_key", QStringLiteral("direct-model-write")));
    QVERIFY(set("customer_id", m_customerId));
    QVERIFY(set("fee_type_code", QStringLiteral("SERVICE")));
    QVERIFY(set("amount_minor", 1000));
    QVERIFY(set("currency", QStringLiteral("USD")));
    QVERIFY(set("reason_code", QStringLiteral("BILLING_ERROR")));
    QVERIFY(set("payment_method_code", QStringLiteral("CASH")));
    QVERIFY(set("due_date", QStringLiteral("2026-05-01")));
    QVERIFY(set("created_by", QStringLiteral("tester")));
    QVERIFY(set("created_at", QStringLiteral("2026-05-01T00:00:00.000Z")));

    QVERIFY(!model.submitAll());
    QVERIFY(model.lastError().text().contains(QStringLiteral("charge service")));
    QCOMPARE(count(QStringLiteral("charges")), 0);
}

void tst_AddChargeDialog::modelShowsLabelsAndMoney()
{
    ChargeService service(m_database->db(), QStringLiteral("tester"));
    const ChargeRequest request
        = serviceRequest(QStringLiteral("LATE_FEE"), QStringLiteral("1234.5"));
    QVERIFY(service.commit(request, service.review(request)).succeeded());

    ChargeTableModel model(nullptr, m_database->db());
    model.setCustomerFilter(m_customerId);
    QVERIFY2(model.select(), qPrintable(model.lastError().text()));
    QCOMPARE(model.rowCount(), 1);

    const auto cell = [&model](const char *column, int role) {
        return model.data(model.index(0, model.fieldIndex(QLatin1String(column))), role);
    };
    QCOMPARE(cell("amount_minor", Qt::EditRole).toLongLong(), 123450);
    QCOMPARE(cell("amount_minor", Qt::DisplayRole).toString(),
             Money(123450, QStringLiteral("USD")).format(QLocale()));
    QCOMPARE(cell("fee_type_code", Qt::EditRole).toString(), QStringLiteral("LATE_FEE"));
    QCOMPARE(cell("fee_type_code", Qt::DisplayRole).toString(), QStringLiteral("Late fee"));
    QCOMPARE(cell("payment_method_code", Qt::DisplayRole).toString(),
             QStringLiteral("Bank transfer"));
    QCOMPARE(cell("status", Qt::DisplayRole).toString(), QStringLiteral("Posted"));
    QCOMPARE(model.headerData(model.fieldIndex(QStringLiteral("amount_minor")), Qt::Horizontal)
                 .toString(),
             QStringLiteral("Amount"));

    model.setCustomerFilter(m_customerId + 1);
    QVERIFY(model.select());
    QCOMPARE(model.rowCount(), 0);
}

void tst_AddChargeDialog::voidDialogNeedsReason()
{
    ChargeService service(m_database->db(), QStringLiteral("tester"));
    const ChargeRequest request
        = serviceRequest(QStringLiteral("SERVICE"), QStringLiteral("30.00"));
    const ChargeService::CommitResult committed = service.commit(request, service.review(request));
    QVERIFY(committed.succeeded());

    VoidChargeDialog dialog(m_database->db(), committed.chargeId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *reason = dialog.findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("voidButton"));
    QVERIFY(reason);
    QVERIFY(button);
    QVERIFY(!button->isEnabled());

    QTest::keyClicks(reason, QStringLiteral("   "));
    QVERIFY(!button->isEnabled());

    reason->setPlainText(QString(ChargeService::MaxNoteLength + 1, QLatin1Char('x')));
    QVERIFY(!button->isEnabled());

    reason->clear();
    QTest::keyClicks(reason, QStringLiteral("Entered twice by mistake"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto charge = ChargeRepository(m_database->db()).findById(committed.chargeId);
    QVERIFY(charge);
    QVERIFY(charge->isVoid());
    QCOMPARE(charge->voidReason, QStringLiteral("Entered twice by mistake"));
}

QTEST_MAIN(tst_AddChargeDialog)
#include "tst_addchargedialog.moc"
