#include "periodlockdialog.h"

#include "dateformat.h"
#include "errorlabel.h"
#include "logging.h"
#include "periodlockservice.h"
#include "uilanguage.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum HistoryColumn { LockDateColumn, MovedByColumn, MovedAtColumn, ReasonColumn, ColumnCount };

} // namespace

PeriodLockDialog::PeriodLockDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("periodLockDialog"));

    m_introLabel = new QLabel(this);
    m_introLabel->setWordWrap(true);
    m_currentLabel = new QLabel(this);
    m_currentLabel->setObjectName(QStringLiteral("currentLabel"));
    m_currentLabel->setWordWrap(true);

    m_dateTitle = new QLabel(this);
    m_dateEdit = new QDateEdit(this);
    m_dateEdit->setObjectName(QStringLiteral("lockDateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateTitle->setBuddy(m_dateEdit);

    m_reasonTitle = new QLabel(this);
    m_reasonEdit = new QLineEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    m_reasonEdit->setMaxLength(PeriodLockService::MaxReasonLength);
    m_reasonTitle->setBuddy(m_reasonEdit);

    m_roleLabel = new QLabel(this);
    m_roleLabel->setObjectName(QStringLiteral("roleLabel"));
    m_roleLabel->setWordWrap(true);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    ErrorLabel::style(m_errorLabel);

    m_historyTitle = new QLabel(this);
    m_historyTable = new QTableWidget(0, ColumnCount, this);
    m_historyTable->setObjectName(QStringLiteral("historyTable"));
    m_historyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyTable->verticalHeader()->hide();
    m_historyTable->horizontalHeader()->setStretchLastSection(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_moveButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_moveButton->setObjectName(QStringLiteral("moveButton"));

    auto *form = new QFormLayout;
    form->addRow(m_dateTitle, m_dateEdit);
    form->addRow(m_reasonTitle, m_reasonEdit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_currentLabel);
    layout->addLayout(form);
    layout->addWidget(m_roleLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_historyTitle);
    layout->addWidget(m_historyTable, 1);
    layout->addWidget(m_buttons);

    connect(m_moveButton, &QPushButton::clicked, this, &PeriodLockDialog::move);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &PeriodLockDialog::updateMoveButton);
    connect(m_reasonEdit, &QLineEdit::textChanged, this, &PeriodLockDialog::updateMoveButton);

    reload();

    // The proposed date is the current lock, or the end of last month,
    // which is what a monthly close moves it to.
    const QDate today = QDate::currentDate();
    m_dateEdit->setMaximumDate(today);
    m_dateEdit->setDate(m_moves.isEmpty() ? QDate(today.year(), today.month(), 1).addDays(-1)
                                          : m_moves.constFirst().lockDate);
    retranslateUi();
    resize(qMax(width(), 620), qMax(height(), 460));
}

PeriodLockDialog::~PeriodLockDialog() = default;

void PeriodLockDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PeriodLockDialog::reload()
{
    m_loadError.clear();
    m_user = UserContext::resolve(m_db, currentActor(m_db), &m_loadError);
    if (m_loadError.isEmpty())
        m_moves = PeriodLock(m_db).history(&m_loadError);
    if (!m_loadError.isEmpty())
        qCWarning(lcUi) << "Could not read the period lock:" << m_loadError;
}

void PeriodLockDialog::retranslateUi()
{
    const QLocale locale;
    setWindowTitle(tr("Period Lock"));
    m_introLabel->setText(tr("Nothing dated on or before the period lock date can be entered, "
                             "approved, voided, paid or reversed. A charge is dated by the day "
                             "it was entered, a payment by its payment date."));
    if (m_moves.isEmpty()) {
        m_currentLabel->setText(tr("No period is locked yet."));
    } else {
        const PeriodLockMove &current = m_moves.constFirst();
        m_currentLabel->setText(tr("The period lock date is %1, set by %2 on %3.")
                                    .arg(formatDate(current.lockDate, locale), current.movedBy,
                                         formatDateTime(current.movedAt, locale)));
    }
    m_dateTitle->setText(tr("New &lock date:"));
    m_dateEdit->setDisplayFormat(dateDisplayFormat(locale));
    m_reasonTitle->setText(tr("&Reason:"));
    m_reasonEdit->setPlaceholderText(tr("Required when the date moves back"));
    m_historyTitle->setText(tr("Moves of the lock date, newest first:"));
    m_historyTable->setHorizontalHeaderLabels(
        {tr("Lock date"), tr("Moved by"), tr("Moved at"), tr("Reason")});
    m_moveButton->setText(tr("&Move Lock Date"));

    m_historyTable->setRowCount(int(m_moves.size()));
    for (int row = 0; row < m_moves.size(); ++row) {
        const PeriodLockMove &move = m_moves.at(row);
        const QStringList cells = {formatDate(move.lockDate, locale), move.movedBy,
                                   formatDateTime(move.movedAt, locale), move.reason};
        for (int column = 0; column < ColumnCount; ++column)
            m_historyTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_historyTable->resizeColumnsToContents();

    // The controls stay visible to every user, so that all can see how the
    // lock is moved; only an admin may use them.
    const QString refusal = m_user.refusal(UserAction::MovePeriodLock);
    m_roleLabel->setText(refusal);
    m_roleLabel->setVisible(!refusal.isEmpty());
    for (QWidget *widget : {static_cast<QWidget *>(m_dateEdit),
                            static_cast<QWidget *>(m_reasonEdit),
                            static_cast<QWidget *>(m_moveButton)}) {
        widget->setToolTip(refusal);
    }

    // NOTE: a failed move's message keeps the language it was written in,
    // because the service returns it as finished text.
    QStringList problems;
    if (!m_loadError.isEmpty())
        problems << tr("Could not read the period lock: %1").arg(m_loadError);
    if (!m_moveError.isEmpty())
        problems << m_moveError;
    ErrorLabel::setMessages(m_errorLabel, problems);
    updateMoveButton();
}

void PeriodLockDialog::updateMoveButton()
{
    const bool allowed = m_user.may(UserAction::MovePeriodLock) && m_loadError.isEmpty();
    m_dateEdit->setEnabled(allowed);
    m_reasonEdit->setEnabled(allowed);

    const QDate current = m_moves.isEmpty() ? QDate() : m_moves.constFirst().lockDate;
    const QDate date = m_dateEdit->date();
    const bool needsReason = current.isValid() && date < current;
    m_moveButton->setEnabled(allowed && date != current
                             && (!needsReason || !m_reasonEdit->text().trimmed().isEmpty()));
}

void PeriodLockDialog::move()
{
    const PeriodLockService::Result result
        = PeriodLockService(m_db, currentActor(m_db))
              .move(m_dateEdit->date(), m_reasonEdit->text());
    m_moveError = result.succeeded() ? QString() : result.errorMessage;
    if (result.succeeded()) {
        qCInfo(lcUi) << "Moved the period lock date to" << m_dateEdit->date();
        m_reasonEdit->clear();
    }
    reload();
    retranslateUi();
}
