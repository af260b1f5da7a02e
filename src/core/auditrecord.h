#pragma once

#include <QString>

class QSqlQuery;

// One row of audit_log as stored: the content that AuditChain hashes and
// the two chain hashes.
struct AuditRecord
{
    qint64 id = 0;
    QString occurredAt; // UTC ISO 8601 with milliseconds, as stored
    QString actor;
    QString action;     // e.g. "charge.add"
    QString entity;     // e.g. "charge"
    qint64 entityId = 0;
    QString details;    // the JSON object text, as stored
    QString note;
    QString prevHash;   // record_hash of the record before, or the genesis value
    QString recordHash; // SHA-256 (hex) of the canonical serialisation

    // Reads the columns id, occurred_at, actor, action, entity, entity_id,
    // details, note, prev_hash and record_hash of the query's current row.
    // A hash column that is NULL gives an empty string.
    static AuditRecord fromQuery(const QSqlQuery &query);
};
