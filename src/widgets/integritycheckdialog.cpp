#include "integritycheckdialog.h"

#include "errorlabel.h"
#include "integritychecker.h"
#include "integritycsv.h"
#include "integritymismatchmodel.h"
#include "integritysummary.h"
#include "listtableview.h"
#include "logging.h"
#include "reportprogresspanel.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <memory>

IntegrityCheckDialog::IntegrityCheckDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_runner(new ReportJobRunner(m_db, this))
    , m_model(new IntegrityMismatchModel(this))
{
    setObjectName(QStringLiteral("IntegrityCheckDialog"));
    m_result.status = ReportQueryStatus::Canceled;
    createWidgets();

    connect(m_runner, &ReportJobRunner::runningChanged, this, &IntegrityCheckDialog::updateButtons);
    connect(m_checkButton, &QPushButton::clicked, this, &IntegrityCheckDialog::startCheck);
    connect(m_saveCsvButton, &QPushButton::clicked, this, &IntegrityCheckDialog::chooseCsvFile);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IntegrityCheckDialog::showSelectedDescription);

    retranslateUi();
    resize(900, 560);
    startCheck();
}

IntegrityCheckDialog::~IntegrityCheckDialog() = default;

void IntegrityCheckDialog::createWidgets()
{
    m_introLabel = new QLabel(this);
    m_introLabel->setWordWrap(true);

    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_countsLabel->setWordWrap(true);

    m_outcomeLabel = new QLabel(this);
    m_outcomeLabel->setObjectName(QStringLiteral("outcomeLabel"));
    m_outcomeLabel->setWordWrap(true);
    QFont bold = m_outcomeLabel->font();
    bold.setBold(true);
    m_outcomeLabel->setFont(bold);

    // The hash is selectable, so that it can be copied and kept elsewhere.
    m_chainLabel = new QLabel(this);
    m_chainLabel->setObjectName(QStringLiteral("chainLabel"));
    m_chainLabel->setWordWrap(true);
    m_chainLabel->setTextFormat(Qt::PlainText);
    m_chainLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new ListTableView(this);
    m_table->setObjectName(QStringLiteral("mismatchTable"));
    m_table->setModel(m_model);

    m_descriptionLabel = new QLabel(this);
    m_descriptionLabel->setObjectName(QStringLiteral("descriptionLabel"));
    m_descriptionLabel->setWordWrap(true);
    m_descriptionLabel->setTextFormat(Qt::PlainText);
    m_descriptionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_descriptionLabel->setMinimumHeight(m_descriptionLabel->fontMetrics().lineSpacing() * 3);
    m_descriptionLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_progressPanel = new ReportProgressPanel(this);
    m_progressPanel->setRunner(m_runner);

    auto *buttons = new QDialogButtonBox(this);
    m_checkButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_saveCsvButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_saveCsvButton->setObjectName(QStringLiteral("saveCsvButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_countsLabel);
    layout->addWidget(m_chainLabel);
    layout->addWidget(m_outcomeLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_descriptionLabel);
    layout->addWidget(m_progressPanel);
    layout->addWidget(buttons);
}

void IntegrityCheckDialog::startCheck()
{
    if (m_runner->isRunning())
        return;

    auto result = std::make_shared<IntegrityResult>();
    const ReportJobRunner::Job job = [result](QSqlDatabase db, const ReportProgress &progress,
                                              QString *error) {
        *result = IntegrityChecker(db).run(progress);
        *error = result->errorMessage;
        return result->status == ReportQueryStatus::Completed;
    };
    const bool started = m_runner->start(
        job, [this, result](ReportJobRunner::Outcome outcome, const QString &error) {
            m_result = *result;
            finishCheck(outcome, error);
        });
    if (started) {
        qCInfo(lcUi) << "Integrity check started";
        m_progressPanel->setStatusText(tr("Checking the database…"));
    }
}

bool IntegrityCheckDialog::isChecking() const
{
    return m_runner->isRunning();
}

bool IntegrityCheckDialog::waitForCheck(int timeoutMs)
{
    return m_runner->waitForFinished(timeoutMs);
}

void IntegrityCheckDialog::finishCheck(ReportJobRunner::Outcome outcome, const QString &error)
{
    m_hasResult = outcome == ReportJobRunner::Outcome::Succeeded;
    switch (outcome) {
    case ReportJobRunner::Outcome::Succeeded:
        m_progressPanel->setStatusText(
            tr("Checked at %1.").arg(QLocale().toString(QTime::currentTime(),
                                                        QLocale::ShortFormat)));
        break;
    case ReportJobRunner::Outcome::Canceled:
        m_progressPanel->setStatusText(tr("The check was canceled before it finished; press "
                                          "Check Again to run it."));
        break;
    case ReportJobRunner::Outcome::Failed:
        m_progressPanel->setStatusText(tr("The check failed: %1").arg(error));
        break;
    }
    showResult();
}

void IntegrityCheckDialog::showResult()
{
    m_model->setMismatches(m_hasResult ? m_result.mismatches : QList<IntegrityMismatch>());
    showSelectedDescription();

    if (!m_hasResult) {
        m_countsLabel->clear();
        m_chainLabel->clear();
        m_outcomeLabel->clear();
        updateButtons();
        return;
    }

    m_countsLabel->setText(IntegritySummary::counts(m_result));
    QString chain = IntegritySummary::lastRecord(m_result);
    if (m_result.chainLastId != 0)
        chain += QLatin1Char(' ') + m_result.chainLastHash;
    m_chainLabel->setText(chain);
    m_outcomeLabel->setText(IntegritySummary::outcome(m_result));
    ErrorLabel::setAlarm(m_outcomeLabel, !m_result.isClean());
    if (!m_result.mismatches.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

void IntegrityCheckDialog::showSelectedDescription()
{
    const int row = m_table->selectedRow();
    m_descriptionLabel->setText(row < 0 ? QString()
                                        : m_model->mismatches().at(row).description());
}

bool IntegrityCheckDialog::saveCsv(const QString &path)
{
    QString error;
    if (!IntegrityCsv::writeFile(m_result, path, &error)) {
        qCWarning(lcUi) << "Saving the integrity mismatches failed:" << error;
        m_progressPanel->setStatusText(error);
        return false;
    }
    qCInfo(lcUi) << "Saved" << m_result.mismatches.size() << "integrity mismatches to" << path;
    m_progressPanel->setStatusText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void IntegrityCheckDialog::chooseCsvFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("chargedesk-integrity-%1.csv")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    QString path = m_chooseSavePath
                       ? m_chooseSavePath(suggested)
                       : QFileDialog::getSaveFileName(this, tr("Save Mismatches as CSV"),
                                                      suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // Not every platform's file dialog adds the extension.
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    saveCsv(path);
}

QString IntegrityCheckDialog::statusText() const
{
    return m_progressPanel->statusText();
}

void IntegrityCheckDialog::reject()
{
    m_runner->cancel();
    QDialog::reject();
}

void IntegrityCheckDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void IntegrityCheckDialog::retranslateUi()
{
    setWindowTitle(tr("Check Data Integrity"));
    m_introLabel->setText(tr("Checks that no audit record was changed or deleted, that every "
                             "charge and payment still has the values of its audit records, "
                             "and that the stored balances and totals add up to their rows. "
                             "The check only reads."));
    m_checkButton->setText(tr("Check &Again"));
    m_checkButton->setToolTip(tr("Run the check again on the database as it is now."));
    m_saveCsvButton->setText(tr("Save &CSV…"));
    m_saveCsvButton->setToolTip(tr("Save the mismatches as a CSV file for a spreadsheet."));
    m_model->retranslate();
    if (m_hasResult)
        showResult();
}

void IntegrityCheckDialog::updateButtons()
{
    const bool running = m_runner->isRunning();
    m_checkButton->setEnabled(!running);
    m_saveCsvButton->setEnabled(!running && m_hasResult && !m_result.mismatches.isEmpty());
}
