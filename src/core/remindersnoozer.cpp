#include "remindersnoozer.h"

#include "auditedinsert.h"
#include "chargevalidator.h"
#include "logging.h"
#include "reminderitemlookup.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QSqlError>

ReminderSnoozer::ReminderSnoozer(QSqlDatabase db, QString actor, CalendarClock clock)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
    , m_clock(clock)
{}

ReminderSnoozer::Result ReminderSnoozer::snooze(OpenItem::Kind kind, qint64 itemId,
                                                const QDate &until, const QString &note)
{
    Result result;
    const QString trimmedNote = note.trimmed();
    result.errorMessage = validate(until, trimmedNote);
    if (!result.errorMessage.isEmpty())
        return result;

    Transaction transaction(m_db);
    if (!transaction.begin()) {
        result.databaseFailure = true;
        result.errorMessage = tr("The snooze was not saved: the database could not start a "
                                 "transaction (%1). Nothing was written; try again.")
                                  .arg(transaction.error().text());
        return result;
    }

    QString error;
    bool databaseFailure = false;
    const auto target = ReminderItemLookup(m_db).find(kind, itemId, &error, &databaseFailure);
    if (!target) {
        result.databaseFailure = databaseFailure;
        result.errorMessage = databaseFailure
            ? tr("The snooze was not saved: %1. Nothing was written; try again.").arg(error)
            : error;
        return result;
    }

    qint64 snoozeId = 0;
    if (!write(kind, itemId, target->customerId, until, trimmedNote, &snoozeId, &error)
        || !transaction.commit()) {
        if (error.isEmpty())
            error = transaction.error().text();
        transaction.rollback();
        result.databaseFailure = true;
        result.errorMessage = tr("The snooze was not saved: %1. Nothing was written; try "
                                 "again.")
                                  .arg(error);
        qCWarning(lcService) << "Snooze of" << OpenItem::kindName(kind) << itemId
                             << "failed:" << error;
        return result;
    }

    result.ok = true;
    result.snoozeId = snoozeId;
    qCInfo(lcService) << "Snoozed" << OpenItem::kindName(kind) << itemId << "until"
                      << until.toString(Qt::ISODate) << "snooze" << snoozeId << "by"
                      << m_actor;
    return result;
}

QString ReminderSnoozer::validate(const QDate &until, const QString &note) const
{
    if (!until.isValid())
        return tr("The snooze date is missing. Enter the day the reminder should show again.");

    const QDate today = m_clock.today();
    if (until < earliestUntil(today)) {
        return tr("The snooze date %1 is not after today, %2. Enter a later day.")
            .arg(until.toString(Qt::ISODate), today.toString(Qt::ISODate));
    }
    if (until > latestUntil(today)) {
        return tr("The snooze date %1 is more than a year away. Enter %2 or an earlier day.")
            .arg(until.toString(Qt::ISODate), latestUntil(today).toString(Qt::ISODate));
    }

    const int length = ChargeValidator::characterCount(note);
    if (length > MaxNoteLength) {
        return tr("The note has %1 characters; at most %2 are allowed. Shorten the note.")
            .arg(length)
            .arg(MaxNoteLength);
    }
    return {};
}

bool ReminderSnoozer::write(OpenItem::Kind kind, qint64 itemId, qint64 customerId,
                            const QDate &until, const QString &note, qint64 *snoozeId,
                            QString *error)
{
    const QVariantMap values = {
        {QStringLiteral(":item_kind"), OpenItem::kindName(kind)},
        {QStringLiteral(":item_id"), itemId},
        {QStringLiteral(":snoozed_until"), until.toString(Qt::ISODate)},
        {QStringLiteral(":note"), notNull(note)},
    };
    const QVariantMap details = {
        {QStringLiteral("item_kind"), OpenItem::kindName(kind)},
        {QStringLiteral("item_id"), itemId},
        {QStringLiteral("customer_id"), customerId},
        {QStringLiteral("snoozed_until"), until.toString(Qt::ISODate)},
    };
    return AuditedInsert(m_db, m_actor)
        .exec(QStringLiteral(
                  "INSERT INTO reminder_snoozes (item_kind, item_id, snoozed_until, note, "
                  "created_by, created_at) VALUES (:item_kind, :item_id, :snoozed_until, "
                  ":note, :created_by, :created_at)"),
              values, QStringLiteral("reminder.snooze"), QStringLiteral("reminder_snooze"),
              details, note, snoozeId, error);
}
