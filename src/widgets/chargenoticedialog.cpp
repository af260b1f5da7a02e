#include "chargenoticedialog.h"
#include "ui_chargenoticedialog.h"

#include "companyprofile.h"
#include "dateformat.h"
#include "errorlabel.h"
#include "logging.h"
#include "noticebuilder.h"
#include "reportoutputcontroller.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidgetItem>

namespace {

enum Column { NumberColumn, CustomerColumn, BillColumn, FeeTypeColumn, ReasonColumn,
              AmountColumn, DueDateColumn, ColumnCount };

constexpr int ChargeIdRole = Qt::UserRole;

// Charge numbers are written without digit grouping, as the charge list
// and the notices show them.
QString joinIds(const QList<qint64> &ids)
{
    QStringList numbers;
    for (qint64 id : ids)
        numbers << QString::number(id);
    return numbers.join(QStringLiteral(", "));
}

} // namespace

ChargeNoticeDialog::ChargeNoticeDialog(QSqlDatabase db, const QList<qint64> &chargeIds,
                                       const QList<qint64> &voidChargeIds, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ChargeNoticeDialog>())
    , m_db(std::move(db))
    , m_voidChargeIds(voidChargeIds)
{
    setUp();
    if (!chargeIds.isEmpty())
        loadCharges(chargeIds, chargeIds);
}

ChargeNoticeDialog::ChargeNoticeDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ChargeNoticeDialog>())
    , m_db(std::move(db))
    , m_chooseCustomer(true)
{
    setUp();
    ui->customerCombo->setDatabase(m_db);
    connect(ui->customerCombo, &CustomerComboBox::customerChanged, this,
            &ChargeNoticeDialog::showCustomerCharges);
    connect(ui->customerCombo, &CustomerComboBox::errorChanged, this,
            &ChargeNoticeDialog::updateButtons);
    ui->customerCombo->setFocus();
}

ChargeNoticeDialog::~ChargeNoticeDialog() = default;

void ChargeNoticeDialog::setUp()
{
    ui->setupUi(this);
    ErrorLabel::style(ui->errorLabel);
    m_output = new ReportOutputController(m_db, this, ui->progressPanel,
                                          [this] { return request(); });

    ui->customerLabel->setVisible(m_chooseCustomer);
    ui->customerCombo->setVisible(m_chooseCustomer);
    ui->chargeTable->setColumnCount(ColumnCount);
    ui->chargeTable->verticalHeader()->hide();
    ui->chargeTable->horizontalHeader()->setStretchLastSection(true);

    connect(ui->chargeTable, &QTableWidget::itemChanged, this, &ChargeNoticeDialog::updateButtons);
    connect(m_output, &ReportOutputController::busyChanged, this,
            &ChargeNoticeDialog::updateButtons);
    connect(ui->checkAllButton, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(ui->checkNoneButton, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(ui->previewButton, &QPushButton::clicked, m_output, &ReportOutputController::preview);
    connect(ui->printButton, &QPushButton::clicked, m_output, &ReportOutputController::print);
    connect(ui->savePdfButton, &QPushButton::clicked, m_output, &ReportOutputController::savePdf);
    connect(ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);

    retranslateUi();
}

QList<qint64> ChargeNoticeDialog::listedChargeIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < ui->chargeTable->rowCount(); ++row)
        ids << ui->chargeTable->item(row, NumberColumn)->data(ChargeIdRole).toLongLong();
    return ids;
}

QList<qint64> ChargeNoticeDialog::checkedChargeIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < ui->chargeTable->rowCount(); ++row) {
        const QTableWidgetItem *item = ui->chargeTable->item(row, NumberColumn);
        if (item->checkState() == Qt::Checked)
            ids << item->data(ChargeIdRole).toLongLong();
    }
    return ids;
}

void ChargeNoticeDialog::reject()
{
    m_output->runner()->cancel();
    QDialog::reject();
}

void ChargeNoticeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslateUi();

        // The fee types and reasons were read in the previous language.
        // NOTE: while another job runs, run() starts nothing, so the list
        // keeps the previous language until the dialog is opened again.
        if (!m_notices.isEmpty())
            loadCharges(listedChargeIds(), checkedChargeIds());
    }
    QDialog::changeEvent(event);
}

void ChargeNoticeDialog::showCustomerCharges(qint64 customerId)
{
    m_notices.clear();
    fillTable({});
    if (customerId == 0)
        return;

    QString error;
    QList<qint64> ids;
    if (!NoticeQuery(m_db, currentUiLanguage()).postedChargeIds(customerId, &ids, &error)) {
        qCWarning(lcUi) << "Could not list the posted charges of customer" << customerId << ":"
                        << error;
        m_loadError = error;
        updateButtons();
        return;
    }
    m_loadError.clear();
    if (!ids.isEmpty())
        loadCharges(ids, {});
    updateButtons();
}

void ChargeNoticeDialog::loadCharges(const QList<qint64> &chargeIds,
                                     const QList<qint64> &checkedIds)
{
    const UiLanguage language = currentUiLanguage();
    auto notices = std::make_shared<QList<ChargeNotice>>();
    const ReportJobRunner::Job job = [chargeIds, language, notices](
                                         QSqlDatabase db, const ReportProgress &progress,
                                         QString *error) {
        return NoticeQuery(db, language).run(chargeIds, notices.get(), error, progress)
               == ReportQueryStatus::Completed;
    };
    m_output->run(tr("Reading the charges…"), tr("The charges could not be read."), job,
                  [this, notices, checkedIds] {
                      m_notices = *notices;
                      fillTable(checkedIds);
                  });
}

void ChargeNoticeDialog::fillTable(const QList<qint64> &checkedIds)
{
    const QLocale locale;
    QTableWidget *table = ui->chargeTable;
    const QSignalBlocker blocker(table);
    table->setRowCount(int(m_notices.size()));
    for (int row = 0; row < m_notices.size(); ++row) {
        const ChargeReportRow &charge = m_notices.at(row).charge;
        const ReportCustomer &customer = m_notices.at(row).customer;

        auto *number = new QTableWidgetItem(QString::number(charge.chargeId));
        number->setData(ChargeIdRole, charge.chargeId);
        number->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        number->setCheckState(checkedIds.contains(charge.chargeId) ? Qt::Checked
                                                                   : Qt::Unchecked);
        table->setItem(row, NumberColumn, number);

        const QString cells[] = {
            //: A customer in a list: company name and customer code.
            tr("%1 (%2)").arg(customer.companyName, customer.code),
            charge.billNo.isEmpty() ? tr("On the account") : charge.billNo,
            charge.feeTypeLabel,
            charge.reasonLabel,
            charge.amount.format(locale),
            formatDate(charge.dueDate, locale),
        };
        for (int column = CustomerColumn; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column - CustomerColumn]);
            item->setFlags(Qt::ItemIsEnabled);
            if (column == AmountColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, column, item);
        }
    }
    table->resizeColumnsToContents();
    updateButtons();
}

void ChargeNoticeDialog::setAllChecked(bool checked)
{
    {
        const QSignalBlocker blocker(ui->chargeTable);
        for (int row = 0; row < ui->chargeTable->rowCount(); ++row)
            ui->chargeTable->item(row, NumberColumn)->setCheckState(checked ? Qt::Checked
                                                                            : Qt::Unchecked);
    }
    updateButtons();
}

void ChargeNoticeDialog::retranslateUi()
{
    ui->chargeTable->setHorizontalHeaderLabels({
        tr("No."),
        tr("Customer"),
        tr("Bill"),
        tr("Fee type"),
        tr("Reason"),
        tr("Amount"),
        tr("Due date"),
    });
    ui->customerCombo->lineEdit()->setPlaceholderText(tr("Type part of the name or code"));
    ui->introLabel->setText(
        m_chooseCustomer
            ? tr("Choose a customer, then check the posted charges to print a notice for. "
                 "Each notice names the charge, its bill and where to pay.")
            : tr("One notice is printed for each checked charge, grouped by customer. Each "
                 "notice names the charge, its bill and where to pay."));
    ui->excludedLabel->setText(
        m_voidChargeIds.isEmpty()
            ? QString()
            : tr("Left out because they are void, so they are not owed: charge no. %1.",
                 nullptr, int(m_voidChargeIds.size()))
                  .arg(joinIds(m_voidChargeIds)));
    ui->excludedLabel->setVisible(!m_voidChargeIds.isEmpty());
    updateButtons();
}

void ChargeNoticeDialog::updateButtons()
{
    QStringList messages;
    if (!m_loadError.isEmpty())
        messages << m_loadError;
    if (!ui->customerCombo->lastError().isEmpty()) {
        messages << tr("Could not load the list of customers: %1")
                        .arg(ui->customerCombo->lastError());
    }

    // Missing company details do not block notices, but the customer
    // would not know where to pay, so the dialog names what is missing.
    const QStringList missing = CompanyProfile::load().missingForNotice();
    if (!missing.isEmpty()) {
        messages << tr("The company details lack: %1. Fill them in under Settings › Company "
                       "Details before sending notices.")
                        .arg(missing.join(tr(", ")));
    }
    ErrorLabel::setMessages(ui->errorLabel, messages);

    const bool busy = m_output->isBusy();
    const bool canRun = !busy && !checkedChargeIds().isEmpty();
    for (QPushButton *button : {ui->previewButton, ui->printButton, ui->savePdfButton})
        button->setEnabled(canRun);
    const bool hasRows = !busy && ui->chargeTable->rowCount() > 0;
    ui->checkAllButton->setEnabled(hasRows);
    ui->checkNoneButton->setEnabled(hasRows);
    ui->customerCombo->setEnabled(!busy);
}

ReportRequest ChargeNoticeDialog::request() const
{
    const QList<qint64> chargeIds = checkedChargeIds();
    const UiLanguage language = currentUiLanguage();
    const CompanyProfile company = CompanyProfile::load();

    ReportRequest request;
    request.build = [chargeIds, language, company](QSqlDatabase db,
                                                   const ReportProgress &progress,
                                                   ReportDocument *document, QString *error) {
        QList<ChargeNotice> notices;
        if (NoticeQuery(db, language).run(chargeIds, &notices, error, progress)
            != ReportQueryStatus::Completed) {
            return false;
        }
        *document = NoticeBuilder(company, language).build(notices);
        return true;
    };

    if (chargeIds.size() == 1) {
        //: File name of one charge notice without extension; %1 is the charge
        //: number. Use no characters that file names forbid (/ \ : * ? " < > |).
        request.fileBaseName = tr("charge-notice_%1").arg(chargeIds.constFirst());
    } else {
        //: File name of several charge notices without extension; %1 is
        //: today's date. Use no characters that file names forbid.
        request.fileBaseName =
            tr("charge-notices_%1").arg(QDate::currentDate().toString(Qt::ISODate));
    }
    return request;
}
