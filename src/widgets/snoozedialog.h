#pragma once

#include "calendarclock.h"
#include "reminderitem.h"

#include <QDialog>
#include <QSqlDatabase>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Hides a reminder item until a day through ReminderSnoozer: the item
// shows again on the chosen day, which lies between tomorrow and one year
// from today (a week from today unless changed). The note is optional.
// exec() returns Accepted once the snooze is written; a rejected or failed
// write keeps the dialog open with the message shown.
class SnoozeDialog : public QDialog
{
    Q_OBJECT

public:
    // Days from today that the dialog proposes.
    static constexpr int DefaultSnoozeDays = 7;

    // clock decides which day is today.
    SnoozeDialog(QSqlDatabase db, const ReminderItem &item, CalendarClock clock,
                 QWidget *parent = nullptr);
    ~SnoozeDialog() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void save();

    QSqlDatabase m_db;
    ReminderItem m_item;
    CalendarClock m_clock;
    QString m_saveError;

    QLabel *m_itemLabel = nullptr;
    QLabel *m_dateTitle = nullptr;
    QDateEdit *m_dateEdit = nullptr;
    QLabel *m_noteTitle = nullptr;
    QLineEdit *m_noteEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
