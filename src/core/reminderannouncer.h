#pragma once

#include "reminderitem.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

// Decides which reminder items to notify a user of, so that each item is
// announced once per step and due date: when it comes into the window, on
// its due date and once it is overdue. reminder_announcements records what
// was announced to whom, so a restart or a second window of the same user
// announces nothing twice.
//
// Only the step an item is in now is announced. After days without a run,
// an item that went from due soon to overdue meanwhile is announced once,
// as overdue, and items that fell due while the program was closed are
// announced on its next run.
class ReminderAnnouncer
{
    Q_DECLARE_TR_FUNCTIONS(ReminderAnnouncer)

public:
    // recipient names the user notified, e.g. currentActor(). Fee type
    // labels are read in language.
    ReminderAnnouncer(QSqlDatabase db, QString recipient, UiLanguage language);

    // Returns the items that ReminderQuery::dueItems() lists for today and
    // windowDays whose current step was not yet announced to the
    // recipient, and records them as announced, all in one transaction. On failure returns
    // an empty list, records nothing and sets *error to a translated
    // message.
    QList<ReminderItem> announce(const QDate &today, int windowDays, QString *error = nullptr);

private:
    // Records item as announced unless it was already. Sets *recorded to
    // whether this call added the row.
    bool record(const ReminderItem &item, const QString &announcedAt, bool *recorded,
                QString *error);

    QSqlDatabase m_db;
    QString m_recipient;
    UiLanguage m_language;
};
