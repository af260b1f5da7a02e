#include "reminderletterquery.h"

#include "logging.h"
#include "openitemquery.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

bool itemBefore(const OpenItem &a, const OpenItem &b)
{
    if (a.dueDate != b.dueDate)
        return a.dueDate < b.dueDate;
    if (a.kind != b.kind)
        return int(a.kind) < int(b.kind);
    return a.id < b.id;
}

} // namespace

ReportQueryStatus ReminderLetterQuery::run(const QDate &asOf, const QList<qint64> &customerIds,
                                           QList<ReminderLetter> *letters, QString *error,
                                           const ReportProgress &progress) const
{
    letters->clear();
    if (!asOf.isValid()) {
        *error = tr("Reminder letters need a date. Choose the day the letters are dated.");
        return ReportQueryStatus::Failed;
    }

    qCInfo(lcReport) << "Reminder letters started as of" << asOf << "for customers"
                     << customerIds << "(empty for all)";
    QList<OpenItem> items;
    const ReportQueryStatus status
        = OpenItemQuery(m_db, m_language).run(customerIds, &items, error);
    if (status != ReportQueryStatus::Completed)
        return status;

    // The open items come grouped by customer; a letter starts at each
    // customer with an overdue item.
    QList<ReminderLetter> read;
    for (const OpenItem &item : std::as_const(items)) {
        if (item.daysPastDue(asOf) <= 0)
            continue;
        if (read.isEmpty() || read.constLast().customer.id != item.customerId) {
            ReminderLetter letter;
            letter.customer.id = item.customerId;
            letter.date = asOf;
            read.append(letter);
        }
        read.last().items.append(item);
    }

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral(
            "SELECT %1, (SELECT MAX(letter_date) FROM reminder_letters "
            "WHERE reminder_letters.customer_id = customers.id) AS previous_letter_date "
            "FROM customers WHERE customers.id = :id")
                           .arg(ReportCustomer::selectColumns()))) {
        *error = tr("The reminder letters could not be read from the database: %1")
                     .arg(query.lastError().text());
        qCWarning(lcReport) << "Reminder letters failed:" << *error;
        return ReportQueryStatus::Failed;
    }
    for (qsizetype i = 0; i < read.size(); ++i) {
        if (!continueReport(progress, i, read.size()))
            return ReportQueryStatus::Canceled;
        ReminderLetter &letter = read[i];
        std::stable_sort(letter.items.begin(), letter.items.end(), itemBefore);
        if (!readCustomer(query, letter.customer.id, &letter, error)
            || !addUp(&letter, error)) {
            qCWarning(lcReport) << "Reminder letter for customer" << letter.customer.id
                                << "failed:" << *error;
            return ReportQueryStatus::Failed;
        }
    }
    continueReport(progress, read.size(), read.size());

    *letters = read;
    qCInfo(lcReport) << "Reminder letters finished with" << letters->size() << "letters";
    return ReportQueryStatus::Completed;
}

bool ReminderLetterQuery::readCustomer(QSqlQuery &query, qint64 customerId,
                                       ReminderLetter *letter, QString *error) const
{
    query.bindValue(QStringLiteral(":id"), customerId);
    if (!query.exec()) {
        *error = tr("The reminder letters could not be read from the database: %1")
                     .arg(query.lastError().text());
        return false;
    }
    if (!query.next()) {
        *error = tr("Customer ID %1 not found. Choose a customer from the list.")
                     .arg(customerId);
        return false;
    }
    letter->customer = ReportCustomer::fromQuery(query);
    letter->previousLetterDate = QDate::fromString(
        query.value(QStringLiteral("previous_letter_date")).toString(), Qt::ISODate);
    query.finish();
    return true;
}

bool ReminderLetterQuery::addUp(ReminderLetter *letter, QString *error) const
{
    QMap<QString, Money> totals;
    for (const OpenItem &item : std::as_const(letter->items)) {
        const QString currency = item.open.currency();
        const std::optional<Money> sum = totals.value(currency, Money(0, currency))
                                             .plus(item.open);
        if (!sum) {
            *error = tr("The overdue amounts of customer %1 in %2 are too large to add up.")
                         .arg(letter->customer.code, currency);
            return false;
        }
        totals.insert(currency, *sum);
    }
    letter->totals = totals.values();
    return true;
}
