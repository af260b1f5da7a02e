#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Links the audit records written before schema version 3 into the hash
// chain: in id order, each record gets prev_hash and record_hash, and the
// chain head moves to the last one. The migration runs it after the
// version-3 script, inside the migration's transaction. The audit_log
// update trigger allows exactly this once per record: both hashes set on a
// record that has neither.
class AuditChainMigration
{
    Q_DECLARE_TR_FUNCTIONS(AuditChainMigration)

public:
    // Records read and updated per batch, so that memory stays bounded and
    // no result set is open while the updates run.
    static constexpr int BatchSize = 500;

    // Chains every record of db's audit_log. Returns false and sets *error
    // when a statement fails or a record has a hash already.
    static bool chainExistingRecords(QSqlDatabase db, QString *error);
};
