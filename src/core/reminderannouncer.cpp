#include "reminderannouncer.h"

#include "logging.h"
#include "reminderquery.h"
#include "sqlstatement.h"
#include "transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

ReminderAnnouncer::ReminderAnnouncer(QSqlDatabase db, QString recipient, UiLanguage language)
    : m_db(std::move(db))
    , m_recipient(std::move(recipient))
    , m_language(language)
{}

QList<ReminderItem> ReminderAnnouncer::announce(const QDate &today, int windowDays,
                                                QString *error)
{
    QList<ReminderItem> announced;
    QString failure;

    // BEGIN IMMEDIATE makes a second window or program of the same user
    // wait here, and then its inserts find the rows of the first.
    Transaction transaction(m_db);
    if (!transaction.begin()) {
        failure = transaction.error().text();
    } else {
        // The items the Reminders panel lists; less urgent ones are
        // announced when they come up among those.
        const QList<ReminderItem> items = ReminderQuery(m_db, m_language)
                                              .mostUrgentItems(today, windowDays,
                                                               ReminderQuery::ListedItems,
                                                               nullptr, &failure);
        const QString announcedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        for (const ReminderItem &item : items) {
            if (!failure.isEmpty())
                break;
            bool recorded = false;
            if (record(item, announcedAt, &recorded, &failure) && recorded)
                announced << item;
        }
        if (failure.isEmpty() && !transaction.commit())
            failure = transaction.error().text();
    }

    if (!failure.isEmpty()) {
        if (error) {
            *error = tr("The reminders could not be announced: %1. They are announced on the "
                        "next refresh.")
                         .arg(failure);
        }
        qCWarning(lcService) << "Announcing reminders to" << m_recipient << "failed:" << failure;
        return {};
    }

    if (!announced.isEmpty()) {
        qCInfo(lcService) << "Announced" << announced.size() << "reminder items to"
                          << m_recipient << "on" << today.toString(Qt::ISODate);
    }
    return announced;
}

bool ReminderAnnouncer::record(const ReminderItem &item, const QString &announcedAt,
                               bool *recorded, QString *error)
{
    SqlStatement statement(m_db, QStringLiteral(
        "INSERT INTO reminder_announcements (recipient, item_kind, item_id, due_date, step, "
        "announced_at) VALUES (:recipient, :item_kind, :item_id, :due_date, :step, "
        ":announced_at) "
        "ON CONFLICT (recipient, item_kind, item_id, due_date, step) DO NOTHING"));
    QSqlQuery &insert = *statement;
    bool ok = statement.isPrepared();
    if (ok) {
        insert.bindValue(QStringLiteral(":recipient"), m_recipient);
        insert.bindValue(QStringLiteral(":item_kind"), OpenItem::kindName(item.item.kind));
        insert.bindValue(QStringLiteral(":item_id"), item.item.id);
        insert.bindValue(QStringLiteral(":due_date"), item.item.dueDate.toString(Qt::ISODate));
        insert.bindValue(QStringLiteral(":step"), ReminderItem::stepName(item.step));
        insert.bindValue(QStringLiteral(":announced_at"), announcedAt);
        ok = insert.exec();
    }
    if (!ok) {
        *error = insert.lastError().text();
        return false;
    }
    // DO NOTHING leaves the row count at 0 when the item was announced
    // before in this step.
    *recorded = insert.numRowsAffected() == 1;
    return true;
}
