#include "followupreportstour.h"

#include "agingdialog.h"
#include "customerspendingtab.h"
#include "imagefolder.h"
#include "mainwindow.h"
#include "reminderletterdialog.h"
#include "reportoutputcontroller.h"
#include "spendinganalysisdialog.h"
#include "spendingchartpanel.h"
#include "widgetinput.h"

#include <QAction>
#include <QDateEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using WidgetInput::namedChild;

namespace {

// How long a dialog may take to read its figures again after a change.
constexpr int ReloadTimeoutMs = 60000;

// How long the question whether the letters were sent may take to open
// after the PDF was saved.
constexpr int QuestionTimeoutMs = 10000;

} // namespace

FollowUpReportsTour::FollowUpReportsTour(MainWindow *window, ImageFolder &images, QDate today,
                                         const QStringList &letterCustomerCodes,
                                         const QString &currency, qint64 spendingCustomerId)
    : m_window(window)
    , m_images(images)
    , m_today(today)
    , m_letterCustomerCodes(letterCustomerCodes)
    , m_currency(currency)
    , m_spendingCustomerId(spendingCustomerId)
{
}

bool FollowUpReportsTour::run()
{
    if (!m_pdfFolder.isValid())
        return fail(QStringLiteral("Could not create a temporary folder."));

    // The Spending tab comes first, while the status bar still shows the
    // reminders' notification and no file saved by the dialogs.
    return showSpendingTab()
           && openFromMenu<AgingDialog>("agingAction",
                                        [this](AgingDialog *dialog) { return driveAging(dialog); })
           && openFromMenu<ReminderLetterDialog>("reminderLettersAction",
                                                 [this](ReminderLetterDialog *dialog) {
                                                     return driveLetters(dialog);
                                                 })
           && openFromMenu<SpendingAnalysisDialog>("spendingAnalysisAction",
                                                   [this](SpendingAnalysisDialog *dialog) {
                                                       return driveSpending(dialog);
                                                   });
}

bool FollowUpReportsTour::driveAging(AgingDialog *dialog)
{
    QString error;
    auto *asOf = namedChild<QDateEdit>(dialog, "asOfEdit", &error);
    if (!asOf)
        return fail(error);
    asOf->setDate(m_today);

    const bool read = QTest::qWaitFor(
        [dialog, this] {
            return !dialog->output()->isBusy() && dialog->shownData().asOf == m_today;
        },
        ReloadTimeoutMs);
    if (!read)
        return fail(QStringLiteral("The aged receivables were not read for %1.")
                        .arg(m_today.toString(Qt::ISODate)));
    return save(dialog, QStringLiteral("aging-dialog"))
           && savePdf(dialog, dialog->output(), QStringLiteral("aging-pdf"));
}

bool FollowUpReportsTour::driveLetters(ReminderLetterDialog *dialog)
{
    QString error;
    auto *date = namedChild<QDateEdit>(dialog, "dateEdit", &error);
    if (!date)
        return fail(error);
    date->setDate(m_today);

    const bool read = QTest::qWaitFor(
        [dialog, this] {
            return !dialog->output()->isBusy() && !dialog->listedLetters().isEmpty()
                   && dialog->listedLetters().constFirst().date == m_today;
        },
        ReloadTimeoutMs);
    if (!read)
        return fail(QStringLiteral("No reminder letters were read for %1.")
                        .arg(m_today.toString(Qt::ISODate)));
    return checkLetterCustomers(dialog) && save(dialog, QStringLiteral("reminder-letters-dialog"))
           && saveLetters(dialog);
}

bool FollowUpReportsTour::checkLetterCustomers(ReminderLetterDialog *dialog)
{
    QString error;
    auto *checkNone = namedChild<QPushButton>(dialog, "checkNoneButton", &error);
    auto *table = namedChild<QTableWidget>(dialog, "letterTable", &error);
    if (!checkNone || !table)
        return fail(error);

    checkNone->click();
    for (int row = 0; row < table->rowCount(); ++row) {
        QTableWidgetItem *code = table->item(row, 0);
        if (m_letterCustomerCodes.contains(code->text()))
            code->setCheckState(Qt::Checked);
    }
    if (dialog->checkedCustomerIds().size() != m_letterCustomerCodes.size())
        return fail(QStringLiteral("The letters do not list %1.")
                        .arg(m_letterCustomerCodes.join(QStringLiteral(", "))));
    return true;
}

bool FollowUpReportsTour::saveLetters(ReminderLetterDialog *dialog)
{
    // After the PDF is written the dialog asks whether the letters were
    // sent. Not Sent leaves the Last letter dates as they are.
    bool answered = false;
    const QPointer<QTimer> timer = WidgetInput::whenModalOpens<QMessageBox>(
        dialog, [&answered](QMessageBox *question) {
            question->button(QMessageBox::No)->click();
            answered = true;
        });
    const bool saved = savePdf(dialog, dialog->output(), QStringLiteral("letter-pdf"));
    if (saved && !QTest::qWaitFor([&answered] { return answered; }, QuestionTimeoutMs))
        fail(QStringLiteral("The letters were saved without the question whether they were "
                            "sent."));
    delete timer.data();
    return saved && answered;
}

bool FollowUpReportsTour::driveSpending(SpendingAnalysisDialog *dialog)
{
    if (!dialog->setCurrency(m_currency))
        return fail(QStringLiteral("The spending analysis offers no %1.").arg(m_currency));
    if (!dialog->errorText().isEmpty())
        return fail(dialog->errorText());
    if (dialog->panel()->data().feeTypes.isEmpty())
        return fail(QStringLiteral("The spending analysis found no %1 charges.").arg(m_currency));
    return save(dialog, QStringLiteral("spending-dialog"))
           && savePdf(dialog, dialog->output(), QStringLiteral("spending-pdf"));
}

bool FollowUpReportsTour::showSpendingTab()
{
    QString error;
    if (!WidgetInput::setActionChecked(m_window, "viewRemindersAction", false, &error))
        return fail(error);
    m_window->openCustomer(m_spendingCustomerId);
    auto *tabs = namedChild<QTabWidget>(m_window, "tabWidget", &error);
    auto *tab = m_window->findChild<CustomerSpendingTab *>();
    if (!tabs || !tab)
        return fail(error.isEmpty() ? QStringLiteral("The Spending tab is missing.") : error);
    tabs->setCurrentWidget(tab);
    if (!tab->errorText().isEmpty())
        return fail(tab->errorText());

    const bool saved = save(m_window, QStringLiteral("spending-tab"));
    return WidgetInput::setActionChecked(m_window, "viewRemindersAction", true, &error) && saved;
}

template<typename T>
bool FollowUpReportsTour::openFromMenu(const char *actionName, std::function<bool(T *)> drive)
{
    auto *action = m_window->findChild<QAction *>(QLatin1String(actionName));
    if (!action)
        return fail(QStringLiteral("The menus have no action %1.").arg(actionName));

    const bool driven = WidgetInput::driveModal<T>(m_window, [action] { action->trigger(); },
                                                   std::move(drive));
    return driven || fail(QStringLiteral("The dialog of %1 failed.").arg(actionName));
}

bool FollowUpReportsTour::savePdf(QWidget *dialog, ReportOutputController *output,
                                  const QString &name)
{
    const QString path = m_pdfFolder.filePath(name + QStringLiteral(".pdf"));
    QString error;
    if (!WidgetInput::saveReportPdf(dialog, output, path, &error)
        || !m_images.savePdfPage(path, name, &error)) {
        return fail(error);
    }
    return true;
}

bool FollowUpReportsTour::save(QWidget *window, const QString &name)
{
    QString error;
    return m_images.saveWindow(window, name, &error) || fail(error);
}

bool FollowUpReportsTour::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}
