#include "csvimportcheckpage.h"
#include "ui_csvimportcheckpage.h"

#include "chargeservice.h"
#include "csvcolumnmapping.h"
#include "csvimportentrymodel.h"
#include "csvimportpreviewmodel.h"
#include "csvimporttexts.h"
#include "csvimportwizard.h"
#include "errorlabel.h"
#include "logging.h"

#include <QEvent>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace {

// The field of the problems that a note on possible duplicates resolves.
const QString AcknowledgementField = QStringLiteral("duplicate_acknowledgement");

bool isProblem(const CsvImportSummary::Entry &entry)
{
    return entry.status == CsvImportSummary::Status::Rejected;
}

} // namespace

CsvImportCheckPage::CsvImportCheckPage(CsvImportWizard *wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::CsvImportCheckPage>())
    , m_wizard(wizard)
    , m_previewModel(new CsvImportPreviewModel(this))
    , m_problemModel(new CsvImportEntryModel(this))
{
    m_ui->setupUi(this);
    ErrorLabel::style(m_ui->errorLabel);
    m_ui->previewTable->setModel(m_previewModel);
    m_ui->problemTable->setModel(m_problemModel);

    // Every entry on this page is a problem, so its status column is hidden.
    m_ui->problemTable->setHiddenColumns({CsvImportEntryModel::StatusColumn});

    // Import is the commit step. The pages before it write nothing, so Back
    // works there, and the result page has no Back.
    setCommitPage(true);

    connect(wizard->job(), &CsvImportJob::progressChanged, this,
            &CsvImportCheckPage::showProgress);
    connect(wizard->job(), &CsvImportJob::finished, this, &CsvImportCheckPage::showCheck);
    connect(m_ui->rereadButton, &QPushButton::clicked, this, &CsvImportCheckPage::rereadFile);
    connect(m_ui->acknowledgementEdit, &QPlainTextEdit::textChanged, this, [this] {
        updateState();
        emit completeChanged();
    });

    retranslateUi();
}

CsvImportCheckPage::~CsvImportCheckPage() = default;

void CsvImportCheckPage::initializePage()
{
    fillPreview();
    startCheck();
}

void CsvImportCheckPage::cleanupPage()
{
    // Back leaves a running check without a page to show it.
    if (m_checking) {
        m_wizard->job()->cancel();
        m_checking = false;
        m_check.reset();
    }
    QWizardPage::cleanupPage();
}

bool CsvImportCheckPage::isComplete() const
{
    if (m_checking || !m_check || !m_check->fileError.isEmpty() || blockingLineCount() > 0)
        return false;
    if (m_check->added + m_check->alreadyPresent + m_check->rejected == 0)
        return false;
    if (duplicateLineCount() == 0)
        return true;

    const qsizetype length = acknowledgement().toUcs4().size();
    return length > 0 && length <= ChargeService::MaxNoteLength;
}

bool CsvImportCheckPage::validatePage()
{
    m_wizard->setDuplicateAcknowledgement(duplicateLineCount() > 0 ? acknowledgement()
                                                                  : QString());
    return true;
}

void CsvImportCheckPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void CsvImportCheckPage::fillPreview()
{
    m_previewModel->setPreview(m_wizard->preview());
}

void CsvImportCheckPage::startCheck()
{
    // The check runs without the note, so that it finds the possible
    // duplicates the note has to cover.
    CsvImportPlan plan = m_wizard->plan();
    plan.duplicateAcknowledgement.clear();

    m_check.reset();
    m_checking = true;
    m_problemModel->clear();

    // The bar shows that the check is busy until the first report.
    m_ui->progressBar->setRange(0, 0);
    m_wizard->job()->start(CsvImportJob::Mode::Check, plan);
    updateState();
    emit completeChanged();
}

void CsvImportCheckPage::showProgress(qsizetype done, qsizetype total)
{
    if (!m_checking || total <= 0)
        return;
    m_ui->progressBar->setRange(0, int(total));
    m_ui->progressBar->setValue(int(done));
}

void CsvImportCheckPage::showCheck(CsvImportJob::Mode mode, const CsvImportSummary &summary)
{
    if (mode != CsvImportJob::Mode::Check || !m_checking)
        return;

    m_checking = false;
    m_check = summary;
    QList<CsvImportSummary::Entry> problems;
    for (const CsvImportSummary::Entry &entry : summary.sortedEntries()) {
        if (isProblem(entry))
            problems << entry;
    }
    m_problemModel->setEntries(summary.kind, true, problems);
    if (summary.canceled)
        qCInfo(lcUi) << "CSV check of" << summary.filePath << "canceled";
    else if (!summary.fileError.isEmpty())
        qCWarning(lcUi) << "CSV check of" << summary.filePath << "failed:" << summary.fileError;

    updateState();
    emit completeChanged();
}

void CsvImportCheckPage::rereadFile()
{
    m_wizard->readPreview();
    fillPreview();
    startCheck();
}

void CsvImportCheckPage::retranslateUi()
{
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_previewModel->retranslate();
    m_problemModel->retranslate();
    updateState();
}

void CsvImportCheckPage::updateState()
{
    const QLocale locale;
    QStringList summaryLines;
    QStringList errors;
    const int blocking = blockingLineCount();
    const int duplicates = duplicateLineCount();

    const bool canceled = !m_checking && m_check && m_check->canceled;
    if (m_checking) {
        summaryLines << tr("Checking every line of the file…");
    } else if (canceled) {
        summaryLines << tr("The check was canceled, so nothing was imported. Check the file "
                           "again to import it.");
    } else if (m_check && !m_check->fileError.isEmpty()) {
        summaryLines << tr("The file cannot be imported.");
        // NOTE: the importer's message keeps the language it was written
        // in, because it is returned as finished text. A message that names
        // a line is in the list already.
        const bool listed = std::any_of(
            m_check->entries.cbegin(), m_check->entries.cend(),
            [this](const CsvImportSummary::Entry &entry) {
                return entry.message == m_check->fileError;
            });
        if (!listed)
            errors << m_check->fileError;
        errors << tr("Fix the file and choose it again, or read it again once it is saved.");
    } else if (m_check) {
        const CsvImportKind kind = m_check->kind;
        if (m_check->added + m_check->alreadyPresent + m_check->rejected == 0) {
            errors << tr("The file has no rows below its header row, so there is nothing to "
                         "import.");
        } else if (m_check->added == 0 && m_check->rejected == 0) {
            summaryLines << CsvImportTexts::nothingNew(kind, m_check->alreadyPresent);
        } else {
            summaryLines << tr("New: %1. Already present: %2. With problems: %3.")
                                .arg(locale.toString(m_check->added),
                                     locale.toString(m_check->alreadyPresent),
                                     locale.toString(m_check->rejected));
        }
        if (blocking > 0) {
            errors << tr("%n line(s) have problems, listed above. Nothing can be imported "
                         "until they are fixed.", nullptr, blocking)
                   << tr("Fix the file and choose it again, or read it again once it is saved.");
        } else if (duplicates > 0) {
            summaryLines << tr("%n line(s) may duplicate charges entered before, as listed "
                               "below. If they are right, write a note saying why. The note "
                               "is stored with each of these charges.", nullptr, duplicates);
        }
    }

    const bool askNote = !m_checking && blocking == 0 && duplicates > 0;
    const qsizetype noteLength = acknowledgement().toUcs4().size();
    if (askNote && noteLength > ChargeService::MaxNoteLength) {
        errors << tr("The note has %1 characters. Shorten it to at most %2.")
                      .arg(locale.toString(noteLength),
                           locale.toString(ChargeService::MaxNoteLength));
    }

    m_ui->checkSummaryLabel->setText(summaryLines.join(QLatin1Char('\n')));
    ErrorLabel::setMessages(m_ui->errorLabel, errors);
    m_ui->progressBar->setVisible(m_checking);
    m_ui->problemTable->setVisible(m_problemModel->rowCount() > 0);
    m_ui->rereadButton->setText(canceled ? tr("&Check Again") : tr("&Read the File Again"));
    m_ui->rereadButton->setVisible(!m_checking && (canceled || !errors.isEmpty()));
    m_ui->acknowledgementCaptionLabel->setVisible(askNote);
    m_ui->acknowledgementEdit->setVisible(askNote);
}

int CsvImportCheckPage::blockingLineCount() const
{
    if (!m_check)
        return 0;
    QSet<int> lines;
    for (const CsvImportSummary::Entry &entry : m_check->entries) {
        if (isProblem(entry) && entry.field != AcknowledgementField)
            lines.insert(entry.line);
    }
    return int(lines.size());
}

int CsvImportCheckPage::duplicateLineCount() const
{
    if (!m_check)
        return 0;
    QSet<int> lines;
    for (const CsvImportSummary::Entry &entry : m_check->entries) {
        if (isProblem(entry) && entry.field == AcknowledgementField)
            lines.insert(entry.line);
    }
    return int(lines.size());
}

QString CsvImportCheckPage::acknowledgement() const
{
    return m_ui->acknowledgementEdit->toPlainText().trimmed();
}
