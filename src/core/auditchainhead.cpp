#include "auditchainhead.h"

#include "sqlstatement.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

std::optional<AuditChainHead::Position> positionOf(QSqlQuery &query, const QString &idColumn,
                                                   const QString &hashColumn)
{
    AuditChainHead::Position position;
    position.lastId = query.value(idColumn).toLongLong();
    position.lastHash = query.value(hashColumn).toString();
    return position;
}

} // namespace

std::optional<AuditChainHead::Position> AuditChainHead::lock(QString *error)
{
    if (m_db.driverName() != QLatin1String("QSQLITE"))
        return lockRow(error);

    SqlStatement statement(m_db, QStringLiteral(
        "UPDATE audit_chain_head SET last_id = last_id WHERE id = 1"));
    QSqlQuery &query = *statement;
    if (!statement.isPrepared() || !query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (query.numRowsAffected() != 1) {
        *error = tr("the audit chain head row is missing");
        return std::nullopt;
    }
    return read(error);
}

std::optional<AuditChainHead::Position> AuditChainHead::read(QString *error)
{
    return select(QStringLiteral("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1"),
                  error);
}

std::optional<AuditChainHead::Position> AuditChainHead::lockRow(QString *error)
{
    // FOR UPDATE locks the row without writing a new version of it.
    return select(QStringLiteral(
        "SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE"), error);
}

std::optional<AuditChainHead::Position> AuditChainHead::select(const QString &sql,
                                                               QString *error)
{
    SqlStatement statement(m_db, sql);
    QSqlQuery &query = *statement;
    if (!statement.isPrepared() || !query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next()) {
        *error = query.lastError().isValid() ? query.lastError().text()
                                             : tr("the audit chain head row is missing");
        return std::nullopt;
    }

    return positionOf(query, QStringLiteral("last_id"), QStringLiteral("last_hash"));
}

std::optional<AuditChainHead::Position> AuditChainHead::tip(const Position &head,
                                                            QString *error)
{
    // The primary key index finds the newest record at once, however many
    // the transaction wrote.
    SqlStatement statement(m_db, QStringLiteral(
        "SELECT id, record_hash FROM audit_log WHERE id > :last_id ORDER BY id DESC LIMIT 1"));
    QSqlQuery &query = *statement;
    if (!statement.isPrepared()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    query.bindValue(QStringLiteral(":last_id"), head.lastId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next()) {
        if (query.lastError().isValid()) {
            *error = query.lastError().text();
            return std::nullopt;
        }
        return head;
    }
    return positionOf(query, QStringLiteral("id"), QStringLiteral("record_hash"));
}

bool AuditChainHead::catchUp(QString *error)
{
    const auto head = read(error);
    if (!head)
        return false;
    const auto newest = tip(*head, error);
    if (!newest)
        return false;
    if (newest->lastId == head->lastId)
        return true;
    return advance(newest->lastId, newest->lastHash, error);
}

bool AuditChainHead::advance(qint64 id, const QString &hash, QString *error)
{
    SqlStatement statement(m_db, QStringLiteral(
        "UPDATE audit_chain_head SET last_id = :last_id, last_hash = :last_hash WHERE id = 1"));
    QSqlQuery &query = *statement;
    if (!statement.isPrepared()) {
        *error = query.lastError().text();
        return false;
    }
    query.bindValue(QStringLiteral(":last_id"), id);
    query.bindValue(QStringLiteral(":last_hash"), hash);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    if (query.numRowsAffected() != 1) {
        *error = tr("the audit chain head row is missing");
        return false;
    }
    return true;
}
