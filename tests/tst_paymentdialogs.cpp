#include "guitestsupport.h"
#include "testsupport.h"

#include "billrepository.h"
#include "chargerepository.h"
#include "chargeservice.h"
#include "chargestatus.h"
#include "customerdetailpage.h"
#include "customerpaymentstab.h"
#include "customerrepository.h"
#include "customertablemodel.h"
#include "installmentplanconfirmdialog.h"
#include "installmentplandialog.h"
#include "installmentrepository.h"
#include "installmentservice.h"
#include "money.h"
#include "northwindfixture.h"
#include "northwindimporter.h"
#include "paymentconfirmdialog.h"
#include "paymentservice.h"
#include "recordpaymentdialog.h"
#include "reversepaymentdialog.h"
#include "translations.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QScopeGuard>
#include <QtTest>

#include <memory>

namespace {

// The currency of the Northwind customers.
const QString Usd = QStringLiteral("USD");

template<typename T>
T *childOf(const QObject *parent, const char *name)
{
    return parent ? parent->findChild<T *>(QLatin1String(name)) : nullptr;
}

// Returns the column of model whose header reads title, or -1.
int columnTitled(const QAbstractItemModel *model, const QString &title)
{
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal).toString() == title)
            return column;
    }
    return -1;
}

// Returns the row of table whose column titled "No." contains id, or -1.
int rowWithId(const QTableView *table, qint64 id)
{
    const QAbstractItemModel *model = table->model();
    const int column = columnTitled(model, QStringLiteral("No."));
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toLongLong() == id)
            return row;
    }
    return -1;
}

} // namespace

// Drives 登记回款, 冲销 and 回款计划 through their widgets on the Northwind
// sample data, and checks the lists, the balance header and what reaches
// the database.
class tst_PaymentDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void partialThenFullPaymentFromChargeList();
    void cancelShowsPaymentMadeElsewhere();
    void overpaymentShowsErrorAtAmount();
    void missingMethodShowsErrorAtField();
    void futureDateErrorIsShownWhole();
    void doubleConfirmWritesOnePayment_data();
    void doubleConfirmWritesOnePayment();
    void backToEditWritesNothing();
    void identicalPaymentNeedsNote();
    void billLinesPrefilledWithOpenAmount();
    void reverseRestoresBalance();
    void planDialogSumsExactly();
    void planDifferenceBlocksReview();
    void payInstallmentThroughDialog();
    void languageChangeRewritesTexts();

private:
    qint64 addCharge(const QString &amount, qint64 billId = 0);
    qint64 balance() const;
    qint64 count(const QString &table) const;
    qint64 chargePaid(qint64 chargeId) const;

    // Opens the customer page on ALFKI and shows it.
    CustomerDetailPage *openPage();

    // Sets amount (when not null) and a payment method in dialog.
    static void fillPayment(RecordPaymentDialog *dialog, const QString &amount,
                            const QString &method = QStringLiteral("BANK_TRANSFER"));

    // Clicks Review… in dialog and Confirm and Submit clicks times in the
    // confirmation step. Returns whether the confirmation step opened.
    static bool reviewAndConfirm(RecordPaymentDialog *dialog, int clicks = 1,
                                 bool useMouse = true);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<CustomerTableModel> m_customers;
    std::unique_ptr<CustomerDetailPage> m_page;
    qint64 m_customerId = 0;
    BillRecord m_bill;
};

void tst_PaymentDialogs::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Translations::apply(UiLanguage::English);
}

void tst_PaymentDialogs::init()
{
    NorthwindFixture::openWithAlfki(&m_database, &m_customerId, &m_bill);
}

void tst_PaymentDialogs::cleanup()
{
    m_page.reset();
    m_customers.reset();
    m_database.reset();
}

qint64 tst_PaymentDialogs::addCharge(const QString &amount, qint64 billId)
{
    ChargeService service(m_database->db(), QStringLiteral("tester"));
    ChargeRequest request;
    request.requestKey = ChargeRequest::newRequestKey();
    request.customerId = m_customerId;
    request.billId = billId;
    request.feeTypeCode = QStringLiteral("SERVICE");
    request.amountText = amount;
    request.reasonCode = QStringLiteral("BILLING_ERROR");
    request.paymentMethodCode = QStringLiteral("BANK_TRANSFER");
    request.dueDate = QDate::currentDate().addDays(30);
    const ChargeService::CommitResult result = service.commit(request, service.review(request));
    if (!result.succeeded())
        qWarning() << "Could not add the test charge:" << result.errorMessage;
    return result.chargeId;
}

qint64 tst_PaymentDialogs::balance() const
{
    return CustomerRepository(m_database->db()).findById(m_customerId)->balance.minorUnits();
}

qint64 tst_PaymentDialogs::count(const QString &table) const
{
    return m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
}

qint64 tst_PaymentDialogs::chargePaid(qint64 chargeId) const
{
    return m_database->scalar(
        QStringLiteral("SELECT paid_minor FROM charges WHERE id = %1").arg(chargeId));
}

CustomerDetailPage *tst_PaymentDialogs::openPage()
{
    m_customers = std::make_unique<CustomerTableModel>(nullptr, m_database->db());
    m_customers->refresh();
    m_page = std::make_unique<CustomerDetailPage>(m_customers.get(), m_database->db());
    m_page->resize(1100, 700);
    m_page->show();
    if (!QTest::qWaitForWindowExposed(m_page.get()))
        qWarning("The customer page was not exposed");
    if (!m_page->openCustomer(m_customerId))
        qWarning("The customer page did not open ALFKI");
    return m_page.get();
}

void tst_PaymentDialogs::fillPayment(RecordPaymentDialog *dialog, const QString &amount,
                                     const QString &method)
{
    if (!amount.isNull()) {
        auto *amountEdit = childOf<QLineEdit>(dialog, "amountEdit");
        amountEdit->setFocus();
        amountEdit->selectAll();
        QTest::keyClicks(amountEdit, amount);
    }
    auto *methods = childOf<QComboBox>(dialog, "paymentMethodCombo");
    methods->setCurrentIndex(methods->findData(method));
}

bool tst_PaymentDialogs::reviewAndConfirm(RecordPaymentDialog *dialog, int clicks, bool useMouse)
{
    auto shown = std::make_shared<bool>(false);
    whenModalOpens<PaymentConfirmDialog>([shown, clicks, useMouse](PaymentConfirmDialog *confirm) {
        *shown = true;
        auto *button = childOf<QPushButton>(confirm, "confirmButton");
        for (int i = 0; i < clicks; ++i) {
            if (useMouse)
                QTest::mouseClick(button, Qt::LeftButton);
            else
                button->click();
        }
        if (confirm->isVisible())
            confirm->reject();
    });
    QTest::mouseClick(childOf<QPushButton>(dialog, "reviewButton"), Qt::LeftButton);
    return *shown;
}

void tst_PaymentDialogs::cancelShowsPaymentMadeElsewhere()
{
    const qint64 chargeId = addCharge(QStringLiteral("100.00"), m_bill.id);
    CustomerDetailPage *page = openPage();
    childOf<QTabWidget>(page, "tabWidget")->setCurrentIndex(1);
    const qint64 before = balance();
    auto *chargeTable = childOf<QTableView>(page, "chargeTable");
    const QAbstractItemModel *charges = chargeTable->model();
    const int paidColumn = columnTitled(charges, QStringLiteral("Paid"));
    chargeTable->selectRow(rowWithId(chargeTable, chargeId));

    // While the dialog is open, another desk records 40.00 on the charge;
    // the user then cancels.
    auto paidElsewhere = std::make_shared<bool>(false);
    whenModalOpens<RecordPaymentDialog>([this, chargeId, paidElsewhere](RecordPaymentDialog *d) {
        PaymentService service(m_database->db(), QStringLiteral("other-desk"));
        PaymentRequest request;
        request.requestKey = PaymentRequest::newRequestKey();
        request.customerId = m_customerId;
        request.chargeId = chargeId;
        request.amountText = QStringLiteral("40.00");
        request.paidOn = QDate::currentDate();
        request.paymentMethodCode = QStringLiteral("CASH");
        *paidElsewhere = service.commit(request, service.review(request)).succeeded();
        d->done(QDialog::Rejected);
    });
    childOf<QPushButton>(childOf<QWidget>(page, "chargesTab"), "recordPaymentButton")->click();
    QVERIFY(*paidElsewhere);

    const int row = rowWithId(chargeTable, chargeId);
    QCOMPARE(charges->index(row, paidColumn).data().toString(), Money(4000, Usd).format());
    QCOMPARE(childOf<QLabel>(page, "balanceLabel")->text(),
             QStringLiteral("Outstanding balance: %1").arg(Money(before - 4000, Usd).format()));
}

void tst_PaymentDialogs::partialThenFullPaymentFromChargeList()
{
    const qint64 chargeId = addCharge(QStringLiteral("100.00"), m_bill.id);
    QVERIFY(chargeId > 0);
    CustomerDetailPage *page = openPage();
    childOf<QTabWidget>(page, "tabWidget")->setCurrentIndex(1);
    const qint64 before = balance();

    auto *chargeTable = childOf<QTableView>(page, "chargeTable");
    auto *payButton = childOf<QPushButton>(childOf<QWidget>(page, "chargesTab"),
                                           "recordPaymentButton");
    QVERIFY(chargeTable && payButton);
    const QAbstractItemModel *charges = chargeTable->model();
    const int statusColumn = columnTitled(charges, QStringLiteral("Status"));
    const int paidColumn = columnTitled(charges, QStringLiteral("Paid"));
    QVERIFY(statusColumn >= 0 && paidColumn >= 0);

    const auto payThroughPanel = [&](const QString &amount) {
        chargeTable->selectRow(rowWithId(chargeTable, chargeId));
        QVERIFY(payButton->isEnabled());
        auto done = std::make_shared<bool>(false);
        whenModalOpens<RecordPaymentDialog>([amount, done](RecordPaymentDialog *dialog) {
            fillPayment(dialog, amount);
            *done = reviewAndConfirm(dialog);
            if (dialog->isVisible())
                dialog->done(QDialog::Rejected);
        });
        payButton->click();
        QVERIFY(*done);
    };

    payThroughPanel(QStringLiteral("40.00"));
    QCOMPARE(chargePaid(chargeId), 4000);
    int row = rowWithId(chargeTable, chargeId);
    QCOMPARE(charges->index(row, statusColumn).data().toString(),
             ChargeStatusText::label(ChargeStatus::PartlyPaid));
    QCOMPARE(charges->index(row, paidColumn).data().toString(), Money(4000, Usd).format());
    chargeTable->selectRow(row);
    QVERIFY(!childOf<QPushButton>(page, "voidChargeButton")->isEnabled());
    QCOMPARE(balance(), before - 4000);
    QCOMPARE(childOf<QLabel>(page, "balanceLabel")->text(),
             QStringLiteral("Outstanding balance: %1").arg(Money(before - 4000, Usd).format()));

    // The rest is pre-filled, so the second payment settles the charge.
    payThroughPanel(QString());
    QCOMPARE(chargePaid(chargeId), 10000);
    row = rowWithId(chargeTable, chargeId);
    QCOMPARE(charges->index(row, statusColumn).data().toString(),
             ChargeStatusText::label(ChargeStatus::Settled));
    QCOMPARE(balance(), before - 10000);
    QCOMPARE(childOf<QLabel>(page, "balanceLabel")->text(),
             QStringLiteral("Outstanding balance: %1").arg(Money(before - 10000, Usd).format()));
    QVERIFY(!payButton->isEnabled());

    // The payments tab lists both payments once it is shown.
    auto *paymentTable = childOf<QTableView>(page, "paymentTable");
    QVERIFY(paymentTable);
    QCOMPARE(paymentTable->model()->rowCount(), 0);
    childOf<QTabWidget>(page, "tabWidget")->setCurrentWidget(page->findChild<CustomerPaymentsTab *>());
    QCOMPARE(paymentTable->model()->rowCount(), 2);
    QCOMPARE(count(QStringLiteral("payments")), 2);
}

void tst_PaymentDialogs::overpaymentShowsErrorAtAmount()
{
    const qint64 chargeId = addCharge(QStringLiteral("100.00"));
    const qint64 auditBefore = count(QStringLiteral("audit_log"));

    RecordPaymentDialog dialog(m_database->db(), m_customerId);
    dialog.setCharge(chargeId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(childOf<QLineEdit>(&dialog, "amountEdit")->text(), QStringLiteral("100.00"));
    fillPayment(&dialog, QStringLiteral("150.00"));

    QTest::mouseClick(childOf<QPushButton>(&dialog, "reviewButton"), Qt::LeftButton);
    QCoreApplication::processEvents();

    auto *amountError = childOf<QLabel>(&dialog, "amountErrorLabel");
    QVERIFY(amountError->isVisible());
    QVERIFY2(amountError->text().contains(Money(10000, Usd).format()),
             qPrintable(amountError->text()));
    QVERIFY(!childOf<QLabel>(&dialog, "paymentMethodErrorLabel")->isVisible());
    QCOMPARE(QApplication::focusWidget(), childOf<QLineEdit>(&dialog, "amountEdit"));
    QVERIFY(dialog.isVisible());
    QCOMPARE(count(QStringLiteral("payments")), 0);
    QCOMPARE(count(QStringLiteral("audit_log")), auditBefore);
    QCOMPARE(chargePaid(chargeId), 0);
}

void tst_PaymentDialogs::futureDateErrorIsShownWhole()
{
    const qint64 chargeId = addCharge(QStringLiteral("100.00"));

    RecordPaymentDialog dialog(m_database->db(), m_customerId);
    dialog.setCharge(chargeId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillPayment(&dialog, QStringLiteral("50.00"));
    childOf<QDateEdit>(&dialog, "paidOnEdit")->setDate(QDate::currentDate().addDays(2));
    QTest::mouseClick(childOf<QPushButton>(&dialog, "reviewButton"), Qt::LeftButton);
    QCoreApplication::processEvents();

    // The message wraps over several lines; the label must get the height
    // its wrapped text needs at the width it was given.
    auto *dateError = childOf<QLabel>(&dialog, "paidOnErrorLabel");
    QVERIFY(dateError->isVisible());
    QVERIFY2(dateError->text().contains(QLatin1String("after today")),
             qPrintable(dateError->text()));
    QTRY_VERIFY2(dateError->height() >= dateError->heightForWidth(dateError->width()),
                 qPrintable(QStringLiteral("%1 px high, needs %2 at %3 px wide")
                                .arg(dateError->height())
                                .arg(dateError->heightForWidth(dateError->width()))
                                .arg(dateError->width())));
    QCOMPARE(count(QStringLiteral("payments")), 0);
}

void tst_PaymentDialogs::missingMethodShowsErrorAtField()
{
    const qint64 chargeId = addCharge(QStringLiteral("100.00"));

    RecordPaymentDialog dialog(m_database->db(), m_customerId);
    dialog.setCharge(chargeId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(childOf<QPushButton>(&dialog, "reviewButton"), Qt::LeftButton);
    QCoreApplication::processEvents();

    QVERIFY(childOf<QLabel>(&dialog, "paymentMethodErrorLabel")->isVisible());
    QVERIFY(!childOf<QLabel>(&dialog, "amountErrorLabel")->isVisible());
    QCOMPARE(QApplication::focusWidget(), childOf<QComboBox>(&dialog, "paymentMethodCombo"));
    QCOMPARE(count(QStringLiteral("payments")), 0);
}

void tst_PaymentDialogs::doubleConfirmWritesOnePayment_data()
{
    QTest::addColumn<bool>("useMouse");
    QTest::newRow("two mouse clicks") << true;
    QTest::newRow("click() twice") << false;
}

void tst_PaymentDialogs::doubleConfirmWritesOnePayment()
{
    QFETCH(bool, useMouse);
    const qint64 chargeId = addCharge(QStringLiteral("100.00"));
    const qint64 before = balance();

    RecordPaymentDialog dialog(m_database->db(), m_customerId);
    dialog.setCharge(chargeId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillPayment(&dialog, QStringLiteral("25.00"));
    QVERIFY(reviewAndConfirm(&dialog, 2, useMouse));

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.committedPaymentId() > 0);
    QCOMPARE(count(QStringLiteral("payments")), 1);
    QCOMPARE(chargePaid(chargeId), 2500);
    QCOMPARE(balance(), before - 2500);

    QSqlQuery payment(m_database->db());
    VERIFY_SQL(payment, payment.prepare(QStringLiteral(
        "SELECT request_key, amount_minor FROM payments WHERE id = :id")));
    payment.bindValue(QStringLiteral(":id"), dialog.committedPaymentId());
    VERIFY_SQL(payment, payment.exec());
    QVERIFY(payment.next());
    QCOMPARE(payment.value(QStringLiteral("request_key")).toString(), dialog.requestKey());
    QCOMPARE(payment.value(QStringLiteral("amount_minor")).toLongLong(), 2500);
}

void tst_PaymentDialogs::backToEditWritesNothing()
{
    const qint64 chargeId = addCharge(QStringLiteral("100.00"));

    RecordPaymentDialog dialog(m_database->db(), m_customerId);
    dialog.setCharge(chargeId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillPayment(&dialog, QStringLiteral("10.00"));

    auto summary = std::make_shared<QString>();
    whenModalOpens<PaymentConfirmDialog>([summary](PaymentConfirmDialog *confirm) {
        *summary = childOf<QTextBrowser>(confirm, "summaryView")->toPlainText();
        QTest::mouseClick(childOf<QPushButton>(confirm, "backButton"), Qt::LeftButton);
    });
    QTest::mouseClick(childOf<QPushButton>(&dialog, "reviewButton"), Qt::LeftButton);

    QVERIFY(!summary->isEmpty());
    QVERIFY2(summary->contains(Money(1000, Usd).format()), qPrintable(*summary));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.committedPaymentId(), 0);
    QCOMPARE(count(QStringLiteral("payments")), 0);
    QCOMPARE(childOf<QLineEdit>(&dialog, "amountEdit")->text(), QStringLiteral("10.00"));
}

void tst_PaymentDialogs::identicalPaymentNeedsNote()
{
    const qint64 chargeId = addCharge(QStringLiteral("100.00"));

    // Another desk recorded 25.00 on the charge today already.
    PaymentService service(m_database->db(), QStringLiteral("other-desk"));
    PaymentRequest earlier;
    earlier.requestKey = PaymentRequest::newRequestKey();
    earlier.customerId = m_customerId;
    earlier.chargeId = chargeId;
    earlier.amountText = QStringLiteral("25.00");
    earlier.paidOn = QDate::currentDate();
    earlier.paymentMethodCode = QStringLiteral("CASH");
    const auto earlierResult = service.commit(earlier, service.review(earlier));
    QVERIFY2(earlierResult.succeeded(), qPrintable(earlierResult.errorMessage));

    RecordPaymentDialog dialog(m_database->db(), m_customerId);
    dialog.setCharge(chargeId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillPayment(&dialog, QStringLiteral("25.00"));

    struct Seen
    {
        bool boxShown = false;
        QString findings;
        bool enabledWithoutNote = true;
        bool enabledWithBlankNote = true;
        qint64 paymentsAfterClick = -1;
        bool enabledWithNote = false;
    };
    auto seen = std::make_shared<Seen>();
    whenModalOpens<PaymentConfirmDialog>([this, seen](PaymentConfirmDialog *confirm) {
        auto *box = childOf<QWidget>(confirm, "duplicatesBox");
        auto *button = childOf<QPushButton>(confirm, "confirmButton");
        auto *note = childOf<QPlainTextEdit>(confirm, "acknowledgementEdit");
        seen->boxShown = box && box->isVisible();
        seen->findings = childOf<QTextBrowser>(confirm, "findingsView")->toPlainText();
        seen->enabledWithoutNote = button->isEnabled();

        // A click on the disabled button writes nothing.
        QTest::mouseClick(button, Qt::LeftButton);
        seen->paymentsAfterClick = count(QStringLiteral("payments"));

        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("   "));
        seen->enabledWithBlankNote = button->isEnabled();
        QTest::keyClicks(note, QStringLiteral("Second delivery, paid separately"));
        seen->enabledWithNote = button->isEnabled();
        QTest::mouseClick(button, Qt::LeftButton);
        if (confirm->isVisible())
            confirm->reject();
    });
    QTest::mouseClick(childOf<QPushButton>(&dialog, "reviewButton"), Qt::LeftButton);

    QVERIFY(seen->boxShown);
    QVERIFY2(seen->findings.contains(
                 QStringLiteral("Payment %1 looks identical").arg(earlierResult.paymentId)),
             qPrintable(seen->findings));
    QVERIFY2(seen->findings.contains(QStringLiteral("other-desk")), qPrintable(seen->findings));
    QVERIFY(!seen->enabledWithoutNote);
    QCOMPARE(seen->paymentsAfterClick, 1);
    QVERIFY(!seen->enabledWithBlankNote);
    QVERIFY(seen->enabledWithNote);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.committedPaymentId() > 0);
    QCOMPARE(count(QStringLiteral("payments")), 2);
    QCOMPARE(chargePaid(chargeId), 5000);

    QSqlQuery payment(m_database->db());
    VERIFY_SQL(payment, payment.prepare(QStringLiteral(
        "SELECT duplicate_ack_note FROM payments WHERE id = :id")));
    payment.bindValue(QStringLiteral(":id"), dialog.committedPaymentId());
    VERIFY_SQL(payment, payment.exec());
    QVERIFY(payment.next());
    QCOMPARE(payment.value(QStringLiteral("duplicate_ack_note")).toString(),
             QStringLiteral("Second delivery, paid separately"));
}

void tst_PaymentDialogs::billLinesPrefilledWithOpenAmount()
{
    // A charge on the bill and its payment do not change the open amount of
    // the bill's own lines.
    const qint64 chargeId = addCharge(QStringLiteral("30.00"), m_bill.id);
    PaymentService service(m_database->db(), QStringLiteral("tester"));
    PaymentRequest request;
    request.requestKey = PaymentRequest::newRequestKey();
    request.customerId = m_customerId;
    request.chargeId = chargeId;
    request.amountText = QStringLiteral("30.00");
    request.paidOn = QDate::currentDate();
    request.paymentMethodCode = QStringLiteral("CASH");
    QVERIFY(service.commit(request, service.review(request)).succeeded());
    const qint64 before = balance();

    RecordPaymentDialog dialog(m_database->db(), m_customerId);
    dialog.setBillLines(m_bill.id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(childOf<QLineEdit>(&dialog, "amountEdit")->text(), m_bill.linesTotal.toPlainString());
    QVERIFY(childOf<QLabel>(&dialog, "targetLabel")->text().contains(m_bill.billNo));
    QVERIFY(childOf<QComboBox>(&dialog, "installmentCombo")->isHidden());

    fillPayment(&dialog, QString(), QStringLiteral("CASH"));
    QVERIFY(reviewAndConfirm(&dialog));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(balance(), before - m_bill.linesTotal.minorUnits());
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT paid_minor FROM bills WHERE id = %1")
                                    .arg(m_bill.id)),
             m_bill.paid.minorUnits() + 3000 + m_bill.linesTotal.minorUnits());
}

void tst_PaymentDialogs::reverseRestoresBalance()
{
    const qint64 chargeId = addCharge(QStringLiteral("100.00"), m_bill.id);
    CustomerDetailPage *page = openPage();
    const qint64 before = balance();

    // Pay through the payments tab, then reverse there.
    auto *tab = childOf<QWidget>(page, "customerPaymentsTab");
    QVERIFY(tab);
    childOf<QTabWidget>(page, "tabWidget")->setCurrentWidget(tab);
    auto *items = childOf<QTableView>(tab, "receivableTable");
    auto *payments = childOf<QTableView>(tab, "paymentTable");
    auto *reverseButton = childOf<QPushButton>(tab, "reversePaymentButton");
    QVERIFY(items && payments && reverseButton);

    int itemRow = -1;
    for (int row = 0; row < items->model()->rowCount() && itemRow < 0; ++row) {
        if (items->model()->index(row, 0).data().toString().contains(
                QStringLiteral("Charge %1,").arg(chargeId))) {
            itemRow = row;
        }
    }
    QVERIFY(itemRow >= 0);
    items->selectRow(itemRow);
    whenModalOpens<RecordPaymentDialog>([](RecordPaymentDialog *dialog) {
        fillPayment(dialog, QStringLiteral("60.00"));
        reviewAndConfirm(dialog);
        if (dialog->isVisible())
            dialog->done(QDialog::Rejected);
    });
    childOf<QPushButton>(tab, "recordPaymentButton")->click();
    QCOMPARE(chargePaid(chargeId), 6000);
    QCOMPARE(balance(), before - 6000);
    QCOMPARE(payments->model()->rowCount(), 1);

    payments->selectRow(0);
    QVERIFY(reverseButton->isEnabled());
    auto applyEnabledWithoutReason = std::make_shared<bool>(true);
    whenModalOpens<ReversePaymentDialog>([applyEnabledWithoutReason](ReversePaymentDialog *dialog) {
        auto *apply = childOf<QPushButton>(dialog, "applyButton");
        *applyEnabledWithoutReason = apply->isEnabled();
        QTest::keyClicks(childOf<QPlainTextEdit>(dialog, "reasonEdit"),
                         QStringLiteral("Bank returned the transfer"));
        apply->click();
        if (dialog->isVisible())
            dialog->reject();
    });
    reverseButton->click();

    QVERIFY(!*applyEnabledWithoutReason);
    QCOMPARE(chargePaid(chargeId), 0);
    QCOMPARE(balance(), before);
    QCOMPARE(childOf<QLabel>(page, "balanceLabel")->text(),
             QStringLiteral("Outstanding balance: %1").arg(Money(before, Usd).format()));
    QCOMPARE(m_database->scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM payments WHERE status = 'reversed' "
                 "AND reverse_reason = 'Bank returned the transfer'")),
             1);

    const QAbstractItemModel *paymentModel = payments->model();
    QCOMPARE(paymentModel->rowCount(), 1);
    QCOMPARE(paymentModel->index(0, columnTitled(paymentModel, QStringLiteral("Status")))
                 .data()
                 .toString(),
             QStringLiteral("Reversed"));
    QCOMPARE(paymentModel->index(0, columnTitled(paymentModel, QStringLiteral("Reversal Reason")))
                 .data()
                 .toString(),
             QStringLiteral("Bank returned the transfer"));
    QVERIFY(!reverseButton->isEnabled());

    // The charge list in 费用管理 shows the charge unpaid again.
    auto *chargeTable = childOf<QTableView>(page, "chargeTable");
    QCOMPARE(chargeTable->model()
                 ->index(rowWithId(chargeTable, chargeId),
                         columnTitled(chargeTable->model(), QStringLiteral("Status")))
                 .data()
                 .toString(),
             ChargeStatusText::label(ChargeStatus::Unpaid));
}

void tst_PaymentDialogs::planDialogSumsExactly()
{
    const qint64 chargeId = addCharge(QStringLiteral("100.00"));

    InstallmentPlanDialog dialog(m_database->db(), chargeId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    childOf<QSpinBox>(&dialog, "countSpin")->setValue(3);
    const QDate first = QDate::currentDate().addDays(10);
    childOf<QDateEdit>(&dialog, "firstDueDateEdit")->setDate(first);

    const InstallmentPlanRequest request = dialog.buildRequest();
    QCOMPARE(request.installments.size(), 3);
    QCOMPARE(request.installments.at(0).amount.minorUnits(), 3333);
    QCOMPARE(request.installments.at(1).amount.minorUnits(), 3333);
    QCOMPARE(request.installments.at(2).amount.minorUnits(), 3334);
    QCOMPARE(request.installments.at(0).dueDate, first);
    QCOMPARE(request.installments.at(2).dueDate, first.addMonths(2));
    QVERIFY2(childOf<QLabel>(&dialog, "sumLabel")->text().contains(
                 QStringLiteral("Difference: %1").arg(Money(0, Usd).format())),
             qPrintable(childOf<QLabel>(&dialog, "sumLabel")->text()));

    auto *review = childOf<QPushButton>(&dialog, "reviewButton");
    QVERIFY(review->isEnabled());
    auto summary = std::make_shared<QString>();
    whenModalOpens<InstallmentPlanConfirmDialog>([summary](InstallmentPlanConfirmDialog *confirm) {
        *summary = childOf<QTextBrowser>(confirm, "summaryView")->toPlainText();
        auto *button = childOf<QPushButton>(confirm, "confirmButton");
        QTest::mouseClick(button, Qt::LeftButton);
        QTest::mouseClick(button, Qt::LeftButton);
        if (confirm->isVisible())
            confirm->reject();
    });
    QTest::mouseClick(review, Qt::LeftButton);

    QVERIFY(!summary->isEmpty());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.committedPlanId() > 0);
    QCOMPARE(count(QStringLiteral("installment_plans")), 1);
    const InstallmentPlanRecord plan =
        InstallmentRepository(m_database->db()).activePlan(chargeId);
    QCOMPARE(plan.id, dialog.committedPlanId());
    QCOMPARE(plan.installments.size(), 3);
    qint64 sum = 0;
    for (const InstallmentRecord &installment : plan.installments)
        sum += installment.amount.minorUnits();
    QCOMPARE(sum, 10000);
}

void tst_PaymentDialogs::planDifferenceBlocksReview()
{
    const qint64 chargeId = addCharge(QStringLiteral("100.00"));

    InstallmentPlanDialog dialog(m_database->db(), chargeId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    childOf<QSpinBox>(&dialog, "countSpin")->setValue(4);
    auto *view = childOf<QTableView>(&dialog, "installmentsView");
    auto *sum = childOf<QLabel>(&dialog, "sumLabel");
    auto *review = childOf<QPushButton>(&dialog, "reviewButton");
    QCOMPARE(view->model()->rowCount(), 4);
    QVERIFY(review->isEnabled());

    // 25.00 becomes 20.00: the sum is 5.00 short.
    QVERIFY(view->model()->setData(view->model()->index(1, 2), QStringLiteral("20.00")));
    QVERIFY2(sum->text().contains(QStringLiteral("Difference: %1")
                                      .arg(Money(-500, Usd).format())),
             qPrintable(sum->text()));
    QVERIFY(!review->isEnabled());
    QTest::mouseClick(review, Qt::LeftButton);
    QCOMPARE(count(QStringLiteral("installment_plans")), 0);

    // An amount that does not parse blocks as well.
    QVERIFY(view->model()->setData(view->model()->index(1, 2), QStringLiteral("abc")));
    QVERIFY(!review->isEnabled());
    QVERIFY(!sum->text().contains(QStringLiteral("Difference")));

    // Taking the 5.00 onto another installment balances the plan again.
    QVERIFY(view->model()->setData(view->model()->index(1, 2), QStringLiteral("20.00")));
    QVERIFY(view->model()->setData(view->model()->index(3, 2), QStringLiteral("30.00")));
    QVERIFY2(sum->text().contains(QStringLiteral("Difference: %1").arg(Money(0, Usd).format())),
             qPrintable(sum->text()));
    QVERIFY(review->isEnabled());
}

void tst_PaymentDialogs::payInstallmentThroughDialog()
{
    const qint64 chargeId = addCharge(QStringLiteral("100.00"));
    InstallmentPlanRequest plan;
    plan.requestKey = InstallmentPlanRequest::newRequestKey();
    plan.chargeId = chargeId;
    const QDate first = QDate::currentDate().addDays(5);
    plan.installments = {{first, Money(4000, Usd)}, {first.addMonths(1), Money(6000, Usd)}};
    const InstallmentService::Result created =
        InstallmentService(m_database->db(), QStringLiteral("tester")).createPlan(plan);
    QVERIFY2(created.succeeded(), qPrintable(created.errorMessage));
    const qint64 before = balance();

    RecordPaymentDialog dialog(m_database->db(), m_customerId);
    dialog.setCharge(chargeId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *installments = childOf<QComboBox>(&dialog, "installmentCombo");
    QVERIFY(installments->isVisible());
    QCOMPARE(installments->count(), 2);
    QCOMPARE(installments->currentIndex(), 0);
    QCOMPARE(childOf<QLineEdit>(&dialog, "amountEdit")->text(), QStringLiteral("40.00"));

    // Choosing the second installment pre-fills its amount.
    installments->setCurrentIndex(1);
    QCOMPARE(childOf<QLineEdit>(&dialog, "amountEdit")->text(), QStringLiteral("60.00"));
    installments->setCurrentIndex(0);

    fillPayment(&dialog, QString());
    QVERIFY(reviewAndConfirm(&dialog));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const InstallmentPlanRecord stored =
        InstallmentRepository(m_database->db()).activePlan(chargeId);
    QCOMPARE(stored.installments.size(), 2);
    QCOMPARE(stored.installments.at(0).paid.minorUnits(), 4000);
    QCOMPARE(stored.installments.at(1).paid.minorUnits(), 0);
    QCOMPARE(chargePaid(chargeId), 4000);
    QCOMPARE(balance(), before - 4000);

    // The next dialog offers the second installment first, and the first
    // one, settled, cannot be chosen.
    RecordPaymentDialog next(m_database->db(), m_customerId);
    next.setCharge(chargeId);
    auto *nextInstallments = childOf<QComboBox>(&next, "installmentCombo");
    QCOMPARE(nextInstallments->currentIndex(), 1);
    const auto *items = qobject_cast<const QStandardItemModel *>(nextInstallments->model());
    QVERIFY(items);
    QVERIFY(!items->item(0)->isEnabled());
}

void tst_PaymentDialogs::languageChangeRewritesTexts()
{
    const qint64 chargeId = addCharge(QStringLiteral("100.00"));
    CustomerDetailPage *page = openPage();
    RecordPaymentDialog payment(m_database->db(), m_customerId);
    payment.setCharge(chargeId);
    payment.show();
    InstallmentPlanDialog plan(m_database->db(), chargeId);
    plan.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plan));

    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
    const auto removeMarking = qScopeGuard([&marking] {
        QCoreApplication::removeTranslator(&marking);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    });

    QCOMPARE(payment.windowTitle(), QStringLiteral("[[Record Payment]]"));
    QCOMPARE(childOf<QPushButton>(&payment, "reviewButton")->text(),
             QStringLiteral("[[&Review…]]"));
    QVERIFY2(childOf<QLabel>(&payment, "targetLabel")->text().startsWith(QStringLiteral("[[")),
             qPrintable(childOf<QLabel>(&payment, "targetLabel")->text()));
    QCOMPARE(childOf<QComboBox>(&payment, "paymentMethodCombo")->placeholderText(),
             QStringLiteral("[[Select…]]"));

    QCOMPARE(plan.windowTitle(), QStringLiteral("[[Installment Plan]]"));
    QVERIFY2(childOf<QLabel>(&plan, "sumLabel")->text().startsWith(QStringLiteral("[[")),
             qPrintable(childOf<QLabel>(&plan, "sumLabel")->text()));

    auto *tabs = childOf<QTabWidget>(page, "tabWidget");
    QCOMPARE(tabs->tabText(tabs->indexOf(childOf<QWidget>(page, "customerPaymentsTab"))),
             QStringLiteral("[[Pa&yments]]"));
    QCOMPARE(childOf<QPushButton>(childOf<QWidget>(page, "customerPaymentsTab"),
                                  "reversePaymentButton")
                 ->text(),
             QStringLiteral("[[Re&verse Payment…]]"));
    const QAbstractItemModel *payments =
        childOf<QTableView>(page, "paymentTable")->model();
    QVERIFY(columnTitled(payments, QStringLiteral("[[Paid For]]")) >= 0);
}

QTEST_MAIN(tst_PaymentDialogs)
#include "tst_paymentdialogs.moc"
