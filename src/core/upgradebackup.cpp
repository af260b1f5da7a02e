#include "upgradebackup.h"

#include "databasefault.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

// The notice of the copy written for each connection, until it is taken.
// Connections may be opened in any thread, so the table is locked.
QMutex noticeMutex;
QHash<QString, QString> noticeByConnection;

} // namespace

bool UpgradeBackup::create(const QSqlDatabase &db, int storedVersion, int targetVersion,
                           QString *errorMessage)
{
    const QString databasePath = db.databaseName();
    const QString path = freePath(databasePath, storedVersion);
    qCInfo(lcDatabase) << "Backing up" << databasePath << "with schema version" << storedVersion
                       << "to" << path;

    // The copy gets its name only once it is complete, so that a copy cut
    // short by a crash is never taken for a backup. Such a remainder is
    // removed here.
    const QString partialPath = path + QStringLiteral(".partial");
    const QFileInfo info(databasePath);
    const QStringList remainders = info.absoluteDir().entryList(
        {info.fileName() + QStringLiteral(".v*.bak.partial")}, QDir::Files);
    for (const QString &remainder : remainders)
        removePartial(info.absoluteDir().filePath(remainder));

    // VACUUM INTO reads one snapshot and refuses to run inside a
    // transaction, so the copy is taken before the migration begins.
    QSqlQuery vacuum(db);
    bool written = vacuum.prepare(QStringLiteral("VACUUM INTO :path"));
    if (written) {
        vacuum.bindValue(QStringLiteral(":path"), partialPath);
        written = vacuum.exec();
    }
    if (!written) {
        const QSqlError error = vacuum.lastError();
        vacuum.finish();
        removePartial(partialPath);

        *errorMessage = tr("The database “%1” was not upgraded to schema version %2, because "
                           "its backup copy “%3” could not be written. %4 The database was not "
                           "changed.")
                            .arg(QDir::toNativeSeparators(databasePath))
                            .arg(targetVersion)
                            .arg(QDir::toNativeSeparators(path),
                                 failureAdvice(DatabaseFault::fromError(error, db), databasePath,
                                               path));
        qCWarning(lcDatabase) << "Backup to" << path << "failed, migration refused:"
                              << error.text();
        return false;
    }
    vacuum.finish();

    QString problem;
    const bool saved = flushToDisk(partialPath, &problem)
                       && verify(partialPath, storedVersion, &problem)
                       && rename(partialPath, path, &problem);
    if (!saved) {
        removePartial(partialPath);
        *errorMessage = tr("The database “%1” was not upgraded to schema version %2, because "
                           "its backup copy “%3” could not be saved intact: %4. The database "
                           "was not changed. Check the disk, then try again.")
                            .arg(QDir::toNativeSeparators(databasePath))
                            .arg(targetVersion)
                            .arg(QDir::toNativeSeparators(path), problem);
        qCWarning(lcDatabase) << "Backup" << path << "failed its check, migration refused:"
                              << problem;
        return false;
    }

    qCInfo(lcDatabase) << "Backup written:" << path;
    QMutexLocker locker(&noticeMutex);
    noticeByConnection.insert(
        db.connectionName(),
        tr("Before upgrading the database to schema version %1, ChargeDesk saved a copy of it "
           "with schema version %2 as “%3”. Keep the copy until you have checked the upgraded "
           "data; the earlier ChargeDesk can open it.")
            .arg(targetVersion)
            .arg(storedVersion)
            .arg(QDir::toNativeSeparators(path)));
    return true;
}

QString UpgradeBackup::failureAdvice(const DatabaseFault &fault, const QString &databasePath,
                                     const QString &path)
{
    switch (fault.kind()) {
    case DatabaseFault::Kind::DiskFull:
    case DatabaseFault::Kind::IoError:
        return tr("The disk may be full or failing; the copy needs about %1. Free space on that "
                  "disk, then open the database again.")
            .arg(QLocale().formattedDataSize(QFileInfo(databasePath).size(), 0));
    case DatabaseFault::Kind::ReadOnly:
    case DatabaseFault::Kind::CannotOpen:
        return tr("The folder “%1” does not accept new files. Allow writing to the folder, then "
                  "open the database again.")
            .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    default:
        return tr("The error was: %1. Check that the folder may be written and has free "
                  "space, then open the database again.")
            .arg(fault.errorText());
    }
}

QString UpgradeBackup::pathFor(const QString &databasePath, int version, const QDateTime &time)
{
    return QStringLiteral("%1.v%2-%3.bak")
        .arg(databasePath)
        .arg(version)
        .arg(time.toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

QString UpgradeBackup::takeNoticeFor(const QString &connectionName)
{
    QMutexLocker locker(&noticeMutex);
    return noticeByConnection.take(connectionName);
}

QString UpgradeBackup::freePath(const QString &databasePath, int version)
{
    // A second upgrade within the same second gets a number after the time.
    const QString path = pathFor(databasePath, version, QDateTime::currentDateTime());
    QString candidate = path;
    for (int number = 2; QFileInfo::exists(candidate); ++number) {
        candidate = path.chopped(int(qstrlen(".bak")))
                    + QStringLiteral("-%1.bak").arg(number);
    }
    return candidate;
}

bool UpgradeBackup::flushToDisk(const QString &path, QString *error)
{
    // SQLite does not sync the file that VACUUM INTO writes.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
#ifdef Q_OS_UNIX
    if (::fsync(file.handle()) != 0) {
        *error = QString::fromLocal8Bit(strerror(errno));
        return false;
    }
#else
    // NOTE: only Unix systems sync the copy before the upgrade starts.
#endif
    file.close();
    return true;
}

bool UpgradeBackup::rename(const QString &partialPath, const QString &path, QString *error)
{
    QFile partial(partialPath);
    if (!partial.rename(path)) {
        *error = partial.errorString();
        return false;
    }

#ifdef Q_OS_UNIX
    // The new name is durable only once the folder is synced.
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int folderHandle = ::open(folder.constData(), O_RDONLY | O_DIRECTORY);
    if (folderHandle >= 0) {
        ::fsync(folderHandle);
        ::close(folderHandle);
    }
#endif
    return true;
}

void UpgradeBackup::removePartial(const QString &partialPath)
{
    QFile::remove(partialPath);
    QFile::remove(partialPath + QStringLiteral("-journal"));
}

bool UpgradeBackup::verify(const QString &path, int version, QString *error)
{
    const QString connectionName = QStringLiteral("chargedesk-backup-check-")
                                   + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        copy.setDatabaseName(path);
        copy.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!copy.open()) {
            *error = copy.lastError().text();
        } else {
            QSqlQuery query(copy);
            if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()) {
                *error = query.lastError().text();
            } else if (query.value(0).toString() != QLatin1String("ok")) {
                *error = query.value(0).toString();
            } else if (!query.exec(QStringLiteral(
                           "SELECT MAX(version) AS version FROM schema_version"))
                       || !query.next()) {
                *error = query.lastError().text();
            } else if (query.value(QStringLiteral("version")).toInt() != version) {
                *error = tr("the copy has schema version %1 instead of %2")
                             .arg(query.value(QStringLiteral("version")).toInt())
                             .arg(version);
            } else {
                ok = true;
            }
            query.finish();
            copy.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return ok;
}
