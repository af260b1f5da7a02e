#include "contactlog.h"

#include "auditedinsert.h"
#include "chargevalidator.h"
#include "logging.h"
#include "reminderitemlookup.h"
#include "sqlstatement.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>

ContactLog::ContactLog(QSqlDatabase db, QString actor, CalendarClock clock)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
    , m_clock(clock)
{}

ContactLog::Result ContactLog::markContacted(OpenItem::Kind kind, qint64 itemId,
                                             const QDate &contactedOn, const QString &note)
{
    const QString trimmedNote = note.trimmed();
    Transaction transaction(m_db);
    Result result = begin(transaction, contactedOn, trimmedNote);
    if (!result.errorMessage.isEmpty())
        return result;

    // The lookup runs under the write lock, so the charge cannot be voided
    // between the check and the insert.
    QString error;
    bool databaseFailure = false;
    const auto target = ReminderItemLookup(m_db).find(kind, itemId, &error, &databaseFailure);
    if (!target) {
        result.databaseFailure = databaseFailure;
        result.errorMessage = databaseFailure
            ? tr("The contact was not saved: %1. Nothing was written; try again.").arg(error)
            : error;
        return result;
    }

    const qint64 installmentId = kind == OpenItem::Kind::Installment ? target->itemId : 0;
    return finish(transaction, target->customerId, target->chargeId, installmentId,
                  contactedOn, trimmedNote);
}

ContactLog::Result ContactLog::addContact(qint64 customerId, const QDate &contactedOn,
                                          const QString &note)
{
    const QString trimmedNote = note.trimmed();
    Transaction transaction(m_db);
    Result result = begin(transaction, contactedOn, trimmedNote);
    if (!result.errorMessage.isEmpty())
        return result;

    SqlStatement query(m_db, QStringLiteral("SELECT 1 FROM customers WHERE id = :id"));
    bool ok = query.isPrepared();
    if (ok) {
        query->bindValue(QStringLiteral(":id"), customerId);
        ok = query->exec();
    }
    if (!ok) {
        result.databaseFailure = true;
        result.errorMessage = tr("The contact was not saved: %1. Nothing was written; try "
                                 "again.")
                                  .arg(query->lastError().text());
        qCWarning(lcService) << "Looking up customer" << customerId
                             << "failed:" << query->lastError().text();
        return result;
    }
    if (!query->next()) {
        result.errorMessage = tr("Customer %1 does not exist. Open the customer again from "
                                 "the customer list.")
                                  .arg(customerId);
        return result;
    }

    return finish(transaction, customerId, 0, 0, contactedOn, trimmedNote);
}

QList<ContactRecord> ContactLog::contactsOfCustomer(qint64 customerId, QString *error) const
{
    QList<ContactRecord> contacts;
    SqlStatement query(m_db, QStringLiteral(
        "SELECT customer_contacts.id AS id, customer_contacts.customer_id AS customer_id, "
        "customer_contacts.charge_id AS charge_id, "
        "customer_contacts.installment_id AS installment_id, "
        "installments.seq AS installment_seq, contacted_on, note, created_by, "
        "customer_contacts.created_at AS created_at "
        "FROM customer_contacts "
        "LEFT JOIN installments ON installments.id = customer_contacts.installment_id "
        "WHERE customer_contacts.customer_id = :customer_id "
        "ORDER BY contacted_on DESC, customer_contacts.id DESC"));
    bool ok = query.isPrepared();
    if (ok) {
        query->bindValue(QStringLiteral(":customer_id"), customerId);
        ok = query->exec();
    }
    if (!ok) {
        if (error)
            *error = query->lastError().text();
        qCWarning(lcDatabase) << "Reading the contacts of customer" << customerId
                              << "failed:" << query->lastError().text();
        return contacts;
    }

    while (query->next()) {
        ContactRecord contact;
        contact.id = query->value(QStringLiteral("id")).toLongLong();
        contact.customerId = query->value(QStringLiteral("customer_id")).toLongLong();
        contact.chargeId = query->value(QStringLiteral("charge_id")).toLongLong();
        contact.installmentId = query->value(QStringLiteral("installment_id")).toLongLong();
        contact.installmentSeq = query->value(QStringLiteral("installment_seq")).toInt();
        contact.contactedOn = QDate::fromString(
            query->value(QStringLiteral("contacted_on")).toString(), Qt::ISODate);
        contact.note = query->value(QStringLiteral("note")).toString();
        contact.createdBy = query->value(QStringLiteral("created_by")).toString();
        contact.createdAt = QDateTime::fromString(
            query->value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
        contacts << contact;
    }
    return contacts;
}

QString ContactLog::validate(const QDate &contactedOn, const QString &note) const
{
    if (!contactedOn.isValid())
        return tr("The contact date is missing. Enter the day of the contact.");

    const QDate today = m_clock.today();
    if (contactedOn > today) {
        return tr("The contact date %1 is after today, %2. Enter the day the contact took "
                  "place.")
            .arg(contactedOn.toString(Qt::ISODate), today.toString(Qt::ISODate));
    }

    if (note.isEmpty())
        return tr("The note is empty. Write what was agreed or said, for example “Will pay "
                  "on Friday”.");
    const int length = ChargeValidator::characterCount(note);
    if (length > MaxNoteLength) {
        return tr("The note has %1 characters; at most %2 are allowed. Shorten the note.")
            .arg(length)
            .arg(MaxNoteLength);
    }
    return {};
}

ContactLog::Result ContactLog::begin(Transaction &transaction, const QDate &contactedOn,
                                     const QString &note)
{
    Result result;
    result.errorMessage = validate(contactedOn, note);
    if (!result.errorMessage.isEmpty())
        return result;

    if (!transaction.begin()) {
        result.databaseFailure = true;
        result.errorMessage = tr("The contact was not saved: the database could not start a "
                                 "transaction (%1). Nothing was written; try again.")
                                  .arg(transaction.error().text());
    }
    return result;
}

ContactLog::Result ContactLog::finish(Transaction &transaction, qint64 customerId,
                                      qint64 chargeId, qint64 installmentId,
                                      const QDate &contactedOn, const QString &note)
{
    Result result;
    QString error;
    qint64 contactId = 0;
    if (!write(customerId, chargeId, installmentId, contactedOn, note, &contactId, &error)
        || !transaction.commit()) {
        if (error.isEmpty())
            error = transaction.error().text();
        transaction.rollback();
        result.databaseFailure = true;
        result.errorMessage = tr("The contact was not saved: %1. Nothing was written; try "
                                 "again.")
                                  .arg(error);
        qCWarning(lcService) << "Contact for customer" << customerId << "charge" << chargeId
                             << "installment" << installmentId << "failed:" << error;
        return result;
    }

    result.ok = true;
    result.contactId = contactId;
    qCInfo(lcService) << "Recorded contact" << contactId << "customer" << customerId
                      << "charge" << chargeId << "installment" << installmentId << "on"
                      << contactedOn.toString(Qt::ISODate) << "by" << m_actor;
    return result;
}

bool ContactLog::write(qint64 customerId, qint64 chargeId, qint64 installmentId,
                       const QDate &contactedOn, const QString &note, qint64 *contactId,
                       QString *error)
{
    const QVariantMap values = {
        {QStringLiteral(":customer_id"), customerId},
        {QStringLiteral(":charge_id"), idOrNull(chargeId)},
        {QStringLiteral(":installment_id"), idOrNull(installmentId)},
        {QStringLiteral(":contacted_on"), contactedOn.toString(Qt::ISODate)},
        {QStringLiteral(":note"), note},
    };
    const QVariantMap details = {
        {QStringLiteral("customer_id"), customerId},
        {QStringLiteral("charge_id"), idForJson(chargeId)},
        {QStringLiteral("installment_id"), idForJson(installmentId)},
        {QStringLiteral("contacted_on"), contactedOn.toString(Qt::ISODate)},
    };
    return AuditedInsert(m_db, m_actor)
        .exec(QStringLiteral(
                  "INSERT INTO customer_contacts (customer_id, charge_id, installment_id, "
                  "contacted_on, note, created_by, created_at) VALUES (:customer_id, "
                  ":charge_id, :installment_id, :contacted_on, :note, :created_by, "
                  ":created_at)"),
              values, QStringLiteral("contact.add"), QStringLiteral("customer_contact"),
              details, note, contactId, error);
}
