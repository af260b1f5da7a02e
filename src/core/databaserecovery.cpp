#include "databaserecovery.h"

#include "connectionreopennotifier.h"
#include "connectionstatements.h"
#include "logging.h"
#include "postgresqlconnection.h"
#include "transaction.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QSqlQuery>

namespace {

// A reopen that failed, for prepareForRead().
struct FailedReopen
{
    QElapsedTimer since;
    QSqlError error;
};

// Names of the connections to open again before their next transaction,
// and the last failed reopen of each. Connections may be opened in any
// thread, so the tables are locked.
QMutex markMutex;
QSet<QString> markedConnections;
QHash<QString, FailedReopen> failedReopens;

bool isSqlite(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QSQLITE");
}

// Returns true when the SQLite connection db is in WAL mode.
bool usesWriteAheadLog(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next()
        && query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
}

} // namespace

DatabaseFault DatabaseRecovery::caught(QSqlDatabase db, const QSqlError &error)
{
    const DatabaseFault fault = DatabaseFault::fromError(error, db);
    if (fault.isEnvironmentFault()) {
        qCWarning(lcDatabase) << "Database fault" << DatabaseFault::kindName(fault.kind()) << "on"
                              << db.connectionName() << ":" << error.text();
    }
    if (!fault.needsReconnect())
        return fault;

    reopenBeforeNextTransaction(db, QString::fromLatin1(DatabaseFault::kindName(fault.kind())));

    // Outside a transaction the connection is opened again at once, so the
    // reads before the next write use the new one too.
    if (Transaction::depth(db.connectionName()) == 0) {
        QSqlError reopenError;
        prepareForWrite(db, &reopenError);
    }
    return fault;
}

DatabaseFault DatabaseRecovery::caught(QSqlDatabase db, const QString &errorText)
{
    const DatabaseFault fault = DatabaseFault::fromText(errorText, db);
    if (!fault.isEnvironmentFault())
        return fault;
    return caught(db, QSqlError(QString(), errorText, QSqlError::UnknownError));
}

void DatabaseRecovery::reopenBeforeNextTransaction(const QSqlDatabase &db, const QString &reason)
{
    {
        QMutexLocker locker(&markMutex);
        if (markedConnections.contains(db.connectionName()))
            return;
        markedConnections.insert(db.connectionName());
    }
    qCInfo(lcDatabase) << "Connection" << db.connectionName() << "will be opened again before"
                       << "its next transaction, after:" << reason;
}

bool DatabaseRecovery::isMarkedForReopen(const QSqlDatabase &db)
{
    QMutexLocker locker(&markMutex);
    return markedConnections.contains(db.connectionName());
}

void DatabaseRecovery::forget(const QString &connectionName)
{
    QMutexLocker locker(&markMutex);
    markedConnections.remove(connectionName);
    failedReopens.remove(connectionName);
}

bool DatabaseRecovery::wasClosedByFault(const QSqlDatabase &db)
{
    return db.isValid() && !db.isOpen() && QSqlDatabase::contains(db.connectionName());
}

bool DatabaseRecovery::prepareForRead(QSqlDatabase db, QSqlError *error, Reader reader)
{
    if (!wasClosedByFault(db) || Transaction::depth(db.connectionName()) > 0)
        return true;

    if (reader == Reader::View) {
        QMutexLocker locker(&markMutex);
        const auto failed = failedReopens.constFind(db.connectionName());
        if (failed != failedReopens.cend()
            && !failed->since.hasExpired(ReadReconnectIntervalMs)) {
            *error = failed->error;
            return false;
        }
    }
    return reopen(db, error);
}

bool DatabaseRecovery::prepareForWrite(QSqlDatabase db, QSqlError *error)
{
    bool orphaned = false;
    if (!checkpointOrphanedLog(db, &orphaned, error))
        return false;
    if (orphaned)
        reopenBeforeNextTransaction(db, QStringLiteral("write-ahead log file removed"));

    // QPSQL closes a connection that the server ended, and a failed reopen
    // leaves it closed.
    if (wasClosedByFault(db))
        reopenBeforeNextTransaction(db, QStringLiteral("connection closed"));

    if (!isMarkedForReopen(db))
        return true;

    // On SQLite the mark stays until a transaction commits: a connection
    // opened again while the cause lasts may still be unfit, e.g.
    // read-only, and is then opened again before the next attempt.
    return reopen(db, error);
}

void DatabaseRecovery::transactionCommitted(const QSqlDatabase &db)
{
    {
        QMutexLocker locker(&markMutex);
        if (!markedConnections.remove(db.connectionName()))
            return;
    }
    qCInfo(lcDatabase) << "Connection" << db.connectionName() << "writes again";
}

bool DatabaseRecovery::checkpointOrphanedLog(QSqlDatabase db, bool *orphaned, QSqlError *error)
{
    *orphaned = false;
    if (!isSqlite(db) || !db.isOpen())
        return true;

    // While a connection in WAL mode is open, SQLite keeps the -wal file
    // beside the database. A missing one was removed by another program,
    // and this connection would go on writing into a file that no other
    // connection sees and that is gone once the handle closes.
    const QString path = db.databaseName();
    if (!QFileInfo::exists(path) || QFileInfo::exists(path + QStringLiteral("-wal"))
        || !usesWriteAheadLog(db)) {
        return true;
    }
    *orphaned = true;
    qCWarning(lcDatabase) << "The write-ahead log of" << path << "was removed while connection"
                          << db.connectionName() << "had it open";

    // The checkpoint reads the log through the open handle and writes every
    // page into the database file. Its first column, busy, is 1 when it
    // could not copy them all.
    QSqlQuery checkpoint(db);
    if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))
        || !checkpoint.next()) {
        *error = checkpoint.lastError();
        qCWarning(lcDatabase) << "Could not copy the removed write-ahead log into" << path << ":"
                              << error->text() << "; writes are refused until it succeeds";
        return false;
    }
    if (checkpoint.value(0).toInt() != 0) {
        *error = QSqlError(QStringLiteral("database is locked"),
                           QStringLiteral("the write-ahead log could not be copied completely"),
                           QSqlError::TransactionError, QStringLiteral("5"));
        qCWarning(lcDatabase) << "Another connection kept the write-ahead log of" << path
                              << "from being copied; writes are refused until it succeeds";
        return false;
    }
    return true;
}

bool DatabaseRecovery::reopen(QSqlDatabase db, QSqlError *error)
{
    // Statements prepared in the session that ends are invalid in the next.
    ConnectionStatements::clear(db.connectionName());

    const bool reopened = isSqlite(db) ? reopenSqlite(db, error)
                                       : PostgresqlConnection::reopen(db, error);
    {
        QMutexLocker locker(&markMutex);
        if (reopened) {
            failedReopens.remove(db.connectionName());

            // A new PostgreSQL session is fit to write. An SQLite file may
            // still be read-only, so its mark stays until a commit.
            if (!isSqlite(db))
                markedConnections.remove(db.connectionName());
        } else {
            FailedReopen &failed = failedReopens[db.connectionName()];
            failed.since.start();
            failed.error = *error;
        }
    }
    if (!reopened)
        return false;

    // close() ended every query of the connection, so the views that show
    // its rows read them again.
    qCInfo(lcDatabase) << "Connection" << db.connectionName() << "opened again";
    ConnectionReopenNotifier::instance()->announce(db.connectionName());
    return true;
}

bool DatabaseRecovery::reopenSqlite(QSqlDatabase db, QSqlError *error)
{
    db.close();
    if (!db.open()) {
        *error = db.lastError();
        qCWarning(lcDatabase) << "Could not open connection" << db.connectionName()
                              << "again:" << error->text();
        return false;
    }

    // The same settings as Database::open, because journal_mode is stored
    // in the file and the busy timeout in the connect options. Reading the
    // catalogue opens the write-ahead log.
    QSqlQuery query(db);
    const QStringList statements = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("SELECT COUNT(*) AS n FROM sqlite_master"),
    };
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *error = query.lastError();
            qCWarning(lcDatabase) << "Could not configure connection" << db.connectionName()
                                  << "again:" << statement << error->text();
            return false;
        }
    }
    return true;
}
