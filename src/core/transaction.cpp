#include "transaction.h"

#include "databaserecovery.h"
#include "logging.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlQuery>

namespace {

// Active Transactions per connection name. Qt allows a connection to be
// used only from the thread that opened it, but different threads may
// open connections, so the table itself is shared and locked.
QMutex depthMutex;
QHash<QString, int> depthByConnection;

int currentDepth(const QString &connectionName)
{
    QMutexLocker locker(&depthMutex);
    return depthByConnection.value(connectionName);
}

void setDepth(const QString &connectionName, int depth)
{
    QMutexLocker locker(&depthMutex);
    if (depth == 0)
        depthByConnection.remove(connectionName);
    else
        depthByConnection.insert(connectionName, depth);
}

struct KeyedStep
{
    QString key;
    Transaction::CommitStep step;
};

// Commit steps per connection name, guarded like the depths.
QMutex stepsMutex;
QHash<QString, QList<KeyedStep>> stepsByConnection;

QList<KeyedStep> takeSteps(const QString &connectionName)
{
    QMutexLocker locker(&stepsMutex);
    return stepsByConnection.take(connectionName);
}

// Marks db to be opened again when error, from the statement what, leaves
// it unfit to write (see DatabaseRecovery).
void reopenAfterFault(const QSqlDatabase &db, const QSqlError &error, const QString &what)
{
    if (DatabaseFault::fromError(error, db).needsReconnect()) {
        DatabaseRecovery::reopenBeforeNextTransaction(
            db, QStringLiteral("%1 failed: %2").arg(what, error.text()));
    }
}

} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_sqlite(m_db.driverName() == QLatin1String("QSQLITE"))
{
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

int Transaction::depth(const QString &connectionName)
{
    return currentDepth(connectionName);
}

void Transaction::addCommitStep(const QString &connectionName, const QString &key,
                                CommitStep step)
{
    if (currentDepth(connectionName) == 0) {
        qCWarning(lcDatabase) << "Commit step" << key << "ignored: no transaction is active on"
                              << connectionName;
        return;
    }

    QMutexLocker locker(&stepsMutex);
    QList<KeyedStep> &steps = stepsByConnection[connectionName];
    for (const KeyedStep &added : std::as_const(steps)) {
        if (added.key == key)
            return;
    }
    steps.append({key, std::move(step)});
}

bool Transaction::begin()
{
    if (m_active)
        return true;

    const QString connection = m_db.connectionName();
    const int level = currentDepth(connection) + 1;
    m_level = level;

    // A connection that hit an I/O error writes only after it was opened
    // again (see DatabaseRecovery).
    if (level == 1 && !DatabaseRecovery::prepareForWrite(m_db, &m_error)) {
        qCWarning(lcDatabase) << "Connection" << connection << "refuses to write:"
                              << m_error.text();
        m_level = 0;
        return false;
    }

    // SAVEPOINT, RELEASE and ROLLBACK TO are standard SQL, which SQLite and
    // PostgreSQL accept alike (tst_transaction runs on both).
    // Steps left by an outer transaction that ended abnormally do not belong
    // to this one.
    if (level == 1)
        takeSteps(connection);

    const bool started = level == 1 ? beginOuter()
                                    : execute(QStringLiteral("SAVEPOINT ") + savepointName());
    if (!started) {
        qCWarning(lcDatabase) << "Could not begin a transaction at level" << level << "on"
                              << connection << ":" << m_error.text();
        m_level = 0;
        return false;
    }

    setDepth(connection, level);
    m_active = true;
    return true;
}

bool Transaction::commit()
{
    if (!m_active)
        return false;

    const QString connection = m_db.connectionName();
    if (currentDepth(connection) != m_level) {
        m_error = QSqlError(QString(),
                            QStringLiteral("a transaction nested in this one is still active"),
                            QSqlError::TransactionError);
        qCWarning(lcDatabase) << "Could not commit a transaction at level" << m_level << "on"
                              << connection << ":" << m_error.text();
        return false;
    }

    const bool committed = m_level == 1
                               ? commitOuter()
                               : execute(QStringLiteral("RELEASE SAVEPOINT ") + savepointName());
    if (!committed) {
        qCWarning(lcDatabase) << "Could not commit a transaction at level" << m_level << "on"
                              << connection << ":" << m_error.text();
        rollback();
        return false;
    }

    setDepth(connection, m_level - 1);
    m_active = false;
    if (m_level == 1)
        DatabaseRecovery::transactionCommitted(m_db);
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;

    const QString connection = m_db.connectionName();
    if (currentDepth(connection) != m_level) {
        // An inner Transaction outlived this one, which RAII scopes rule
        // out. The rollback below also discards the inner one's writes.
        qCWarning(lcDatabase) << "Rolling back level" << m_level << "on" << connection
                              << "while level" << currentDepth(connection) << "is active";
    }
    setDepth(connection, m_level - 1);

    if (m_level == 1) {
        takeSteps(connection);
        rollbackOuter();
        return;
    }

    // ROLLBACK TO keeps the savepoint open, so RELEASE closes it. Both fail
    // when the outer transaction has already ended, e.g. after a failed
    // COMMIT, and then there is nothing left to undo here.
    const QString name = savepointName();
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + name)
        || !query.exec(QStringLiteral("RELEASE SAVEPOINT ") + name)) {
        qCWarning(lcDatabase) << "Rollback to savepoint" << name << "on" << connection
                              << "failed:" << query.lastError().text();
    }
}

bool Transaction::beginOuter()
{
    if (m_sqlite)
        return execute(QStringLiteral("BEGIN IMMEDIATE"));

    if (m_db.transaction())
        return true;
    m_error = m_db.lastError();
    reopenAfterFault(m_db, m_error, QStringLiteral("BEGIN"));
    return false;
}

bool Transaction::runCommitSteps()
{
    const QList<KeyedStep> steps = takeSteps(m_db.connectionName());
    for (const KeyedStep &step : steps) {
        QString error;
        if (!step.step(m_db, &error)) {
            m_error = QSqlError(QString(), error, QSqlError::TransactionError);
            qCWarning(lcDatabase) << "Commit step" << step.key << "failed on"
                                  << m_db.connectionName() << ":" << error;
            return false;
        }
    }
    return true;
}

bool Transaction::commitOuter()
{
    if (!runCommitSteps())
        return false;

    if (m_sqlite)
        return execute(QStringLiteral("COMMIT"));

    if (m_db.commit())
        return true;
    m_error = m_db.lastError();
    reopenAfterFault(m_db, m_error, QStringLiteral("COMMIT"));
    return false;
}

void Transaction::rollbackOuter()
{
    if (m_sqlite) {
        // A failed COMMIT may already have ended the transaction, in which
        // case ROLLBACK fails harmlessly with "no transaction is active".
        QSqlQuery query(m_db);
        bool rolledBack = query.exec(QStringLiteral("ROLLBACK"));
        if (!rolledBack && query.lastError().text().contains(QLatin1String("no transaction"))) {
            // SQLite ends a transaction by itself after an I/O error, a full
            // disk, a lock timeout or a lack of memory, and after the first
            // the connection must not write again as it is.
            rolledBack = true;
            DatabaseRecovery::reopenBeforeNextTransaction(
                m_db, QStringLiteral("SQLite rolled the transaction back by itself"));
        }
        if (!rolledBack)
            qCWarning(lcDatabase) << "Rollback failed:" << query.lastError().text();
        return;
    }

    if (!m_db.rollback())
        qCWarning(lcDatabase) << "Rollback failed:" << m_db.lastError().text();
}

QString Transaction::savepointName() const
{
    // The name is built from a number only, never from input.
    return QStringLiteral("chargedesk_level_%1").arg(m_level);
}

bool Transaction::execute(const QString &statement)
{
    QSqlQuery query(m_db);
    if (!query.exec(statement)) {
        m_error = query.lastError();
        reopenAfterFault(m_db, m_error, statement);
        return false;
    }
    return true;
}
