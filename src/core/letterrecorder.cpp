#include "letterrecorder.h"

#include "auditlog.h"
#include "dateformat.h"
#include "logging.h"
#include "transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

bool LetterRecorder::record(const QList<ReminderLetter> &letters, QList<qint64> *letterIds,
                            QString *error) const
{
    if (letterIds)
        letterIds->clear();
    if (letters.isEmpty()) {
        *error = tr("No reminder letter to record. Choose at least one customer.");
        return false;
    }
    for (const ReminderLetter &letter : letters) {
        if (!check(letter, error))
            return false;
    }

    Transaction transaction(m_db);
    if (!transaction.begin()) {
        *error = tr("Could not start recording the reminder letters: %1")
                     .arg(transaction.error().text());
        qCWarning(lcService) << "Recording reminder letters failed:" << *error;
        return false;
    }

    const QString createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QList<qint64> ids;
    for (const ReminderLetter &letter : letters) {
        qint64 letterId = 0;
        if (!insertLetter(letter, createdAt, &letterId, error)
            || !insertItems(letter, letterId, error) || !audit(letter, letterId, error)) {
            qCWarning(lcService) << "Recording the reminder letter for customer"
                                 << letter.customer.id << "failed:" << *error;
            return false;
        }
        ids << letterId;
    }

    if (!transaction.commit()) {
        *error = tr("Could not record the reminder letters: %1").arg(transaction.error().text());
        qCWarning(lcService) << "Recording reminder letters failed:" << *error;
        return false;
    }
    qCInfo(lcService) << "Recorded reminder letters" << ids << "by" << m_actor;
    if (letterIds)
        *letterIds = ids;
    return true;
}

bool LetterRecorder::check(const ReminderLetter &letter, QString *error) const
{
    if (letter.customer.id <= 0) {
        *error = tr("A reminder letter names no customer, so it cannot be recorded. Read the "
                    "letters again.");
        return false;
    }
    if (!letter.date.isValid()) {
        *error = tr("The reminder letter to customer %1 has no date. Choose the day the letters "
                    "are dated.")
                     .arg(letter.customer.code);
        return false;
    }
    // A letter is recorded when it is sent, so its date cannot lie ahead.
    if (letter.date > QDate::currentDate()) {
        *error = tr("The reminder letters are dated %1, after today. Only letters dated today "
                    "or earlier can be recorded as sent; choose today's date.")
                     .arg(formatDate(letter.date));
        return false;
    }
    if (letter.items.isEmpty()) {
        *error = tr("The reminder letter to customer %1 lists no overdue item, so it cannot be "
                    "recorded. Leave the customer out.")
                     .arg(letter.customer.code);
        return false;
    }
    return true;
}

bool LetterRecorder::insertLetter(const ReminderLetter &letter, const QString &createdAt,
                                  qint64 *letterId, QString *error) const
{
    QSqlQuery query(m_db);
    bool ok = query.prepare(QStringLiteral(
        "INSERT INTO reminder_letters (customer_id, letter_date, created_by, created_at) "
        "VALUES (:customer_id, :letter_date, :created_by, :created_at)"));
    if (ok) {
        query.bindValue(QStringLiteral(":customer_id"), letter.customer.id);
        query.bindValue(QStringLiteral(":letter_date"), letter.date.toString(Qt::ISODate));
        query.bindValue(QStringLiteral(":created_by"), m_actor);
        query.bindValue(QStringLiteral(":created_at"), createdAt);
        ok = query.exec();
    }
    if (!ok) {
        *error = tr("Could not record the reminder letter to customer %1: %2")
                     .arg(letter.customer.code, query.lastError().text());
        return false;
    }
    *letterId = query.lastInsertId().toLongLong();
    return true;
}

bool LetterRecorder::insertItems(const ReminderLetter &letter, qint64 letterId,
                                 QString *error) const
{
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral(
            "INSERT INTO reminder_letter_items (letter_id, item_kind, item_id, due_date, "
            "outstanding_minor, currency) VALUES (:letter_id, :item_kind, :item_id, :due_date, "
            ":outstanding_minor, :currency)"))) {
        *error = tr("Could not record the items of the reminder letter to customer %1: %2")
                     .arg(letter.customer.code, query.lastError().text());
        return false;
    }
    for (const OpenItem &item : letter.items) {
        query.bindValue(QStringLiteral(":letter_id"), letterId);
        query.bindValue(QStringLiteral(":item_kind"), OpenItem::kindName(item.kind));
        query.bindValue(QStringLiteral(":item_id"), item.id);
        query.bindValue(QStringLiteral(":due_date"), item.dueDate.toString(Qt::ISODate));
        query.bindValue(QStringLiteral(":outstanding_minor"), item.open.minorUnits());
        query.bindValue(QStringLiteral(":currency"), item.open.currency());
        if (!query.exec()) {
            *error = tr("Could not record the items of the reminder letter to customer %1: %2")
                         .arg(letter.customer.code, query.lastError().text());
            return false;
        }
    }
    return true;
}

bool LetterRecorder::audit(const ReminderLetter &letter, qint64 letterId, QString *error) const
{
    QVariantList totals;
    for (const Money &total : letter.totals)
        totals << QStringLiteral("%1 %2").arg(total.toPlainString(), total.currency());
    const QVariantMap details = {
        {QStringLiteral("customer_id"), letter.customer.id},
        {QStringLiteral("letter_date"), letter.date.toString(Qt::ISODate)},
        {QStringLiteral("item_count"), letter.items.size()},
        {QStringLiteral("totals"), totals},
    };
    QString auditError;
    if (!AuditLog(m_db).append(m_actor, QStringLiteral("reminder_letter.record"),
                               QStringLiteral("reminder_letter"), letterId, details, QString(),
                               &auditError)) {
        *error = tr("Could not write the audit record of the reminder letter to customer %1: %2")
                     .arg(letter.customer.code, auditError);
        return false;
    }
    return true;
}
