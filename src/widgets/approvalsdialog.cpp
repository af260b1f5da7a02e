#include "approvalsdialog.h"

#include "chargerepository.h"
#include "chargeservice.h"
#include "customerrepository.h"
#include "dateformat.h"
#include "errorlabel.h"
#include "logging.h"
#include "lookuprepository.h"
#include "rejectchargedialog.h"
#include "rolegate.h"
#include "uilanguage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum ApprovalColumn {
    IdColumn,
    CustomerColumn,
    BillColumn,
    FeeTypeColumn,
    AmountColumn,
    DueColumn,
    EnteredByColumn,
    EnteredAtColumn,
    NoteColumn,
    ColumnCount
};

} // namespace

ApprovalsDialog::ApprovalsDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("approvalsDialog"));

    m_introLabel = new QLabel(this);
    m_introLabel->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("approvalsTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    ErrorLabel::style(m_errorLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_rejectButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_rejectButton->setObjectName(QStringLiteral("rejectButton"));
    m_approveButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_approveButton->setObjectName(QStringLiteral("approveButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ApprovalsDialog::updateActions);
    connect(m_approveButton, &QPushButton::clicked, this, &ApprovalsDialog::approve);
    connect(m_rejectButton, &QPushButton::clicked, this, &ApprovalsDialog::reject);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    reload();
    retranslateUi();
    if (!m_charges.isEmpty())
        m_table->selectRow(0);
    resize(qMax(width(), 860), qMax(height(), 420));
}

ApprovalsDialog::~ApprovalsDialog() = default;

void ApprovalsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ApprovalsDialog::reload()
{
    m_loadError.clear();
    m_user = UserContext::resolve(m_db, currentActor(m_db), &m_loadError);
    if (m_loadError.isEmpty())
        m_charges = ChargeRepository(m_db).pending(&m_loadError);

    const CustomerRepository customers(m_db);
    for (const ChargeRecord &charge : std::as_const(m_charges)) {
        if (m_loadError.isEmpty() && !m_customerNames.contains(charge.customerId)) {
            const auto customer = customers.findById(charge.customerId, &m_loadError);
            m_customerNames.insert(charge.customerId, customer ? customer->companyName
                                                               : QString());
        }
    }
    if (!m_loadError.isEmpty())
        qCWarning(lcUi) << "Could not read the charges that wait for approval:" << m_loadError;
}

void ApprovalsDialog::retranslateUi()
{
    const QLocale locale;
    setWindowTitle(tr("Approvals"));
    m_introLabel->setText(
        m_charges.isEmpty()
            ? tr("No charge waits for approval.")
            : tr("These charges are more than the approval threshold of their currency. They "
                 "count in no balance, bill, reminder or statement until a finance user other "
                 "than their author approves them. A rejected charge stays on record with the "
                 "reason."));
    m_table->setHorizontalHeaderLabels({tr("ID"), tr("Customer"), tr("Bill"), tr("Fee Type"),
                                        tr("Amount"), tr("Due Date"), tr("Entered By"),
                                        tr("Entered At"), tr("Note")});

    const LookupRepository lookups(m_db);
    const qint64 selectedId = selectedCharge() ? selectedCharge()->id : 0;
    m_table->setRowCount(int(m_charges.size()));
    for (int row = 0; row < m_charges.size(); ++row) {
        const ChargeRecord &charge = m_charges.at(row);
        const QStringList cells = {
            QString::number(charge.id),
            tr("%1 (%2)").arg(m_customerNames.value(charge.customerId), charge.customerCode),
            charge.billNo.isEmpty() ? tr("On account") : charge.billNo,
            lookups.label(LookupRepository::Table::FeeTypes, charge.feeTypeCode,
                          currentUiLanguage()),
            charge.amount.format(locale),
            formatDate(charge.dueDate, locale),
            charge.createdBy,
            formatDateTime(charge.createdAt, locale),
            charge.note,
        };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == AmountColumn || column == IdColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    selectCharge(selectedId);

    m_approveButton->setText(tr("&Approve"));
    m_rejectButton->setText(tr("&Reject…"));

    // NOTE: a failed action's message keeps the language it was written in,
    // because the service returns it as finished text.
    QStringList problems;
    if (!m_loadError.isEmpty())
        problems << tr("Could not read the charges that wait for approval: %1").arg(m_loadError);
    if (!m_actionError.isEmpty())
        problems << m_actionError;
    ErrorLabel::setMessages(m_errorLabel, problems);
    updateActions();
}

std::optional<ChargeRecord> ApprovalsDialog::selectedCharge() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_charges.size() || m_table->selectedItems().isEmpty())
        return std::nullopt;
    return m_charges.at(row);
}

void ApprovalsDialog::selectCharge(qint64 chargeId)
{
    for (int row = 0; row < m_charges.size(); ++row) {
        if (m_charges.at(row).id == chargeId)
            m_table->selectRow(row);
    }
}

void ApprovalsDialog::updateActions()
{
    const std::optional<ChargeRecord> charge = selectedCharge();
    const bool own = charge && charge->createdBy == m_user.login();
    m_approveButton->setToolTip(
        own ? tr("You entered charge %1 yourself, so another finance user must approve it.")
                  .arg(charge->id)
            : tr("Post the selected charge, so that it counts in the customer's balance."));
    m_rejectButton->setToolTip(tr("Reject the selected charge with a reason. It stays on "
                                  "record and never counts."));
    RoleGate::apply(m_approveButton, m_user, UserAction::ApproveCharge, charge && !own);
    RoleGate::apply(m_rejectButton, m_user, UserAction::RejectCharge, charge.has_value());
}

void ApprovalsDialog::approve()
{
    const std::optional<ChargeRecord> charge = selectedCharge();
    if (!charge)
        return;
    const ChargeService::ApprovalResult result
        = ChargeService(m_db, currentActor(m_db)).approve(charge->id);
    m_actionError = result.ok ? QString() : result.errorMessage;
    if (result.ok) {
        qCInfo(lcUi) << "Charge" << charge->id << "approved";
        emit chargesChanged();
    }
    reload();
    retranslateUi();
}

void ApprovalsDialog::reject()
{
    const std::optional<ChargeRecord> charge = selectedCharge();
    if (!charge)
        return;
    RejectChargeDialog dialog(m_db, charge->id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_actionError.clear();
    emit chargesChanged();
    reload();
    retranslateUi();
}
