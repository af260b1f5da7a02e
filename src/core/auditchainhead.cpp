#include "auditchainhead.h"

#include "sqlstatement.h"

#include <QSqlError>
#include <QSqlQuery>

std::optional<AuditChainHead::Position> AuditChainHead::lock(QString *error)
{
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
    SqlStatement statement(m_db, QStringLiteral(
        "SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1"));
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

    Position position;
    position.lastId = query.value(QStringLiteral("last_id")).toLongLong();
    position.lastHash = query.value(QStringLiteral("last_hash")).toString();
    return position;
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
