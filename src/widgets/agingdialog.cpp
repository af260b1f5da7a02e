#include "agingdialog.h"
#include "ui_agingdialog.h"

#include "agingcsv.h"
#include "agingquery.h"
#include "agingreportbuilder.h"
#include "companyprofile.h"
#include "dateformat.h"
#include "errorlabel.h"
#include "reportoutputcontroller.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidgetItem>

namespace {

enum Column { CodeColumn, CustomerColumn, CurrencyColumn, FirstBucketColumn };

constexpr int TotalColumn = FirstBucketColumn + AgingBucketCount;
constexpr int ColumnCount = TotalColumn + 1;

// Runs the aging query. Returns false with *error when it failed, or false
// when it was canceled.
bool queryAging(QSqlDatabase db, UiLanguage language, const QDate &asOf,
                const QList<qint64> &customerIds, const ReportProgress &progress,
                AgingData *data, QString *error)
{
    return AgingQuery(std::move(db), language).run(asOf, customerIds, data, error, progress)
           == ReportQueryStatus::Completed;
}

QTableWidgetItem *cell(const QString &text, bool amount, bool bold)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    if (amount)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (bold) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
    return item;
}

} // namespace

AgingDialog::AgingDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::AgingDialog>())
    , m_db(std::move(db))
{
    ui->setupUi(this);
    ErrorLabel::style(ui->errorLabel);
    if (!ui->customerFilter->setDatabase(m_db)) {
        m_loadErrors << tr("Could not load the list of customers: %1")
                            .arg(ui->customerFilter->lastError());
    }
    m_output = new ReportOutputController(m_db, this, ui->progressPanel,
                                          [this] { return request(); });

    ui->asOfEdit->setDate(QDate::currentDate());
    ui->agingTable->setColumnCount(ColumnCount);
    ui->agingTable->verticalHeader()->hide();
    ui->agingTable->horizontalHeader()->setSectionResizeMode(CustomerColumn,
                                                             QHeaderView::Stretch);

    connect(ui->asOfEdit, &QDateEdit::dateChanged, this, &AgingDialog::reload);
    connect(ui->customerFilter, &CustomerFilter::selectionChanged, this, &AgingDialog::reload);
    connect(m_output, &ReportOutputController::busyChanged, this, [this](bool busy) {
        updateButtons();
        if (!busy && m_reloadPending)
            reload();
    });
    connect(ui->previewButton, &QPushButton::clicked, m_output, &ReportOutputController::preview);
    connect(ui->printButton, &QPushButton::clicked, m_output, &ReportOutputController::print);
    connect(ui->savePdfButton, &QPushButton::clicked, m_output, &ReportOutputController::savePdf);
    connect(ui->saveCsvButton, &QPushButton::clicked, m_output, &ReportOutputController::saveCsv);
    connect(ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);

    retranslateUi();
    reload();
    ui->asOfEdit->setFocus();
}

AgingDialog::~AgingDialog() = default;

QDate AgingDialog::asOf() const
{
    return ui->asOfEdit->date();
}

QList<qint64> AgingDialog::customerIds() const
{
    return ui->customerFilter->checkedIds();
}

QStringList AgingDialog::problems() const
{
    QStringList problems;
    if (ui->customerFilter->isEmptySelection())
        problems << tr("Customers: nothing is checked.");
    return problems;
}

void AgingDialog::reject()
{
    m_output->runner()->cancel();
    QDialog::reject();
}

void AgingDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void AgingDialog::reload()
{
    updateButtons();
    if (!problems().isEmpty()) {
        m_reloadPending = false;
        m_data = AgingData();
        fillTable();
        return;
    }
    if (m_output->isBusy()) {
        m_reloadPending = true;
        return;
    }

    m_reloadPending = false;
    const QDate asOf = this->asOf();
    const QList<qint64> customerIds = this->customerIds();
    const UiLanguage language = currentUiLanguage();
    auto data = std::make_shared<AgingData>();
    const ReportJobRunner::Job job = [asOf, customerIds, language, data](
                                         QSqlDatabase db, const ReportProgress &progress,
                                         QString *error) {
        return queryAging(db, language, asOf, customerIds, progress, data.get(), error);
    };
    m_output->run(tr("Reading the open amounts…"), tr("The open amounts could not be read."),
                  job, [this, data] {
                      // The filter may have lost its last customer while the
                      // figures were read; the table then stays empty.
                      if (!problems().isEmpty())
                          return;
                      m_data = *data;
                      fillTable();
                  });
}

void AgingDialog::fillTable()
{
    const QLocale locale;
    QList<QPair<AgingRow, bool>> lines; // a row and whether it is a total
    for (const QString &currency : m_data.currencies()) {
        for (const AgingRow &row : m_data.rowsIn(currency))
            lines.append({row, false});
        lines.append({m_data.totalIn(currency), true});
    }

    QTableWidget *table = ui->agingTable;
    table->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const auto &[aging, total] = lines.at(row);
        table->setItem(row, CodeColumn, cell(aging.customerCode, false, total));
        table->setItem(row, CustomerColumn,
                       cell(total ? tr("Total %1").arg(aging.currency) : aging.customerName,
                            false, total));
        table->setItem(row, CurrencyColumn, cell(aging.currency, false, total));

        // Zero amounts of a customer are left blank, as in the printed report.
        for (int bucket = 0; bucket < AgingBucketCount; ++bucket) {
            const Money amount = aging.bucket(AgingBucket(bucket));
            const QString text = !total && amount.isZero() ? QString() : amount.format(locale);
            table->setItem(row, FirstBucketColumn + bucket, cell(text, true, total));
        }
        table->setItem(row, TotalColumn, cell(aging.total().format(locale), true, total));
    }
    // The customer column takes the remaining width, so it is left out.
    for (int column = 0; column < ColumnCount; ++column) {
        if (column != CustomerColumn)
            table->resizeColumnToContents(column);
    }

    QStringList summary;
    if (m_data.rows.isEmpty() && m_data.asOf.isValid()) {
        summary << tr("No customer has an open amount on %1.")
                       .arg(formatDate(m_data.asOf, locale));
    }
    for (const AgingRow &total : m_data.totals) {
        const Money overdue(total.totalMinor - total.bucketMinor[int(AgingBucket::NotDue)],
                            total.currency);
        summary << tr("Open in %1: %2, of which %3 overdue.")
                       .arg(total.currency, total.total().format(locale),
                            overdue.format(locale));
    }
    ui->summaryLabel->setText(summary.join(QLatin1Char('\n')));
}

void AgingDialog::retranslateUi()
{
    const QLocale locale;
    ui->asOfEdit->setLocale(locale);
    ui->asOfEdit->setDisplayFormat(dateDisplayFormat(locale));
    ui->introLabel->setText(tr("What each customer still owes: the open part of bills, posted "
                               "charges without an installment plan, and installments, by how "
                               "many days each is past its due date on the as-of day."));
    ui->customerFilter->setTexts(tr("All customers"),
                                 tr("Check at least one customer, or All customers."),
                                 tr("Search by name or code"));
    ui->saveCsvButton->setToolTip(tr("Save the amounts per customer and the totals as a CSV "
                                     "file for spreadsheets."));

    QStringList headers = {tr("Code"), tr("Customer"), tr("Currency")};
    for (int bucket = 0; bucket < AgingBucketCount; ++bucket)
        headers << AgingReportBuilder::bucketTitle(AgingBucket(bucket));
    headers << tr("Total");
    ui->agingTable->setHorizontalHeaderLabels(headers);

    fillTable();
    updateButtons();
}

void AgingDialog::updateButtons()
{
    const bool canRun = problems().isEmpty() && !m_output->isBusy();
    for (QPushButton *button :
         {ui->previewButton, ui->printButton, ui->savePdfButton, ui->saveCsvButton}) {
        button->setEnabled(canRun);
    }
    ErrorLabel::setMessages(ui->errorLabel, m_loadErrors);
}

ReportRequest AgingDialog::request() const
{
    const QDate asOf = this->asOf();
    const QList<qint64> customerIds = this->customerIds();
    const UiLanguage language = currentUiLanguage();
    const CompanyProfile company = CompanyProfile::load();
    const QString customersLine = AgingReportBuilder::customersLine(
        ui->customerFilter->isAll() ? QStringList() : ui->customerFilter->checkedLabels(),
        QLocale());

    ReportRequest request;
    request.build = [asOf, customerIds, language, company, customersLine](
                        QSqlDatabase db, const ReportProgress &progress,
                        ReportDocument *document, QString *error) {
        AgingData data;
        if (!queryAging(db, language, asOf, customerIds, progress, &data, error))
            return false;
        *document = AgingReportBuilder(company, language).build(data, {customersLine});
        return true;
    };
    request.writeCsv = [asOf, customerIds, language](QSqlDatabase db, const QString &path,
                                                     const ReportProgress &progress,
                                                     QString *error) {
        AgingData data;
        if (!queryAging(db, language, asOf, customerIds, progress, &data, error))
            return false;
        return AgingCsv::writeFile(data, path, error);
    };
    //: File name of aged receivables without extension; %1 is the as-of day,
    //: e.g. 2026-06-30. Use no characters that file names forbid (/ \ : * ? " < > |).
    request.fileBaseName = tr("aged-receivables_%1").arg(asOf.toString(Qt::ISODate));
    return request;
}
