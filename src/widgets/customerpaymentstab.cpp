#include "customerpaymentstab.h"

#include "cancelplandialog.h"
#include "installmentlistmodel.h"
#include "installmentplandialog.h"
#include "listtableview.h"
#include "logging.h"
#include "paymentlistmodel.h"
#include "receivablelistmodel.h"
#include "recordpaymentdialog.h"
#include "reversepaymentdialog.h"
#include "rolegate.h"
#include "uilanguage.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace {

// A group box around a table and, below it, a row of buttons.
QGroupBox *groupWith(QWidget *table, const QList<QPushButton *> &leftButtons,
                     const QList<QPushButton *> &rightButtons, QWidget *parent)
{
    auto *group = new QGroupBox(parent);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(table, 1);
    if (leftButtons.isEmpty() && rightButtons.isEmpty())
        return group;

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : leftButtons)
        buttons->addWidget(button);
    buttons->addStretch(1);
    for (QPushButton *button : rightButtons)
        buttons->addWidget(button);
    layout->addLayout(buttons);
    return group;
}

} // namespace

CustomerPaymentsTab::CustomerPaymentsTab(QSqlDatabase db, QWidget *parent)
    : CustomerPageTab(parent)
    , m_db(std::move(db))
    , m_items(new ReceivableListModel(m_db, this))
    , m_installments(new InstallmentListModel(m_db, this))
    , m_payments(new PaymentListModel(m_db, this))
    , m_itemTable(new ListTableView(this))
    , m_installmentTable(new ListTableView(this))
    , m_paymentTable(new ListTableView(this))
    , m_recordButton(new QPushButton(this))
    , m_planButton(new QPushButton(this))
    , m_cancelPlanButton(new QPushButton(this))
    , m_reverseButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("customerPaymentsTab"));
    m_itemTable->setObjectName(QStringLiteral("receivableTable"));
    m_installmentTable->setObjectName(QStringLiteral("installmentTable"));
    m_paymentTable->setObjectName(QStringLiteral("paymentTable"));
    m_recordButton->setObjectName(QStringLiteral("recordPaymentButton"));
    m_planButton->setObjectName(QStringLiteral("installmentPlanButton"));
    m_cancelPlanButton->setObjectName(QStringLiteral("cancelPlanButton"));
    m_reverseButton->setObjectName(QStringLiteral("reversePaymentButton"));

    m_itemTable->setModel(m_items);
    m_installmentTable->setListModel(m_installments);
    m_paymentTable->setListModel(m_payments);

    m_itemsGroup = groupWith(m_itemTable, {m_planButton, m_cancelPlanButton}, {m_recordButton},
                             this);
    m_installmentsGroup = groupWith(m_installmentTable, {}, {}, this);
    m_paymentsGroup = groupWith(m_paymentTable, {}, {m_reverseButton}, this);

    auto *itemSplitter = new QSplitter(Qt::Horizontal, this);
    itemSplitter->addWidget(m_itemsGroup);
    itemSplitter->addWidget(m_installmentsGroup);
    itemSplitter->setStretchFactor(0, 3);
    itemSplitter->setStretchFactor(1, 2);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(itemSplitter);
    splitter->addWidget(m_paymentsGroup);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // Requerying resets a model but keeps its view's selection model, so
    // these connections last.
    connect(m_itemTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CustomerPaymentsTab::showInstallmentsOfSelectedItem);
    connect(m_installmentTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CustomerPaymentsTab::updateActions);
    connect(m_paymentTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CustomerPaymentsTab::updateActions);
    connect(m_itemTable, &QAbstractItemView::doubleClicked, this,
            &CustomerPaymentsTab::recordPayment);
    connect(m_installmentTable, &QAbstractItemView::doubleClicked, this,
            &CustomerPaymentsTab::recordPayment);
    connect(m_recordButton, &QPushButton::clicked, this, &CustomerPaymentsTab::recordPayment);
    connect(m_planButton, &QPushButton::clicked, this, &CustomerPaymentsTab::createPlan);
    connect(m_cancelPlanButton, &QPushButton::clicked, this, &CustomerPaymentsTab::cancelPlan);
    connect(m_reverseButton, &QPushButton::clicked, this,
            &CustomerPaymentsTab::reversePayment);

    retranslateUi();
    updateActions();
}

void CustomerPaymentsTab::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    m_items->setCustomer(customerId);
    m_payments->setCustomer(customerId);
    readUser();
    showInstallmentsOfSelectedItem();
}

void CustomerPaymentsTab::readUser()
{
    QString error;
    m_user = UserContext::resolve(m_db, currentActor(m_db), &error);
    if (!error.isEmpty())
        qCWarning(lcUi) << "Could not read the role of" << currentActor(m_db) << ":" << error;
}

void CustomerPaymentsTab::refresh()
{
    const Receivable item = m_items->item(m_itemTable->selectedRow());
    const qint64 installmentId = selectedInstallmentId();
    const qint64 paymentId = selectedPaymentId();

    m_items->refresh();
    m_payments->refresh();
    readUser();
    selectItem(item.billId, item.chargeId);
    showInstallmentsOfSelectedItem();
    selectInstallment(installmentId);
    selectPayment(paymentId);
    updateActions();
}

QString CustomerPaymentsTab::title() const
{
return tr("Pa&yments");
}

void CustomerPaymentsTab::recordPayment()
{
    const Receivable item = m_items->item(m_itemTable->selectedRow());
    if (m_customerId == 0 || (item.billId == 0 && item.chargeId == 0)
        || item.open().minorUnits() <= 0) {
        return;
    }

    RecordPaymentDialog dialog(m_db, m_customerId, this);
    if (item.kind == Receivable::Kind::BillLines)
        dialog.setBillLines(item.billId);
    else
        dialog.setCharge(item.chargeId, selectedInstallmentId());
    if (dialog.exec() != QDialog::Accepted) {
        rereadAfterCancel();
        return;
    }

    qCInfo(lcUi) << "Payment" << dialog.committedPaymentId() << "recorded for customer"
                 << m_customerId;
    finishWrite();
    selectPayment(dialog.committedPaymentId());
}

void CustomerPaymentsTab::createPlan()
{
    const Receivable item = m_items->item(m_itemTable->selectedRow());
    if (item.chargeId == 0)
        return;

    InstallmentPlanDialog dialog(m_db, item.chargeId, this);
    if (dialog.exec() != QDialog::Accepted) {
        rereadAfterCancel();
        return;
    }

    qCInfo(lcUi) << "Installment plan" << dialog.committedPlanId() << "created for charge"
                 << item.chargeId;
    finishWrite();
}

void CustomerPaymentsTab::cancelPlan()
{
    const qint64 planId = m_installments->planId();
    if (planId == 0)
        return;

    CancelPlanDialog dialog(m_db, planId, this);
    if (dialog.exec() != QDialog::Accepted) {
        rereadAfterCancel();
        return;
    }

    qCInfo(lcUi) << "Installment plan" << planId << "cancelled for customer" << m_customerId;
    finishWrite();
}

void CustomerPaymentsTab::reversePayment()
{
    const qint64 paymentId = selectedPaymentId();
    if (paymentId == 0 || !m_payments->isPosted(m_paymentTable->selectedRow()))
        return;

    ReversePaymentDialog dialog(m_db, paymentId, this);
    if (dialog.exec() != QDialog::Accepted) {
        rereadAfterCancel();
        return;
    }

    qCInfo(lcUi) << "Payment" << paymentId << "reversed for customer" << m_customerId;
    finishWrite();
}

void CustomerPaymentsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();

        // Requerying resets the views, so keep what was selected.
        const Receivable item = m_items->item(m_itemTable->selectedRow());
        const qint64 installmentId = selectedInstallmentId();
        const qint64 paymentId = selectedPaymentId();
        m_items->retranslate();
        m_installments->retranslate();
        m_payments->retranslate();
        selectItem(item.billId, item.chargeId);
        selectInstallment(installmentId);
        selectPayment(paymentId);
        updateActions();
    }
    CustomerPageTab::changeEvent(event);
}

void CustomerPaymentsTab::retranslateUi()
{
    m_itemsGroup->setTitle(tr("Bills and Charges"));
    m_installmentsGroup->setTitle(tr("Installments of the Selected Charge"));
    m_paymentsGroup->setTitle(tr("Payments"));
    m_recordButton->setText(tr("&Record Payment…"));
    m_recordButton->setToolTip(tr("Record a payment for the selected bill or charge; for a "
                                  "charge in installments, for the selected installment."));
    m_planButton->setText(tr("&Installment Plan…"));
    m_planButton->setToolTip(tr("Split the selected unpaid charge into installments that "
                                "fall due monthly."));
    m_cancelPlanButton->setText(tr("&Cancel Plan…"));
    m_cancelPlanButton->setToolTip(tr("Cancel the installment plan of the selected charge, "
                                      "giving a reason. Only a plan without payments can be "
                                      "cancelled."));
    m_reverseButton->setText(tr("Re&verse Payment…"));
    m_reverseButton->setToolTip(tr("Reverse the selected posted payment, giving a reason. "
                                   "The payment stays on record."));
}

void CustomerPaymentsTab::showInstallmentsOfSelectedItem()
{
    const Receivable item = m_items->item(m_itemTable->selectedRow());
    m_installments->setCharge(item.hasActivePlan ? item.chargeId : 0);
    updateActions();
}

void CustomerPaymentsTab::updateActions()
{
    const Receivable item = m_items->item(m_itemTable->selectedRow());
    const bool isCharge = item.chargeId != 0;
    RoleGate::apply(m_recordButton, m_user, UserAction::RecordPayment,
                    m_customerId != 0 && item.amount.isValid() && item.open().minorUnits() > 0);
    RoleGate::apply(m_planButton, m_user, UserAction::ManageInstallmentPlans,
                    isCharge && !item.hasActivePlan && item.paid.isZero());
    RoleGate::apply(m_cancelPlanButton, m_user, UserAction::ManageInstallmentPlans,
                    isCharge && item.hasActivePlan && !m_installments->hasPayments());
    RoleGate::apply(m_reverseButton, m_user, UserAction::ReversePayment,
                    m_paymentTable->selectedRow() >= 0
                        && m_payments->isPosted(m_paymentTable->selectedRow()));
}

// Reads the figures again after a dialog closed without writing, because
// its request may have been rejected after another desk paid the item.
void CustomerPaymentsTab::rereadAfterCancel()
{
    finishWrite();
}

void CustomerPaymentsTab::finishWrite()
{
    refresh();
    emit customerMoneyChanged();
}

void CustomerPaymentsTab::selectItem(qint64 billId, qint64 chargeId)
{
    const int row = m_items->rowOf(billId, chargeId);
    if (row < 0)
        return;
    m_itemTable->selectRow(row);
    m_itemTable->scrollTo(m_items->index(row, 0));
}

void CustomerPaymentsTab::selectInstallment(qint64 installmentId)
{
    const int row = m_installments->rowOfInstallment(installmentId);
    if (row >= 0)
        m_installmentTable->selectRow(row);
}

void CustomerPaymentsTab::selectPayment(qint64 paymentId)
{
    const int row = m_payments->rowOfPayment(paymentId);
    if (row < 0)
        return;
    m_paymentTable->selectRow(row);
    m_paymentTable->scrollTo(m_payments->index(row, 0));
}

qint64 CustomerPaymentsTab::selectedInstallmentId() const
{
    return m_installments->installmentId(m_installmentTable->selectedRow());
}

qint64 CustomerPaymentsTab::selectedPaymentId() const
{
    return m_payments->paymentId(m_paymentTable->selectedRow());
}
