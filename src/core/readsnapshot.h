#pragma once

#include <QSqlDatabase>
#include <QSqlError>

// Starts a read-only transaction in which every query sees the same
// snapshot, so that a report's rows and totals agree while others write.
//
// SQLite gives each transaction one snapshot. PostgreSQL's default, READ
// COMMITTED, takes a new snapshot per statement, so there the transaction
// is set to REPEATABLE READ, READ ONLY. The caller ends it with
// db.rollback().
class ReadSnapshot
{
public:
    static bool begin(QSqlDatabase &db, QSqlError *error);
};
