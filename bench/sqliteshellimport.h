#pragma once

#include <QString>

// The baseline of bench_import: the sqlite3 shell's ".import" of a CSV
// file into a plain table of TEXT columns, run as a subprocess on a new
// database file. The shell wraps the import in one transaction and checks
// nothing but the number of fields.
class SqliteShellImport
{
public:
    // Creates the table customers (the columns of the header of csvPath)
    // in a new database at databasePath and imports the rows after the
    // header. Returns false with *error set when sqlite3 fails.
    static bool run(const QString &csvPath, const QString &databasePath, QString *error);
};
