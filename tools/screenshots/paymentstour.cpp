#include "paymentstour.h"

#include "billlistmodel.h"
#include "cancelplandialog.h"
#include "chargelistmodel.h"
#include "customerpaymentstab.h"
#include "imagefolder.h"
#include "installmentdraftmodel.h"
#include "installmentlistmodel.h"
#include "installmentplanconfirmdialog.h"
#include "installmentplandialog.h"
#include "mainwindow.h"
#include "paymentconfirmdialog.h"
#include "paymentlistmodel.h"
#include "receivablelistmodel.h"
#include "recordpaymentdialog.h"
#include "reversepaymentdialog.h"
#include "widgetinput.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

using WidgetInput::driveModal;
using WidgetInput::namedChild;
using WidgetInput::typeText;

namespace {

// The amounts typed for the second installment of US$400.00: one more
// than is open, then the open amount.
const QString Overpayment = QStringLiteral("450.00");
const QString InstallmentAmount = QStringLiteral("400.00");

// The amount of the partly paid charge's payment, typed again so that the
// confirmation lists that payment as looking identical.
const QString IdenticalAmount = QStringLiteral("80.00");

// The second of four installments of US$75.00, typed too low and then
// corrected, so the plan is first US$8.75 short.
constexpr int PlanInstallments = 4;
const QString ShortInstallment = QStringLiteral("10.00");
const QString EvenInstallment = QStringLiteral("18.75");

} // namespace

PaymentsTour::PaymentsTour(MainWindow *window, ImageFolder &images,
                           const FollowUpEntries &entries, const FollowUpSample::Records &records)
    : m_window(window)
    , m_images(images)
    , m_entries(entries)
    , m_records(records)
{
}

bool PaymentsTour::run()
{
    if (!setRemindersShown(false))
        return false;
    const bool ok = showChargesTab() && showPaymentsTab() && recordPayment()
                    && showIdenticalPayment() && showReversal() && makePlan() && showCancelPlan();
    return setRemindersShown(true) && ok;
}

bool PaymentsTour::showChargesTab()
{
    m_window->openCustomer(m_records.paymentCustomerId);
    QString error;
    auto *tabs = namedChild<QTabWidget>(m_window, "tabWidget", &error);
    auto *charges = namedChild<QTableView>(m_window, "chargeTable", &error);
    m_tab = m_window->findChild<CustomerPaymentsTab *>();
    if (!tabs || !charges || !m_tab)
        return fail(error.isEmpty() ? QStringLiteral("The Payments tab is missing.") : error);
    tabs->setCurrentIndex(1);

    // The bill of the partly paid charge shows its lines and what was paid
    // on it, and the charge is selected last, as for Record Payment….
    auto *bills = namedChild<QTableView>(m_window, "billTable", &error);
    auto *billModel = bills ? qobject_cast<BillListModel *>(bills->model()) : nullptr;
    const int billRow = billModel ? billModel->rowOfBill(m_records.partlyPaidBillId) : -1;
    auto *model = qobject_cast<ChargeListModel *>(charges->model());
    const int row = model ? model->rowOfCharge(m_records.partlyPaidChargeId) : -1;
    if (billRow < 0 || row < 0)
        return fail(QStringLiteral("The partly paid charge or its bill is not listed."));
    bills->selectRow(billRow);
    charges->setFocus();
    charges->selectRow(row);
    return save(m_window, QStringLiteral("payments-01-charges-status"));
}

bool PaymentsTour::showPaymentsTab()
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabWidget"));
    tabs->setCurrentWidget(m_tab);
    if (!selectCharge(m_records.plannedChargeId))
        return false;

    QString error;
    auto *installments = namedChild<QTableView>(m_tab, "installmentTable", &error);
    if (!installments)
        return fail(error);
    auto *model = qobject_cast<InstallmentListModel *>(installments->model());
    const int row = model ? model->rowOfInstallment(m_records.secondInstallmentId) : -1;
    if (row < 0)
        return fail(QStringLiteral("The second installment is not listed."));
    installments->setFocus();
    installments->selectRow(row);
    return save(m_window, QStringLiteral("payments-02-payments-tab"));
}

bool PaymentsTour::recordPayment()
{
    return openFromTab<RecordPaymentDialog>("recordPaymentButton",
                                            [this](RecordPaymentDialog *dialog) {
                                                return enterPayment(dialog);
                                            });
}

bool PaymentsTour::enterPayment(RecordPaymentDialog *dialog)
{
    QString error;
    auto *method = namedChild<QComboBox>(dialog, "paymentMethodCombo", &error);
    auto *reference = namedChild<QLineEdit>(dialog, "referenceEdit", &error);
    auto *amount = namedChild<QLineEdit>(dialog, "amountEdit", &error);
    auto *amountError = namedChild<QLabel>(dialog, "amountErrorLabel", &error);
    auto *review = namedChild<QPushButton>(dialog, "reviewButton", &error);
    if (!method || !reference || !amount || !amountError || !review)
        return fail(error);

    // The amount comes filled in with what is open on the installment.
    method->setCurrentIndex(method->findData(QStringLiteral("BANK_TRANSFER")));
    reference->setFocus();
    typeText(reference, m_entries.paymentReference);
    if (amount->text().isEmpty())
        return fail(QStringLiteral("The amount was not filled in."));
    if (!save(dialog, QStringLiteral("payments-03-record-payment")))
        return false;

    // Review… rejects more than is open and opens no confirmation.
    amount->setFocus();
    amount->selectAll();
    typeText(amount, Overpayment);
    review->click();
    if (!amountError->isVisible())
        return fail(QStringLiteral("The overpayment of %1 was not rejected.").arg(Overpayment));
    if (!save(dialog, QStringLiteral("payments-04-overpayment")))
        return false;

    amount->setFocus();
    amount->selectAll();
    typeText(amount, InstallmentAmount);
    const bool confirmed = driveModal<PaymentConfirmDialog>(
        dialog, [review] { review->click(); }, [this](PaymentConfirmDialog *confirm) {
            QString error;
            auto *button = namedChild<QPushButton>(confirm, "confirmButton", &error);
            if (!button)
                return fail(error);
            if (!save(confirm, QStringLiteral("payments-05-confirm")))
                return false;
            button->click();
            return confirm->committedPaymentId() != 0
                   || fail(QStringLiteral("The payment was not recorded."));
        });
    return confirmed;
}

bool PaymentsTour::showIdenticalPayment()
{
    return selectCharge(m_records.partlyPaidChargeId)
           && openFromTab<RecordPaymentDialog>("recordPaymentButton",
                                               [this](RecordPaymentDialog *dialog) {
                                                   return enterIdenticalPayment(dialog);
                                               });
}

bool PaymentsTour::enterIdenticalPayment(RecordPaymentDialog *dialog)
{
    QString error;
    auto *method = namedChild<QComboBox>(dialog, "paymentMethodCombo", &error);
    auto *amount = namedChild<QLineEdit>(dialog, "amountEdit", &error);
    auto *review = namedChild<QPushButton>(dialog, "reviewButton", &error);
    if (!method || !amount || !review)
        return fail(error);

    // The amount of the charge's earlier payment, on the same day.
    method->setCurrentIndex(method->findData(QStringLiteral("BANK_TRANSFER")));
    amount->setFocus();
    amount->selectAll();
    typeText(amount, IdenticalAmount);
    const bool confirmationOpened = driveModal<PaymentConfirmDialog>(
        dialog, [review] { review->click(); }, [this](PaymentConfirmDialog *confirm) {
            QString error;
            auto *note = namedChild<QPlainTextEdit>(confirm, "acknowledgementEdit", &error);
            auto *back = namedChild<QPushButton>(confirm, "backButton", &error);
            if (!note || !back)
                return fail(error);
            if (!note->isVisible())
                return fail(QStringLiteral("The earlier payment of %1 was not listed.")
                                .arg(IdenticalAmount));
            note->setFocus();
            typeText(note, m_entries.identicalPaymentNote);
            if (!save(confirm, QStringLiteral("payments-11-identical")))
                return false;
            back->click();
            return true;
        });

    // The form closes unsubmitted when this returns, so nothing is recorded.
    return confirmationOpened;
}

bool PaymentsTour::showReversal()
{
    QString error;
    auto *payments = namedChild<QTableView>(m_tab, "paymentTable", &error);
    if (!payments)
        return fail(error);
    auto *model = qobject_cast<PaymentListModel *>(payments->model());
    const int row = model ? model->rowOfPayment(m_records.partlyPaidPaymentId) : -1;
    if (row < 0)
        return fail(QStringLiteral("The payment of the partly paid charge is not listed."));
    payments->setFocus();
    payments->selectRow(row);

    return openFromTab<ReversePaymentDialog>(
        "reversePaymentButton", [this](ReversePaymentDialog *dialog) {
            QString error;
            auto *reason = namedChild<QPlainTextEdit>(dialog, "reasonEdit", &error);
            if (!reason)
                return fail(error);
            reason->setFocus();
            typeText(reason, m_entries.reversalReason);
            return save(dialog, QStringLiteral("payments-06-reverse"));
        });
}

bool PaymentsTour::makePlan()
{
    return selectCharge(m_records.unplannedChargeId)
           && openFromTab<InstallmentPlanDialog>("installmentPlanButton",
                                                 [this](InstallmentPlanDialog *dialog) {
                                                     return enterPlan(dialog);
                                                 });
}

bool PaymentsTour::enterPlan(InstallmentPlanDialog *dialog)
{
    QString error;
    auto *count = namedChild<QSpinBox>(dialog, "countSpin", &error);
    auto *table = namedChild<QTableView>(dialog, "installmentsView", &error);
    auto *review = namedChild<QPushButton>(dialog, "reviewButton", &error);
    if (!count || !table || !review)
        return fail(error);

    count->setValue(PlanInstallments);
    if (!save(dialog, QStringLiteral("payments-07-plan")))
        return false;

    // An amount edited in the table, as after a double-click on it.
    QAbstractItemModel *drafts = table->model();
    const QModelIndex second = drafts->index(1, InstallmentDraftModel::AmountColumn);
    drafts->setData(second, ShortInstallment);
    if (review->isEnabled())
        return fail(QStringLiteral("Review… stays enabled for a plan that is short."));
    if (!save(dialog, QStringLiteral("payments-08-plan-difference")))
        return false;

    drafts->setData(second, EvenInstallment);
    return driveModal<InstallmentPlanConfirmDialog>(
        dialog, [review] { review->click(); }, [this](InstallmentPlanConfirmDialog *confirm) {
            QString error;
            auto *button = namedChild<QPushButton>(confirm, "confirmButton", &error);
            if (!button)
                return fail(error);
            if (!save(confirm, QStringLiteral("payments-09-plan-confirm")))
                return false;
            button->click();
            return confirm->committedPlanId() != 0
                   || fail(QStringLiteral("The installment plan was not created."));
        });
}

bool PaymentsTour::showCancelPlan()
{
    return selectCharge(m_records.cancellableChargeId)
           && openFromTab<CancelPlanDialog>("cancelPlanButton", [this](CancelPlanDialog *dialog) {
                  QString error;
                  auto *reason = namedChild<QPlainTextEdit>(dialog, "reasonEdit", &error);
                  if (!reason)
                      return fail(error);
                  reason->setFocus();
                  typeText(reason, m_entries.cancelPlanReason);
                  return save(dialog, QStringLiteral("payments-10-cancel-plan"));
              });
}

bool PaymentsTour::selectCharge(qint64 chargeId)
{
    QString error;
    auto *items = namedChild<QTableView>(m_tab, "receivableTable", &error);
    if (!items)
        return fail(error);
    auto *model = qobject_cast<ReceivableListModel *>(items->model());
    const int row = model ? model->rowOf(0, chargeId) : -1;
    if (row < 0)
        return fail(QStringLiteral("Charge %1 is not in the Payments tab.").arg(chargeId));
    items->setFocus();
    items->selectRow(row);
    return true;
}

template<typename T>
bool PaymentsTour::openFromTab(const char *buttonName, std::function<bool(T *)> drive)
{
    QString error;
    return WidgetInput::clickAndDrive<T>(m_tab, buttonName, std::move(drive), &error)
           || fail(error);
}

bool PaymentsTour::setRemindersShown(bool visible)
{
    QString error;
    return WidgetInput::setActionChecked(m_window, "viewRemindersAction", visible, &error)
           || fail(error);
}

bool PaymentsTour::save(QWidget *window, const QString &name)
{
    QString error;
    return m_images.saveWindow(window, name, &error) || fail(error);
}

bool PaymentsTour::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}
