#include "statementdialog.h"
#include "ui_statementdialog.h"

#include "companyprofile.h"
#include "errorlabel.h"
#include "reportoutputcontroller.h"
#include "reportperiodfields.h"
#include "statementbuilder.h"
#include "statementcsv.h"
#include "statementquery.h"

#include <QEvent>
#include <QLineEdit>
#include <QPushButton>

namespace {

// Runs the statement query. Returns false with *error when it failed, or
// false when it was canceled.
bool queryStatement(QSqlDatabase db, UiLanguage language, qint64 customerId, const QDate &from,
                    const QDate &to, const ReportProgress &progress, StatementData *data,
                    QString *error)
{
    const ReportQueryStatus status = StatementQuery(std::move(db), language)
                                         .run(customerId, from, to, data, error, progress);
    return status == ReportQueryStatus::Completed;
}

} // namespace

StatementDialog::StatementDialog(QSqlDatabase db, qint64 customerId, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::StatementDialog>())
    , m_db(std::move(db))
{
    ui->setupUi(this);
    ErrorLabel::style(ui->customerErrorLabel);
    ErrorLabel::style(ui->errorLabel);
    m_period = new ReportPeriodFields(ui->fromEdit, ui->toEdit, ui->periodErrorLabel, this);
    m_output = new ReportOutputController(m_db, this, ui->progressPanel,
                                          [this] { return request(); });

    ui->customerCombo->setDatabase(m_db);
    ui->customerCombo->setCurrentCustomerId(customerId);

    connect(ui->customerCombo, &CustomerComboBox::customerChanged, this,
            &StatementDialog::updateButtons);
    connect(ui->customerCombo, &CustomerComboBox::errorChanged, this,
            &StatementDialog::updateButtons);
    connect(m_period, &ReportPeriodFields::changed, this, &StatementDialog::updateButtons);
    connect(m_output, &ReportOutputController::busyChanged, this,
            &StatementDialog::updateButtons);
    connect(ui->previewButton, &QPushButton::clicked, m_output, &ReportOutputController::preview);
    connect(ui->printButton, &QPushButton::clicked, m_output, &ReportOutputController::print);
    connect(ui->savePdfButton, &QPushButton::clicked, m_output, &ReportOutputController::savePdf);
    connect(ui->saveCsvButton, &QPushButton::clicked, m_output, &ReportOutputController::saveCsv);
    connect(ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);

    retranslateUi();
    if (customerId != 0)
        ui->fromEdit->setFocus();
    else
        ui->customerCombo->setFocus();
}

StatementDialog::~StatementDialog() = default;

qint64 StatementDialog::customerId() const
{
    return ui->customerCombo->currentCustomerId();
}

QStringList StatementDialog::problems() const
{
    QStringList problems;
    if (customerId() == 0)
        problems << ui->customerErrorLabel->text();
    if (!m_period->isValid())
        problems << ui->periodErrorLabel->text();
    return problems;
}

void StatementDialog::reject()
{
    m_output->runner()->cancel();
    QDialog::reject();
}

void StatementDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void StatementDialog::retranslateUi()
{
    ui->customerCombo->lineEdit()->setPlaceholderText(tr("Type part of the name or code"));
    m_period->retranslate();
    updateButtons();
}

void StatementDialog::updateButtons()
{
    const bool customerMissing = customerId() == 0;
    ErrorLabel::setMessages(ui->customerErrorLabel,
                            customerMissing ? QStringList{tr("Choose a customer from the list.")}
                                            : QStringList());
    const QString loadError = ui->customerCombo->lastError();
    ErrorLabel::setMessages(ui->errorLabel,
                            loadError.isEmpty()
                                ? QStringList()
                                : QStringList{tr("Could not load the list of customers: %1")
                                                  .arg(loadError)});

    const bool canRun = problems().isEmpty() && !m_output->isBusy();
    for (QPushButton *button :
         {ui->previewButton, ui->printButton, ui->savePdfButton, ui->saveCsvButton}) {
        button->setEnabled(canRun);
    }

    // Choosing another customer is blocked while a job runs, because the
    // file name and the result would no longer match the form.
    ui->customerCombo->setEnabled(!m_output->isBusy());
}

ReportRequest StatementDialog::request() const
{
    const qint64 customerId = this->customerId();
    const QDate from = m_period->from();
    const QDate to = m_period->to();
    const UiLanguage language = currentUiLanguage();
    const CompanyProfile company = CompanyProfile::load();

    ReportRequest request;
    request.build = [customerId, from, to, language, company](
                        QSqlDatabase db, const ReportProgress &progress,
                        ReportDocument *document, QString *error) {
        StatementData data;
        if (!queryStatement(db, language, customerId, from, to, progress, &data, error))
            return false;
        *document = StatementBuilder(company, language).build(data);
        return true;
    };
    request.writeCsv = [customerId, from, to, language](QSqlDatabase db, const QString &path,
                                                        const ReportProgress &progress,
                                                        QString *error) {
        StatementData data;
        if (!queryStatement(db, language, customerId, from, to, progress, &data, error))
            return false;
        return StatementCsv::writeFile(data, path, error);
    };

    // The customer code keeps the file names of different customers apart.
    const QString code = ui->customerCombo->currentCustomerCode();
    //: File name of a customer statement without extension; %1 is the
    //: customer code, %2 the period, e.g. 2026-11. Use no characters that
    //: file names forbid (/ \ : * ? " < > |).
    request.fileBaseName = tr("statement_%1_%2").arg(code, m_period->fileNamePart());
    return request;
}
