#pragma once

#include "calendarclock.h"
#include "reminderitem.h"

#include <QDialog>
#include <QList>
#include <QSqlDatabase>

#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

// Records a contact with a customer (联系记录) through ContactLog: the day
// of the contact, today unless changed, and a required note.
//
// Opened for a reminder item (Mark Contacted…), the contact is about that
// item, which then leaves the reminders until its next step. Opened for a
// customer (Add Contact…), the user chooses one of the customer's open
// items or none. exec() returns Accepted once the contact is written; a
// rejected or failed write keeps the dialog open with the message shown.
class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    // A contact about item. clock decides which day is today.
    ContactDialog(QSqlDatabase db, const ReminderItem &item, CalendarClock clock,
                  QWidget *parent = nullptr);

    // A contact with the customer with customerId.
    ContactDialog(QSqlDatabase db, qint64 customerId, CalendarClock clock,
                  QWidget *parent = nullptr);

    ~ContactDialog() override;

    // The id of the contact written, 0 before.
    qint64 contactId() const { return m_contactId; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void createForm();
    void loadChoices();
    void retranslateUi();
    void updateSaveButton();
    void save();

    QSqlDatabase m_db;
    CalendarClock m_clock;
    qint64 m_customerId = 0;
    std::optional<ReminderItem> m_item; // set for Mark Contacted
    QList<ReminderItem> m_choices;      // the customer's open items, for Add Contact
    QString m_loadError;
    QString m_saveError;
    qint64 m_contactId = 0;

    QLabel *m_introLabel = nullptr;
    QLabel *m_itemTitle = nullptr;
    QLabel *m_itemLabel = nullptr;
    QComboBox *m_itemCombo = nullptr;
    QLabel *m_dateTitle = nullptr;
    QDateEdit *m_dateEdit = nullptr;
    QLabel *m_noteTitle = nullptr;
    QPlainTextEdit *m_noteEdit = nullptr;
    QLabel *m_counterLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
