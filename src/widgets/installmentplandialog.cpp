#include "installmentplandialog.h"
#include "ui_installmentplandialog.h"

#include "dateformat.h"
#include "errorlabel.h"
#include "installmentdraftmodel.h"
#include "installmentplanconfirmdialog.h"
#include "installmentplanner.h"
#include "installmentservice.h"
#include "logging.h"
#include "uilanguage.h"

#include <QDateEdit>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStyledItemDelegate>

namespace {

// Edits the due dates with a calendar popup in the dates' display format,
// which always shows four-digit years.
class DueDateDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *dateEdit = qobject_cast<QDateEdit *>(editor)) {
            dateEdit->setDisplayFormat(dateDisplayFormat());
            dateEdit->setCalendarPopup(true);
        }
        return editor;
    }
};

} // namespace

InstallmentPlanDialog::InstallmentPlanDialog(QSqlDatabase db, qint64 chargeId, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::InstallmentPlanDialog>())
    , m_db(std::move(db))
    , m_chargeId(chargeId)
    , m_drafts(new InstallmentDraftModel(this))
{
    ui->setupUi(this);
    ErrorLabel::style(ui->errorLabel);
    ui->sumLabel->setTextFormat(Qt::PlainText);
    ui->countSpin->setRange(InstallmentPlanner::MinCount, InstallmentPlanner::MaxCount);
    ui->installmentsView->setModel(m_drafts);
    ui->installmentsView->setItemDelegateForColumn(InstallmentDraftModel::DueDateColumn,
                                                   new DueDateDelegate(ui->installmentsView));

    loadCharge();

    // The first installment falls due with the charge, but never on a day
    // already past.
    const QDate today = QDate::currentDate();
    ui->firstDueDateEdit->setDate(m_charge ? std::max(m_charge->dueDate, today) : today);
    retranslateUi();
    splitEvenly();

    connect(ui->countSpin, &QSpinBox::valueChanged, this, &InstallmentPlanDialog::splitEvenly);
    connect(ui->firstDueDateEdit, &QDateEdit::dateChanged, this,
            &InstallmentPlanDialog::updateDueDates);
    connect(ui->splitButton, &QPushButton::clicked, this, &InstallmentPlanDialog::splitEvenly);
    connect(m_drafts, &QAbstractItemModel::dataChanged, this, &InstallmentPlanDialog::updateSum);
    connect(m_drafts, &QAbstractItemModel::modelReset, this, &InstallmentPlanDialog::updateSum);
    connect(ui->reviewButton, &QPushButton::clicked, this, &InstallmentPlanDialog::review);
    connect(ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    updateSum();
    ui->countSpin->setFocus();
}

InstallmentPlanDialog::~InstallmentPlanDialog() = default;

InstallmentPlanRequest InstallmentPlanDialog::buildRequest() const
{
    InstallmentPlanRequest request;
    request.requestKey = m_requestKey;
    request.chargeId = m_chargeId;
    for (int row = 0; row < m_drafts->rowCount(); ++row) {
        const std::optional<Money> amount = m_drafts->amount(row);
        if (amount)
            request.installments << InstallmentDraft{m_drafts->dueDate(row), *amount};
    }
    return request;
}

void InstallmentPlanDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void InstallmentPlanDialog::loadCharge()
{
    m_loadError.clear();
    m_charge = ReceivableQuery(m_db).charge(m_chargeId, &m_loadError);
    if (!m_loadError.isEmpty())
        qCWarning(lcUi) << "Could not load charge" << m_chargeId << ":" << m_loadError;
}

void InstallmentPlanDialog::retranslateUi()
{
    updateChargeLabels();
    updateDateFormat();
    m_drafts->retranslate();
    fitColumns();
    updateSum();

    // Review messages are sentences from the service in the previous
    // language, so checking again writes them in the new one.
    if (!m_reviewProblems.isEmpty()) {
        m_reviewProblems.clear();
        const InstallmentService service(m_db, currentActor(m_db));
        for (const FieldError &error : service.validate(buildRequest()))
            m_reviewProblems << error.message;
    }
    showMessages();
}

void InstallmentPlanDialog::updateChargeLabels()
{
    if (!m_charge) {
        ui->chargeLabel->setText(tr("No posted charge with id %1 was found.").arg(m_chargeId));
        ui->amountLabel->clear();
        return;
    }
    const QLocale locale;
    ui->chargeLabel->setText(ReceivableQuery::describe(*m_charge));
    //: The charge's amount (%1) and its due date (%2).
    ui->amountLabel->setText(tr("%1, due %2")
                                 .arg(m_charge->amount.format(locale),
                                      formatDate(m_charge->dueDate, locale)));
}

void InstallmentPlanDialog::updateDateFormat()
{
    const QLocale locale;
    ui->firstDueDateEdit->setLocale(locale);
    ui->firstDueDateEdit->setDisplayFormat(dateDisplayFormat(locale));
}

void InstallmentPlanDialog::splitEvenly()
{
    const int count = ui->countSpin->value();
    QList<Money> amounts;
    if (m_charge)
        amounts = InstallmentPlanner::split(m_charge->amount, count);
    const QList<QDate> dates =
        InstallmentPlanner::monthlyDueDates(ui->firstDueDateEdit->date(), count);
    if (amounts.size() != dates.size())
        amounts.clear();
    m_drafts->setInstallments(m_charge ? m_charge->amount.currency() : QString(),
                              amounts.isEmpty() ? QList<QDate>() : dates, amounts);
    fitColumns();
}

void InstallmentPlanDialog::fitColumns()
{
    // The date and amount columns keep room for their editors: the date
    // edit's popup button, and amounts up to hundreds of millions.
    QTableView *view = ui->installmentsView;
    view->resizeColumnsToContents();
    const QFontMetrics metrics = view->fontMetrics();
    const int dateWidth = metrics.horizontalAdvance(formatDate(QDate(2000, 12, 28)))
                          + 4 * metrics.averageCharWidth();
    const int amountWidth = metrics.horizontalAdvance(QStringLiteral("US$000,000,000.00"))
                            + 2 * metrics.averageCharWidth();
    view->setColumnWidth(InstallmentDraftModel::DueDateColumn,
                         std::max(view->columnWidth(InstallmentDraftModel::DueDateColumn),
                                  dateWidth));
    view->setColumnWidth(InstallmentDraftModel::AmountColumn,
                         std::max(view->columnWidth(InstallmentDraftModel::AmountColumn),
                                  amountWidth));
}

void InstallmentPlanDialog::updateDueDates()
{
    const QList<QDate> dates =
        InstallmentPlanner::monthlyDueDates(ui->firstDueDateEdit->date(), m_drafts->rowCount());
    if (dates.size() == m_drafts->rowCount())
        m_drafts->setDueDates(dates);
}

void InstallmentPlanDialog::updateSum()
{
    bool balanced = false;
    if (!m_charge) {
        ui->sumLabel->clear();
    } else if (m_drafts->rowCount() == 0) {
        ui->sumLabel->setText(tr("The amount %1 cannot be split into %n installment(s) of at "
                                 "least one minor unit each. Choose fewer installments.",
                                 nullptr, ui->countSpin->value())
                                  .arg(m_charge->amount.format(QLocale())));
    } else if (const std::optional<Money> total = m_drafts->total()) {
        const QLocale locale;
        const Money difference(total->minorUnits() - m_charge->amount.minorUnits(),
                               m_charge->amount.currency());
        balanced = difference.isZero();
        //: The sum of the installments, the charge amount and their difference.
        QString text = tr("Sum of the installments: %1. Charge amount: %2. Difference: %3.")
                           .arg(total->format(locale), m_charge->amount.format(locale),
                                difference.format(locale));
        if (!balanced)
            text += QLatin1Char(' ') + tr("Change the amounts so that the difference is zero.");
        ui->sumLabel->setText(text);
    } else {
        ui->sumLabel->setText(tr("Sum of the installments: not available, because an amount "
                                 "is invalid. Correct the amount shown in red."));
    }
    ErrorLabel::setAlarm(ui->sumLabel, m_charge && !balanced);
    ui->reviewButton->setEnabled(balanced);
}

void InstallmentPlanDialog::showMessages()
{
    QStringList messages;
    if (!m_loadError.isEmpty())
        messages << tr("Could not load the charge: %1").arg(m_loadError);
    ErrorLabel::setMessages(ui->errorLabel, messages + m_reviewProblems);
}

void InstallmentPlanDialog::review()
{
    // The button is disabled while the sum differs, but Enter reaches the
    // default button's slot through the dialog too.
    if (!ui->reviewButton->isEnabled())
        return;

    const InstallmentPlanRequest request = buildRequest();
    const InstallmentService service(m_db, currentActor(m_db));
    m_reviewProblems.clear();
    for (const FieldError &error : service.validate(request))
        m_reviewProblems << error.message;
    showMessages();
    if (!m_reviewProblems.isEmpty())
        return;

    InstallmentPlanConfirmDialog confirmDialog(m_db, request, this);
    if (confirmDialog.exec() != QDialog::Accepted || confirmDialog.committedPlanId() == 0)
        return;

    m_committedPlanId = confirmDialog.committedPlanId();
    accept();
}
