#include "addchargedialog.h"
#include "billrepository.h"
#include "chargeconfirmdialog.h"
#include "chargerepository.h"
#include "computedchargedialog.h"
#include "customerrepository.h"
#include "guitestsupport.h"
#include "northwindfixture.h"
#include "northwindimporter.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QtTest>

#include <functional>
#include <memory>

// Drives the Compute… dialog from the 新增费用 dialog on the Northwind sample
// data: what it computes, what OK copies into the form, and what the normal
// confirmation then writes.
class tst_ComputedChargeDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void upgradeFillsFormAndCommits();
    void lateFeeFillsFeeTypeAndReason();
    void lateFeePrefilledFromBill();
    void invalidInputsKeepOkDisabled_data();
    void invalidInputsKeepOkDisabled();
    void emptyFormShowsNoErrors();
    void cancelChangesNothing();
    void computingAgainReplacesFormula();
    void formulaTooLongForNote();
    void languageChangeRewritesTexts();

private:
    // What the Compute dialog showed, recorded inside its exec() loop.
    struct ComputeStep
    {
        bool shown = false;
        QString formula;
        QString errors;
        bool errorsVisible = false;
        bool okEnabled = false;
        bool stillOpenAfterOk = false;
        QString baseAmount;
        bool datesChecked = false;
        QDate dueDate;
    };
    using ComputeAction = std::function<void(ComputedChargeDialog *)>;

    // Clicks Compute… in dialog and runs action on the Compute dialog once
    // it is open, then records its state and presses OK when accept is
    // true, Cancel otherwise.
    ComputeStep compute(AddChargeDialog *dialog, ComputeAction action, bool accept = true);

    std::unique_ptr<TestDatabase> m_database;
    qint64 m_customerId = 0;
    BillRecord m_bill;
};

namespace {

template<typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

void typeInto(QObject *parent, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    if (!edit)
        return;
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, text);
}

// Fills the upgrade tab: 200.00 → 300.00 from 19 to 30 April 2026, 12 of
// 30 days: 10,000 × 12 ÷ 30 = 4,000 cents.
void fillUpgrade(ComputedChargeDialog *dialog, const QString &oldPrice = QStringLiteral("200.00"),
                 const QString &newPrice = QStringLiteral("300.00"))
{
    dialog->setKind(ComputedChargeDialog::Kind::UpgradeDifference);
    typeInto(dialog, "oldPriceEdit", oldPrice);
    typeInto(dialog, "newPriceEdit", newPrice);
    if (auto *upgrade = child<QDateEdit>(dialog, "upgradeDateEdit"))
        upgrade->setDate(QDate(2026, 4, 19));
    if (auto *end = child<QDateEdit>(dialog, "periodEndEdit"))
        end->setDate(QDate(2026, 4, 30));
}

// Fills the late fee tab: 0.05% per day on 10,000.00 for 30 days = 150.00.
void fillLateFee(ComputedChargeDialog *dialog, const QString &rate = QStringLiteral("0.05"))
{
    dialog->setKind(ComputedChargeDialog::Kind::LateFee);
    typeInto(dialog, "baseAmountEdit", QStringLiteral("10,000.00"));
    typeInto(dialog, "rateEdit", rate);
    if (auto *days = child<QRadioButton>(dialog, "daysRadio"))
        days->setChecked(true);
    if (auto *spin = child<QSpinBox>(dialog, "daysSpin"))
        spin->setValue(30);
}

QPushButton *okButton(ComputedChargeDialog *dialog)
{
    auto *box = child<QDialogButtonBox>(dialog, "buttonBox");
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

} // namespace

void tst_ComputedChargeDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ComputedChargeDialog::init()
{
    NorthwindFixture::openWithAlfki(&m_database, &m_customerId, &m_bill);
}

void tst_ComputedChargeDialog::cleanup()
{
    m_database.reset();
}

tst_ComputedChargeDialog::ComputeStep
tst_ComputedChargeDialog::compute(AddChargeDialog *dialog, ComputeAction action, bool accept)
{
    ComputeStep step;
    whenModalOpens<ComputedChargeDialog>([&step, action, accept](ComputedChargeDialog *compute) {
        step.shown = true;
        if (auto *base = child<QLineEdit>(compute, "baseAmountEdit"))
            step.baseAmount = base->text();
        if (auto *dates = child<QRadioButton>(compute, "datesRadio"))
            step.datesChecked = dates->isChecked();
        if (auto *due = child<QDateEdit>(compute, "dueDateEdit"))
            step.dueDate = due->date();

        if (action)
            action(compute);
        if (auto *formula = child<QLabel>(compute, "formulaLabel"))
            step.formula = formula->text();
        if (auto *errors = child<QLabel>(compute, "errorLabel")) {
            step.errors = errors->text();
            step.errorsVisible = errors->isVisible();
        }
        QPushButton *ok = okButton(compute);
        step.okEnabled = ok && ok->isEnabled();

        if (accept && ok) {
            QTest::mouseClick(ok, Qt::LeftButton);
            step.stillOpenAfterOk = compute->isVisible();
        }
        if (compute->isVisible())
            compute->reject();
    });

    if (auto *button = child<QPushButton>(dialog, "computeButton"))
        QTest::mouseClick(button, Qt::LeftButton);
    return step;
}

void tst_ComputedChargeDialog::upgradeFillsFormAndCommits()
{
    AddChargeDialog dialog(m_database->db(), m_customerId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QComboBox>(&dialog, "billCombo")->setCurrentIndex(
        child<QComboBox>(&dialog, "billCombo")->findData(m_bill.id));

    const ComputeStep step = compute(&dialog, [](ComputedChargeDialog *compute) {
        fillUpgrade(compute);
    });

    // ALFKI is billed in US dollars.
    const QString formula = QStringLiteral("(US$300.00 − US$200.00) × 12 ÷ 30 days = US$40.00");
    QVERIFY(step.shown);
    QCOMPARE(step.formula, formula);
    QVERIFY(!step.errorsVisible);
    QVERIFY(step.okEnabled);
    QVERIFY(!step.stillOpenAfterOk);

    QCOMPARE(child<QLineEdit>(&dialog, "amountEdit")->text(), QStringLiteral("US$40.00"));
    QCOMPARE(child<QComboBox>(&dialog, "feeTypeCombo")->currentData(),
             QVariant(QStringLiteral("UPGRADE_DIFF")));
    QCOMPARE(child<QComboBox>(&dialog, "reasonCombo")->currentData(),
             QVariant(QStringLiteral("PLAN_UPGRADE")));
    QCOMPARE(child<QPlainTextEdit>(&dialog, "noteEdit")->toPlainText(), formula);
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM charges")), 0);

    // The normal confirmation step writes the charge.
    auto *payment = child<QComboBox>(&dialog, "paymentMethodCombo");
    payment->setCurrentIndex(payment->findData(QStringLiteral("BANK_TRANSFER")));
    bool confirmShown = false;
    whenModalOpens<ChargeConfirmDialog>([&confirmShown](ChargeConfirmDialog *confirm) {
        confirmShown = true;
        if (auto *button = child<QPushButton>(confirm, "confirmButton"))
            QTest::mouseClick(button, Qt::LeftButton);
        if (confirm->isVisible())
            confirm->reject();
    });
    QTest::mouseClick(child<QPushButton>(&dialog, "reviewButton"), Qt::LeftButton);

    QVERIFY(confirmShown);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM charges")), 1);
    const auto charge = ChargeRepository(m_database->db()).findById(dialog.committedChargeId());
    QVERIFY(charge);
    QCOMPARE(charge->amount.minorUnits(), 4000);
    QCOMPARE(charge->amount.currency(), QStringLiteral("USD"));
    QCOMPARE(charge->feeTypeCode, QStringLiteral("UPGRADE_DIFF"));
    QCOMPARE(charge->reasonCode, QStringLiteral("PLAN_UPGRADE"));
    QCOMPARE(charge->billId, m_bill.id);
    QCOMPARE(charge->note, formula);
}

void tst_ComputedChargeDialog::lateFeeFillsFeeTypeAndReason()
{
    AddChargeDialog dialog(m_database->db(), m_customerId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // A reason chosen before is kept; the fee type follows the computation.
    auto *reason = child<QComboBox>(&dialog, "reasonCombo");
    reason->setCurrentIndex(reason->findData(QStringLiteral("BILLING_ERROR")));

    const ComputeStep step = compute(&dialog, [](ComputedChargeDialog *compute) {
        fillLateFee(compute);
    });

    QVERIFY(step.shown);
    QCOMPARE(step.formula,
             QStringLiteral("US$10,000.00 × 0.05% per day × 30 day(s) = US$150.00"));
    QVERIFY(step.okEnabled);
    QCOMPARE(child<QLineEdit>(&dialog, "amountEdit")->text(), QStringLiteral("US$150.00"));
    QCOMPARE(child<QComboBox>(&dialog, "feeTypeCombo")->currentData(),
             QVariant(QStringLiteral("LATE_FEE")));
    QCOMPARE(reason->currentData(), QVariant(QStringLiteral("BILLING_ERROR")));
}

void tst_ComputedChargeDialog::lateFeePrefilledFromBill()
{
    AddChargeDialog dialog(m_database->db(), m_customerId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *bills = child<QComboBox>(&dialog, "billCombo");
    bills->setCurrentIndex(bills->findData(m_bill.id));

    const ComputeStep step = compute(&dialog, {}, false);

    QVERIFY(step.shown);
    QVERIFY(m_bill.balance().minorUnits() > 0);
    QCOMPARE(step.baseAmount, m_bill.balance().format(QLocale()));
    QVERIFY(step.datesChecked);
    QCOMPARE(step.dueDate, m_bill.dueDate);
}

void tst_ComputedChargeDialog::invalidInputsKeepOkDisabled_data()
{
    QTest::addColumn<bool>("lateFee");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("quoted");

    // For the upgrade tab first and second are the old and new price; for the
    // late fee tab, the rate.
    QTest::newRow("new price lower") << false << QStringLiteral("300.00")
                                     << QStringLiteral("200.00") << QStringLiteral("US$200.00");
    QTest::newRow("prices equal") << false << QStringLiteral("200.00")
                                  << QStringLiteral("200.00") << QStringLiteral("US$200.00");
    QTest::newRow("old price not a number") << false << QStringLiteral("abc")
                                            << QStringLiteral("300.00") << QStringLiteral("abc");
    QTest::newRow("rate letters") << true << QStringLiteral("abc") << QString()
                                  << QStringLiteral("abc");
    QTest::newRow("rate exponent") << true << QStringLiteral("1e-3") << QString()
                                   << QStringLiteral("1e-3");
    QTest::newRow("rate negative") << true << QStringLiteral("-0.05") << QString()
                                   << QStringLiteral("-0.05");
}

void tst_ComputedChargeDialog::invalidInputsKeepOkDisabled()
{
    QFETCH(bool, lateFee);
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, quoted);

    AddChargeDialog dialog(m_database->db(), m_customerId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    const ComputeStep step = compute(&dialog, [=](ComputedChargeDialog *compute) {
        if (lateFee)
            fillLateFee(compute, first);
        else
            fillUpgrade(compute, first, second);
    });

    QVERIFY(step.shown);
    QVERIFY(!step.okEnabled);
    QVERIFY(step.errorsVisible);
    QVERIFY2(step.errors.contains(quoted), qPrintable(step.errors));
    QVERIFY(step.formula.isEmpty());
    QVERIFY(child<QLineEdit>(&dialog, "amountEdit")->text().isEmpty());
    QVERIFY(child<QComboBox>(&dialog, "feeTypeCombo")->currentData().isNull());
}

void tst_ComputedChargeDialog::emptyFormShowsNoErrors()
{
    AddChargeDialog dialog(m_database->db(), m_customerId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    const ComputeStep step = compute(&dialog, {});

    QVERIFY(step.shown);
    QVERIFY(!step.okEnabled);
    QVERIFY2(!step.errorsVisible, qPrintable(step.errors));
    QVERIFY(!step.formula.isEmpty());
    QVERIFY(child<QLineEdit>(&dialog, "amountEdit")->text().isEmpty());
}

void tst_ComputedChargeDialog::cancelChangesNothing()
{
    AddChargeDialog dialog(m_database->db(), m_customerId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    const ComputeStep step = compute(
        &dialog, [](ComputedChargeDialog *compute) { fillUpgrade(compute); }, false);

    QVERIFY(step.shown);
    QVERIFY(step.okEnabled);
    QVERIFY(child<QLineEdit>(&dialog, "amountEdit")->text().isEmpty());
    QVERIFY(child<QComboBox>(&dialog, "feeTypeCombo")->currentData().isNull());
    QVERIFY(child<QPlainTextEdit>(&dialog, "noteEdit")->toPlainText().isEmpty());
}

void tst_ComputedChargeDialog::computingAgainReplacesFormula()
{
    AddChargeDialog dialog(m_database->db(), m_customerId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *note = child<QPlainTextEdit>(&dialog, "noteEdit");
    note->setPlainText(QStringLiteral("Upgraded by phone"));

    compute(&dialog, [](ComputedChargeDialog *compute) { fillUpgrade(compute); });
    // 150.00 → 300.00: 15,000 × 12 ÷ 30 = 6,000 cents.
    const ComputeStep second = compute(&dialog, [](ComputedChargeDialog *compute) {
        fillUpgrade(compute, QStringLiteral("150.00"));
    });

    QCOMPARE(second.formula,
             QStringLiteral("(US$300.00 − US$150.00) × 12 ÷ 30 days = US$60.00"));
    QCOMPARE(note->toPlainText(), QStringLiteral("Upgraded by phone\n") + second.formula);
    QCOMPARE(child<QLineEdit>(&dialog, "amountEdit")->text(), QStringLiteral("US$60.00"));
}

void tst_ComputedChargeDialog::formulaTooLongForNote()
{
    AddChargeDialog dialog(m_database->db(), m_customerId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *note = child<QPlainTextEdit>(&dialog, "noteEdit");
    const QString longNote(480, QLatin1Char('x'));
    note->setPlainText(longNote);

    const ComputeStep step = compute(&dialog, [](ComputedChargeDialog *compute) {
        fillUpgrade(compute);
    });

    QVERIFY(step.okEnabled);
    QCOMPARE(note->toPlainText(), longNote);
    QCOMPARE(child<QLineEdit>(&dialog, "amountEdit")->text(), QStringLiteral("US$40.00"));
    auto *error = child<QLabel>(&dialog, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("at most 500")), qPrintable(error->text()));
}

void tst_ComputedChargeDialog::languageChangeRewritesTexts()
{
    ComputedChargeDialog dialog(QStringLiteral("CNY"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillUpgrade(&dialog);
    auto *formula = child<QLabel>(&dialog, "formulaLabel");
    QCOMPARE(formula->text(), QStringLiteral("(¥300.00 − ¥200.00) × 12 ÷ 30 days = ¥40.00"));

    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    const auto marked = [](const QString &text) { return text.startsWith(QLatin1String("[[")); };

    QVERIFY2(marked(formula->text()), qPrintable(formula->text()));
    QVERIFY(marked(child<QLabel>(&dialog, "stepsLabel")->text()));
    QVERIFY(marked(child<QTabWidget>(&dialog, "tabWidget")->tabText(1)));
    QVERIFY(marked(child<QLabel>(&dialog, "oldPriceCaptionLabel")->text()));
    QVERIFY(marked(child<QComboBox>(&dialog, "rateUnitCombo")->itemText(1)));
    QVERIFY(marked(child<QLineEdit>(&dialog, "rateEdit")->placeholderText()));
    QVERIFY(marked(dialog.windowTitle()));
    QCOMPARE(child<QLineEdit>(&dialog, "oldPriceEdit")->text(), QStringLiteral("200.00"));

    QVERIFY(QCoreApplication::removeTranslator(&marking));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(formula->text(), QStringLiteral("(¥300.00 − ¥200.00) × 12 ÷ 30 days = ¥40.00"));
}

QTEST_MAIN(tst_ComputedChargeDialog)
#include "tst_computedchargedialog.moc"
