#include "writelock.h"

#include "logging.h"
#include "sqlstatement.h"

#include <QSqlQuery>

namespace {

bool isPostgresql(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

} // namespace

bool WriteLock::lockCustomer(const QSqlDatabase &db, qint64 customerId, QSqlError *error)
{
    return lock(db, Subject::Customer, customerId, error);
}

bool WriteLock::lockMigration(const QSqlDatabase &db, QSqlError *error)
{
    if (!isPostgresql(db))
        return true;

    // A migration of a large database may take longer than the lock_timeout
    // that ordinary writers wait; SET LOCAL ends with the transaction.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SET LOCAL lock_timeout = 0"))) {
        *error = query.lastError();
        qCWarning(lcDatabase) << "Could not lift the lock timeout:" << error->text();
        return false;
    }
    return lock(db, Subject::Migration, 0, error);
}

bool WriteLock::lock(const QSqlDatabase &db, Subject subject, qint64 id, QSqlError *error)
{
    if (!isPostgresql(db))
        return true;

    // The two-key form takes 32-bit keys. Ids beyond that range share a
    // lock with a smaller id, which only makes those writers wait longer.
    const int key = int(id & 0x7fffffff);

    // Inside a service's ConnectionStatements::Use scope the statement is
    // prepared once per connection, which saves QPSQL's PREPARE and
    // DEALLOCATE round trips on every write.
    SqlStatement query(db, QStringLiteral("SELECT pg_advisory_xact_lock(:subject, :key)"));
    if (!query.isPrepared()) {
        *error = query->lastError();
        return false;
    }
    query->bindValue(QStringLiteral(":subject"), int(subject));
    query->bindValue(QStringLiteral(":key"), key);
    if (!query->exec()) {
        *error = query->lastError();
        qCWarning(lcDatabase) << "Could not take the write lock" << int(subject) << id << ":"
                              << error->text();
        return false;
    }
    return true;
}
