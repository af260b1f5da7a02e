#include "csvimportresultpage.h"
#include "ui_csvimportresultpage.h"

#include "csvimportentrymodel.h"
#include "csvimporttexts.h"
#include "csvimportwizard.h"
#include "csvwriter.h"
#include "errorlabel.h"
#include "logging.h"

#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>

#include <algorithm>

CsvImportResultPage::CsvImportResultPage(CsvImportWizard *wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::CsvImportResultPage>())
    , m_wizard(wizard)
    , m_entryModel(new CsvImportEntryModel(this))
{
    m_ui->setupUi(this);
    ErrorLabel::style(m_ui->errorLabel);
    m_ui->resultTable->setModel(m_entryModel);

    connect(wizard->job(), &CsvImportJob::progressChanged, this,
            &CsvImportResultPage::showProgress);
    connect(wizard->job(), &CsvImportJob::finished, this, &CsvImportResultPage::showResult);
    connect(m_ui->importAgainButton, &QPushButton::clicked, this,
            &CsvImportResultPage::startImport);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &CsvImportResultPage::copyList);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &CsvImportResultPage::saveListAs);

    retranslateUi();
}

CsvImportResultPage::~CsvImportResultPage() = default;

void CsvImportResultPage::initializePage()
{
    startImport();
}

bool CsvImportResultPage::isComplete() const
{
    return !m_importing && m_result.has_value();
}

bool CsvImportResultPage::saveList(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Could not write “%1”: %2. Choose another folder.")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }

    QTextStream out(&file);
    CsvWriter writer(out, CsvWriter::ByteOrderMark::Write);
    const QList<CsvWriter::FieldKind> kinds = {
        CsvWriter::FieldKind::NumberOrDate, CsvWriter::FieldKind::Text,
        CsvWriter::FieldKind::Text, CsvWriter::FieldKind::Text};
    for (int row = -1; row < m_entryModel->rowCount(); ++row)
        writer.writeRow(m_entryModel->rowTexts(row), kinds);
    out.flush();

    if (out.status() != QTextStream::Ok || !file.commit()) {
        *error = tr("Could not write “%1”: %2. Choose another folder.")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void CsvImportResultPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void CsvImportResultPage::startImport()
{
    m_result.reset();
    m_saveError.clear();
    m_importing = true;
    m_entryModel->clear();

    // The bar shows that the import is busy until the first report.
    m_ui->progressBar->setRange(0, 0);
    m_wizard->job()->start(CsvImportJob::Mode::Import, m_wizard->plan());
    retranslateUi();
    emit completeChanged();
}

void CsvImportResultPage::showProgress(qsizetype done, qsizetype total)
{
    if (!m_importing || total <= 0)
        return;
    m_ui->progressBar->setRange(0, int(total));
    m_ui->progressBar->setValue(int(done));
}

void CsvImportResultPage::showResult(CsvImportJob::Mode mode, const CsvImportSummary &summary)
{
    if (mode != CsvImportJob::Mode::Import || !m_importing)
        return;

    m_importing = false;
    m_result = summary;
    if (summary.written)
        m_wizard->setWritten();
    else if (summary.canceled)
        qCInfo(lcUi) << "CSV import of" << summary.filePath << "canceled, nothing written";
    else
        qCWarning(lcUi) << "CSV import of" << summary.filePath << "wrote nothing:"
                        << summary.rejected << "rejected" << summary.fileError;
    m_entryModel->setEntries(summary.kind, false, summary.sortedEntries());

    retranslateUi();
    emit completeChanged();
}

void CsvImportResultPage::copyList()
{
    QGuiApplication::clipboard()->setText(m_entryModel->toTabSeparatedText());
}

void CsvImportResultPage::saveListAs()
{
    const QFileInfo source(m_wizard->plan().filePath);
    const QString suggested =
        source.dir().filePath(source.completeBaseName() + QStringLiteral("-import-result.csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the List"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;

    m_saveError.clear();
    if (!saveList(path, &m_saveError))
        qCWarning(lcUi) << "Could not save the import result list:" << m_saveError;
    retranslateUi();
}

void CsvImportResultPage::retranslateUi()
{
    m_entryModel->retranslate();

    const QLocale locale;
    const bool done = !m_importing && m_result;
    const bool canceled = done && m_result->canceled;
    QString status;
    QStringList errors;

    if (m_importing) {
        status = CsvImportTexts::importing(m_wizard->plan().kind,
                                           QFileInfo(m_wizard->plan().filePath).fileName());
    } else if (canceled) {
        status = tr("The import was canceled and rolled back, so nothing was imported. Import "
                    "Again starts it once more.");
    } else if (done && m_result->written) {
        const CsvImportKind kind = m_result->kind;
        if (m_result->added == 0) {
            status = CsvImportTexts::nothingNew(kind, m_result->alreadyPresent);
        } else {
            status = tr("Imported %1 from “%2”.")
                         .arg(CsvImportTexts::records(kind, m_result->added),
                              QFileInfo(m_result->filePath).fileName());
            if (kind == CsvImportKind::Bills) {
                status += QLatin1Char(' ')
                          + tr("The bills have %n line(s).", nullptr, m_result->billLinesAdded);
            }
        }
    } else if (done) {
        QSet<int> lines;
        for (const CsvImportSummary::Entry &entry : m_result->entries) {
            if (entry.status == CsvImportSummary::Status::Rejected)
                lines.insert(entry.line);
        }
        status = tr("Nothing was imported.");
        // NOTE: the importer's message keeps the language it was written
        // in, because it is returned as finished text. A message that names
        // a line is in the list already.
        const bool listed = std::any_of(
            m_result->entries.cbegin(), m_result->entries.cend(),
            [](const CsvImportSummary::Entry &entry) {
                return entry.problem == CsvImportSummary::Problem::File;
            });
        if (!m_result->fileError.isEmpty() && !listed)
            errors << m_result->fileError;
        if (!lines.isEmpty()) {
            errors << tr("%n line(s) have problems, listed below. Fix the file and import it "
                         "again.", nullptr, int(lines.size()));
        }
    }
    if (!m_saveError.isEmpty())
        errors << m_saveError;

    m_ui->statusLabel->setText(status);
    m_ui->progressBar->setVisible(m_importing);
    m_ui->importAgainButton->setVisible(canceled);

    // Records that were checked but not written are new, not added.
    const bool written = done && m_result->written;
    m_ui->addedCaptionLabel->setText(done && !written ? tr("New, not imported:")
                                                      : tr("Added:"));
    m_ui->addedLabel->setText(done ? locale.toString(m_result->added) : QString());
    m_ui->presentLabel->setText(done ? locale.toString(m_result->alreadyPresent) : QString());
    m_ui->rejectedLabel->setText(done ? locale.toString(m_result->rejected) : QString());
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->addedCaptionLabel),
                            static_cast<QWidget *>(m_ui->addedLabel),
                            static_cast<QWidget *>(m_ui->presentCaptionLabel),
                            static_cast<QWidget *>(m_ui->presentLabel),
                            static_cast<QWidget *>(m_ui->rejectedCaptionLabel),
                            static_cast<QWidget *>(m_ui->rejectedLabel)}) {
        widget->setVisible(done && !canceled);
    }

    ErrorLabel::setMessages(m_ui->errorLabel, errors);
    const bool hasList = done && m_entryModel->rowCount() > 0;
    m_ui->resultTable->setVisible(hasList);
    m_ui->copyButton->setVisible(hasList);
    m_ui->saveButton->setVisible(hasList);
}
