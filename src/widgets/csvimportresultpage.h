#pragma once

#include "csvimportjob.h"
#include "csvimportsummary.h"

#include <QWizardPage>

#include <memory>
#include <optional>

class CsvImportEntryModel;
class CsvImportWizard;

namespace Ui {
class CsvImportResultPage;
}

// Page 4 of the CSV import wizard: runs the import when it is shown and
// then shows the counts (added, already present, rejected) and every
// line's result, which Copy List puts on the clipboard and Save List…
// writes to a CSV file. Finish is enabled once the import has ended.
//
// A progress bar follows the import, and the wizard shows Cancel while it
// runs. A canceled import is rolled back, and Import Again runs it once
// more.
class CsvImportResultPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CsvImportResultPage(CsvImportWizard *wizard);
    ~CsvImportResultPage() override;

    void initializePage() override;
    bool isComplete() const override;

    // The result of the import, or std::nullopt while it runs.
    const std::optional<CsvImportSummary> &importResult() const { return m_result; }

    // Writes the list as CSV, with a byte order mark so that spreadsheets
    // read it as UTF-8, replacing the file at path only when the whole list
    // was written. Returns false with a translated message in *error.
    bool saveList(const QString &path, QString *error) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void startImport();
    void showProgress(qsizetype done, qsizetype total);
    void showResult(CsvImportJob::Mode mode, const CsvImportSummary &summary);
    void copyList();
    void saveListAs();
    void retranslateUi();

    std::unique_ptr<Ui::CsvImportResultPage> m_ui;
    CsvImportWizard *m_wizard = nullptr;
    CsvImportEntryModel *m_entryModel = nullptr;
    std::optional<CsvImportSummary> m_result;
    bool m_importing = false;
    QString m_saveError;
};
