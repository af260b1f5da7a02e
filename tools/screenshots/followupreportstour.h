#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>

class AgingDialog;
class ImageFolder;
class MainWindow;
class QWidget;
class ReminderLetterDialog;
class ReportOutputController;
class SpendingAnalysisDialog;

// Saves the reports of what customers owe and spend for the user guide.
// The first image is the Spending tab of one customer. Reports → Aged
// Receivables… follows as of the tour's day, with the first page of its
// PDF. Reports → Reminder Letters… is dated that day, with two customers
// checked and the first letter of the PDF. The question whether the
// letters were sent gets Not Sent. Reports → Spending Analysis… shows the
// sample customers' currency, with the first page of its PDF.
//
// The Spending images show the months up to the computer's current month,
// because charges count in the month they were entered.
class FollowUpReportsTour
{
public:
    // today is the day the ages and the letters are counted on. The
    // letters go to letterCustomerCodes, and the Spending tab shows
    // spendingCustomerId's charges in currency.
    FollowUpReportsTour(MainWindow *window, ImageFolder &images, QDate today,
                        const QStringList &letterCustomerCodes, const QString &currency,
                        qint64 spendingCustomerId);

    // Runs every step. Returns false at the first step that fails, with
    // errorMessage() naming the cause.
    bool run();

    QString errorMessage() const { return m_error; }

private:
    bool driveAging(AgingDialog *dialog);
    bool driveLetters(ReminderLetterDialog *dialog);
    bool checkLetterCustomers(ReminderLetterDialog *dialog);
    bool saveLetters(ReminderLetterDialog *dialog);
    bool driveSpending(SpendingAnalysisDialog *dialog);
    bool showSpendingTab();

    // Triggers the Reports action named actionName and runs drive on the
    // dialog of type T that it opens.
    template<typename T>
    bool openFromMenu(const char *actionName, std::function<bool(T *)> drive);

    // Saves the report of dialog as a PDF with Save PDF… and saves the
    // image of its first page as name.
    bool savePdf(QWidget *dialog, ReportOutputController *output, const QString &name);

    bool save(QWidget *window, const QString &name);
    bool fail(const QString &message);

    MainWindow *m_window = nullptr;
    ImageFolder &m_images;
    QDate m_today;
    QStringList m_letterCustomerCodes;
    QString m_currency;
    qint64 m_spendingCustomerId = 0;
    QTemporaryDir m_pdfFolder;
    QString m_error;
};
