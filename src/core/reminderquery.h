#pragma once

#include "openitem.h"
#include "reminderitem.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

// Reads the open items that staff should chase. These are posted charges
// without an active installment plan, and the installments of active plans.
// Each has an open amount (amount_minor - paid_minor) above zero and falls
// due on or before today plus the window.
//
// An item is hidden while
// - its latest reminder_snoozes row snoozes it until a date after today;
// - it was contacted (customer_contacts names it) in the step it is in
//   now: a contact while it is due soon hides it until its due date, a
//   contact on its due date hides it until the next day, and a contact
//   while it is overdue hides it for ContactRecheckDays days.
//
// Items are sorted by due date, so overdue items come first, oldest first,
// then those due today and those due soon; then by customer code, charge
// and installment number.
class ReminderQuery
{
    Q_DECLARE_TR_FUNCTIONS(ReminderQuery)

public:
    static constexpr int DefaultWindowDays = 7;
    static constexpr int MaxWindowDays = 90;

    // Days an overdue item stays hidden after a contact.
    static constexpr int ContactRecheckDays = 7;

    // Fee type labels are read in language.
    ReminderQuery(QSqlDatabase db, UiLanguage language)
        : m_db(std::move(db)), m_language(language)
    {}

    // The number of most urgent items the Reminders panel lists and
    // announces. A database with years of unpaid charges can have hundreds
    // of thousands due, and reading them all stalls the window.
    static constexpr int ListedItems = 500;

    // Returns the items to show on today for a window of windowDays (0 to
    // MaxWindowDays) days, without the hidden ones. Returns an empty list
    // and sets *error to a translated message when windowDays is out of
    // range or a statement fails.
    QList<ReminderItem> dueItems(const QDate &today, int windowDays,
                                 QString *error = nullptr) const;

    // Returns what dueItems() returns, but at most limit items, the most
    // urgent first, and reads little more than those. *more (when given)
    // becomes true when further items are due.
    QList<ReminderItem> mostUrgentItems(const QDate &today, int windowDays, int limit,
                                        bool *more, QString *error = nullptr) const;

    // Returns every open item of the customer with customerId, whatever its
    // due date and hidden or not, with its step on today.
    QList<ReminderItem> openItemsOfCustomer(qint64 customerId, const QDate &today,
                                            QString *error = nullptr) const;

    // Returns whether a contact on contactedOn hides an item due on dueDate
    // on today; false when contactedOn is null.
    static bool hiddenByContact(const QDate &dueDate, const QDate &contactedOn,
                                const QDate &today);

    // Returns whether a snooze until snoozedUntil hides an item on today:
    // the item shows again on snoozedUntil. False when snoozedUntil is null.
    static bool hiddenBySnooze(const QDate &snoozedUntil, const QDate &today);

    // Returns the text of the statement that dueItems() runs, with its
    // placeholders :last_due_charge and :last_due_installment, for checks
    // of its query plan.
    QString dueItemsStatement() const;

private:
    struct Row
    {
        OpenItem item;
        QDate lastContactedOn;
        QDate snoozedUntil;
    };

    // Returns the statement over both kinds of items. chargeCondition and
    // installmentCondition end the WHERE clauses of the two parts.
    QString statement(const QString &chargeCondition,
                      const QString &installmentCondition) const;

    // Returns the visible items among rows on today.
    static QList<ReminderItem> visibleItems(const QList<Row> &rows, const QDate &today);

    // Returns the earlier of the due dates of the reachth open charge and
    // the reachth open installment due by lastDue, or lastDue when fewer are
    // due. Returns an empty string when a statement failed.
    QString dueDateReaching(const QString &lastDue, int reach, QString *error) const;

    // Runs statement with values bound and reads its rows into *rows.
    bool read(const QString &statement, const QList<QPair<QString, QVariant>> &values,
              QList<Row> *rows, QString *error) const;

    // Logs failure and sets *error, when given, to the translated message.
    void failed(const QSqlError &failure, QString *error) const;

    QSqlDatabase m_db;
    UiLanguage m_language;
};
