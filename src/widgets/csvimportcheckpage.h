#pragma once

#include "csvimportjob.h"
#include "csvimportsummary.h"

#include <QWizardPage>

#include <memory>
#include <optional>

class CsvImportEntryModel;
class CsvImportPreviewModel;
class CsvImportWizard;

namespace Ui {
class CsvImportCheckPage;
}

// Page 3 of the CSV import wizard: the first rows as the import will read
// them (one column per mapped field), and the dry run of the whole file
// with each problem's line and message. Import, the commit button, stays
// disabled while the check runs and while the file has problems. The page
// then asks the user to fix the file and offers to read it again.
//
// When the only problems are possible duplicates of charges already
// entered, a note field appears instead. The note is passed to the import
// as the acknowledgement of those rows, and Import is enabled once it is
// written.
//
// A progress bar follows the check. The wizard's Cancel (or Escape) stops
// it, and Back cancels it too; a canceled check lists nothing, and Check
// Again runs it once more.
class CsvImportCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CsvImportCheckPage(CsvImportWizard *wizard);
    ~CsvImportCheckPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The result of the last finished check, or std::nullopt while it runs.
    const std::optional<CsvImportSummary> &checkResult() const { return m_check; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillPreview();
    void startCheck();
    void showProgress(qsizetype done, qsizetype total);
    void showCheck(CsvImportJob::Mode mode, const CsvImportSummary &summary);
    void rereadFile();
    void retranslateUi();

    // Shows the state of the check: running, its counts and problems, and
    // the note field when possible duplicates need one.
    void updateState();

    // Counts the lines with problems that block the import, and the lines
    // whose only problems are possible duplicates.
    int blockingLineCount() const;
    int duplicateLineCount() const;

    // Returns the note typed for possible duplicates, trimmed.
    QString acknowledgement() const;

    std::unique_ptr<Ui::CsvImportCheckPage> m_ui;
    CsvImportWizard *m_wizard = nullptr;
    CsvImportPreviewModel *m_previewModel = nullptr;
    CsvImportEntryModel *m_problemModel = nullptr;
    std::optional<CsvImportSummary> m_check;
    bool m_checking = false;
};
