#include "reminderletterdialog.h"
#include "ui_reminderletterdialog.h"

#include "companyprofile.h"
#include "dateformat.h"
#include "errorlabel.h"
#include "letterrecorder.h"
#include "logging.h"
#include "reminderletterbuilder.h"
#include "reminderletterquery.h"
#include "reportoutputcontroller.h"
#include "reportprogresspanel.h"

#include <QEvent>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidgetItem>

#include <utility>

namespace {

enum Column { CodeColumn, CustomerColumn, ItemsColumn, DaysColumn, AmountColumn,
              LastLetterColumn, ColumnCount };

constexpr int CustomerIdRole = Qt::UserRole;

bool queryLetters(QSqlDatabase db, UiLanguage language, const QDate &date,
                  const QList<qint64> &customerIds, const ReportProgress &progress,
                  QList<ReminderLetter> *letters, QString *error)
{
    return ReminderLetterQuery(std::move(db), language)
               .run(date, customerIds, letters, error, progress)
           == ReportQueryStatus::Completed;
}

} // namespace

ReminderLetterDialog::ReminderLetterDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ReminderLetterDialog>())
    , m_db(std::move(db))
    , m_builtLetters(std::make_shared<QList<ReminderLetter>>())
{
    ui->setupUi(this);
    ErrorLabel::style(ui->errorLabel);
    m_output = new ReportOutputController(m_db, this, ui->progressPanel,
                                          [this] { return request(); });

    ui->dateEdit->setDate(QDate::currentDate());
    ui->letterTable->setColumnCount(ColumnCount);
    ui->letterTable->verticalHeader()->hide();
    ui->letterTable->horizontalHeader()->setSectionResizeMode(CustomerColumn,
                                                              QHeaderView::Stretch);

    connect(ui->dateEdit, &QDateEdit::dateChanged, this, &ReminderLetterDialog::reload);
    connect(ui->letterTable, &QTableWidget::itemChanged, this,
            &ReminderLetterDialog::updateButtons);
    connect(m_output, &ReportOutputController::busyChanged, this, [this](bool busy) {
        updateButtons();
        if (!busy && m_reloadPending)
            reload();
    });

    // Queued, so that the question comes once the controller is idle and
    // the list can be read again.
    connect(m_output, &ReportOutputController::printed, this,
            &ReminderLetterDialog::askToRecord, Qt::QueuedConnection);
    connect(m_output, &ReportOutputController::fileSaved, this,
            &ReminderLetterDialog::askToRecord, Qt::QueuedConnection);

    connect(ui->checkAllButton, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(ui->checkNoneButton, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(ui->previewButton, &QPushButton::clicked, m_output, &ReportOutputController::preview);
    connect(ui->printButton, &QPushButton::clicked, m_output, &ReportOutputController::print);
    connect(ui->savePdfButton, &QPushButton::clicked, m_output, &ReportOutputController::savePdf);
    connect(ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);

    retranslateUi();
    reload();
    ui->dateEdit->setFocus();
}

ReminderLetterDialog::~ReminderLetterDialog() = default;

QDate ReminderLetterDialog::letterDate() const
{
    return ui->dateEdit->date();
}

QList<qint64> ReminderLetterDialog::checkedCustomerIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < ui->letterTable->rowCount(); ++row) {
        const QTableWidgetItem *item = ui->letterTable->item(row, CodeColumn);
        if (item->checkState() == Qt::Checked)
            ids << item->data(CustomerIdRole).toLongLong();
    }
    return ids;
}

void ReminderLetterDialog::reject()
{
    m_output->runner()->cancel();
    QDialog::reject();
}

void ReminderLetterDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void ReminderLetterDialog::reload()
{
    if (m_output->isBusy()) {
        m_reloadPending = true;
        return;
    }

    m_reloadPending = false;
    const QDate date = letterDate();
    const QList<qint64> checkedIds = checkedCustomerIds();
    const UiLanguage language = currentUiLanguage();
    auto letters = std::make_shared<QList<ReminderLetter>>();
    const ReportJobRunner::Job job = [date, language, letters](
                                         QSqlDatabase db, const ReportProgress &progress,
                                         QString *error) {
        return queryLetters(db, language, date, {}, progress, letters.get(), error);
    };
    const bool started = m_output->run(
        tr("Finding the overdue amounts…"), tr("The overdue amounts could not be read."), job,
        [this, letters, checkedIds] {
            m_letters = *letters;
            fillTable(checkedIds);
            if (!m_statusAfterReload.isEmpty())
                ui->progressPanel->setStatusText(std::exchange(m_statusAfterReload, {}));
        });
    if (!started)
        qCWarning(lcUi) << "Could not start reading the reminder letters";
}

void ReminderLetterDialog::fillTable(const QList<qint64> &checkedIds)
{
    const QLocale locale;
    QTableWidget *table = ui->letterTable;
    const QSignalBlocker blocker(table);
    table->setRowCount(int(m_letters.size()));
    for (int row = 0; row < m_letters.size(); ++row) {
        const ReminderLetter &letter = m_letters.at(row);

        auto *code = new QTableWidgetItem(letter.customer.code);
        code->setData(CustomerIdRole, letter.customer.id);
        code->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        code->setCheckState(checkedIds.contains(letter.customer.id) ? Qt::Checked
                                                                    : Qt::Unchecked);
        table->setItem(row, CodeColumn, code);

        QStringList totals;
        for (const Money &total : letter.totals)
            totals << total.format(locale);
        const QString cells[] = {
            letter.customer.companyName,
            locale.toString(letter.items.size()),
            locale.toString(letter.maxDaysOverdue()),
            totals.join(QStringLiteral(" + ")),
            letter.previousLetterDate.isValid() ? formatDate(letter.previousLetterDate, locale)
                                                : tr("None"),
        };
        for (int column = CustomerColumn; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column - CustomerColumn]);
            item->setFlags(Qt::ItemIsEnabled);
            if (column != CustomerColumn && column != LastLetterColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, column, item);
        }
    }
    // The customer column takes the remaining width, so it is left out.
    for (int column = 0; column < ColumnCount; ++column) {
        if (column != CustomerColumn)
            table->resizeColumnToContents(column);
    }
    updateButtons();
}

void ReminderLetterDialog::setAllChecked(bool checked)
{
    {
        const QSignalBlocker blocker(ui->letterTable);
        for (int row = 0; row < ui->letterTable->rowCount(); ++row)
            ui->letterTable->item(row, CodeColumn)->setCheckState(checked ? Qt::Checked
                                                                          : Qt::Unchecked);
    }
    updateButtons();
}

void ReminderLetterDialog::askToRecord()
{
    const QList<ReminderLetter> letters = *m_builtLetters;
    if (letters.isEmpty())
        return;

    const QString date = formatDate(letters.constFirst().date);
    QMessageBox question(QMessageBox::Question, tr("Record Letters as Sent?"),
                         tr("Were the %n reminder letter(s) dated %1 sent? Recording them "
                            "shows the date under Last letter, and the next letter to the "
                            "customer mentions it.",
                            nullptr, int(letters.size()))
                             .arg(date),
                         QMessageBox::Yes | QMessageBox::No, this);
    question.setObjectName(QStringLiteral("recordLettersQuestion"));
    question.button(QMessageBox::Yes)->setText(tr("&Record as Sent"));
    question.button(QMessageBox::No)->setText(tr("&Not Sent"));
    question.setDefaultButton(QMessageBox::Yes);
    if (question.exec() != QMessageBox::Yes)
        return;

    QString error;
    if (!LetterRecorder(m_db, currentActor(m_db)).record(letters, nullptr, &error)) {
        qCWarning(lcUi) << "Recording the reminder letters failed:" << error;
        QMessageBox box(QMessageBox::Warning, tr("Letters Not Recorded"),
                        tr("The letters could not be recorded as sent: %1").arg(error),
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    m_builtLetters->clear();
    m_statusAfterReload
        = tr("%n letter(s) recorded as sent on %1.", nullptr, int(letters.size())).arg(date);
    reload();
}

void ReminderLetterDialog::retranslateUi()
{
    const QLocale locale;
    ui->dateEdit->setLocale(locale);
    ui->dateEdit->setDisplayFormat(dateDisplayFormat(locale));
    ui->introLabel->setText(tr("The customers below have amounts that were due before the "
                               "letter date and are still open. Check the customers to write "
                               "to. After the letters are printed or saved as PDF, you can "
                               "record them as sent."));
    ui->letterTable->setHorizontalHeaderLabels({
        tr("Code"),
        tr("Customer"),
        tr("Overdue items"),
        tr("Most days overdue"),
        tr("Overdue amount"),
        tr("Last letter"),
    });

    // The fee types in the letters were read in the previous language.
    if (!m_letters.isEmpty())
        reload();
    updateButtons();
}

void ReminderLetterDialog::updateButtons()
{
    QStringList messages;

    // Missing company details do not block letters, but the customer
    // would not know where to pay, so the dialog names what is missing.
    const QStringList missing = CompanyProfile::load().missingForNotice();
    if (!missing.isEmpty()) {
        messages << tr("The company details lack: %1. Fill them in under Settings › Company "
                       "Details before sending letters.")
                        .arg(missing.join(tr(", ")));
    }
    if (!m_output->isBusy() && m_letters.isEmpty()) {
        messages << tr("No customer has an amount overdue on %1.")
                        .arg(formatDate(letterDate()));
    }
    ErrorLabel::setMessages(ui->errorLabel, messages);

    const bool busy = m_output->isBusy();
    const bool canRun = !busy && !checkedCustomerIds().isEmpty();
    for (QPushButton *button : {ui->previewButton, ui->printButton, ui->savePdfButton})
        button->setEnabled(canRun);
    const bool hasRows = !busy && ui->letterTable->rowCount() > 0;
    ui->checkAllButton->setEnabled(hasRows);
    ui->checkNoneButton->setEnabled(hasRows);
    ui->dateEdit->setEnabled(!busy);
}

ReportRequest ReminderLetterDialog::request() const
{
    const QList<qint64> customerIds = checkedCustomerIds();
    const QDate date = letterDate();
    const UiLanguage language = currentUiLanguage();
    const CompanyProfile company = CompanyProfile::load();
    const std::shared_ptr<QList<ReminderLetter>> built = m_builtLetters;

    ReportRequest request;
    request.build = [customerIds, date, language, company, built](
                        QSqlDatabase db, const ReportProgress &progress,
                        ReportDocument *document, QString *error) {
        QList<ReminderLetter> letters;
        if (!queryLetters(db, language, date, customerIds, progress, &letters, error))
            return false;
        if (letters.isEmpty()) {
            *error = tr("None of the checked customers has an amount overdue on %1 any more. "
                        "Check the list again.")
                         .arg(formatDate(date));
            return false;
        }
        *document = ReminderLetterBuilder(company, language).build(letters);
        *built = letters;
        return true;
    };
    //: File name of reminder letters without extension; %1 is the letter
    //: date, e.g. 2026-06-30. Use no characters that file names forbid.
    request.fileBaseName = tr("reminder-letters_%1").arg(date.toString(Qt::ISODate));
    return request;
}
