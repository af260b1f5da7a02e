#include "reminderquery.h"

#include "databaserecovery.h"
#include "logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

QDate isoDate(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

QList<ReminderItem> ReminderQuery::dueItems(const QDate &today, int windowDays,
                                            QString *error) const
{
    QList<ReminderItem> items;
    if (windowDays < 0 || windowDays > MaxWindowDays) {
        if (error) {
            *error = tr("The reminder window of %1 days is out of range. Enter 0 to %2 days.")
                         .arg(windowDays)
                         .arg(MaxWindowDays);
        }
        return items;
    }

    // Due dates are ISO text, so the comparison on text is one on dates and
    // the indexes charges_open_due and installments_due apply.
    const QString lastDue = today.addDays(windowDays).toString(Qt::ISODate);
    QList<Row> rows;
    if (!read(dueItemsStatement(),
              {{QStringLiteral(":last_due_charge"), lastDue},
               {QStringLiteral(":last_due_installment"), lastDue}},
              &rows, error)) {
        return items;
    }

    return visibleItems(rows, today);
}

QList<ReminderItem> ReminderQuery::mostUrgentItems(const QDate &today, int windowDays, int limit,
                                                   bool *more, QString *error) const
{
    if (more)
        *more = false;
    if (windowDays < 0 || windowDays > MaxWindowDays || limit <= 0)
        return dueItems(today, windowDays, error);

    // Every item due by the date of the reachth item is read and sorted.
    // Snoozed and contacted items drop out after the read, so the reach
    // grows until limit items remain or every due item has been read.
    const QString lastDue = today.addDays(windowDays).toString(Qt::ISODate);
    for (int reach = limit * 2;; reach *= 4) {
        const QString cutoff = dueDateReaching(lastDue, reach, error);
        if (cutoff.isEmpty())
            return {};

        QList<Row> rows;
        if (!read(dueItemsStatement(),
                  {{QStringLiteral(":last_due_charge"), cutoff},
                   {QStringLiteral(":last_due_installment"), cutoff}},
                  &rows, error)) {
            return {};
        }
        QList<ReminderItem> items = visibleItems(rows, today);
        if (items.size() > limit) {
            items.resize(limit);
            if (more)
                *more = true;
            return items;
        }
        if (cutoff == lastDue || items.size() == limit) {
            if (more && cutoff != lastDue)
                *more = true;
            return items;
        }
    }
}

QList<ReminderItem> ReminderQuery::visibleItems(const QList<Row> &rows, const QDate &today)
{
    QList<ReminderItem> items;
    for (const Row &row : rows) {
        if (hiddenBySnooze(row.snoozedUntil, today)
            || hiddenByContact(row.item.dueDate, row.lastContactedOn, today)) {
            continue;
        }
        items << ReminderItem::on(row.item, today);
    }
    return items;
}

QString ReminderQuery::dueDateReaching(const QString &lastDue, int reach, QString *error) const
{
    // Both walk a due-date index and stop at the reachth entry.
    const QStringList statements = {
        QStringLiteral("SELECT due_date FROM charges WHERE status = 'posted' "
                       "AND paid_minor < amount_minor AND due_date <= :last_due "
                       "ORDER BY due_date LIMIT 1 OFFSET :reach"),
        QStringLiteral("SELECT due_date FROM installments WHERE paid_minor < amount_minor "
                       "AND due_date <= :last_due ORDER BY due_date LIMIT 1 OFFSET :reach"),
    };
    QString cutoff = lastDue;
    for (const QString &text : statements) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        bool ok = query.prepare(text);
        if (ok) {
            query.bindValue(QStringLiteral(":last_due"), lastDue);
            query.bindValue(QStringLiteral(":reach"), reach - 1);
            ok = query.exec();
        }
        if (!ok) {
            failed(query.lastError(), error);
            return {};
        }
        if (query.next())
            cutoff = qMin(cutoff, query.value(QStringLiteral("due_date")).toString());
    }
    return cutoff;
}

QList<ReminderItem> ReminderQuery::openItemsOfCustomer(qint64 customerId, const QDate &today,
                                                       QString *error) const
{
    QList<ReminderItem> items;
    QList<Row> rows;
    const QString text = statement(QStringLiteral("charges.customer_id = :customer_charge"),
                                   QStringLiteral("charges.customer_id = :customer_installment"));
    if (!read(text,
              {{QStringLiteral(":customer_charge"), customerId},
               {QStringLiteral(":customer_installment"), customerId}},
              &rows, error)) {
        return items;
    }
    for (const Row &row : std::as_const(rows))
        items << ReminderItem::on(row.item, today);
    return items;
}

bool ReminderQuery::hiddenByContact(const QDate &dueDate, const QDate &contactedOn,
                                    const QDate &today)
{
    if (contactedOn.isNull())
        return false;

    // A contact counts for the step it was made in; the next step shows
    // the item again.
    const ReminderStep stepNow = ReminderItem::stepOn(dueDate, today);
    if (ReminderItem::stepOn(dueDate, contactedOn) != stepNow)
        return false;

    // Overdue is the last step, so an overdue item comes back a fixed
    // number of days after its latest contact.
    if (stepNow == ReminderStep::Overdue)
        return today < contactedOn.addDays(ContactRecheckDays);
    return true;
}

bool ReminderQuery::hiddenBySnooze(const QDate &snoozedUntil, const QDate &today)
{
    return !snoozedUntil.isNull() && snoozedUntil > today;
}

QString ReminderQuery::dueItemsStatement() const
{
    return statement(QStringLiteral("charges.due_date <= :last_due_charge"),
                     QStringLiteral("installments.due_date <= :last_due_installment"));
}

// The label column comes from labelColumn(), a fixed set of three names,
// and the conditions from the callers above, never from input, so they may
// be part of the statement text. Values are bound.
QString ReminderQuery::statement(const QString &chargeCondition,
                                 const QString &installmentCondition) const
{
    return QStringLiteral(
        "SELECT 'charge' AS item_kind, charges.id AS item_id, charges.id AS charge_id, "
        "0 AS installment_seq, 0 AS installment_count, "
        "charges.customer_id AS customer_id, customers.code AS customer_code, "
        "customers.company_name AS customer_name, charges.bill_id AS bill_id, "
        "bills.bill_no AS bill_no, bills.issue_date AS bill_issue_date, "
        "charges.due_date AS due_date, charges.amount_minor AS amount_minor, "
        "charges.paid_minor AS paid_minor, charges.currency AS currency, "
        "charges.fee_type_code AS fee_type_code, fee_types.%1 AS fee_type_label, "
        "(SELECT MAX(customer_contacts.contacted_on) FROM customer_contacts "
        " WHERE customer_contacts.charge_id = charges.id "
        " AND customer_contacts.installment_id IS NULL) AS last_contacted_on, "
        "(SELECT reminder_snoozes.snoozed_until FROM reminder_snoozes "
        " WHERE reminder_snoozes.item_kind = 'charge' "
        " AND reminder_snoozes.item_id = charges.id "
        " ORDER BY reminder_snoozes.id DESC LIMIT 1) AS snoozed_until "
        "FROM charges "
        "JOIN customers ON customers.id = charges.customer_id "
        "JOIN fee_types ON fee_types.code = charges.fee_type_code "
        "LEFT JOIN bills ON bills.id = charges.bill_id "
        "WHERE charges.status = 'posted' AND charges.paid_minor < charges.amount_minor "
        "AND NOT EXISTS (SELECT 1 FROM installment_plans "
        " WHERE installment_plans.charge_id = charges.id "
        " AND installment_plans.status = 'active') "
        "AND %2 "
        "UNION ALL "
        "SELECT 'installment', installments.id, installments.charge_id, installments.seq, "
        "(SELECT COUNT(*) FROM installments AS plan_installments "
        " WHERE plan_installments.plan_id = installments.plan_id), "
        "charges.customer_id, customers.code, customers.company_name, charges.bill_id, "
        "bills.bill_no, bills.issue_date, installments.due_date, installments.amount_minor, "
        "installments.paid_minor, installments.currency, charges.fee_type_code, "
        "fee_types.%1, "
        "(SELECT MAX(customer_contacts.contacted_on) FROM customer_contacts "
        " WHERE customer_contacts.charge_id = installments.charge_id "
        " AND customer_contacts.installment_id = installments.id), "
        "(SELECT reminder_snoozes.snoozed_until FROM reminder_snoozes "
        " WHERE reminder_snoozes.item_kind = 'installment' "
        " AND reminder_snoozes.item_id = installments.id "
        " ORDER BY reminder_snoozes.id DESC LIMIT 1) "
        "FROM installments "
        "JOIN installment_plans ON installment_plans.id = installments.plan_id "
        "JOIN charges ON charges.id = installments.charge_id "
        "JOIN customers ON customers.id = charges.customer_id "
        "JOIN fee_types ON fee_types.code = charges.fee_type_code "
        "LEFT JOIN bills ON bills.id = charges.bill_id "
        "WHERE installment_plans.status = 'active' AND charges.status = 'posted' "
        "AND installments.paid_minor < installments.amount_minor "
        "AND %3 "
        "ORDER BY due_date, customer_code, charge_id, installment_seq")
        .arg(labelColumn(m_language), chargeCondition, installmentCondition);
}

bool ReminderQuery::read(const QString &statement,
                         const QList<QPair<QString, QVariant>> &values, QList<Row> *rows,
                         QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    bool ok = query.prepare(statement);
    if (ok) {
        for (const auto &[name, value] : values)
            query.bindValue(name, value);
        ok = query.exec();
    }
    if (!ok) {
        failed(query.lastError(), error);
        return false;
    }

    while (query.next()) {
        Row row;
        OpenItem &item = row.item;
        const bool installment =
            query.value(QStringLiteral("item_kind")).toString() == QLatin1String("installment");
        item.kind = installment ? OpenItem::Kind::Installment : OpenItem::Kind::Charge;
        item.id = query.value(QStringLiteral("item_id")).toLongLong();
        item.customerId = query.value(QStringLiteral("customer_id")).toLongLong();
        item.customerCode = query.value(QStringLiteral("customer_code")).toString();
        item.customerName = query.value(QStringLiteral("customer_name")).toString();
        item.dueDate = isoDate(query.value(QStringLiteral("due_date")));

        const QString currency = query.value(QStringLiteral("currency")).toString();
        const qint64 amount = query.value(QStringLiteral("amount_minor")).toLongLong();
        const qint64 paid = query.value(QStringLiteral("paid_minor")).toLongLong();
        item.amount = Money(amount, currency);
        item.open = Money(amount - paid, currency);

        item.billId = query.value(QStringLiteral("bill_id")).toLongLong();
        item.billNo = query.value(QStringLiteral("bill_no")).toString();
        item.billIssueDate = isoDate(query.value(QStringLiteral("bill_issue_date")));
        item.chargeId = query.value(QStringLiteral("charge_id")).toLongLong();
        item.feeTypeCode = query.value(QStringLiteral("fee_type_code")).toString();
        item.feeTypeLabel = query.value(QStringLiteral("fee_type_label")).toString();
        item.installmentSeq = query.value(QStringLiteral("installment_seq")).toInt();
        item.installmentCount = query.value(QStringLiteral("installment_count")).toInt();

        row.lastContactedOn = isoDate(query.value(QStringLiteral("last_contacted_on")));
        row.snoozedUntil = isoDate(query.value(QStringLiteral("snoozed_until")));
        *rows << row;
    }
    if (query.lastError().isValid()) {
        failed(query.lastError(), error);
        return false;
    }
    return true;
}

void ReminderQuery::failed(const QSqlError &failure, QString *error) const
{
    qCWarning(lcDatabase) << "Reminder query failed:" << failure.text();

    // A lost server connection leaves no error text, so the fault's
    // explanation names the server and what to do.
    const QString message = DatabaseRecovery::caught(m_db, failure).message(
        tr("The reminders could not be read from the database."),
        tr("The reminders could not be read from the database: %1").arg(failure.text()));
    if (error)
        *error = message;
}
