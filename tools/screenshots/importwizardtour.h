#pragma once

#include "samplecsvfiles.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <functional>

class CsvImportWizard;
class MainWindow;
class QWidget;

// Saves the pages of the CSV import wizard for the user guide. It first
// imports the customers of SampleCsvFiles without the wizard. Then File →
// Import CSV… in the main window reads the charges file. The images show
// its encoding and its columns matched from the header row, and the check
// rejecting line 3. Then the check of the corrected file asks for a note on
// the possible duplicate, and the last image is the import's summary.
// The file is in the language of the screenshots, so the images show the
// detection of that language's encoding and the automatic matching of its
// column names.
class ImportWizardTour
{
public:
    // Saves window's image as name and returns whether that worked.
    using Save = std::function<bool(QWidget *window, const QString &name)>;

    // customerCode and billNo name the tour's customer and bill, and
    // dueDate is written in every charge of the file.
    ImportWizardTour(MainWindow *window, QSqlDatabase db, UiLanguage language,
                     const QString &customerCode, const QString &billNo, QDate dueDate,
                     Save save);

    // Runs the import through the wizard. Returns false at the first step
    // that fails, with errorMessage() naming the cause.
    bool run();

    QString errorMessage() const { return m_error; }

private:
    bool writeFile(const QString &path, const QByteArray &bytes);
    bool importCustomers();
    bool drive(CsvImportWizard *wizard);
    bool correctAndAcknowledge(CsvImportWizard *wizard);
    bool waitForCheck(CsvImportWizard *wizard);
    bool moveOn(CsvImportWizard *wizard, int expectedPage);
    bool fail(const QString &message);

    MainWindow *m_window = nullptr;
    QSqlDatabase m_db;
    SampleCsvFiles m_files;
    Save m_save;
    QTemporaryDir m_folder;
    QString m_chargesPath;
    QString m_error;
};
