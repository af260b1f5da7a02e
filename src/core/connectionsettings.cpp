#include "connectionsettings.h"

#include "database.h"
#include "databaselocation.h"
#include "logging.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

const QString ConnectionSettings::LocationKey = QStringLiteral("database/location");

namespace {

bool containsSpace(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s"));
    return text.contains(space);
}

// Returns the nearest folder of path that exists, or path itself.
QString nearestExistingFolder(const QString &path)
{
    QString folder = path;
    while (!QFileInfo::exists(folder)) {
        const QString parent = QFileInfo(folder).absolutePath();
        // A path on a drive that does not exist has no existing parent.
        if (parent == folder)
            break;
        folder = parent;
    }
    return folder;
}

} // namespace

ConnectionSettings ConnectionSettings::fromLocation(const QString &location, QString *error)
{
    ConnectionSettings settings;
    settings.filePath = QDir::toNativeSeparators(Database::defaultPath());

    const DatabaseLocation parsed = DatabaseLocation::parse(location);
    if (!parsed.isValid()) {
        *error = parsed.errorText();
        return settings;
    }
    // A relative path, as --database may give, names the file in the
    // working folder of this run.
    if (!parsed.isPostgresql()) {
        settings.filePath = QDir::toNativeSeparators(
            QFileInfo(parsed.filePath().trimmed()).absoluteFilePath());
        return settings;
    }

    settings.kind = Kind::Postgresql;
    settings.hostName = parsed.hostName();
    if (parsed.port() != DatabaseLocation::DefaultPort)
        settings.port = QString::number(parsed.port());
    settings.databaseName = parsed.databaseName();
    settings.userName = parsed.userName();
    settings.connectOptions = parsed.connectOptions();
    return settings;
}

QList<ConnectionSettings::Problem> ConnectionSettings::problems() const
{
    const QList<Field> fields = kind == Kind::SqliteFile
                                    ? QList<Field>{Field::FilePath}
                                    : QList<Field>{Field::HostName, Field::Port,
                                                   Field::DatabaseName, Field::UserName};
    QList<Problem> found;
    for (Field field : fields) {
        const QString message = problem(field);
        if (!message.isEmpty())
            found.append({field, message});
    }
    return found;
}

QString ConnectionSettings::problem(Field field) const
{
    switch (field) {
    case Field::FilePath:
        return filePathProblem();
    case Field::HostName:
        return hostNameProblem();
    case Field::Port:
        return portProblem();
    case Field::DatabaseName:
        return databaseNameProblem();
    case Field::UserName:
        return userNameProblem();
    }
    return {};
}

QString ConnectionSettings::filePathProblem() const
{
    const QString path = filePath.trimmed();
    const QString example = QDir::toNativeSeparators(Database::defaultPath());
    if (path.isEmpty()) {
        return tr("The database file is empty. Choose a file with Browse…, for example %1.")
            .arg(example);
    }
    // The program may start in any working folder, so a relative path would
    // name a different file from one start to the next.
    if (!QDir::isAbsolutePath(path)) {
        return tr("The database file “%1” is not a full path. Choose the file with Browse…, "
                  "or enter its whole path, for example %2.")
            .arg(path, example);
    }

    const QFileInfo file(path);
    if (file.isDir()) {
        return tr("“%1” is a folder, not a database file. Add a file name, for example %2.")
            .arg(path, QDir::toNativeSeparators(QDir(path).filePath(
                           QStringLiteral("chargedesk.sqlite"))));
    }
    if (file.exists() && !file.isFile()) {
        return tr("“%1” is not a regular file. Choose a database file or a new file name.")
            .arg(path);
    }

    // SQLite writes its journal next to the file, so the folder must be
    // writable even when the file exists. A missing folder is created at
    // start, which needs the nearest existing folder to be writable.
    const QString folder = file.absolutePath();
    const QString existing = nearestExistingFolder(folder);
    const QFileInfo existingInfo(existing);
    const QString nativeFolder = QDir::toNativeSeparators(folder);
    const QString nativeExisting = QDir::toNativeSeparators(existing);
    if (!existingInfo.exists()) {
        return tr("The folder “%1” of the database file cannot be created, because “%2” does "
                  "not exist. Choose a folder on a drive of this computer.")
            .arg(nativeFolder, nativeExisting);
    }
    if (!existingInfo.isDir()) {
        return tr("The folder “%1” of the database file cannot be created, because “%2” is a "
                  "file. Choose another folder.")
            .arg(nativeFolder, nativeExisting);
    }
    if (!existingInfo.isWritable()) {
        if (existing == folder) {
            return tr("You may not write to the folder “%1”, where the database file and its "
                      "journal are kept. Choose a folder you may write to.")
                .arg(nativeFolder);
        }
        return tr("The folder “%1” of the database file does not exist, and you may not "
                  "create it in “%2”. Choose a folder you may write to.")
            .arg(nativeFolder, nativeExisting);
    }
    return {};
}

QString ConnectionSettings::hostNameProblem() const
{
    const QString host = hostName.trimmed();
    if (host.isEmpty()) {
        return tr("The host is empty. Enter the name or IP address of the PostgreSQL server, "
                  "for example db.example.com or 192.0.2.10.");
    }
    // "user:password@host" typed into the host field; the message must not
    // repeat the password.
    if (host.contains(QLatin1Char('@'))) {
        return tr("The host contains “@”, as in user@host. Enter the user name in its own "
                  "field and only the server's name or IP address here. A password belongs "
                  "in PGPASSWORD or in the file %1.")
            .arg(passwordFilePath());
    }
    if (containsSpace(host)) {
        return tr("The host “%1” contains a space. Enter the server's name or IP address "
                  "without spaces.")
            .arg(host);
    }

    QUrl url;
    url.setHost(host, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return tr("The host “%1” is not a valid host name or IP address. Enter a name such "
                  "as db.example.com or an address such as 192.0.2.10, without a port or "
                  "a path.")
            .arg(host);
    }
    return {};
}

QString ConnectionSettings::portProblem() const
{
    const QString text = port.trimmed();
    if (text.isEmpty()) {
        return tr("The port is empty. Enter the port of the PostgreSQL server, a number from "
                  "1 to 65535; PostgreSQL's usual port is %1.")
            .arg(DefaultPostgresqlPort);
    }

    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
    const int number = digits.match(text).hasMatch() ? text.toInt() : 0;
    if (number < 1 || number > 65535) {
        return tr("The port “%1” is not valid. Enter a whole number from 1 to 65535; "
                  "PostgreSQL's usual port is %2.")
            .arg(text)
            .arg(DefaultPostgresqlPort);
    }
    return {};
}

QString ConnectionSettings::databaseNameProblem() const
{
    const QString name = databaseName.trimmed();
    if (name.isEmpty()) {
        return tr("The database name is empty. Enter the name of the PostgreSQL database, for "
                  "example chargedesk.");
    }
    // DatabaseLocation reads a '/' in the URL's path as a path, not a name.
    if (name.contains(QLatin1Char('/'))) {
        return tr("The database name “%1” contains “/”, which a database location cannot "
                  "hold. Enter the name without “/”.")
            .arg(name);
    }
    return {};
}

QString ConnectionSettings::userNameProblem() const
{
    const QString name = userName.trimmed();
    if (name.isEmpty()) {
        return tr("The user name is empty. Enter the PostgreSQL user that ChargeDesk logs in "
                  "as, for example finance.");
    }
    // "user:password" is what a URL's user part with a password looks like;
    // the message names only the part before the colon.
    const qsizetype colon = name.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        return tr("The user name “%1:…” contains “:”, as in user:password. Enter the user "
                  "name only. ChargeDesk stores no password; PostgreSQL reads it from "
                  "PGPASSWORD or from the file %2.")
            .arg(name.left(colon), passwordFilePath());
    }
    return {};
}

QString ConnectionSettings::location() const
{
    if (kind == Kind::SqliteFile)
        return QDir::cleanPath(QDir::fromNativeSeparators(filePath.trimmed()));

    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(userName.trimmed(), QUrl::DecodedMode);
    url.setHost(hostName.trimmed());
    url.setPort(port.trimmed().toInt());
    url.setPath(QLatin1Char('/') + databaseName.trimmed(), QUrl::DecodedMode);
    if (!connectOptions.isEmpty()) {
        QString query = connectOptions;
        url.setQuery(query.replace(QLatin1Char(';'), QLatin1Char('&')));
    }
    return url.toString(QUrl::FullyEncoded);
}

QString ConnectionSettings::savedLocation(QSettings &settings)
{
    return settings.value(LocationKey).toString().trimmed();
}

QString ConnectionSettings::savedLocation()
{
    QSettings settings;
    return savedLocation(settings);
}

QString ConnectionSettings::startupLocation(const QString &commandLine, QSettings &settings)
{
    if (!commandLine.isEmpty())
        return commandLine;
    const QString saved = savedLocation(settings);
    return saved.isEmpty() ? Database::defaultPath() : saved;
}

bool ConnectionSettings::save(QSettings &settings, QString *error) const
{
    const QList<Problem> found = problems();
    if (!found.isEmpty()) {
        *error = found.constFirst().message;
        return false;
    }

    // The form has no password field, but the kept options come from a
    // stored URL; parse() rejects a password anywhere in the location.
    const QString text = location();
    const DatabaseLocation parsed = DatabaseLocation::parse(text);
    if (!parsed.isValid()) {
        *error = parsed.errorText();
        qCWarning(lcApp) << "Not saving the invalid database location"
                         << DatabaseLocation::redacted(text);
        return false;
    }

    settings.setValue(LocationKey, text);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        qCWarning(lcApp) << "Could not save the database location to" << settings.fileName();
        *error = tr("Could not save the database connection to %1. Check that the file can be "
                    "written.")
                     .arg(QDir::toNativeSeparators(settings.fileName()));
        return false;
    }
    qCInfo(lcApp) << "Saved the database location" << parsed.displayText();
    return true;
}

QString ConnectionSettings::passwordFilePath()
{
    const QString configured = qEnvironmentVariable("PGPASSFILE");
    if (!configured.isEmpty())
        return QDir::toNativeSeparators(configured);
#ifdef Q_OS_WIN
    return QDir::toNativeSeparators(
        QDir(qEnvironmentVariable("APPDATA")).filePath(QStringLiteral("postgresql/pgpass.conf")));
#else
    return QDir::toNativeSeparators(QDir::home().filePath(QStringLiteral(".pgpass")));
#endif
}
