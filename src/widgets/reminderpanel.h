#pragma once

#include "calendarclock.h"
#include "reminderitem.h"

#include <QDate>
#include <QDockWidget>
#include <QSqlDatabase>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;
class ReminderTableModel;

// The 提醒 (Reminders) dock: the open charges and installments due within
// the window (ReminderQuery), overdue first, with Mark Contacted…,
// Snooze… and Open Customer for the selected item. The window in days is
// kept in ReminderSettings.
//
// The list is read again every minute, at local midnight, when the window
// changes and when refresh() is called, e.g. after a payment. Each refresh
// emits refreshed(), which the main window passes on to the notifications.
class ReminderPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit ReminderPanel(QSqlDatabase db, QWidget *parent = nullptr);
    ~ReminderPanel() override;

    // Replaces the clock that decides which day is today; tests use a fixed
    // one. Refreshes the list.
    void setClock(CalendarClock clock);

    // Reads the items again and keeps the selected one selected if it is
    // still listed.
    void refresh();

    // The item selected, or nullptr.
    const ReminderItem *selectedItem() const;

    int windowDays() const;

    // Sets the window, stores it in the settings and refreshes.
    void setWindowDays(int days);

    ReminderTableModel *model() const { return m_model; }

signals:
    // The list was read for today with a window of windowDays days.
    void refreshed(const QDate &today, int windowDays);

    // The user asked to open the customer with customerId.
    void customerRequested(qint64 customerId);

    // A contact was recorded for the customer with customerId.
    void contactsChanged(qint64 customerId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateStatus();
    void updateButtons();
    void scheduleMidnightRefresh();
    void markContacted();
    void snooze();
    void openCustomer();

    QSqlDatabase m_db;
    CalendarClock m_clock;
    ReminderTableModel *m_model = nullptr;
    QString m_readError;
    bool m_moreDue = false; // more items are due than the list shows
    bool m_read = false;    // refresh() has read the items at least once

    QLabel *m_windowLabel = nullptr;
    QSpinBox *m_windowSpin = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_contactButton = nullptr;
    QPushButton *m_snoozeButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QTimer *m_minuteTimer = nullptr;
    QTimer *m_midnightTimer = nullptr;
};
