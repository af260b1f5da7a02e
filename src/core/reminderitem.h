#pragma once

#include "openitem.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

// The state of an open item on a day: due within the reminder window, due
// that day, or past its due date.
enum class ReminderStep {
    DueSoon,  // due after the day
    DueToday, // due on the day
    Overdue,  // due before the day
};

// An open charge or installment as the reminders list it on one day: the
// item, its step and how many days it is past due.
struct ReminderItem
{
    Q_DECLARE_TR_FUNCTIONS(ReminderItem)

public:
    OpenItem item; // kind Charge or Installment, never Bill
    ReminderStep step = ReminderStep::DueSoon;
    qint64 daysPastDue = 0; // negative before the due date, 0 on it

    // Returns item with its step and days past due on day.
    static ReminderItem on(const OpenItem &item, const QDate &day);

    // Returns the step of an item due on dueDate, seen on day.
    static ReminderStep stepOn(const QDate &dueDate, const QDate &day);

    // Returns the stable name of step, as reminder_announcements stores it:
    // "due_soon", "due_today" or "overdue".
    static QString stepName(ReminderStep step);

    // Returns the step for people: "Due in 3 days", "Due today" or
    // "Overdue 12 days".
    QString stepText() const;

    // Returns what the item is for people, e.g. "Charge 12, Service fee"
    // or "Installment 2 of 3, charge 12, Service fee".
    QString description() const;
};
