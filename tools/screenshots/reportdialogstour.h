#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

class ChargeNoticeDialog;
class ChargeReportDialog;
class CompanyProfileDialog;
class MainWindow;
class QWidget;
class StatementDialog;

// Saves the report dialogs for the user guide, each opened from its menu
// in the main window. The images show Settings → Company Details… filled
// in and saved, Reports → Charge Report… and its print preview, and
// Customer Statement… and Charge Notices… with the tour's customer chosen.
class ReportDialogsTour
{
public:
    // Saves window's image as name and returns whether that worked.
    using Save = std::function<bool(QWidget *window, const QString &name)>;

    // customerCode names the customer whose statement and notices are
    // shown; companyName is entered in the company details.
    ReportDialogsTour(MainWindow *window, QSqlDatabase db, const QString &customerCode,
                      const QString &companyName, Save save);

    // Opens each dialog in turn. Returns false at the first step that
    // fails, with errorMessage() naming the cause.
    bool run();

    QString errorMessage() const { return m_error; }

private:
    // Triggers the action named actionName and runs drive on the dialog of
    // type T that it opens. Returns the result of drive.
    template<typename T>
    bool openFromMenu(const char *actionName, std::function<bool(T *)> drive);

    bool driveCompanyDetails(CompanyProfileDialog *dialog);
    bool driveChargeReport(ChargeReportDialog *dialog);
    bool driveStatement(StatementDialog *dialog);
    bool driveNotices(ChargeNoticeDialog *dialog);
    bool fail(const QString &message);

    MainWindow *m_window = nullptr;
    QSqlDatabase m_db;
    QString m_customerCode;
    QString m_companyName;
    qint64 m_customerId = 0;
    Save m_save;
    QString m_error;
};
