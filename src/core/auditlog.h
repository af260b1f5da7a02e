#pragma once

#include "auditchainhead.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <optional>

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

    // The audited row and the details of one record of appendAll().
    struct Entry
    {
        qint64 entityId = 0;
        QVariantMap details;
    };

    // Appends one record per entry, in order, as append() would one after
    // the other, except that all get the same occurred_at. The head is
    // locked and read once, and the records go in 100 per INSERT, for
    // imports.
    // Returns false and sets *error when a statement fails.
    bool appendAll(const QString &actor, const QString &action, const QString &entity,
                   const QList<Entry> &entries, const QString &note, QString *error);

private:
    // Runs write in the caller's transaction, or in one of its own when
    // there is none, and logs a failure.
    bool inTransaction(const QString &action, const QString &entity, qint64 entityId,
                       QString *error, const std::function<bool()> &write);

    // Locks the chain head and returns the newest record, which the next
    // record links to.
    std::optional<AuditChainHead::Position> lockTip(QString *error);

    // Makes the transaction move the chain head to its newest record when
    // it commits.
    void moveHeadOnCommit();

    // Inserts audit_log rows: values contains the ten columns of each row in
    // turn, in the order of the INSERT.
    bool insertRows(const QVariantList &values, QString *error);

    bool appendLinked(const QString &actor, const QString &action, const QString &entity,
                      qint64 entityId, const QVariantMap &details, const QString &note,
                      QString *error);
    bool appendAllLinked(const QString &actor, const QString &action, const QString &entity,
                         const QList<Entry> &entries, const QString &note, QString *error);

    QSqlDatabase m_db;
};
