#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Brings the schema of an open database up to Database::SchemaVersion, for
// Database::open(). The scripts sqlite_000N.sql or postgresql_000N.sql run
// one version after the other inside one transaction. Each is followed by
// the C++ step of its version (chaining the audit log, creating the
// PostgreSQL roles) and its row in schema_version, so a failure leaves the
// database as it was. An SQLite file with data is copied first (UpgradeBackup). On
// PostgreSQL a second program that opens the database meanwhile waits for
// the migration lock and then finds the schema up to date.
class SchemaMigration
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigration)

public:
    // Migrates db when its stored version is older. Returns false and sets
    // *errorMessage, translated, when a step failed.
    static bool run(QSqlDatabase &db, QString *errorMessage);
};
