#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

class DatabaseFault;

// The copy of an SQLite database that Database::open saves next to the file
// before it upgrades a schema that holds data, so that the data can be
// restored, or opened with the earlier program, if the upgrade goes wrong.
//
// The copy is written with VACUUM INTO, a consistent snapshot even while
// other programs use the database, under a temporary name. It is flushed
// to disk, read back and then renamed before the upgrade may start. It is named after the file, the schema version it
// has and the local time, e.g. chargedesk.sqlite.v2-20261205-041500.bak.
// PostgreSQL databases are backed up by their server's tools instead.
class UpgradeBackup
{
    Q_DECLARE_TR_FUNCTIONS(UpgradeBackup)

public:
    // Writes the copy of the SQLite database open on db, whose schema has
    // version storedVersion, before its upgrade to targetVersion. Returns
    // false and sets *errorMessage when the copy could not be written or
    // read back. The message is translated and names the file and what to
    // do, and no copy is left behind. The path of the copy is logged, and noticeFor()
    // returns the message that tells the user where it is.
    static bool create(const QSqlDatabase &db, int storedVersion, int targetVersion,
                       QString *errorMessage);

    // Returns the path of the copy of databasePath with version, written at
    // time: "<databasePath>.v<version>-<yyyyMMdd-HHmmss>.bak".
    static QString pathFor(const QString &databasePath, int version, const QDateTime &time);

    // Returns, once, the translated message that names the copy written
    // when the connection connectionName was opened, or an empty string
    // when none was written.
    static QString takeNoticeFor(const QString &connectionName);

private:
    // Returns the sentences that explain why the copy of databasePath at
    // path failed with fault, and what to do.
    static QString failureAdvice(const DatabaseFault &fault, const QString &databasePath,
                                 const QString &path);

    // Returns a path for the copy that no file has yet.
    static QString freePath(const QString &databasePath, int version);

    // Flushes the copy to disk.
    static bool flushToDisk(const QString &path, QString *error);

    // Gives the complete copy its name and flushes the folder to disk.
    static bool rename(const QString &partialPath, const QString &path, QString *error);

    // Removes a copy that is not complete, and its journal.
    static void removePartial(const QString &partialPath);

    // Opens the copy read-only and checks that it is intact and has version.
    static bool verify(const QString &path, int version, QString *error);
};
