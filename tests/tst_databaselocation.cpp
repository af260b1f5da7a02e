#include "databaselocation.h"

#include <QTest>

class tst_DatabaseLocation : public QObject
{
    Q_OBJECT

private slots:
    void filePaths_data();
    void filePaths();
    void postgresqlUrls_data();
    void postgresqlUrls();
    void connectOptions();
    void passwordRejected_data();
    void passwordRejected();
    void invalidUrls_data();
    void invalidUrls();
    void displayTextRoundTrips_data();
    void displayTextRoundTrips();
    void displayHostAndPortDefaults();
    void redactedRemovesPassword_data();
    void redactedRemovesPassword();
};

void tst_DatabaseLocation::filePaths_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("absolute") << QStringLiteral("/tmp/chargedesk.sqlite");
    QTest::newRow("relative") << QStringLiteral("data/chargedesk.sqlite");
    QTest::newRow("chinese") << QStringLiteral("/tmp/补费台.sqlite");
    QTest::newRow("colon in name") << QStringLiteral("/tmp/a:b.sqlite");
    QTest::newRow("other scheme") << QStringLiteral("mysql://user@host/db");
}

void tst_DatabaseLocation::filePaths()
{
    QFETCH(QString, text);

    const DatabaseLocation location = DatabaseLocation::parse(text);
    QVERIFY2(location.isValid(), qPrintable(location.errorText()));
    QCOMPARE(location.kind(), DatabaseLocation::Kind::SqliteFile);
    QCOMPARE(location.filePath(), text);
    QCOMPARE(location.displayText(), text);
    QVERIFY(!DatabaseLocation::isPostgresqlUrl(text));
}

void tst_DatabaseLocation::postgresqlUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");

    QTest::newRow("full") << QStringLiteral("postgresql://finance@db.example.com:5433/chargedesk")
                          << QStringLiteral("finance") << QStringLiteral("db.example.com") << 5433
                          << QStringLiteral("chargedesk");
    QTest::newRow("postgres scheme") << QStringLiteral("postgres://finance@db/chargedesk")
                                     << QStringLiteral("finance") << QStringLiteral("db")
                                     << DatabaseLocation::DefaultPort
                                     << QStringLiteral("chargedesk");
    QTest::newRow("no user") << QStringLiteral("postgresql://127.0.0.1:54329/ledger")
                             << QString() << QStringLiteral("127.0.0.1") << 54329
                             << QStringLiteral("ledger");
    QTest::newRow("no host") << QStringLiteral("postgresql:///chargedesk") << QString()
                             << QString() << DatabaseLocation::DefaultPort
                             << QStringLiteral("chargedesk");
    QTest::newRow("ipv6") << QStringLiteral("postgresql://finance@[::1]:5432/chargedesk")
                          << QStringLiteral("finance") << QStringLiteral("::1") << 5432
                          << QStringLiteral("chargedesk");
    QTest::newRow("encoded name") << QStringLiteral("postgresql://finance@db/%E8%A1%A5%E8%B4%B9")
                                  << QStringLiteral("finance") << QStringLiteral("db")
                                  << DatabaseLocation::DefaultPort << QStringLiteral("补费");
    QTest::newRow("surrounding space") << QStringLiteral("  postgresql://u@h/d ")
                                       << QStringLiteral("u") << QStringLiteral("h")
                                       << DatabaseLocation::DefaultPort << QStringLiteral("d");
}

void tst_DatabaseLocation::postgresqlUrls()
{
    QFETCH(QString, text);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);

    const DatabaseLocation location = DatabaseLocation::parse(text);
    QVERIFY2(location.isValid(), qPrintable(location.errorText()));
    QVERIFY(location.isPostgresql());
    QCOMPARE(location.userName(), user);
    QCOMPARE(location.hostName(), host);
    QCOMPARE(location.port(), port);
    QCOMPARE(location.databaseName(), database);
    QCOMPARE(location.connectOptions(), QString());
}

void tst_DatabaseLocation::connectOptions()
{
    const DatabaseLocation location = DatabaseLocation::parse(
        QStringLiteral("postgresql://finance@db/chargedesk?sslmode=require&connect_timeout=5"));
    QVERIFY2(location.isValid(), qPrintable(location.errorText()));
    QCOMPARE(location.connectOptions(), QStringLiteral("sslmode=require;connect_timeout=5"));
    QCOMPARE(location.displayText(), QStringLiteral("postgresql://finance@db/chargedesk"
                                                    "?sslmode=require&connect_timeout=5"));
}

void tst_DatabaseLocation::passwordRejected_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("user and password")
        << QStringLiteral("postgresql://finance:s3cret@db:5432/chargedesk");
    QTest::newRow("empty password") << QStringLiteral("postgresql://finance:@db/chargedesk");
    QTest::newRow("query parameter")
        << QStringLiteral("postgresql://finance@db/chargedesk?password=s3cret");
    QTest::newRow("query parameter upper case")
        << QStringLiteral("postgresql://finance@db/chargedesk?PASSWORD=s3cret");
}

void tst_DatabaseLocation::passwordRejected()
{
    QFETCH(QString, text);

    const DatabaseLocation location = DatabaseLocation::parse(text);
    QVERIFY(!location.isValid());
    QVERIFY2(location.errorText().contains(QLatin1String("PGPASSWORD")),
             qPrintable(location.errorText()));
    QVERIFY2(location.errorText().contains(QLatin1String("~/.pgpass")),
             qPrintable(location.errorText()));
    QVERIFY2(!location.errorText().contains(QLatin1String("s3cret")),
             qPrintable(location.errorText()));
    QVERIFY2(location.errorText().contains(QLatin1String("finance")),
             qPrintable(location.errorText()));
}

void tst_DatabaseLocation::invalidUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("empty");
    QTest::newRow("no database") << QStringLiteral("postgresql://finance@db:5432")
                                 << QStringLiteral("names no database");
    QTest::newRow("slash only") << QStringLiteral("postgresql://finance@db/")
                                << QStringLiteral("names no database");
    QTest::newRow("nested path") << QStringLiteral("postgresql://finance@db/a/b")
                                 << QStringLiteral("names no database");
    QTest::newRow("bad port") << QStringLiteral("postgresql://finance@db:port/chargedesk")
                              << QStringLiteral("is not valid");
    QTest::newRow("option with space")
        << QStringLiteral("postgresql://finance@db/chargedesk?application_name=a%20b")
        << QStringLiteral("application_name=a b");
    QTest::newRow("option with quote")
        << QStringLiteral("postgresql://finance@db/chargedesk?sslmode=%27x")
        << QStringLiteral("sslmode='x");
}

void tst_DatabaseLocation::invalidUrls()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    const DatabaseLocation location = DatabaseLocation::parse(text);
    QVERIFY(!location.isValid());
    QCOMPARE(location.kind(), DatabaseLocation::Kind::Invalid);
    QVERIFY2(location.errorText().contains(expected), qPrintable(location.errorText()));
}

void tst_DatabaseLocation::displayTextRoundTrips_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("full") << QStringLiteral("postgresql://finance@db.example.com:5433/chargedesk");
    QTest::newRow("no user") << QStringLiteral("postgresql://127.0.0.1:54329/ledger");
    QTest::newRow("no host") << QStringLiteral("postgresql:///chargedesk");
    QTest::newRow("options") << QStringLiteral("postgresql://u@h/d?sslmode=verify-full");
}

void tst_DatabaseLocation::displayTextRoundTrips()
{
    QFETCH(QString, text);

    const DatabaseLocation location = DatabaseLocation::parse(text);
    QVERIFY2(location.isValid(), qPrintable(location.errorText()));
    QCOMPARE(location.displayText(), text);

    const DatabaseLocation again = DatabaseLocation::parse(location.displayText());
    QCOMPARE(again.userName(), location.userName());
    QCOMPARE(again.hostName(), location.hostName());
    QCOMPARE(again.port(), location.port());
    QCOMPARE(again.databaseName(), location.databaseName());
}

void tst_DatabaseLocation::displayHostAndPortDefaults()
{
    const QByteArray savedHost = qgetenv("PGHOST");
    const QByteArray savedPort = qgetenv("PGPORT");
    qunsetenv("PGHOST");
    qunsetenv("PGPORT");

    const DatabaseLocation bare = DatabaseLocation::parse(QStringLiteral("postgresql:///ledger"));
    QCOMPARE(bare.displayPort(), 5432);
    QVERIFY2(bare.displayHost().contains(QLatin1String("socket")), qPrintable(bare.displayHost()));

    qputenv("PGHOST", "db.internal");
    qputenv("PGPORT", "6543");
    QCOMPARE(bare.displayHost(), QStringLiteral("db.internal"));
    QCOMPARE(bare.displayPort(), 6543);

    const DatabaseLocation named
        = DatabaseLocation::parse(QStringLiteral("postgresql://u@db:7000/ledger"));
    QCOMPARE(named.displayHost(), QStringLiteral("db"));
    QCOMPARE(named.displayPort(), 7000);

    const DatabaseLocation socket
        = DatabaseLocation::parse(QStringLiteral("postgresql:///ledger?host=/run/pg"));
    QCOMPARE(socket.displayHost(), QStringLiteral("/run/pg"));

    if (savedHost.isNull())
        qunsetenv("PGHOST");
    else
        qputenv("PGHOST", savedHost);
    if (savedPort.isNull())
        qunsetenv("PGPORT");
    else
        qputenv("PGPORT", savedPort);
}

void tst_DatabaseLocation::redactedRemovesPassword_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("file") << QStringLiteral("/tmp/x.sqlite") << QStringLiteral("/tmp/x.sqlite");
    QTest::newRow("no password") << QStringLiteral("postgresql://u@h:1/d")
                                 << QStringLiteral("postgresql://u@h:1/d");
    QTest::newRow("password") << QStringLiteral("postgresql://u:s3cret@h:1/d")
                              << QStringLiteral("postgresql://u@h:1/d");
    QTest::newRow("query password") << QStringLiteral("postgresql://u@h/d?password=s3cret&a=b")
                                    << QStringLiteral("postgresql://u@h/d?a=b");
}

void tst_DatabaseLocation::redactedRemovesPassword()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    QCOMPARE(DatabaseLocation::redacted(text), expected);
}

QTEST_GUILESS_MAIN(tst_DatabaseLocation)
#include "tst_databaselocation.moc"
