#include "sqlscript.h"

#include <QFile>
#include <QTest>

class tst_SqlScript : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void migrationScriptsSplit_data();
    void migrationScriptsSplit();
};

void tst_SqlScript::split_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("statements");

    QTest::newRow("two statements")
        << QStringLiteral("CREATE TABLE a (x INTEGER);\n\nCREATE TABLE b (\n    y TEXT\n);\n")
        << QStringList{QStringLiteral("CREATE TABLE a (x INTEGER);"),
                       QStringLiteral("CREATE TABLE b (\n    y TEXT\n);")};
    QTest::newRow("comments between statements")
        << QStringLiteral("-- first\nSELECT 1;\n  -- second\nSELECT 2;")
        << QStringList{QStringLiteral("SELECT 1;"), QStringLiteral("SELECT 2;")};
    QTest::newRow("no final semicolon")
        << QStringLiteral("SELECT 1;\nSELECT 2")
        << QStringList{QStringLiteral("SELECT 1;"), QStringLiteral("SELECT 2")};
    QTest::newRow("sqlite trigger")
        << QStringLiteral("CREATE TRIGGER t\nBEFORE DELETE ON a\nBEGIN\n"
                          "    SELECT RAISE(ABORT, 'no');\nEND;\nSELECT 1;")
        << QStringList{QStringLiteral("CREATE TRIGGER t\nBEFORE DELETE ON a\nBEGIN\n"
                                      "    SELECT RAISE(ABORT, 'no');\nEND;"),
                       QStringLiteral("SELECT 1;")};
    QTest::newRow("sqlite trigger with BEGIN at line end")
        << QStringLiteral("CREATE TRIGGER t BEFORE DELETE ON a FOR EACH ROW BEGIN\n"
                          "    SELECT RAISE(ABORT, 'no');\nEND;")
        << QStringList{QStringLiteral("CREATE TRIGGER t BEFORE DELETE ON a FOR EACH ROW BEGIN\n"
                                      "    SELECT RAISE(ABORT, 'no');\nEND;")};
    QTest::newRow("postgresql function")
        << QStringLiteral("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                          "BEGIN\n    IF OLD.x <> 1 THEN\n        RAISE EXCEPTION 'no';\n"
                          "    END IF;\n    RETURN NEW;\nEND;\n$$;\n\n"
                          "CREATE TRIGGER t\nBEFORE UPDATE ON a\n"
                          "FOR EACH ROW EXECUTE FUNCTION f();\nSELECT 1;")
        << QStringList{QStringLiteral("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS "
                                      "$$\nBEGIN\n    IF OLD.x <> 1 THEN\n        RAISE "
                                      "EXCEPTION 'no';\n    END IF;\n    RETURN NEW;\nEND;\n$$;"),
                       QStringLiteral("CREATE TRIGGER t\nBEFORE UPDATE ON a\n"
                                      "FOR EACH ROW EXECUTE FUNCTION f();"),
                       QStringLiteral("SELECT 1;")};
    QTest::newRow("one-line dollar quote")
        << QStringLiteral("SELECT $$a;$$;\nSELECT 2;")
        << QStringList{QStringLiteral("SELECT $$a;$$;"), QStringLiteral("SELECT 2;")};
}

void tst_SqlScript::split()
{
    QFETCH(QString, script);
    QFETCH(QStringList, statements);

    QCOMPARE(SqlScript::split(script), statements);
}

void tst_SqlScript::migrationScriptsSplit_data()
{
    QTest::addColumn<QString>("resource");

    for (const char *dialect : {"sqlite", "postgresql"}) {
        for (int version = 1; version <= 3; ++version) {
            const QString name = QStringLiteral("%1_%2.sql")
                                     .arg(QLatin1String(dialect))
                                     .arg(version, 4, 10, QLatin1Char('0'));
            QTest::newRow(qPrintable(name)) << QStringLiteral(":/chargedesk/sql/") + name;
        }
    }
}

// Every statement of the shipped scripts ends with ';' and none contains
// the start of another, which a wrong split would show.
void tst_SqlScript::migrationScriptsSplit()
{
    QFETCH(QString, resource);

    QFile file(resource);
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(resource));
    const QStringList statements = SqlScript::split(QString::fromUtf8(file.readAll()));
    QVERIFY(!statements.isEmpty());
    for (const QString &statement : statements) {
        QVERIFY2(statement.endsWith(QLatin1Char(';')), qPrintable(statement));
        const QStringList lines = statement.split(QLatin1Char('\n'));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QString line = lines.at(i);
            QVERIFY2(!line.startsWith(QLatin1String("CREATE ")), qPrintable(statement));
        }
    }
}

QTEST_GUILESS_MAIN(tst_SqlScript)
#include "tst_sqlscript.moc"
