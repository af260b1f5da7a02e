#include "approvalthresholdsdialog.h"

#include "approvalthresholdservice.h"
#include "currency.h"
#include "dateformat.h"
#include "errorlabel.h"
#include "logging.h"
#include "rolegate.h"
#include "uilanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum ThresholdColumn { CurrencyColumn, AmountColumn, SetByColumn, SetAtColumn, ColumnCount };

} // namespace

ApprovalThresholdsDialog::ApprovalThresholdsDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("approvalThresholdsDialog"));

    m_introLabel = new QLabel(this);
    m_introLabel->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("thresholdsTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_currencyTitle = new QLabel(this);
    m_currencyCombo = new QComboBox(this);
    m_currencyCombo->setObjectName(QStringLiteral("currencyCombo"));
    m_currencyCombo->addItems(Currency::knownCodes());
    m_currencyCombo->setCurrentText(QStringLiteral("CNY"));
    m_currencyTitle->setBuddy(m_currencyCombo);
    m_amountTitle = new QLabel(this);
    m_amountEdit = new QLineEdit(this);
    m_amountEdit->setObjectName(QStringLiteral("amountEdit"));
    m_amountTitle->setBuddy(m_amountEdit);
    m_setButton = new QPushButton(this);
    m_setButton->setObjectName(QStringLiteral("setThresholdButton"));
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeThresholdButton"));

    auto *form = new QFormLayout;
    form->addRow(m_currencyTitle, m_currencyCombo);
    form->addRow(m_amountTitle, m_amountEdit);
    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_removeButton);
    formButtons->addStretch(1);
    formButtons->addWidget(m_setButton);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    ErrorLabel::style(m_errorLabel);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(formButtons);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &ApprovalThresholdsDialog::showSelected);
    connect(m_amountEdit, &QLineEdit::textChanged, this, &ApprovalThresholdsDialog::updateActions);
    connect(m_currencyCombo, &QComboBox::currentTextChanged, this,
            &ApprovalThresholdsDialog::updateActions);
    connect(m_setButton, &QPushButton::clicked, this, &ApprovalThresholdsDialog::setThreshold);
    connect(m_removeButton, &QPushButton::clicked, this,
            &ApprovalThresholdsDialog::removeThreshold);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    reload();
    retranslateUi();
    resize(qMax(width(), 560), qMax(height(), 400));
}

ApprovalThresholdsDialog::~ApprovalThresholdsDialog() = default;

void ApprovalThresholdsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ApprovalThresholdsDialog::reload()
{
    m_loadError.clear();
    m_user = UserContext::resolve(m_db, currentActor(m_db), &m_loadError);
    if (m_loadError.isEmpty())
        m_thresholds = ApprovalThresholds(m_db).all(&m_loadError);
    if (!m_loadError.isEmpty())
        qCWarning(lcUi) << "Could not read the approval thresholds:" << m_loadError;
}

void ApprovalThresholdsDialog::retranslateUi()
{
    const QLocale locale;
    setWindowTitle(tr("Approval Thresholds"));
    m_introLabel->setText(tr("A charge of more than the threshold of its currency waits for "
                             "approval by a finance user other than its author, and counts in "
                             "no balance until then. A currency without a threshold needs no "
                             "approval; a threshold of 0 makes every charge wait."));
    m_table->setHorizontalHeaderLabels(
        {tr("Currency"), tr("Threshold"), tr("Set By"), tr("Set At")});
    m_table->setRowCount(int(m_thresholds.size()));
    for (int row = 0; row < m_thresholds.size(); ++row) {
        const ApprovalThreshold &threshold = m_thresholds.at(row);
        const QStringList cells = {threshold.amount.currency(), threshold.amount.format(locale),
                                   threshold.updatedBy,
                                   formatDateTime(threshold.updatedAt, locale)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == AmountColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();

    m_currencyTitle->setText(tr("&Currency:"));
    m_amountTitle->setText(tr("&Threshold:"));
    m_amountEdit->setPlaceholderText(tr("e.g. 5000.00"));
    m_setButton->setText(tr("&Set Threshold"));
    m_setButton->setToolTip(tr("Set the threshold of the chosen currency."));
    m_removeButton->setText(tr("&Remove Threshold"));
    m_removeButton->setToolTip(tr("Remove the threshold of the selected currency, so that its "
                                  "charges need no approval."));

    // NOTE: a failed change's message keeps the language it was written in,
    // because the service returns it as finished text.
    QStringList problems;
    if (!m_loadError.isEmpty())
        problems << tr("Could not read the approval thresholds: %1").arg(m_loadError);
    if (!m_changeError.isEmpty())
        problems << m_changeError;
    ErrorLabel::setMessages(m_errorLabel, problems);
    updateActions();
}

void ApprovalThresholdsDialog::showSelected()
{
    const int row = m_table->currentRow();
    if (row >= 0 && row < m_thresholds.size()) {
        const Money &amount = m_thresholds.at(row).amount;
        m_currencyCombo->setCurrentText(amount.currency());
        m_amountEdit->setText(amount.toPlainString());
    }
    updateActions();
}

void ApprovalThresholdsDialog::updateActions()
{
    const bool readable = m_loadError.isEmpty();
    const bool selected = !m_table->selectedItems().isEmpty();
    RoleGate::apply(m_currencyCombo, m_user, UserAction::SetApprovalThresholds, readable);
    RoleGate::apply(m_amountEdit, m_user, UserAction::SetApprovalThresholds, readable);
    RoleGate::apply(m_setButton, m_user, UserAction::SetApprovalThresholds,
                    readable && !m_amountEdit->text().trimmed().isEmpty());
    RoleGate::apply(m_removeButton, m_user, UserAction::SetApprovalThresholds,
                    readable && selected);
}

void ApprovalThresholdsDialog::setThreshold()
{
    QString parseError;
    const std::optional<Money> amount
        = Money::parse(m_amountEdit->text(), m_currencyCombo->currentText(), QLocale(),
                       &parseError, Money::Range::NonNegative);
    if (!amount) {
        finishChange(parseError);
        return;
    }
    const ApprovalThresholdService::Result result
        = ApprovalThresholdService(m_db, currentActor(m_db)).set(*amount);
    finishChange(result.errorMessage);
}

void ApprovalThresholdsDialog::removeThreshold()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_thresholds.size())
        return;
    const ApprovalThresholdService::Result result
        = ApprovalThresholdService(m_db, currentActor(m_db))
              .remove(m_thresholds.at(row).amount.currency());
    finishChange(result.errorMessage);
}

void ApprovalThresholdsDialog::finishChange(const QString &errorMessage)
{
    m_changeError = errorMessage;
    if (errorMessage.isEmpty()) {
        qCInfo(lcUi) << "Changed the approval threshold of" << m_currencyCombo->currentText();
        m_amountEdit->clear();
    }
    reload();
    retranslateUi();
}
