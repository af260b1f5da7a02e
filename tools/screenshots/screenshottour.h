#pragma once

#include "sampleentries.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class AddChargeDialog;
class ChargeConfirmDialog;
class ImageFolder;
class MainWindow;
class QPixmap;
class QWidget;

// Walks through the main flow in the real main window and dialogs and saves
// a PNG of each step for the user guide. The steps are the open Language
// menu, the customer list, the search, the customer's 基本信息 and 费用管理
// tabs, the 新增费用 dialog filled in, a rejected amount, the confirmation
// summary, a possible duplicate with its note, the charges after the
// commit, the void dialog, the voided charge, the pages of the CSV import
// wizard, the report dialogs with pages of their PDF files, and the open
// Export CSV submenu.
//
// The database must hold the Northwind sample data and no charges, so the
// charge numbers in the notes and the images are the same on every run.
// Dialogs are driven inside their own exec() loops, the way a user meets
// them.
class ScreenshotTour
{
public:
    // Saves the images in images as NN-step.png. dueDate is entered in
    // every charge, so the images do not change with the current date.
    ScreenshotTour(QSqlDatabase db, UiLanguage language, ImageFolder &images, QDate dueDate);
    ~ScreenshotTour();

    // Runs every step. Returns false at the first step that fails, with
    // errorMessage() naming the step and the cause.
    bool run();

    QString errorMessage() const { return m_error; }

private:
    bool showLanguageMenu();
    bool showCustomerList();
    bool openCustomer();
    bool showChargesTab();
    bool addFirstCharge();
    bool enterFirstCharge(AddChargeDialog *dialog);
    bool addPossibleDuplicate();
    bool enterPossibleDuplicate(AddChargeDialog *dialog);
    bool acknowledgeDuplicate(ChargeConfirmDialog *confirm);
    bool voidSecondCharge();
    bool importCsv();
    bool showReports();
    bool showExportMenu();

    // Opens the 新增费用 dialog with the button on the 费用管理 tab and runs
    // enter on it. Returns the result of enter, which commits a charge.
    bool runAddChargeDialog(bool (ScreenshotTour::*enter)(AddChargeDialog *));
    bool fillChargeForm(AddChargeDialog *dialog, const ChargeEntry &entry);

    // Saves window's image, see ImageFolder::saveWindow().
    bool save(QWidget *window, const QString &name);
    bool saveImage(const QPixmap &image, const QString &name);

    // Renders the first page of the PDF file pdfPath with pdftoppm and
    // saves it as name, without the footer and the blank space above it.
    bool savePdfPage(const QString &pdfPath, const QString &name);

    // Returns the child of parent named name, or nullptr after recording
    // an error.
    template<typename T>
    T *child(QWidget *parent, const char *name);

    bool fail(const QString &message);

    QSqlDatabase m_db;
    ImageFolder &m_images;
    QDate m_dueDate;
    SampleEntries m_entries;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_billId = 0;
    qint64 m_secondChargeId = 0;
    QString m_step;
    QString m_error;
};
