#pragma once

#include "companyprofile.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <functional>

class ChargeNoticeDialog;
class ChargeReportDialog;
class CompanyProfileDialog;
class MainWindow;
class QWidget;
class ReportOutputController;
class StatementDialog;

// Saves the report dialogs for the user guide, and the first page of the
// charge report, the statement and a charge notice as saved to PDF. The
// images show Settings → Company Details… filled in, and Reports → Charge
// Report… with a fee type filter and its print preview. Then come the
// dialog of the Statement… button on the tour's customer page, and the
// notice dialog that Print Charge Notice… opens for all of that
// customer's charges, which leaves the void one out.
//
// The main window must show the 费用管理 tab of the tour's customer, whose
// charges include a void one.
class ReportDialogsTour
{
public:
    // Saves window's image as name and returns whether that worked.
    using Save = std::function<bool(QWidget *window, const QString &name)>;

    // Saves an image of the first page of the PDF file pdfPath as name and
    // returns whether that worked.
    using SavePdfPage = std::function<bool(const QString &pdfPath, const QString &name)>;

    // company is entered in the company details and heads the documents.
    ReportDialogsTour(MainWindow *window, QSqlDatabase db, const CompanyProfile &company,
                      Save save, SavePdfPage savePdfPage);

    // Opens each dialog in turn. Returns false at the first step that
    // fails, with errorMessage() naming the cause.
    bool run();

    QString errorMessage() const { return m_error; }

private:
    // Triggers the action named actionName and runs drive on the dialog of
    // type T that it opens. Returns the result of drive.
    template<typename T>
    bool openFromMenu(const char *actionName, std::function<bool(T *)> drive);

    // Clicks the button named buttonName in the main window and runs drive
    // on the dialog of type T that it opens. Returns the result of drive.
    template<typename T>
    bool openFromButton(const char *buttonName, std::function<bool(T *)> drive);

    bool driveCompanyDetails(CompanyProfileDialog *dialog);
    bool driveChargeReport(ChargeReportDialog *dialog);
    bool driveStatement(StatementDialog *dialog);
    bool driveNotices(ChargeNoticeDialog *dialog);
    bool selectAllCharges();

    // Saves the report of dialog as a PDF with its Save PDF… button and
    // saves the image of its first page as name.
    bool savePdf(QWidget *dialog, ReportOutputController *output, const QString &name);

    bool waitUntilIdle(ReportOutputController *output);
    bool fail(const QString &message);

    MainWindow *m_window = nullptr;
    QSqlDatabase m_db;
    CompanyProfile m_company;
    Save m_save;
    SavePdfPage m_savePdfPage;
    QTemporaryDir m_pdfFolder;
    QString m_error;
};
