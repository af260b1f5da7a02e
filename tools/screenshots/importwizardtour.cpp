#include "importwizardtour.h"

#include "csvimportcheckpage.h"
#include "csvimporter.h"
#include "csvimportresultpage.h"
#include "csvimportwizard.h"
#include "mainwindow.h"
#include "widgetinput.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using WidgetInput::closeIfOpen;
using WidgetInput::typeText;
using WidgetInput::whenModalOpens;

namespace {

// How long the check or the import of the sample file may take.
constexpr int JobTimeoutMs = 60000;

} // namespace

ImportWizardTour::ImportWizardTour(MainWindow *window, QSqlDatabase db, UiLanguage language,
                                   const QString &customerCode, const QString &billNo,
                                   QDate dueDate, Save save)
    : m_window(window)
    , m_db(std::move(db))
    , m_files(SampleCsvFiles::forLanguage(language, customerCode, billNo, dueDate))
    , m_save(std::move(save))
{
}

bool ImportWizardTour::run()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("importCsvAction"));
    if (!action)
        return fail(QStringLiteral("The File menu has no Import CSV… action."));
    if (!m_folder.isValid())
        return fail(QStringLiteral("Could not create a temporary folder."));
    if (m_files.charges.isEmpty())
        return fail(QStringLiteral("Qt could not encode the sample charges file."));
    m_chargesPath = m_folder.filePath(m_files.chargesFileName);
    if (!importCustomers() || !writeFile(m_chargesPath, m_files.charges))
        return false;

    bool driven = false;
    whenModalOpens<CsvImportWizard>(m_window, [this, &driven](CsvImportWizard *wizard) {
        driven = drive(wizard);
        if (!driven) {
            wizard->job()->waitForFinished(JobTimeoutMs);
            closeIfOpen(wizard);
        }
    });
    action->trigger();
    return driven;
}

bool ImportWizardTour::writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return fail(QStringLiteral("Could not write %1.").arg(path));
    return true;
}

bool ImportWizardTour::importCustomers()
{
    CsvImportPlan plan;
    plan.kind = CsvImportKind::Customers;
    plan.filePath = m_folder.filePath(QStringLiteral("customers.csv"));
    if (!writeFile(plan.filePath, m_files.customers))
        return false;

    const CsvImportSummary summary = CsvImporter(m_db, currentActor()).run(plan);
    if (!summary.written || summary.added == 0) {
        return fail(QStringLiteral("The sample customers were not imported. %1")
                        .arg(summary.fileError));
    }
    return true;
}

bool ImportWizardTour::drive(CsvImportWizard *wizard)
{
    wizard->setKind(CsvImportKind::Charges);
    wizard->setFilePath(m_chargesPath);
    if (!moveOn(wizard, CsvImportWizard::MappingPageId)
        || !m_save(wizard, QStringLiteral("12-import-columns"))
        || !moveOn(wizard, CsvImportWizard::CheckPageId) || !waitForCheck(wizard)) {
        return false;
    }

    auto *check = qobject_cast<CsvImportCheckPage *>(wizard->page(CsvImportWizard::CheckPageId));
    if (check->checkResult()->rejected == 0)
        return fail(QStringLiteral("The check found no problem in the sample charges."));
    if (!m_save(wizard, QStringLiteral("13-import-check")) || !correctAndAcknowledge(wizard)
        || !m_save(wizard, QStringLiteral("14-import-note"))
        || !moveOn(wizard, CsvImportWizard::ResultPageId)) {
        return false;
    }

    auto *result =
        qobject_cast<CsvImportResultPage *>(wizard->page(CsvImportWizard::ResultPageId));
    if (!QTest::qWaitFor([result] { return result->importResult().has_value(); }, JobTimeoutMs))
        return fail(QStringLiteral("The import did not end."));
    if (!result->importResult()->written)
        return fail(QStringLiteral("The import wrote nothing."));
    if (!m_save(wizard, QStringLiteral("15-import-result")))
        return false;
    wizard->button(QWizard::FinishButton)->click();
    return true;
}

bool ImportWizardTour::correctAndAcknowledge(CsvImportWizard *wizard)
{
    // The user corrects the amount in the file and reads it again, which
    // leaves the possible duplicate to acknowledge.
    auto *reread = wizard->findChild<QPushButton *>(QStringLiteral("rereadButton"));
    auto *note = wizard->findChild<QPlainTextEdit *>(QStringLiteral("acknowledgementEdit"));
    if (!reread || !note)
        return fail(QStringLiteral("The check page lacks the reread button or the note."));
    if (!writeFile(m_chargesPath, m_files.correctedCharges))
        return false;
    reread->click();
    if (!waitForCheck(wizard))
        return false;
    if (note->isHidden())
        return fail(QStringLiteral("The check of the corrected file asks for no note."));

    note->setFocus();
    typeText(note, m_files.acknowledgement);
    if (!wizard->button(QWizard::CommitButton)->isEnabled())
        return fail(QStringLiteral("The note did not enable Import."));
    return true;
}

bool ImportWizardTour::waitForCheck(CsvImportWizard *wizard)
{
    auto *check = qobject_cast<CsvImportCheckPage *>(wizard->page(CsvImportWizard::CheckPageId));
    if (!QTest::qWaitFor([check] { return check->checkResult().has_value(); }, JobTimeoutMs))
        return fail(QStringLiteral("The check did not end."));
    return true;
}
bool ImportWizardTour::moveOn(CsvImportWizard *wizard, int expectedPage)
{
    const bool commit = wizard->currentPage()->isCommitPage();
    QAbstractButton *button =
        wizard->button(commit ? QWizard::CommitButton : QWizard::NextButton);
    if (!button->isEnabled())
        return fail(QStringLiteral("Next is disabled on page %1.").arg(wizard->currentId()));
    button->click();
    if (wizard->currentId() != expectedPage)
        return fail(QStringLiteral("Next did not open page %1.").arg(expectedPage));
    return true;
}

bool ImportWizardTour::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}
