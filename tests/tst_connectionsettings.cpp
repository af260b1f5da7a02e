#include "connectioncheck.h"
#include "connectionsettings.h"
#include "database.h"
#include "databaselocation.h"
#include "loopbacksocket.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using Field = ConnectionSettings::Field;
using Kind = ConnectionSettings::Kind;

Q_DECLARE_METATYPE(ConnectionSettings::Field)

namespace {

ConnectionSettings postgresqlSettings(const QString &host, const QString &port,
                                      const QString &database, const QString &user)
{
    ConnectionSettings settings;
    settings.kind = Kind::Postgresql;
    settings.hostName = host;
    settings.port = port;
    settings.databaseName = database;
    settings.userName = user;
    return settings;
}

} // namespace

// The settings of Settings › Database Connection: the checks of each
// field, the location they build, saving it, and the connection check.
class tst_ConnectionSettings : public QObject
{
    Q_OBJECT

private slots:
    void sqliteFileProblems_data();
    void sqliteFileProblems();
    void sqliteFileValid_data();
    void sqliteFileValid();
    void postgresqlProblems_data();
    void postgresqlProblems();
    void onlyChosenKindChecked();
    void locationBuilt_data();
    void locationBuilt();
    void locationRoundTrips_data();
    void locationRoundTrips();
    void fromLocationMakesPathAbsolute();
    void fromLocationRejectsPassword();
    void saveAndLoad();
    void saveRejectsInvalidField();
    void saveRejectsPasswordOption();
    void startupLocationPrefersCommandLine();
    void passwordFileFollowsPgpassfile();

    void checkMissingFileCreatesNothing();
    void checkSqliteDatabase();
    void checkForeignFile();
    void checkNewerSchema();
    void checkRefusedPort();
    void checkSilentServerTimesOut();
    void checkPostgresqlDatabase();
    void checkPostgresqlMissingDatabase();

private:
    QTemporaryDir m_dir;
};

void tst_ConnectionSettings::sqliteFileProblems_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");

    QVERIFY(m_dir.isValid());
    const QString plainFile = m_dir.filePath(QStringLiteral("plain.txt"));
    QFile file(plainFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    QTest::newRow("empty") << QString() << QStringLiteral("database file is empty");
    QTest::newRow("spaces only") << QStringLiteral("   ")
                                 << QStringLiteral("database file is empty");
    QTest::newRow("relative") << QStringLiteral("data/chargedesk.sqlite")
                              << QStringLiteral("“data/chargedesk.sqlite” is not a full path");
    QTest::newRow("folder") << m_dir.path()
                            << QStringLiteral("“%1” is a folder").arg(m_dir.path());
    QTest::newRow("folder is a file")
        << QDir(plainFile).filePath(QStringLiteral("sub/chargedesk.sqlite"))
        << QStringLiteral("because “%1” is a file").arg(plainFile);
}

void tst_ConnectionSettings::sqliteFileProblems()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);

    ConnectionSettings settings;
    settings.filePath = path;
    const QList<ConnectionSettings::Problem> problems = settings.problems();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field, Field::FilePath);
    QVERIFY2(problems.constFirst().message.contains(expected),
             qPrintable(problems.constFirst().message));
}

void tst_ConnectionSettings::sqliteFileValid_data()
{
    QTest::addColumn<QString>("path");

    QTest::newRow("new file") << m_dir.filePath(QStringLiteral("new.sqlite"));
    QTest::newRow("new folders") << m_dir.filePath(QStringLiteral("a/b/chargedesk.sqlite"));
    QTest::newRow("chinese name") << m_dir.filePath(QStringLiteral("补费台.sqlite"));
}

void tst_ConnectionSettings::sqliteFileValid()
{
    QFETCH(QString, path);

    ConnectionSettings settings;
    settings.filePath = path;
    QVERIFY2(settings.problems().isEmpty(), qPrintable(settings.problem(Field::FilePath)));
    QCOMPARE(settings.location(), path);

    // Checking creates nothing.
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("a"))));
}

void tst_ConnectionSettings::postgresqlProblems_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("expected");

    const QString host = QStringLiteral("db.example.com");
    const QString port = QStringLiteral("5432");
    const QString database = QStringLiteral("chargedesk");
    const QString user = QStringLiteral("finance");

    QTest::newRow("host empty") << QString() << port << database << user << Field::HostName
                                << QStringLiteral("host is empty");
    QTest::newRow("host with space") << QStringLiteral("db example") << port << database << user
                                     << Field::HostName << QStringLiteral("“db example”");
    QTest::newRow("host with path") << QStringLiteral("db/x") << port << database << user
                                    << Field::HostName << QStringLiteral("“db/x”");
    QTest::newRow("host with port") << QStringLiteral("db:5432") << port << database << user
                                    << Field::HostName << QStringLiteral("“db:5432”");
    QTest::newRow("host with user") << QStringLiteral("finance@db") << port << database << user
                                    << Field::HostName << QStringLiteral("contains “@”");
    QTest::newRow("port empty") << host << QString() << database << user << Field::Port
                                << QStringLiteral("port is empty");
    QTest::newRow("port zero") << host << QStringLiteral("0") << database << user << Field::Port
                               << QStringLiteral("“0”");
    QTest::newRow("port too big") << host << QStringLiteral("65536") << database << user
                                  << Field::Port << QStringLiteral("“65536”");
    QTest::newRow("port 70000") << host << QStringLiteral("70000") << database << user
                                << Field::Port << QStringLiteral("“70000”");
    QTest::newRow("port negative") << host << QStringLiteral("-1") << database << user
                                   << Field::Port << QStringLiteral("“-1”");
    QTest::newRow("port letters") << host << QStringLiteral("pg") << database << user
                                  << Field::Port << QStringLiteral("“pg”");
    QTest::newRow("port six digits") << host << QStringLiteral("005432") << database << user
                                     << Field::Port << QStringLiteral("“005432”");
    QTest::newRow("database empty") << host << port << QStringLiteral("  ") << user
                                    << Field::DatabaseName
                                    << QStringLiteral("database name is empty");
    QTest::newRow("database with slash") << host << port << QStringLiteral("a/b") << user
                                         << Field::DatabaseName << QStringLiteral("“a/b”");
    QTest::newRow("user empty") << host << port << database << QString() << Field::UserName
                                << QStringLiteral("user name is empty");
    QTest::newRow("user with password") << host << port << database
                                        << QStringLiteral("finance:secret") << Field::UserName
                                        << QStringLiteral("“finance:…”");
}

void tst_ConnectionSettings::postgresqlProblems()
{
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(Field, field);
    QFETCH(QString, expected);

    const ConnectionSettings settings = postgresqlSettings(host, port, database, user);
    const QList<ConnectionSettings::Problem> problems = settings.problems();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field, field);
    const QString message = problems.constFirst().message;
    QVERIFY2(message.contains(expected), qPrintable(message));
    QCOMPARE(settings.problem(field), message);

    // A password typed into a field is never repeated.
    QVERIFY2(!message.contains(QLatin1String("secret")), qPrintable(message));
}

void tst_ConnectionSettings::onlyChosenKindChecked()
{
    ConnectionSettings settings = postgresqlSettings({}, QStringLiteral("0"), {}, {});
    settings.filePath = m_dir.filePath(QStringLiteral("chargedesk.sqlite"));
    QCOMPARE(settings.problems().size(), 4);

    settings.kind = Kind::SqliteFile;
    QVERIFY(settings.problems().isEmpty());

    settings = postgresqlSettings(QStringLiteral("127.0.0.1"), QStringLiteral("65535"),
                                  QStringLiteral("chargedesk"), QStringLiteral("finance"));
    settings.filePath = QStringLiteral("relative.sqlite");
    QVERIFY(settings.problems().isEmpty());
}

void tst_ConnectionSettings::locationBuilt_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("db.example.com") << QStringLiteral("5433")
                           << QStringLiteral("chargedesk") << QStringLiteral("finance")
                           << QStringLiteral("postgresql://finance@db.example.com:5433/chargedesk");
    QTest::newRow("trimmed") << QStringLiteral(" 127.0.0.1 ") << QStringLiteral(" 5432 ")
                             << QStringLiteral(" chargedesk ") << QStringLiteral(" finance ")
                             << QStringLiteral("postgresql://finance@127.0.0.1:5432/chargedesk");
    QTest::newRow("ipv6") << QStringLiteral("::1") << QStringLiteral("5432")
                          << QStringLiteral("chargedesk") << QStringLiteral("finance")
                          << QStringLiteral("postgresql://finance@[::1]:5432/chargedesk");
    QTest::newRow("at in user") << QStringLiteral("db") << QStringLiteral("5432")
                                << QStringLiteral("chargedesk") << QStringLiteral("li@corp")
                                << QStringLiteral("postgresql://li%40corp@db:5432/chargedesk");
    QTest::newRow("chinese database") << QStringLiteral("db") << QStringLiteral("5432")
                                      << QStringLiteral("补费") << QStringLiteral("finance")
                                      << QStringLiteral(
                                             "postgresql://finance@db:5432/%E8%A1%A5%E8%B4%B9");
    QTest::newRow("question mark") << QStringLiteral("db") << QStringLiteral("5432")
                                   << QStringLiteral("a?b") << QStringLiteral("finance")
                                   << QStringLiteral("postgresql://finance@db:5432/a%3Fb");
}

void tst_ConnectionSettings::locationBuilt()
{
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, expected);

    const ConnectionSettings settings = postgresqlSettings(host, port, database, user);
    QVERIFY(settings.problems().isEmpty());
    QCOMPARE(settings.location(), expected);

    // Database::open() reads the same fields back.
    const DatabaseLocation parsed = DatabaseLocation::parse(settings.location());
    QVERIFY2(parsed.isValid(), qPrintable(parsed.errorText()));
    QVERIFY(parsed.isPostgresql());
    QCOMPARE(parsed.hostName(), host.trimmed());
    QCOMPARE(parsed.port(), port.trimmed().toInt());
    QCOMPARE(parsed.databaseName(), database.trimmed());
    QCOMPARE(parsed.userName(), user.trimmed());
}

void tst_ConnectionSettings::locationRoundTrips_data()
{
    QTest::addColumn<QString>("location");

    QTest::newRow("file") << m_dir.filePath(QStringLiteral("chargedesk.sqlite"));
    QTest::newRow("url") << QStringLiteral("postgresql://finance@db.example.com:5433/chargedesk");
    QTest::newRow("url with options")
        << QStringLiteral("postgresql://finance@db:5432/chargedesk?sslmode=require");
}

void tst_ConnectionSettings::locationRoundTrips()
{
    QFETCH(QString, location);

    QString error;
    const ConnectionSettings settings = ConnectionSettings::fromLocation(location, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(settings.location(), location);
}

void tst_ConnectionSettings::fromLocationMakesPathAbsolute()
{
    QString error;
    const ConnectionSettings settings
        = ConnectionSettings::fromLocation(QStringLiteral("data/chargedesk.sqlite"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(settings.location(),
             QDir::current().filePath(QStringLiteral("data/chargedesk.sqlite")));
}

void tst_ConnectionSettings::fromLocationRejectsPassword()
{
    QString error;
    const ConnectionSettings settings = ConnectionSettings::fromLocation(
        QStringLiteral("postgresql://finance:secret@db:5432/chargedesk"), &error);
    QVERIFY(error.contains(QLatin1String("password")));
    QVERIFY2(!error.contains(QLatin1String("secret")), qPrintable(error));
    QCOMPARE(settings.kind, Kind::SqliteFile);
    QCOMPARE(settings.location(), Database::defaultPath());
}

void tst_ConnectionSettings::saveAndLoad()
{
    QSettings stored(m_dir.filePath(QStringLiteral("save.conf")), QSettings::IniFormat);
    QVERIFY(ConnectionSettings::savedLocation(stored).isEmpty());

    const ConnectionSettings shared = postgresqlSettings(
        QStringLiteral("db.example.com"), QStringLiteral("5433"), QStringLiteral("chargedesk"),
        QStringLiteral("finance"));
    QString error;
    QVERIFY2(shared.save(stored, &error), qPrintable(error));
    QCOMPARE(ConnectionSettings::savedLocation(stored),
             QStringLiteral("postgresql://finance@db.example.com:5433/chargedesk"));

    // A second QSettings on the file reads what the first wrote.
    QSettings reread(stored.fileName(), QSettings::IniFormat);
    QCOMPARE(reread.value(ConnectionSettings::LocationKey).toString(), shared.location());

    ConnectionSettings file;
    file.filePath = m_dir.filePath(QStringLiteral("local.sqlite"));
    QVERIFY2(file.save(stored, &error), qPrintable(error));
    QCOMPARE(ConnectionSettings::savedLocation(stored), file.filePath);
}

void tst_ConnectionSettings::saveRejectsInvalidField()
{
    QSettings stored(m_dir.filePath(QStringLiteral("invalid.conf")), QSettings::IniFormat);
    const ConnectionSettings settings = postgresqlSettings(
        QStringLiteral("db"), QStringLiteral("70000"), QStringLiteral("chargedesk"),
        QStringLiteral("finance"));
    QString error;
    QVERIFY(!settings.save(stored, &error));
    QVERIFY2(error.contains(QStringLiteral("“70000”")), qPrintable(error));
    QVERIFY(!stored.contains(ConnectionSettings::LocationKey));
}

void tst_ConnectionSettings::saveRejectsPasswordOption()
{
    QSettings stored(m_dir.filePath(QStringLiteral("password.conf")), QSettings::IniFormat);
    ConnectionSettings settings = postgresqlSettings(
        QStringLiteral("db"), QStringLiteral("5432"), QStringLiteral("chargedesk"),
        QStringLiteral("finance"));
    settings.connectOptions = QStringLiteral("sslmode=require;password=secret");
    QString error;
    QVERIFY(!settings.save(stored, &error));
    QVERIFY(error.contains(QLatin1String("password")));
    QVERIFY2(!error.contains(QLatin1String("secret")), qPrintable(error));
    QVERIFY(!stored.contains(ConnectionSettings::LocationKey));
}

void tst_ConnectionSettings::startupLocationPrefersCommandLine()
{
    QSettings stored(m_dir.filePath(QStringLiteral("startup.conf")), QSettings::IniFormat);
    const QString commandLine = m_dir.filePath(QStringLiteral("given.sqlite"));
    QCOMPARE(ConnectionSettings::startupLocation({}, stored), Database::defaultPath());
    QCOMPARE(ConnectionSettings::startupLocation(commandLine, stored), commandLine);

    const QString saved = QStringLiteral("postgresql://finance@db:5432/chargedesk");
    stored.setValue(ConnectionSettings::LocationKey, saved);
    QCOMPARE(ConnectionSettings::startupLocation({}, stored), saved);
    QCOMPARE(ConnectionSettings::startupLocation(commandLine, stored), commandLine);
}

void tst_ConnectionSettings::passwordFileFollowsPgpassfile()
{
    const QByteArray previous = qgetenv("PGPASSFILE");
    const QString configured = m_dir.filePath(QStringLiteral("passwords"));
    qputenv("PGPASSFILE", configured.toLocal8Bit());
    QCOMPARE(ConnectionSettings::passwordFilePath(), QDir::toNativeSeparators(configured));

    qunsetenv("PGPASSFILE");
#ifdef Q_OS_WIN
    QVERIFY(ConnectionSettings::passwordFilePath().endsWith(QLatin1String("pgpass.conf")));
#else
    QCOMPARE(ConnectionSettings::passwordFilePath(), QDir::home().filePath(".pgpass"));
#endif
    if (!previous.isEmpty())
        qputenv("PGPASSFILE", previous);
}

void tst_ConnectionSettings::checkMissingFileCreatesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("later/chargedesk.sqlite"));
    const ConnectionCheck::Result result = ConnectionCheck::run(path);
    QVERIFY2(result.succeeded, qPrintable(result.message));
    QVERIFY2(result.message.contains(QLatin1String("does not exist yet")),
             qPrintable(result.message));
    QCOMPARE(result.schemaVersion, 0);
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("later"))));
}

void tst_ConnectionSettings::checkSqliteDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("ready.sqlite"));
    QString error;
    QVERIFY2(Database::open(path, QStringLiteral("ready"), &error), qPrintable(error));
    Database::close(QStringLiteral("ready"));

    const ConnectionCheck::Result result = ConnectionCheck::run(path);
    QVERIFY2(result.succeeded, qPrintable(result.message));
    QCOMPARE(result.schemaVersion, Database::SchemaVersion);
    QVERIFY(result.serverVersion.isEmpty());
    QVERIFY2(result.message.contains(path), qPrintable(result.message));
    QVERIFY2(result.message.contains(QLatin1String("current schema version")),
             qPrintable(result.message));

    // The check's connection is gone again.
    for (const QString &name : QSqlDatabase::connectionNames())
        QVERIFY2(!name.startsWith(QLatin1String("chargedesk-connection-check")), qPrintable(name));
}

void tst_ConnectionSettings::checkForeignFile()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("These are notes, not a database.\n");
    file.close();

    const ConnectionCheck::Result result = ConnectionCheck::run(path);
    QVERIFY(!result.succeeded);
    QVERIFY2(result.message.contains(path), qPrintable(result.message));
    QCOMPARE(result.schemaVersion, -1);
}

void tst_ConnectionSettings::checkNewerSchema()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("newer"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        VERIFY_SQL(query, query.exec(QStringLiteral(
                              "CREATE TABLE schema_version (version INTEGER NOT NULL)")));
        VERIFY_SQL(query, query.exec(QStringLiteral("INSERT INTO schema_version VALUES (99)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    const QByteArray before = [&path] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();

    const ConnectionCheck::Result result = ConnectionCheck::run(path);
    QVERIFY(!result.succeeded);
    QCOMPARE(result.schemaVersion, 99);
    QVERIFY2(result.message.contains(QLatin1String("newer ChargeDesk")),
             qPrintable(result.message));

    // The check opened the file read-only.
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
}

void tst_ConnectionSettings::checkRefusedPort()
{
#ifdef Q_OS_UNIX
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        QSKIP("Qt's PostgreSQL driver (QPSQL) is not installed");

    // A bound socket that does not listen: the kernel refuses connections.
    LoopbackSocket closed(false);
    QVERIFY(closed.port() > 0);
    const QString location = QStringLiteral("postgresql://finance@127.0.0.1:%1/chargedesk")
                                 .arg(closed.port());

    QElapsedTimer timer;
    timer.start();
    const ConnectionCheck::Result result = ConnectionCheck::run(location);
    QVERIFY(!result.succeeded);
    QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(result.message.contains(QString::number(closed.port())), qPrintable(result.message));
    QVERIFY(result.serverVersion.isEmpty());
#else
    QSKIP("uses POSIX sockets");
#endif
}

void tst_ConnectionSettings::checkSilentServerTimesOut()
{
#ifdef Q_OS_UNIX
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        QSKIP("Qt's PostgreSQL driver (QPSQL) is not installed");

    // The kernel accepts the connection into the backlog, and nothing ever
    // answers, as with a server that hangs.
    LoopbackSocket silent(true);
    QVERIFY(silent.port() > 0);
    const QString location
        = QStringLiteral("postgresql://finance@127.0.0.1:%1/chargedesk?connect_timeout=60")
              .arg(silent.port());

    QElapsedTimer timer;
    timer.start();
    const ConnectionCheck::Result result = ConnectionCheck::run(location, 2);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!result.succeeded);
    QVERIFY2(elapsed >= 1500 && elapsed < 10000, qPrintable(QString::number(elapsed)));
    QVERIFY2(result.message.contains(QLatin1String("within 2 seconds")),
             qPrintable(result.message));
#else
    QSKIP("uses POSIX sockets");
#endif
}

void tst_ConnectionSettings::checkPostgresqlDatabase()
{
    SKIP_UNLESS_POSTGRESQL();

    TestDatabase database;
    QVERIFY2(database.isOpen(), qPrintable(database.error()));

    const ConnectionCheck::Result result = ConnectionCheck::run(database.location());
    QVERIFY2(result.succeeded, qPrintable(result.message));
    QVERIFY(!result.serverVersion.isEmpty());
    QCOMPARE(result.schemaVersion, Database::SchemaVersion);
    const QString name = TestBackend::databaseName(database.location());
    QVERIFY2(result.message.contains(name), qPrintable(result.message));
    QVERIFY2(result.message.contains(result.serverVersion), qPrintable(result.message));
}

void tst_ConnectionSettings::checkPostgresqlMissingDatabase()
{
    SKIP_UNLESS_POSTGRESQL();

    QUrl url(TestBackend::adminUrl());
    url.setPath(QStringLiteral("/no_such_chargedesk_database"));
    const ConnectionCheck::Result result = ConnectionCheck::run(url.toString());
    QVERIFY(!result.succeeded);
    QVERIFY2(result.message.contains(QLatin1String("no_such_chargedesk_database")),
             qPrintable(result.message));
    QVERIFY2(result.message.contains(QLatin1String("does not exist")),
             qPrintable(result.message));
}

QTEST_GUILESS_MAIN(tst_ConnectionSettings)
#include "tst_connectionsettings.moc"
