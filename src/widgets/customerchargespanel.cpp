#include "customerchargespanel.h"

#include "addchargedialog.h"
#include "billlinelistmodel.h"
#include "billlistmodel.h"
#include "chargenoticedialog.h"
#include "chargelistmodel.h"
#include "dateformat.h"
#include "listtableview.h"
#include "logging.h"
#include "recordpaymentdialog.h"
#include "rolegate.h"
#include "scrollpositionguard.h"
#include "uilanguage.h"
#include "voidchargedialog.h"

#include <QDateTime>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace {

QGroupBox *groupWith(QWidget *content, QWidget *parent)
{
    auto *group = new QGroupBox(parent);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(content);
    return group;
}

} // namespace

CustomerChargesPanel::CustomerChargesPanel(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_bills(new BillListModel(m_db, this))
    , m_lines(new BillLineListModel(m_db, this))
    , m_charges(new ChargeListModel(m_db, this))
    , m_billTable(new ListTableView(this))
    , m_lineTable(new ListTableView(this))
    , m_chargeTable(new ListTableView(this))
    , m_addButton(new QPushButton(this))
    , m_voidButton(new QPushButton(this))
    , m_noticeButton(new QPushButton(this))
    , m_paymentButton(new QPushButton(this))
{
    m_billTable->setObjectName(QStringLiteral("billTable"));
    m_lineTable->setObjectName(QStringLiteral("billLineTable"));
    m_chargeTable->setObjectName(QStringLiteral("chargeTable"));
    m_addButton->setObjectName(QStringLiteral("addChargeButton"));
    m_voidButton->setObjectName(QStringLiteral("voidChargeButton"));
    m_noticeButton->setObjectName(QStringLiteral("chargeNoticeButton"));
    m_paymentButton->setObjectName(QStringLiteral("recordPaymentButton"));
    m_chargeTable->setSelectionMode(QAbstractItemView::ExtendedSelection);

    m_billTable->setListModel(m_bills);
    m_lineTable->setListModel(m_lines);
    m_chargeTable->setModel(m_charges);

    m_billsGroup = groupWith(m_billTable, this);
    m_linesGroup = groupWith(m_lineTable, this);

    auto *chargesContent = new QWidget(this);
    auto *buttonLayout = new QHBoxLayout;
    buttonLayout->addWidget(m_noticeButton);
    buttonLayout->addStretch(1);
    buttonLayout->addWidget(m_paymentButton);
    buttonLayout->addWidget(m_voidButton);
    buttonLayout->addWidget(m_addButton);
    auto *chargesLayout = new QVBoxLayout(chargesContent);
    chargesLayout->setContentsMargins(0, 0, 0, 0);
    chargesLayout->addWidget(m_chargeTable, 1);
    chargesLayout->addLayout(buttonLayout);
    m_chargesGroup = groupWith(chargesContent, this);

    auto *billSplitter = new QSplitter(Qt::Horizontal, this);
    billSplitter->addWidget(m_billsGroup);
    billSplitter->addWidget(m_linesGroup);
    billSplitter->setStretchFactor(0, 1);
    billSplitter->setStretchFactor(1, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(billSplitter);
    splitter->addWidget(m_chargesGroup);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // Requerying resets a model but keeps its view's selection model, so
    // these connections last. A reset clears the selection without a signal,
    // which is why refresh() restores the selection itself.
    connect(m_billTable->selectionModel(), &QItemSelectionModel::selectionChanged,
            this, &CustomerChargesPanel::showLinesOfSelectedBill);
    connect(m_chargeTable->selectionModel(), &QItemSelectionModel::selectionChanged,
            this, &CustomerChargesPanel::updateActions);
    connect(m_addButton, &QPushButton::clicked, this, &CustomerChargesPanel::addCharge);
    connect(m_voidButton, &QPushButton::clicked, this, &CustomerChargesPanel::voidCharge);
    connect(m_noticeButton, &QPushButton::clicked, this, &CustomerChargesPanel::printNotices);
    connect(m_paymentButton, &QPushButton::clicked, this, &CustomerChargesPanel::recordPayment);
    connect(m_billTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_payBillLines = selectedBillId() != 0;
        updateActions();
    });
    connect(m_chargeTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_payBillLines = selectedChargeRows().isEmpty() && selectedBillId() != 0;
        updateActions();
    });

    retranslateUi();
    updateActions();
}

void CustomerChargesPanel::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    m_bills->setCustomer(customerId);
    m_lines->setBill(0);
    m_charges->setCustomer(customerId);
    readUser();
    updateActions();
}

void CustomerChargesPanel::refresh()
{
    const qint64 billId = selectedBillId();
    const QList<qint64> chargeIds = selectedChargeIds();

    // Another program's change rereads the panel while the user works in
    // it, so the lists keep their scroll positions and every selected row.
    const ScrollPositionGuard keepBills(m_billTable);
    const ScrollPositionGuard keepLines(m_lineTable);
    const ScrollPositionGuard keepCharges(m_chargeTable);
    m_bills->refresh();
    m_charges->refresh();
    selectBill(billId);
    selectCharges(chargeIds);
    showLinesOfSelectedBill();
    readUser();
    updateActions();
}

void CustomerChargesPanel::readUser()
{
    QString error;
    m_user = UserContext::resolve(m_db, currentActor(m_db), &error);
    if (!error.isEmpty())
        qCWarning(lcUi) << "Could not read the role of" << currentActor(m_db) << ":" << error;
}

void CustomerChargesPanel::addCharge()
{
    if (m_customerId == 0)
        return;

    AddChargeDialog dialog(m_db, m_customerId, this);
    const qint64 billId = selectedBillId();
    if (billId != 0)
        dialog.setBill(billId);
    if (dialog.exec() != QDialog::Accepted)
        return;

    qCInfo(lcUi) << "Charge" << dialog.committedChargeId() << "added for customer"
                 << m_customerId;
    refresh();
    selectCharge(dialog.committedChargeId());
    emit chargesChanged();
}

void CustomerChargesPanel::voidCharge()
{
    const qint64 chargeId = selectedChargeId();
    if (chargeId == 0 || selectedChargeRows().size() != 1
        || !m_charges->isPosted(m_chargeTable->selectedRow())) {
        return;
    }

    VoidChargeDialog dialog(m_db, chargeId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;

    qCInfo(lcUi) << "Charge" << chargeId << "voided for customer" << m_customerId;
    refresh();
    emit chargesChanged();
}

void CustomerChargesPanel::recordPayment()
{
    const QList<int> rows = selectedChargeRows();
    const qint64 billId = selectedBillId();
    const bool payCharge = !m_payBillLines && rows.size() == 1;
    if (m_customerId == 0 || (!payCharge && billId == 0))
        return;

    RecordPaymentDialog dialog(m_db, m_customerId, this);
    if (payCharge)
        dialog.setCharge(m_charges->chargeId(rows.constFirst()));
    else
        dialog.setBillLines(billId);
    const bool recorded = dialog.exec() == QDialog::Accepted;

    // Also after Cancel: the dialog may have been refused because the item
    // was paid elsewhere meanwhile, and the list must show that.
    refresh();
    emit chargesChanged();
    if (!recorded)
        return;

    qCInfo(lcUi) << "Payment" << dialog.committedPaymentId() << "recorded for customer"
                 << m_customerId;
}

void CustomerChargesPanel::printNotices()
{
    QList<qint64> postedIds;
    QList<qint64> voidIds;
    for (int row : selectedChargeRows()) {
        if (m_charges->isPosted(row))
            postedIds << m_charges->chargeId(row);
        else
            voidIds << m_charges->chargeId(row);
    }
    if (postedIds.isEmpty() && voidIds.isEmpty())
        return;

    if (postedIds.isEmpty()) {
        QStringList numbers;
        for (qint64 id : std::as_const(voidIds))
            numbers << QString::number(id);
        QMessageBox::information(
            this, tr("No Notice for Void Charges"),
            tr("Charge no. %1 is void, so it is not owed and gets no notice. Select a posted "
               "charge.", nullptr, int(voidIds.size()))
                .arg(numbers.join(QStringLiteral(", "))));
        return;
    }

    ChargeNoticeDialog dialog(m_db, postedIds, voidIds, this);
    dialog.exec();
}

void CustomerChargesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();

        // Requerying resets the views, so keep what was selected, every
        // selected charge included.
        const qint64 billId = selectedBillId();
        const QList<qint64> chargeIds = selectedChargeIds();
        m_bills->retranslate();
        m_lines->retranslate();
        m_charges->retranslate();
        selectBill(billId);
        selectCharges(chargeIds);
        updateActions();
    }
    QWidget::changeEvent(event);
}

void CustomerChargesPanel::retranslateUi()
{
    m_billsGroup->setTitle(tr("Bills"));
    m_linesGroup->setTitle(tr("Lines of the Selected Bill"));
    m_chargesGroup->setTitle(tr("Charges"));
    m_addButton->setText(tr("&Add Charge…"));
    m_addButton->setToolTip(tr("Enter a supplementary charge for this customer, on the "
                               "selected bill or on the account."));
    m_voidButton->setText(tr("&Void Charge…"));
    m_voidButton->setToolTip(tr("Void the selected posted charge, giving a reason. "
                                "The charge stays on record."));
    m_paymentButton->setText(tr("&Record Payment…"));
    m_paymentButton->setToolTip(tr("Record a payment for the charge or bill selected last; "
                                   "for a bill, the payment settles its own lines."));
    m_noticeButton->setText(tr("&Print Charge Notice…"));
    m_noticeButton->setToolTip(tr("Print a charge notice for each selected posted charge. "
                                  "Select several with Ctrl or Shift."));
    setChargeColumnSamples();
}

void CustomerChargesPanel::setChargeColumnSamples()
{
    // No date is wider than one with a two-digit month, day and hour in the
    // current language, so the date columns are not measured over the rows.
    const QDate twoDigitDate(2026, 12, 28);
    m_chargeTable->setColumnSamples(ChargeListModel::DueDate, {formatDate(twoDigitDate)});
    m_chargeTable->setColumnSamples(
        ChargeListModel::EnteredAt, {formatDateTime(QDateTime(twoDigitDate, QTime(23, 58, 58)))});
}

void CustomerChargesPanel::showLinesOfSelectedBill()
{
    m_lines->setBill(selectedBillId());
}

void CustomerChargesPanel::updateActions()
{
    const QList<int> rows = selectedChargeRows();
    RoleGate::apply(m_addButton, m_user, UserAction::AddCharge, m_customerId != 0);
    RoleGate::apply(m_voidButton, m_user, UserAction::VoidCharge,
                    rows.size() == 1 && m_charges->isPosted(rows.constFirst())
                        && !m_charges->hasPayments(rows.constFirst()));
    m_noticeButton->setEnabled(!rows.isEmpty());
    RoleGate::apply(m_paymentButton, m_user, UserAction::RecordPayment,
                    m_payBillLines ? selectedBillId() != 0
                                   : rows.size() == 1 && m_charges->isOpen(rows.constFirst()));
}

void CustomerChargesPanel::selectBill(qint64 billId)
{
    const int row = m_bills->rowOfBill(billId);
    if (row < 0)
        return;
    m_billTable->selectRow(row);
}

void CustomerChargesPanel::selectCharge(qint64 chargeId)
{
    const int row = m_charges->rowOfCharge(chargeId);
    if (row < 0)
        return;
    m_chargeTable->selectRow(row);
    m_chargeTable->scrollTo(m_charges->index(row, 0));
}

void CustomerChargesPanel::selectCharges(const QList<qint64> &chargeIds)
{
    QItemSelection selection;
    int firstRow = -1;
    for (qint64 chargeId : chargeIds) {
        const int row = m_charges->rowOfCharge(chargeId);
        if (row < 0)
            continue;
        selection.select(m_charges->index(row, 0),
                         m_charges->index(row, m_charges->columnCount() - 1));
        if (firstRow < 0 || row < firstRow)
            firstRow = row;
    }
    if (firstRow < 0)
        return;

    m_chargeTable->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect
                                                           | QItemSelectionModel::Rows);
    m_chargeTable->selectionModel()->setCurrentIndex(m_charges->index(firstRow, 0),
                                                     QItemSelectionModel::NoUpdate);
    m_chargeTable->scrollTo(m_charges->index(firstRow, 0));
}

qint64 CustomerChargesPanel::selectedBillId() const
{
    return m_bills->billId(m_billTable->selectedRow());
}

qint64 CustomerChargesPanel::selectedChargeId() const
{
    return m_charges->chargeId(m_chargeTable->selectedRow());
}

QList<qint64> CustomerChargesPanel::selectedChargeIds() const
{
    QList<qint64> ids;
    for (int row : selectedChargeRows())
        ids << m_charges->chargeId(row);
    return ids;
}

QList<int> CustomerChargesPanel::selectedChargeRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_chargeTable->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}
