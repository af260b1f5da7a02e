#pragma once

#include "uilanguage.h"

#include <QString>
#include <QTemporaryDir>

#include <functional>

class CsvImportWizard;
class MainWindow;
class QWidget;

// Saves each page of the CSV import wizard for the user guide: File →
// Import CSV… opened in the main window, a customers file chosen, its
// columns matched from the header row, the check and the import's summary.
// The file's header row is in the language of the screenshots, so the
// images show the automatic matching of that language's column names.
class ImportWizardTour
{
public:
    // Saves window's image as name and returns whether that worked.
    using Save = std::function<bool(QWidget *window, const QString &name)>;

    ImportWizardTour(MainWindow *window, UiLanguage language, Save save);

    // Runs the import through the wizard. Returns false at the first step
    // that fails, with errorMessage() naming the cause.
    bool run();

    QString errorMessage() const { return m_error; }

private:
    bool writeSampleFile();
    bool drive(CsvImportWizard *wizard);
    bool moveOn(CsvImportWizard *wizard, int expectedPage);
    bool fail(const QString &message);

    MainWindow *m_window = nullptr;
    UiLanguage m_language = UiLanguage::English;
    Save m_save;
    QTemporaryDir m_folder;
    QString m_filePath;
    QString m_error;
};
