#pragma once

#include "calendarclock.h"
#include "contactrecord.h"
#include "openitem.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

class Transaction;

// Writes and reads the contact log (customer_contacts). Marking a reminder
// item contacted hides it from the reminders until its next step (see
// ReminderQuery). Each write adds its audit record in the same transaction.
class ContactLog
{
    Q_DECLARE_TR_FUNCTIONS(ContactLog)

public:
    // Maximum length of a note, in characters.
    static constexpr int MaxNoteLength = 500;

    struct Result
    {
        bool ok = false;
        // True when the database failed, false when the request was
        // rejected.
        bool databaseFailure = false;
        qint64 contactId = 0;
        QString errorMessage; // translated
    };

    // actor is recorded as the author of every write; see currentActor().
    // clock decides which day is today for the date checks.
    ContactLog(QSqlDatabase db, QString actor, CalendarClock clock = {});

    // Records a contact on contactedOn about the charge or installment of
    // kind with itemId. contactedOn must not be after today, and note must
    // have 1 to MaxNoteLength characters after trimming.
    Result markContacted(OpenItem::Kind kind, qint64 itemId, const QDate &contactedOn,
                         const QString &note);

    // Records a contact about the customer's account as a whole, with the
    // same checks as markContacted().
    Result addContact(qint64 customerId, const QDate &contactedOn, const QString &note);

    // Returns the customer's contacts, latest first. On failure returns an
    // empty list and sets *error.
    QList<ContactRecord> contactsOfCustomer(qint64 customerId, QString *error = nullptr) const;

private:
    // Returns the message for an invalid date or note, or an empty string.
    QString validate(const QDate &contactedOn, const QString &note) const;

    // Validates the date and the trimmed note, then begins transaction.
    // Returns a result whose errorMessage is empty when writing may go on.
    Result begin(Transaction &transaction, const QDate &contactedOn, const QString &note);

    // Inserts the contact and its audit record inside the caller's
    // transaction.
    bool write(qint64 customerId, qint64 chargeId, qint64 installmentId,
               const QDate &contactedOn, const QString &note, qint64 *contactId,
               QString *error);

    // Writes the contact inside transaction and commits it.
    Result finish(Transaction &transaction, qint64 customerId, qint64 chargeId,
                  qint64 installmentId, const QDate &contactedOn, const QString &note);

    QSqlDatabase m_db;
    QString m_actor;
    CalendarClock m_clock;
};
