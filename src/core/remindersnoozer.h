#pragma once

#include "calendarclock.h"
#include "openitem.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Hides a reminder item until a date by adding a reminder_snoozes row.
// Only the latest row of an item counts, so a new snooze replaces the last.
// Each snooze adds its audit record in the same transaction.
class ReminderSnoozer
{
    Q_DECLARE_TR_FUNCTIONS(ReminderSnoozer)

public:
    // Maximum length of a note, in characters.
    static constexpr int MaxNoteLength = 500;

    struct Result
    {
        bool ok = false;
        // True when the database failed, false when the request was
        // rejected.
        bool databaseFailure = false;
        qint64 snoozeId = 0;
        QString errorMessage; // translated
    };

    // actor is recorded as the author of every write; see currentActor().
    // clock decides which day is today for the date checks.
    ReminderSnoozer(QSqlDatabase db, QString actor, CalendarClock clock = {});

    // Returns the earliest and the latest date snooze() accepts on today:
    // the next day and the same day one year later.
    static QDate earliestUntil(const QDate &today) { return today.addDays(1); }
    static QDate latestUntil(const QDate &today) { return today.addYears(1); }

    // Hides the charge or installment of kind with itemId until the day
    // before until; it shows again on until. until must be between
    // earliestUntil() and latestUntil() of today, and note may be empty or
    // have up to MaxNoteLength characters after trimming.
    Result snooze(OpenItem::Kind kind, qint64 itemId, const QDate &until, const QString &note);

private:
    // Returns the message for an invalid date or note, or an empty string.
    QString validate(const QDate &until, const QString &note) const;

    // Inserts the snooze and its audit record inside the caller's
    // transaction.
    bool write(OpenItem::Kind kind, qint64 itemId, qint64 customerId, const QDate &until,
               const QString &note, qint64 *snoozeId, QString *error);

    QSqlDatabase m_db;
    QString m_actor;
    CalendarClock m_clock;
};
