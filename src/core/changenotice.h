#pragma once

#include <QSqlDatabase>
#include <QString>

// Tells the other programs on a shared PostgreSQL database that a
// customer's charges, payments or balance changed, so that their open
// windows show the change (see DatabaseChangeWatcher).
//
// send() runs NOTIFY inside the caller's write transaction. PostgreSQL
// delivers the notification to every listening session only when that
// transaction commits, and drops it when the transaction or the savepoint
// around it rolls back. Equal notifications of one transaction are
// delivered once, so a CSV import sends one per customer it touched.
//
// On SQLite send() does nothing: SQLite cannot signal another process, so
// the watchers there poll the database file instead.
//
// NOTE: charges (add, void, approve, reject) and payments (record,
// reverse) send notices. Installment plans, contacts and imported bills do
// not, so other windows show those on their next refresh.
class ChangeNotice
{
public:
    // The LISTEN/NOTIFY channel. The payload is the customer id in decimal.
    static QString channel();

    // Queues the notification about customerId in db's active transaction.
    // Returns false and sets *error when the statement failed; the
    // transaction is then aborted on PostgreSQL and must roll back.
    static bool send(const QSqlDatabase &db, qint64 customerId, QString *error);
};
