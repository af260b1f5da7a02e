#pragma once

#include "followupentries.h"
#include "followupsample.h"
#include "openitem.h"

#include <QString>

#include <functional>

class ImageFolder;
class MainWindow;
class QTableView;
class QWidget;
class ReminderPanel;

// Saves the reminder steps for the user guide. The first image is the main
// window with the Reminders dock and the notification in the status bar.
// Mark Contacted… follows for the contacted customer's charge overdue 12
// days, and records the contact. Snooze… for a charge overdue 8 days is
// left unsubmitted. Open Customer then shows the contacted customer's
// Contacts tab, and Add Contact… is left unsubmitted too.
//
// The main window must show the customer list, and its Reminders dock and
// Contacts tab must count days on the tour's fixed day.
class RemindersTour
{
public:
    RemindersTour(MainWindow *window, ImageFolder &images, const FollowUpEntries &entries,
                  const FollowUpSample::Records &records);

    // Runs every step. Returns false at the first step that fails, with
    // errorMessage() naming the cause.
    bool run();

    QString errorMessage() const { return m_error; }

private:
    bool showMainWindow();
    bool markContacted();
    bool showSnooze();
    bool showContactsTab();
    bool showAddContact();

    // Selects the reminder of the charge chargeId.
    bool selectCharge(qint64 chargeId);

    // Clicks the button named buttonName in parent and runs drive on the
    // dialog of type T that it opens.
    template<typename T>
    bool openFrom(QWidget *parent, const char *buttonName, std::function<bool(T *)> drive);

    bool save(QWidget *window, const QString &name);
    bool fail(const QString &message);

    MainWindow *m_window = nullptr;
    ImageFolder &m_images;
    FollowUpEntries m_entries;
    FollowUpSample::Records m_records;
    ReminderPanel *m_panel = nullptr;
    QString m_error;
};
