#include "chargereportdialog.h"
#include "ui_chargereportdialog.h"

#include "chargenoticedialog.h"
#include "chargereportbuilder.h"
#include "chargereportcsv.h"
#include "chargereportquery.h"
#include "companyprofile.h"
#include "errorlabel.h"
#include "filterchoicerepository.h"
#include "logging.h"
#include "lookuprepository.h"
#include "reportoutputcontroller.h"
#include "reportperiodfields.h"

#include <QEvent>
#include <QMessageBox>
#include <QPushButton>

namespace {

QStringList toStrings(const QVariantList &keys)
{
    QStringList strings;
    for (const QVariant &key : keys)
        strings << key.toString();
    return strings;
}

// Runs the charge report query. Returns false with *error when it failed,
// or false when it was canceled.
bool queryCharges(QSqlDatabase db, UiLanguage language, const ChargeReportFilter &filter,
                  const ReportProgress &progress, ChargeReportData *data, QString *error)
{
    const ReportQueryStatus status =
        ChargeReportQuery(std::move(db), language).run(filter, data, error, progress);
    return status == ReportQueryStatus::Completed;
}

} // namespace

ChargeReportDialog::ChargeReportDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ChargeReportDialog>())
    , m_db(std::move(db))
{
    ui->setupUi(this);
    ErrorLabel::style(ui->errorLabel);
    ui->customerFilter->setDatabase(m_db);
    m_period = new ReportPeriodFields(ui->fromEdit, ui->toEdit, ui->periodErrorLabel, this);
    m_output = new ReportOutputController(m_db, this, ui->progressPanel,
                                          [this] { return request(); });

    // The combo boxes get their items in retranslateUi(), where their
    // labels are written.
    ui->dateBasisCombo->addItem(QString(), int(ChargeReportFilter::DateBasis::EntryDate));
    ui->dateBasisCombo->addItem(QString(), int(ChargeReportFilter::DateBasis::DueDate));
    ui->orientationCombo->addItem(QString(), int(ReportDocument::Orientation::Automatic));
    ui->orientationCombo->addItem(QString(), int(ReportDocument::Orientation::Portrait));
    ui->orientationCombo->addItem(QString(), int(ReportDocument::Orientation::Landscape));

    const QList<ChoiceListFilter *> filters = {
        ui->feeTypeFilter, ui->reasonFilter, ui->statusFilter,
        ui->paymentMethodFilter, ui->enteredByFilter,
    };
    for (ChoiceListFilter *choices : filters) {
        connect(choices, &ChoiceListFilter::selectionChanged, this,
                &ChargeReportDialog::updateButtons);
    }
    connect(ui->customerFilter, &CustomerFilter::selectionChanged, this,
            &ChargeReportDialog::updateButtons);
    connect(m_period, &ReportPeriodFields::changed, this, &ChargeReportDialog::updateButtons);
    connect(m_output, &ReportOutputController::busyChanged, this,
            &ChargeReportDialog::updateButtons);

    connect(ui->previewButton, &QPushButton::clicked, m_output, &ReportOutputController::preview);
    connect(ui->printButton, &QPushButton::clicked, m_output, &ReportOutputController::print);
    connect(ui->savePdfButton, &QPushButton::clicked, m_output, &ReportOutputController::savePdf);
    connect(ui->saveCsvButton, &QPushButton::clicked, m_output, &ReportOutputController::saveCsv);
    connect(ui->noticesButton, &QPushButton::clicked, this, &ChargeReportDialog::printNotices);
    connect(ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);

    retranslateUi();
    ui->previewButton->setFocus();
}

ChargeReportDialog::~ChargeReportDialog() = default;

ChargeReportFilter ChargeReportDialog::filter() const
{
    ChargeReportFilter filter;
    filter.from = m_period->from();
    filter.to = m_period->to();
    filter.dateBasis =
        ChargeReportFilter::DateBasis(ui->dateBasisCombo->currentData().toInt());
    filter.customerIds = ui->customerFilter->checkedIds();
    filter.feeTypeCodes = toStrings(ui->feeTypeFilter->checkedKeys());
    filter.reasonCodes = toStrings(ui->reasonFilter->checkedKeys());
    filter.statuses = toStrings(ui->statusFilter->checkedKeys());
    filter.paymentMethodCodes = toStrings(ui->paymentMethodFilter->checkedKeys());
    filter.enteredBy = toStrings(ui->enteredByFilter->checkedKeys());
    return filter;
}

ReportDocument::Orientation ChargeReportDialog::orientation() const
{
    return ReportDocument::Orientation(ui->orientationCombo->currentData().toInt());
}

QStringList ChargeReportDialog::problems() const
{
    QStringList problems;
    if (!m_period->isValid())
        problems << ui->periodErrorLabel->text();

    if (ui->customerFilter->isEmptySelection())
        problems << tr("%1: nothing is checked.").arg(ui->customerGroup->title());

    const QList<QPair<ChoiceListFilter *, QGroupBox *>> filters = {
        {ui->feeTypeFilter, ui->feeTypeGroup},
        {ui->reasonFilter, ui->reasonGroup},
        {ui->statusFilter, ui->statusGroup},
        {ui->paymentMethodFilter, ui->paymentMethodGroup},
        {ui->enteredByFilter, ui->enteredByGroup},
    };
    for (const auto &[choices, group] : filters) {
        if (choices->isEmptySelection())
            problems << tr("%1: nothing is checked.").arg(group->title());
    }
    return problems;
}

void ChargeReportDialog::reject()
{
    m_output->runner()->cancel();
    QDialog::reject();
}

void ChargeReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void ChargeReportDialog::fillChoices()
{
    m_loadErrors.clear();
    const UiLanguage language = currentUiLanguage();

    // The customer filter reads its list as the user types and keeps the
    // error of a read that failed.
    if (!ui->customerFilter->lastError().isEmpty()) {
        m_loadErrors << tr("Could not load the list of customers: %1")
                            .arg(ui->customerFilter->lastError());
    }

    QString error;

    const LookupRepository lookups(m_db);
    const std::tuple<ChoiceListFilter *, LookupRepository::Table, QString> lookupFilters[] = {
        {ui->feeTypeFilter, LookupRepository::Table::FeeTypes,
         tr("Could not load the list of fee types: %1")},
        {ui->reasonFilter, LookupRepository::Table::ChargeReasons,
         tr("Could not load the list of charge reasons: %1")},
        {ui->paymentMethodFilter, LookupRepository::Table::PaymentMethods,
         tr("Could not load the list of payment methods: %1")},
    };
    for (const auto &[choices, table, message] : lookupFilters) {
        error.clear();
        QList<ChoiceListFilter::Choice> entries;
        for (const LookupRepository::Entry &entry : lookups.entries(table, language, &error))
            entries.append({entry.code, entry.label});
        if (!error.isEmpty())
            m_loadErrors << message.arg(error);
        choices->setChoices(entries);
    }

    ui->statusFilter->setChoices({
        {QStringLiteral("posted"), ChargeReportFilter::statusLabel(QStringLiteral("posted"))},
        {QStringLiteral("void"), ChargeReportFilter::statusLabel(QStringLiteral("void"))},
    });

    error.clear();
    QList<ChoiceListFilter::Choice> authors;
    for (const QString &author : FilterChoiceRepository(m_db).chargeAuthors(&error))
        authors.append({author, author});
    if (!error.isEmpty())
        m_loadErrors << tr("Could not load the list of users who entered charges: %1").arg(error);
    ui->enteredByFilter->setChoices(authors);

    for (const QString &message : std::as_const(m_loadErrors))
        qCWarning(lcUi) << message;
}

void ChargeReportDialog::retranslateUi()
{
    ui->dateBasisCombo->setItemText(0, tr("Entry date"));
    ui->dateBasisCombo->setItemText(1, tr("Due date"));
    ui->dateBasisCombo->setToolTip(tr("Whether the period selects charges by the day they "
                                      "were entered or by the day they are due."));
    ui->orientationCombo->setItemText(0, tr("Automatic"));
    ui->orientationCombo->setItemText(1, tr("Portrait"));
    ui->orientationCombo->setItemText(2, tr("Landscape"));
    ui->orientationCombo->setToolTip(tr("Automatic prints in landscape when the table is too "
                                        "wide for a portrait page."));

    ui->customerFilter->setTexts(tr("All customers"),
                                 tr("Check at least one customer, or All customers."),
                                 tr("Search by name or code"));
    ui->feeTypeFilter->setTexts(tr("All fee types"),
                                tr("Check at least one fee type, or All fee types."));
    ui->reasonFilter->setTexts(tr("All reasons"), tr("Check at least one reason, or All reasons."));
    ui->statusFilter->setTexts(tr("All statuses"),
                               tr("Check at least one status, or All statuses."));
    ui->paymentMethodFilter->setTexts(
        tr("All payment methods"),
        tr("Check at least one payment method, or All payment methods."));
    ui->enteredByFilter->setTexts(tr("All users"), tr("Check at least one user, or All users."));

    ui->noticesButton->setToolTip(tr("Open one charge notice per posted charge that matches "
                                     "the filters, grouped by customer."));
    ui->saveCsvButton->setToolTip(tr("Save the charges and totals as a CSV file for "
                                     "spreadsheets."));

    m_period->retranslate();
    fillChoices();
    updateButtons();
}

void ChargeReportDialog::updateButtons()
{
    QStringList messages = m_loadErrors;
    const QStringList problems = this->problems();
    const bool canRun = problems.isEmpty() && !m_output->isBusy();

    for (QPushButton *button : {ui->previewButton, ui->printButton, ui->savePdfButton,
                                ui->saveCsvButton, ui->noticesButton}) {
        button->setEnabled(canRun);
    }

    // The period's message is next to the dates and the filters' under
    // their lists, so only the load errors are repeated here.
    ErrorLabel::setMessages(ui->errorLabel, messages);
}

ReportRequest ChargeReportDialog::request() const
{
    const ChargeReportFilter filter = this->filter();
    const UiLanguage language = currentUiLanguage();
    const CompanyProfile company = CompanyProfile::load();
    const ReportDocument::Orientation orientation = this->orientation();

    ReportRequest request;
    request.build = [filter, language, company, orientation](
                        QSqlDatabase db, const ReportProgress &progress,
                        ReportDocument *document, QString *error) {
        ChargeReportData data;
        if (!queryCharges(db, language, filter, progress, &data, error))
            return false;
        *document = ChargeReportBuilder(company, language)
                        .build(data, filter.describe(db, language));
        document->orientation = orientation;
        return true;
    };
    request.writeCsv = [filter, language](QSqlDatabase db, const QString &path,
                                          const ReportProgress &progress, QString *error) {
        ChargeReportData data;
        if (!queryCharges(db, language, filter, progress, &data, error))
            return false;
        return ChargeReportCsv::writeFile(data, path, error);
    };
    //: File name of the charge report without extension; %1 is the period,
    //: e.g. 2026-11. Use no characters that file names forbid (/ \ : * ? " < > |).
    request.fileBaseName = tr("charge-report_%1").arg(m_period->fileNamePart());
    return request;
}

void ChargeReportDialog::printNotices()
{
    // Notices go out for posted charges only. The void charges the filter
    // selects are collected too, so the notice dialog can list them as left
    // out.
    const ChargeReportFilter filter = this->filter();
    const UiLanguage language = currentUiLanguage();

    auto postedIds = std::make_shared<QList<qint64>>();
    auto voidIds = std::make_shared<QList<qint64>>();
    const ReportJobRunner::Job job = [filter, language, postedIds, voidIds](
                                         QSqlDatabase db, const ReportProgress &progress,
                                         QString *error) {
        ChargeReportData data;
        if (!queryCharges(db, language, filter, progress, &data, error))
            return false;
        for (const ChargeReportRow &row : std::as_const(data.rows))
            (row.isVoid() ? voidIds : postedIds)->append(row.chargeId);
        return true;
    };

    m_output->run(tr("Finding the posted charges…"), tr("The charges could not be read."), job,
                  [this, postedIds, voidIds] { openNotices(*postedIds, *voidIds); });
}

void ChargeReportDialog::openNotices(const QList<qint64> &postedIds,
                                     const QList<qint64> &voidIds)
{
    if (postedIds.isEmpty() && voidIds.isEmpty()) {
        QMessageBox::information(this, tr("No Charges"),
                                 tr("No posted charge matches these filters, so there is no "
                                    "notice to print. Widen the period or the filters."));
        return;
    }

    if (postedIds.isEmpty()) {
        QStringList numbers;
        for (qint64 id : voidIds)
            numbers << QString::number(id);
        QMessageBox::information(
            this, tr("No Notice for Void Charges"),
            tr("Charge no. %1 is void, so it is not owed and gets no notice. Include posted "
               "charges in the filters.", nullptr, int(voidIds.size()))
                .arg(numbers.join(QStringLiteral(", "))));
        return;
    }

    ChargeNoticeDialog dialog(m_db, postedIds, voidIds, this);
    dialog.exec();
}
