#pragma once

#include "csvimportplan.h"

#include <QWizardPage>

#include <memory>

class CsvImportWizard;

namespace Ui {
class CsvImportSourcePage;
}

// Page 1 of the CSV import wizard: what the file contains (customers,
// bills or charges) and the file, typed or chosen with Browse…. Next reads
// the file and stays on the page when the file cannot be read or has no
// header row.
class CsvImportSourcePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CsvImportSourcePage(CsvImportWizard *wizard);
    ~CsvImportSourcePage() override;

    CsvImportKind kind() const;
    void setKind(CsvImportKind kind);

    QString filePath() const;
    void setFilePath(const QString &path);

    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // Why Next stayed on the page.
    enum class Problem { None, Missing, Empty, Unreadable };

    void browse();
    void retranslateUi();
    void setProblem(Problem problem);

    std::unique_ptr<Ui::CsvImportSourcePage> m_ui;
    CsvImportWizard *m_wizard = nullptr;
    Problem m_problem = Problem::None;
    QString m_problemPath;
    QString m_readError;
};
