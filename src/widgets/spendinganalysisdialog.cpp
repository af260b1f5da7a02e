#include "spendinganalysisdialog.h"

#include "companyprofile.h"
#include "errorlabel.h"
#include "logging.h"
#include "reportoutputcontroller.h"
#include "reportprogresspanel.h"
#include "spendingchartpanel.h"
#include "spendingperiodfields.h"
#include "spendingquery.h"
#include "spendingreportbuilder.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

SpendingAnalysisDialog::SpendingAnalysisDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("SpendingAnalysisDialog"));
    m_period = new SpendingPeriodFields(this);
    m_currencyLabel = new QLabel(this);
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_currencyLabel->setBuddy(m_currency);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    ErrorLabel::style(m_errorLabel);
    m_panel = new SpendingChartPanel(this);
    m_progress = new ReportProgressPanel(this);
    m_output = new ReportOutputController(m_db, this, m_progress, [this] { return request(); });

    m_savePngButton = new QPushButton(this);
    m_savePngButton->setObjectName(QStringLiteral("savePngButton"));
    m_previewButton = new QPushButton(this);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_printButton = new QPushButton(this);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_savePdfButton = new QPushButton(this);
    m_savePdfButton->setObjectName(QStringLiteral("savePdfButton"));
    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));

    auto *fields = new QHBoxLayout;
    fields->addWidget(m_period);
    fields->addSpacing(12);
    fields->addWidget(m_currencyLabel);
    fields->addWidget(m_currency);
    fields->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    for (QPushButton *button : {m_savePngButton, m_previewButton, m_printButton,
                                m_savePdfButton, m_closeButton}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fields);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_panel, 1);
    layout->addLayout(buttons);

    loadCurrencies();
    connect(m_period, &SpendingPeriodFields::changed, this, &SpendingAnalysisDialog::reload);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &SpendingAnalysisDialog::reload);
    connect(m_output, &ReportOutputController::busyChanged, this,
            &SpendingAnalysisDialog::updateButtons);
    connect(m_savePngButton, &QPushButton::clicked, this, &SpendingAnalysisDialog::savePng);
    connect(m_previewButton, &QPushButton::clicked, m_output, &ReportOutputController::preview);
    connect(m_printButton, &QPushButton::clicked, m_output, &ReportOutputController::print);
    connect(m_savePdfButton, &QPushButton::clicked, m_output, &ReportOutputController::savePdf);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);

    resize(1180, 820);
    retranslateUi();
    reload();
}

SpendingAnalysisDialog::~SpendingAnalysisDialog() = default;

bool SpendingAnalysisDialog::setCurrency(const QString &currency)
{
    const int index = m_currency->findText(currency);
    if (index < 0)
        return false;
    m_currency->setCurrentIndex(index);
    return true;
}

QString SpendingAnalysisDialog::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void SpendingAnalysisDialog::savePng()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested =
        QDir(folder).filePath(fileBaseName(m_panel->data().filter) + QStringLiteral(".png"));
    QString path = m_chooseSavePath
                       ? m_chooseSavePath(suggested)
                       : QFileDialog::getSaveFileName(this, tr("Save Charts as PNG"), suggested,
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");

    QString error;
    if (m_panel->savePng(path, &error))
        m_progress->setStatusText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
    else
        QMessageBox::warning(this, tr("Charts Not Saved"), error);
}

void SpendingAnalysisDialog::reject()
{
    m_output->runner()->cancel();
    QDialog::reject();
}

void SpendingAnalysisDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();

        // The lookup labels and months are read again in the new language.
        reload();
    }
    QDialog::changeEvent(event);
}

void SpendingAnalysisDialog::loadCurrencies()
{
    QString error;
    const QStringList currencies =
        SpendingQuery(m_db, currentUiLanguage()).currencies(0, &error);
    if (!error.isEmpty())
        qCWarning(lcUi) << "Could not load the currencies for the spending analysis:" << error;
    m_currency->addItems(currencies);
    m_error = error;
}

void SpendingAnalysisDialog::reload()
{
    SpendingFilter filter;
    filter.fromMonth = m_period->fromMonth();
    filter.toMonth = m_period->toMonth();
    filter.currency = m_currency->currentText();

    // NOTE: the query runs in the GUI thread, without progress or cancel.
    // A year of 20,075 charges took about 0.3 s on a shared 2-core machine,
    // so far larger periods freeze the window.
    SpendingData data;
    QString error = m_error;
    m_dataValid = error.isEmpty()
                  && SpendingQuery(m_db, currentUiLanguage()).run(filter, &data, &error);
    if (!m_dataValid) {
        // The charts show the filter's empty months rather than figures of
        // another period or currency.
        data = SpendingData();
        data.filter = filter;
    }
    m_panel->setData(data);
    ErrorLabel::setMessages(m_errorLabel, error.isEmpty() ? QStringList() : QStringList{error});
    updateButtons();
}

void SpendingAnalysisDialog::retranslateUi()
{
    setWindowTitle(tr("Spending Analysis"));
    m_currencyLabel->setText(tr("C&urrency:"));
    m_currency->setToolTip(tr("Amounts of different currencies are never added up, so the "
                              "analysis covers one currency at a time."));
    m_savePngButton->setText(tr("Save P&NG…"));
    m_previewButton->setText(tr("Pre&view"));
    m_printButton->setText(tr("&Print…"));
    m_savePdfButton->setText(tr("Save P&DF…"));
    m_closeButton->setText(tr("Close"));
}

void SpendingAnalysisDialog::updateButtons()
{
    const bool canRun = m_dataValid && !m_output->isBusy();
    for (QPushButton *button : {m_savePngButton, m_previewButton, m_printButton,
                                m_savePdfButton}) {
        button->setEnabled(canRun);
    }
}

ReportRequest SpendingAnalysisDialog::request()
{
    // The figures and charts shown are printed, so the document matches
    // the window even if charges were entered since.
    const SpendingData data = m_panel->data();
    const SpendingChartImages charts = m_panel->printImages();
    const UiLanguage language = currentUiLanguage();
    const CompanyProfile company = CompanyProfile::load();

    ReportRequest request;
    request.build = [data, charts, language, company](QSqlDatabase, const ReportProgress &,
                                                      ReportDocument *document, QString *) {
        *document = SpendingReportBuilder(company, language).build(data, charts);
        return true;
    };
    request.fileBaseName = fileBaseName(data.filter);
    return request;
}

QString SpendingAnalysisDialog::fileBaseName(const SpendingFilter &filter)
{
    //: File name of the spending analysis PDF or PNG without extension; %1
    //: is the currency code, %2 and %3 the first and last month as 2026-01.
    //: Use no characters that file names forbid (/ \ : * ? " < > |).
    return tr("spending_%1_%2_%3")
        .arg(filter.currency, filter.fromMonth.toString(u"yyyy-MM"),
             filter.toMonth.toString(u"yyyy-MM"));
}
