#include "transaction.h"

#include "logging.h"

#include <QSqlQuery>

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

bool Transaction::begin()
{
    if (m_active)
        return true;

    bool started = false;
    if (m_sqlite) {
        started = execute(QStringLiteral("BEGIN IMMEDIATE"));
    } else {
        started = m_db.transaction();
        if (!started)
            m_error = m_db.lastError();
    }

    if (!started) {
        qCWarning(lcDatabase) << "Could not begin a transaction:" << m_error.text();
        return false;
    }
    m_active = true;
    return true;
}

bool Transaction::commit()
{
    if (!m_active)
        return false;

    bool committed = false;
    if (m_sqlite) {
        committed = execute(QStringLiteral("COMMIT"));
    } else {
        committed = m_db.commit();
        if (!committed)
            m_error = m_db.lastError();
    }

    if (!committed) {
        qCWarning(lcDatabase) << "Could not commit a transaction:" << m_error.text();
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;

    bool rolledBack = false;
    if (m_sqlite) {
        // A failed COMMIT may already have ended the transaction, in which
        // case ROLLBACK fails harmlessly with "no transaction is active".
        QSqlQuery query(m_db);
        rolledBack = query.exec(QStringLiteral("ROLLBACK"));
        if (!rolledBack && query.lastError().text().contains(QLatin1String("no transaction")))
            rolledBack = true;
        if (!rolledBack)
            qCWarning(lcDatabase) << "Rollback failed:" << query.lastError().text();
    } else {
        rolledBack = m_db.rollback();
        if (!rolledBack)
            qCWarning(lcDatabase) << "Rollback failed:" << m_db.lastError().text();
    }
}

bool Transaction::execute(const QString &statement)
{
    QSqlQuery query(m_db);
    if (!query.exec(statement)) {
        m_error = query.lastError();
        return false;
    }
    return true;
}
