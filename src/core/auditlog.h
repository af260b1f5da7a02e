#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

// Appends records to audit_log, each linked into the hash chain that
// AuditChain describes. Database triggers reject any change to or deletion
// of a record once written. Call inside the transaction of the write being
// audited, so that both are written or neither.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(QSqlDatabase db) : m_db(std::move(db)) {}

    // Appends one record. details are stored as a JSON object. The record
    // gets the id after the newest record's, links to its hash and becomes
    // the chain head when the transaction commits, all while the head row
    // is locked (see AuditChainHead), so that concurrent writers append one
    // after the other. Outside a Transaction the append runs in one of its
    // own.
    // Returns false and sets *error when a statement fails.
    bool append(const QString &actor, const QString &action, const QString &entity,
                qint64 entityId, const QVariantMap &details, const QString &note,
                QString *error);

private:
    bool appendLinked(const QString &actor, const QString &action, const QString &entity,
                      qint64 entityId, const QVariantMap &details, const QString &note,
                      QString *error);

    QSqlDatabase m_db;
};
