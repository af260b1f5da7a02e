#include "databasefault.h"

#include "uilanguage.h"

#include <QDir>
#include <QRegularExpression>

namespace {

// SQLite's primary result codes (sqlite3.h). An extended code keeps the
// primary one in its low byte, e.g. SQLITE_IOERR_WRITE is 10 | (3 << 8).
constexpr int SqlitePerm = 3;
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoError = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteNotADatabase = 26;

// The texts that sqlite3_errstr() returns for those codes. SQLite reports
// them unchanged in sqlite3_errmsg() for these codes, so they are in every
// QSqlError::text() of such an error.
struct SqliteText
{
    const char *text;
    int code;
};

constexpr SqliteText SqliteTexts[] = {
    {"database or disk is full", SqliteFull},
    {"attempt to write a readonly database", SqliteReadOnly},
    {"access permission denied", SqlitePerm},
    {"database is locked", SqliteBusy},
    {"database table is locked", SqliteLocked},
    {"disk I/O error", SqliteIoError},
    {"unable to open database file", SqliteCantOpen},
    {"database disk image is malformed", SqliteCorrupt},
    {"file is not a database", SqliteNotADatabase},
};

} // namespace

DatabaseFault DatabaseFault::fromError(const QSqlError &error, const QSqlDatabase &db)
{
    DatabaseFault fault;
    fault.m_databaseName = describedName(db);
    fault.m_server = db.driverName() == QLatin1String("QPSQL");
    fault.m_userName = loginName(db);
    fault.m_errorText = error.text();
    if (error.type() == QSqlError::NoError)
        return fault;

    const QString code = error.nativeErrorCode();
    if (fault.m_server) {
        // libpq reports a connection that broke before any SQLSTATE arrived
        // without one, and QPSQL marks it a connection error. An error
        // rebuilt from text (DatabaseRecovery::caught) has the SQLSTATE
        // only in its text.
        if (code.isEmpty() && error.type() != QSqlError::ConnectionError)
            fault.m_kind = fromText(error.text(), db).kind();
        else
            fault.m_kind = code.isEmpty() ? Kind::ConnectionLost : kindOfSqlState(code);
        return fault;
    }

    bool numeric = false;
    const int sqliteCode = code.toInt(&numeric);
    fault.m_kind = numeric ? kindOfSqliteCode(sqliteCode) : fromText(error.text(), db).kind();
    return fault;
}

DatabaseFault DatabaseFault::fromText(const QString &errorText, const QSqlDatabase &db)
{
    DatabaseFault fault;
    fault.m_databaseName = describedName(db);
    fault.m_server = db.driverName() == QLatin1String("QPSQL");
    fault.m_userName = loginName(db);
    fault.m_errorText = errorText;
    if (errorText.isEmpty())
        return fault;

    fault.m_kind = Kind::Other;

    // QPSQL (Qt 6.4) appends the SQLSTATE in brackets to the database text,
    // e.g. "(08006)". The words around it are in the server's language.
    if (fault.m_server) {
        static const QRegularExpression sqlState(QStringLiteral("\\(([0-9A-Z]{5})\\)"));
        const QRegularExpressionMatch match = sqlState.match(errorText);
        if (match.hasMatch())
            fault.m_kind = kindOfSqlState(match.captured(1));
        else if (!db.isOpen())
            // When libpq lost the connection before an SQLSTATE arrived, as
            // at BEGIN on a session the server ended, QPSQL reports "()" and
            // closes the connection.
            fault.m_kind = Kind::ConnectionLost;
        return fault;
    }

    for (const SqliteText &known : SqliteTexts) {
        if (errorText.contains(QLatin1String(known.text))) {
            fault.m_kind = kindOfSqliteCode(known.code);
            break;
        }
    }
    return fault;
}

DatabaseFault::Kind DatabaseFault::kindOfSqliteCode(int code)
{
    switch (code & 0xff) {
    case 0:
        return Kind::None;
    case SqliteFull:
        return Kind::DiskFull;
    case SqliteReadOnly:
    case SqlitePerm:
        return Kind::ReadOnly;
    case SqliteBusy:
    case SqliteLocked:
        return Kind::Locked;
    case SqliteIoError:
        return Kind::IoError;
    case SqliteCantOpen:
        return Kind::CannotOpen;
    case SqliteCorrupt:
    case SqliteNotADatabase:
        return Kind::Corrupt;
    default:
        return Kind::Other;
    }
}

DatabaseFault::Kind DatabaseFault::kindOfSqlState(const QString &sqlState)
{
    if (sqlState.isEmpty())
        return Kind::Other;

    // Class 08 is "connection exception"; 57P01 to 57P03 are the server
    // shutting down or not yet accepting connections.
    if (sqlState.startsWith(QLatin1String("08")) || sqlState == QLatin1String("57P01")
        || sqlState == QLatin1String("57P02") || sqlState == QLatin1String("57P03")) {
        return Kind::ConnectionLost;
    }
    if (sqlState == QLatin1String("53100"))
        return Kind::DiskFull;
    if (sqlState == QLatin1String("25006"))
        return Kind::ReadOnly;
    // A serialization failure (40001) or a broken deadlock (40P01) is not a
    // fault: WriteRetry runs such a transaction again.
    if (sqlState == QLatin1String("55P03"))
        return Kind::Locked;
    if (sqlState == QLatin1String("58030"))
        return Kind::IoError;
    if (sqlState == QLatin1String("XX001") || sqlState == QLatin1String("XX002"))
        return Kind::Corrupt;
    if (sqlState == QLatin1String("42501"))
        return Kind::PermissionDenied;
    return Kind::Other;
}

bool DatabaseFault::isEnvironmentFault() const
{
    return m_kind != Kind::None && m_kind != Kind::Other;
}

bool DatabaseFault::needsReconnect() const
{
    switch (m_kind) {
    case Kind::ReadOnly:
    case Kind::IoError:
    case Kind::CannotOpen:
    case Kind::ConnectionLost:
        return true;
    default:
        return false;
    }
}

QString DatabaseFault::explanation() const
{
    switch (m_kind) {
    case Kind::DiskFull:
        return m_server
            ? tr("The database server “%1” has run out of disk space. Ask its administrator "
                 "to free space, then try again.")
                  .arg(m_databaseName)
            : tr("The disk that holds the database “%1” is full. Free space on that disk, "
                 "then try again.")
                  .arg(m_databaseName);
    case Kind::ReadOnly:
        return m_server
            ? tr("The database server “%1” accepts no changes at the moment (it is read-only). "
                 "Ask its administrator, then try again.")
                  .arg(m_databaseName)
            : tr("The database “%1” cannot be changed, because the file or its folder is "
                 "read-only or locked against changes. Allow writing to the file and its "
                 "folder, or ask your administrator, then try again.")
                  .arg(m_databaseName);
    case Kind::Locked:
        return tr("The database “%1” is locked by another program, such as a second "
                  "ChargeDesk, a backup or a database tool, and it stayed locked too long. "
                  "Wait until that program finishes or close it, then try again.")
            .arg(m_databaseName);
    case Kind::IoError:
        return tr("Reading or writing the database “%1” failed. The disk may be full, "
                  "removed or failing, or another program may have changed or locked the "
                  "file against changes. Check the disk and the file, then try again; "
                  "ChargeDesk opens the database again before it saves.")
            .arg(m_databaseName);
    case Kind::CannotOpen:
        return tr("The database “%1” cannot be opened: the file or its folder is missing or "
                  "cannot be accessed. Check that the disk is connected and that you may read "
                  "and write the folder, then try again.")
            .arg(m_databaseName);
    case Kind::Corrupt:
        return tr("The database “%1” is damaged. Stop entering data, keep a copy of the file "
                  "and ask your administrator to restore the latest backup.")
            .arg(m_databaseName);
    case Kind::ConnectionLost:
        return tr("The connection to the database server “%1” was lost. Check that the server "
                  "is running and reachable, then try again; ChargeDesk connects again before "
                  "it saves.")
            .arg(m_databaseName);
    case Kind::PermissionDenied:
        return tr("The database “%1” refused the change for the login “%2”: its database "
                  "role lacks the right. Ask a ChargeDesk administrator to check your role "
                  "under Settings › Users and Roles, or a database administrator to check "
                  "the login's grants.")
            .arg(m_databaseName, m_userName);
    case Kind::None:
    case Kind::Other:
        break;
    }
    return QString();
}

QString DatabaseFault::message(const QString &outcome, const QString &otherMessage) const
{
    if (!isEnvironmentFault())
        return otherMessage;
    //: The outcome of the action, then the cause and what to do, both full
    //: sentences.
    return tr("%1 %2").arg(outcome, explanation());
}

const char *DatabaseFault::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return "no error";
    case Kind::DiskFull:
        return "disk full";
    case Kind::ReadOnly:
        return "read-only";
    case Kind::Locked:
        return "locked";
    case Kind::IoError:
        return "I/O error";
    case Kind::CannotOpen:
        return "cannot open";
    case Kind::Corrupt:
        return "corrupt";
    case Kind::ConnectionLost:
        return "connection lost";
    case Kind::PermissionDenied:
        return "permission denied";
    case Kind::Other:
        break;
    }
    return "other";
}

QString DatabaseFault::describedName(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return QDir::toNativeSeparators(db.databaseName());

    const QString host = db.hostName().isEmpty() ? QStringLiteral("localhost") : db.hostName();
    const QString server = db.port() > 0 ? QStringLiteral("%1:%2").arg(host).arg(db.port())
                                         : host;
    return QStringLiteral("%1/%2").arg(server, db.databaseName());
}

QString DatabaseFault::loginName(const QSqlDatabase &db)
{
    // libpq logs in as PGUSER, or as the operating system account, when the
    // connection names no user.
    if (!db.userName().isEmpty())
        return db.userName();
    const QString environmentUser = qEnvironmentVariable("PGUSER");
    return environmentUser.isEmpty() ? currentActor() : environmentUser;
}
