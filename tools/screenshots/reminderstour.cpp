#include "reminderstour.h"

#include "contactdialog.h"
#include "customercontactstab.h"
#include "imagefolder.h"
#include "mainwindow.h"
#include "reminderpanel.h"
#include "remindertablemodel.h"
#include "snoozedialog.h"
#include "widgetinput.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

using WidgetInput::driveModal;
using WidgetInput::namedChild;
using WidgetInput::typeText;

RemindersTour::RemindersTour(MainWindow *window, ImageFolder &images,
                             const FollowUpEntries &entries,
                             const FollowUpSample::Records &records)
    : m_window(window)
    , m_images(images)
    , m_entries(entries)
    , m_records(records)
{
}

bool RemindersTour::run()
{
    QString error;
    m_panel = namedChild<ReminderPanel>(m_window, "reminderPanel", &error);
    if (!m_panel)
        return fail(error);

    return showMainWindow() && markContacted() && showSnooze() && showContactsTab()
           && showAddContact();
}

bool RemindersTour::showMainWindow()
{
    // The items reached their steps when the window opened, so the status
    // bar shows the notification that sums them up.
    if (m_panel->model()->rowCount() == 0)
        return fail(QStringLiteral("The Reminders dock lists nothing."));
    if (m_window->statusBar()->currentMessage().isEmpty())
        return fail(QStringLiteral("The status bar shows no notification."));
    return save(m_window, QStringLiteral("reminders-main-window"));
}

bool RemindersTour::markContacted()
{
    if (!selectCharge(m_records.overdueChargeId))
        return false;

    const bool contacted = openFrom<ContactDialog>(
        m_panel, "markContactedButton", [this](ContactDialog *dialog) {
            QString error;
            auto *note = namedChild<QPlainTextEdit>(dialog, "noteEdit", &error);
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            if (!note || !buttons)
                return fail(error.isEmpty() ? QStringLiteral("The contact has no buttons.")
                                            : error);
            note->setFocus();
            typeText(note, m_entries.contactedNote);
            if (!save(dialog, QStringLiteral("reminders-mark-contacted")))
                return false;
            buttons->button(QDialogButtonBox::Save)->click();
            return dialog->contactId() != 0
                   || fail(QStringLiteral("The contact was not recorded."));
        });
    if (!contacted)
        return false;

    // A contact while overdue hides the item for a week.
    const int row = m_panel->model()->rowOf(OpenItem::Kind::Charge, m_records.overdueChargeId);
    return row < 0 || fail(QStringLiteral("The contacted charge is still listed."));
}

bool RemindersTour::showSnooze()
{
    return selectCharge(m_records.snoozeChargeId)
           && openFrom<SnoozeDialog>(m_panel, "snoozeButton", [this](SnoozeDialog *dialog) {
                  QString error;
                  auto *note = namedChild<QLineEdit>(dialog, "noteEdit", &error);
                  if (!note)
                      return fail(error);
                  note->setFocus();
                  typeText(note, m_entries.snoozeNote);
                  return save(dialog, QStringLiteral("reminders-snooze"));
              });
}

bool RemindersTour::showContactsTab()
{
    if (!selectCharge(m_records.dueSoonChargeId))
        return false;

    QString error;
    auto *open = namedChild<QPushButton>(m_panel, "openCustomerButton", &error);
    auto *tab = m_window->findChild<CustomerContactsTab *>();
    auto *tabs = namedChild<QTabWidget>(m_window, "tabWidget", &error);
    auto *detailPage = namedChild<QWidget>(m_window, "customerDetailPage", &error);
    if (!open || !tab || !tabs || !detailPage)
        return fail(error.isEmpty() ? QStringLiteral("The Contacts tab is missing.") : error);

    open->click();
    if (m_window->findChild<QStackedWidget *>()->currentWidget() != detailPage)
        return fail(QStringLiteral("Open Customer did not open the customer."));
    tabs->setCurrentWidget(tab);
    return save(m_window, QStringLiteral("reminders-contacts-tab"));
}

bool RemindersTour::showAddContact()
{
    auto *tab = m_window->findChild<CustomerContactsTab *>();
    return openFrom<ContactDialog>(tab, "addContactButton", [this](ContactDialog *dialog) {
        QString error;
        auto *note = namedChild<QPlainTextEdit>(dialog, "noteEdit", &error);
        if (!note)
            return fail(error);
        note->setFocus();
        typeText(note, m_entries.addContactNote);
        return save(dialog, QStringLiteral("reminders-add-contact"));
    });
}

bool RemindersTour::selectCharge(qint64 chargeId)
{
    QString error;
    auto *view = namedChild<QTableView>(m_panel, "reminderView", &error);
    if (!view)
        return fail(error);
    const int row = m_panel->model()->rowOf(OpenItem::Kind::Charge, chargeId);
    if (row < 0)
        return fail(QStringLiteral("The reminders do not list charge %1.").arg(chargeId));
    view->setFocus();
    view->selectRow(row);
    return true;
}

template<typename T>
bool RemindersTour::openFrom(QWidget *parent, const char *buttonName,
                             std::function<bool(T *)> drive)
{
    QString error;
    return WidgetInput::clickAndDrive<T>(parent, buttonName, std::move(drive), &error)
           || fail(error);
}

bool RemindersTour::save(QWidget *window, const QString &name)
{
    QString error;
    return m_images.saveWindow(window, name, &error) || fail(error);
}

bool RemindersTour::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}
