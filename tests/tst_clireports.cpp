#include "clitestsupport.h"
#include "csvtestsupport.h"
#include "reportfixture.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace {

using CurrencySums = QMap<QString, qint64>;

} // namespace

// Runs "chargedesk-cli report" on a database filled with Northwind and
// Chinese-named customers, and checks its files against the database.
class tst_CliReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void chargeCsvTotalsEqualDatabase_data();
    void chargeCsvTotalsEqualDatabase();
    void chargePdfInChinese();
    void chargeSummaryWithoutFiles();
    void statementFiles();
    void statementCreditsAgree();
    void chargeSummaryShowsVoided();
    void noticesForCustomer();
    void noticeWarnsAboutMissingCompany();
    void badValuesRejected_data();
    void badValuesRejected();
    void runsWithoutDisplay();

private:
    CliResult run(const QStringList &arguments,
                  const QProcessEnvironment &extra = QProcessEnvironment()) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool databaseSums(const QString &condition, CurrencySums *sums) const;

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_database;
    ReportFixture::Charges m_charges;
    QString m_configHome; // XDG_CONFIG_HOME of the runs, with a company profile
};

CliResult tst_CliReports::run(const QStringList &arguments,
                              const QProcessEnvironment &extra) const
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_configHome);
    const QStringList extraKeys = extra.keys();
    for (const QString &key : extraKeys)
        environment.insert(key, extra.value(key));

    const QStringList global = {QStringLiteral("--database"), m_database->path(),
                                QStringLiteral("--language"), QStringLiteral("en")};
    return runCli(arguments.contains(QStringLiteral("--language"))
                      ? QStringList{QStringLiteral("--database"), m_database->path()} + arguments
                      : global + arguments,
                  environment);
}

bool tst_CliReports::databaseSums(const QString &condition, CurrencySums *sums) const
{
    QSqlQuery query(m_database->db());
    if (!query.exec(QStringLiteral("SELECT charges.currency AS currency, "
                                   "SUM(CASE WHEN status = 'posted' THEN amount_minor ELSE 0 "
                                   "END) AS total FROM charges JOIN customers ON customers.id = "
                                   "charges.customer_id WHERE %1 GROUP BY charges.currency")
                        .arg(condition))) {
        qWarning() << query.lastError().text();
        return false;
    }
    while (query.next())
        sums->insert(query.value(QStringLiteral("currency")).toString(),
                     query.value(QStringLiteral("total")).toLongLong());
    return true;
}

void tst_CliReports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(CHARGEDESK_CLI_PATH)), CHARGEDESK_CLI_PATH);

    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
    QString error;
    QVERIFY2(ReportFixture::populate(m_database->db(), &m_charges, &error), qPrintable(error));

    // The company profile the program reads from its settings file.
    m_configHome = path(QStringLiteral("config"));
    QSettings settings(m_configHome + QStringLiteral("/ChargeDesk/ChargeDesk.conf"),
                       QSettings::IniFormat);
    settings.beginGroup(QStringLiteral("company"));
    settings.setValue(QStringLiteral("name"), QStringLiteral("杭州云帆信息技术有限公司"));
    settings.setValue(QStringLiteral("phone"), QStringLiteral("0571-8888 6666"));
    settings.setValue(QStringLiteral("bank_account"), QStringLiteral("5719 0000 1234 5678"));
    settings.endGroup();
    settings.sync();
    QCOMPARE(settings.status(), QSettings::NoError);
}

void tst_CliReports::cleanupTestCase()
{
    m_database.reset();
}

void tst_CliReports::chargeCsvTotalsEqualDatabase_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("condition");

    QTest::newRow("all") << QStringList() << "1 = 1";
    QTest::newRow("customers and fee type")
        << QStringList{"--customer", "SHHD", "--customer", "ALFKI", "--fee-type", "SERVICE"}
        << "customers.code IN ('SHHD', 'ALFKI') AND fee_type_code = 'SERVICE'";
    QTest::newRow("void only") << QStringList{"--status", "void"} << "status = 'void'";
    QTest::newRow("entered by and method")
        << QStringList{"--entered-by", "li", "--payment-method", "CASH",
                       "--payment-method", "WECHAT_PAY"}
        << "created_by = 'li' AND payment_method_code IN ('CASH', 'WECHAT_PAY')";
    QTest::newRow("entered today")
        << QStringList{"--from", QDate::currentDate().toString(Qt::ISODate), "--to",
                       QDate::currentDate().toString(Qt::ISODate)}
        << (TestBackend::isPostgresql()
                ? "local_day(charges.created_at) = to_char(current_date, 'YYYY-MM-DD')"
                : "date(charges.created_at, 'localtime') = date('now', 'localtime')");
}

void tst_CliReports::chargeCsvTotalsEqualDatabase()
{
    QFETCH(QStringList, options);
    QFETCH(QString, condition);

    const QString csv = path(QStringLiteral("charges-%1.csv").arg(QTest::currentDataTag())
                                 .replace(QLatin1Char(' '), QLatin1Char('-')));
    const CliResult result = run(QStringList{QStringLiteral("report"), QStringLiteral("charges"),
                                             QStringLiteral("--csv"), csv}
                                 + options);
    QVERIFY(result.finished);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QVERIFY2(result.out.contains(csv), qPrintable(result.out));

    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QVERIFY(!rows.isEmpty());
    const QStringList header = rows.constFirst();
    QCOMPARE(header.constFirst(), QStringLiteral("row_type"));
    const qsizetype amount = header.indexOf(QStringLiteral("amount"));
    const qsizetype currency = header.indexOf(QStringLiteral("currency"));
    QVERIFY(amount > 0);
    QVERIFY(currency > 0);

    CurrencySums totals;
    for (const QStringList &row : rows.mid(1)) {
        QCOMPARE(row.size(), header.size());
        if (row.constFirst() == QLatin1String("total"))
            totals.insert(row.at(currency), plainMinor(row.at(amount)));
    }
    CurrencySums expected;
    QVERIFY(databaseSums(condition, &expected));
    QCOMPARE(totals, expected);
}

void tst_CliReports::chargePdfInChinese()
{
    const QString pdf = path(QStringLiteral("charges-zh.pdf"));
    const CliResult result = run({QStringLiteral("--language"), QStringLiteral("zh_CN"),
                                  QStringLiteral("report"), QStringLiteral("charges"),
                                  QStringLiteral("--pdf"), pdf});
    QVERIFY(result.finished);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));

    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed; install poppler-utils.");
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).remove(' ');
    QVERIFY2(text.contains(QStringLiteral("上海华东贸易有限公司")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("杭州云帆信息技术有限公司")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("服务费")), qPrintable(text));
}

void tst_CliReports::chargeSummaryWithoutFiles()
{
    const CliResult result = run({QStringLiteral("report"), QStringLiteral("charges"),
                                  QStringLiteral("--customer"), QStringLiteral("SHHD")});
    QVERIFY(result.finished);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("Charges listed: 4 (3 counted, 1 void)")),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("Total CNY: ¥1,323.39")), qPrintable(result.out));
}

void tst_CliReports::statementFiles()
{
    const QString csv = path(QStringLiteral("statement.csv"));
    const QString pdf = path(QStringLiteral("statement.pdf"));
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const CliResult result = run({QStringLiteral("report"), QStringLiteral("statement"),
                                  QStringLiteral("--customer"), QStringLiteral("BJHL"),
                                  QStringLiteral("--from"), QStringLiteral("2000-01-01"),
                                  QStringLiteral("--to"), today, QStringLiteral("--csv"), csv,
                                  QStringLiteral("--pdf"), pdf});
    QVERIFY(result.finished);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(QFile::exists(pdf));

    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    const qsizetype balance = rows.constFirst().indexOf(QStringLiteral("balance"));
    QCOMPARE(rows.constLast().constFirst(), QStringLiteral("closing_balance"));
    QCOMPARE(plainMinor(rows.constLast().at(balance)),
             m_database->scalar(QStringLiteral("SELECT balance_minor FROM customers "
                                               "WHERE code = 'BJHL'")));

    const CliResult summary = run({QStringLiteral("report"), QStringLiteral("statement"),
                                   QStringLiteral("--customer"), QStringLiteral("BJHL"),
                                   QStringLiteral("--from"), QStringLiteral("2000-01-01"),
                                   QStringLiteral("--to"), today});
    QVERIFY2(summary.exitCode == 0, qPrintable(summary.err));
    QVERIFY2(summary.out.contains(QStringLiteral("Closing balance: ¥4,566.60")),
             qPrintable(summary.out));
}

void tst_CliReports::statementCreditsAgree()
{
    // SHHD has a void charge, so its statement has a credit.
    const QString csv = path(QStringLiteral("credits.csv"));
    const QString pdf = path(QStringLiteral("credits.pdf"));
    const QStringList statement = {QStringLiteral("report"), QStringLiteral("statement"),
                                   QStringLiteral("--customer"), QStringLiteral("SHHD"),
                                   QStringLiteral("--from"), QStringLiteral("2000-01-01"),
                                   QStringLiteral("--to"),
                                   QDate::currentDate().toString(Qt::ISODate)};
    const CliResult files = run(statement
                                + QStringList{QStringLiteral("--csv"), csv,
                                              QStringLiteral("--pdf"), pdf});
    QVERIFY2(files.exitCode == 0, qPrintable(files.err));
    const CliResult summary = run(statement);
    QVERIFY2(summary.exitCode == 0, qPrintable(summary.err));

    // The CSV: detail amounts are signed, total_credits is their positive sum.
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(file.readAll().mid(3)));
    const qsizetype amount = rows.constFirst().indexOf(QStringLiteral("amount"));
    const qsizetype balance = rows.constFirst().indexOf(QStringLiteral("balance"));
    qint64 credits = 0;
    qint64 totalCredits = -1;
    qint64 totalDebits = -1;
    for (const QStringList &row : rows.mid(1)) {
        if (row.constFirst() == QLatin1String("detail") && row.at(amount).startsWith('-'))
            credits -= plainMinor(row.at(amount));
        if (row.constFirst() == QLatin1String("total_credits"))
            totalCredits = plainMinor(row.at(amount));
        if (row.constFirst() == QLatin1String("total_debits"))
            totalDebits = plainMinor(row.at(amount));
    }
    QVERIFY(credits > 0);
    QCOMPARE(totalCredits, credits);
    QCOMPARE(plainMinor(rows.at(1).at(balance)) + totalDebits - totalCredits,
             plainMinor(rows.constLast().at(balance)));

    // The command line prints the same positive amount.
    const QStringList lines = summary.out.split(QLatin1Char('\n'));
    const auto creditLine = std::find_if(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.startsWith(QLatin1String("Credits: "));
    });
    QVERIFY2(creditLine != lines.cend(), qPrintable(summary.out));
    const QString printed = creditLine->mid(9);
    QVERIFY2(printed.startsWith(QStringLiteral("¥")), qPrintable(printed));
    QCOMPARE(plainMinor(QString(printed).remove(QStringLiteral("¥")).remove(',')), credits);

    // The PDF shows that amount too.
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed; install poppler-utils.");
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(text.contains(printed), qPrintable(printed + QLatin1Char('\n') + text));
    QVERIFY2(!text.contains(QLatin1Char('-') + printed), qPrintable(text));
}

void tst_CliReports::chargeSummaryShowsVoided()
{
    const CliResult result = run({QStringLiteral("report"), QStringLiteral("charges"),
                                  QStringLiteral("--status"), QStringLiteral("void")});
    QVERIFY(result.finished);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const qint64 voided = m_database->scalar(QStringLiteral(
        "SELECT SUM(amount_minor) FROM charges WHERE status = 'void' AND currency = 'CNY'"));
    QVERIFY(voided > 0);
    const qint64 voidCount = m_database->scalar(QStringLiteral(
        "SELECT COUNT(*) FROM charges WHERE status = 'void' AND currency = 'CNY'"));
    const QString expected = QStringLiteral("Voided CNY: %1 from %2 void charge")
                                 .arg(Money(voided, QStringLiteral("CNY"))
                                          .format(QLocale(QLocale::English,
                                                          QLocale::UnitedStates)))
                                 .arg(voidCount);
    QVERIFY2(result.out.contains(expected), qPrintable(expected + QLatin1Char('\n') + result.out));
}

void tst_CliReports::noticesForCustomer()
{
    const QString pdf = path(QStringLiteral("notices.pdf"));
    const CliResult result = run({QStringLiteral("report"), QStringLiteral("notice"),
                                  QStringLiteral("--customer"), QStringLiteral("SHHD"),
                                  QStringLiteral("--pdf"), pdf});
    QVERIFY(result.finished);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("3 notices written")), qPrintable(result.out));
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QVERIFY(QFile::exists(pdf));

    const CliResult byId = run({QStringLiteral("report"), QStringLiteral("notice"),
                                QStringLiteral("--charge"),
                                QString::number(m_charges.posted.constFirst()),
                                QStringLiteral("--charge"),
                                QString::number(m_charges.posted.constLast()),
                                QStringLiteral("--pdf"), pdf});
    QVERIFY2(byId.exitCode == 0, qPrintable(byId.err));
    QVERIFY2(byId.out.contains(QStringLiteral("2 notices written")), qPrintable(byId.out));
}

void tst_CliReports::noticeWarnsAboutMissingCompany()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("no-config")));
    const CliResult result = run({QStringLiteral("report"), QStringLiteral("notice"),
                                  QStringLiteral("--charge"),
                                  QString::number(m_charges.posted.constFirst()),
                                  QStringLiteral("--pdf"), path(QStringLiteral("bare.pdf"))},
                                 environment);
    QVERIFY(result.finished);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("company name")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("Settings › Company")), qPrintable(result.err));
}

void tst_CliReports::badValuesRejected_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("messageParts");

    const QString pdf = path(QStringLiteral("bad.pdf"));
    const QString voidId = QString::number(m_charges.voided.constFirst());
    const QString postedId = QString::number(m_charges.posted.constFirst());

    QTest::newRow("unknown kind")
        << QStringList{"report", "summary"} << 1
        << QStringList{"summary", "charges, statement, notice or reminder-letters"};
    QTest::newRow("bad from") << QStringList{"report", "charges", "--from", "2026-13-01"} << 1
                              << QStringList{"--from", "2026-13-01", "YYYY-MM-DD"};
    QTest::newRow("bad to") << QStringList{"report", "charges", "--to", "yesterday"} << 1
                            << QStringList{"--to", "yesterday"};
    QTest::newRow("from after to")
        << QStringList{"report", "charges", "--from", "2026-12-05", "--to", "2026-11-30"} << 1
        << QStringList{"2026-12-05", "2026-11-30"};
    QTest::newRow("bad date basis")
        << QStringList{"report", "charges", "--date-basis", "created"} << 1
        << QStringList{"--date-basis", "created", "entry or due"};
    QTest::newRow("bad status") << QStringList{"report", "charges", "--status", "cancelled"}
                                << 1 << QStringList{"--status", "cancelled", "posted or void"};
    QTest::newRow("unknown fee type")
        << QStringList{"report", "charges", "--fee-type", "SERVICE", "--fee-type", "BOGUS"} << 1
        << QStringList{"--fee-type", "BOGUS", "SERVICE"};
    QTest::newRow("unknown reason") << QStringList{"report", "charges", "--reason", "NOPE"}
                                    << 1 << QStringList{"--reason", "NOPE", "UNPAID"};
    QTest::newRow("unknown customer")
        << QStringList{"report", "charges", "--customer", "NOPE"} << 3 << QStringList{"NOPE"};
    QTest::newRow("statement without to")
        << QStringList{"report", "statement", "--customer", "SHHD", "--from", "2026-01-01"} << 1
        << QStringList{"--to"};
    QTest::newRow("statement of two customers")
        << QStringList{"report", "statement", "--customer", "SHHD", "--customer", "BJHL",
                       "--from", "2026-01-01", "--to", "2026-12-31"}
        << 1 << QStringList{"--customer"};
    QTest::newRow("statement with fee type")
        << QStringList{"report", "statement", "--customer", "SHHD", "--from", "2026-01-01",
                       "--to", "2026-12-31", "--fee-type", "SERVICE"}
        << 1 << QStringList{"--fee-type", "statement"};
    QTest::newRow("notice without pdf") << QStringList{"report", "notice", "--charge", postedId}
                                        << 1 << QStringList{"--pdf"};
    QTest::newRow("notice with csv")
        << QStringList{"report", "notice", "--charge", postedId, "--pdf", pdf, "--csv", "x.csv"}
        << 1 << QStringList{"--csv"};
    QTest::newRow("notice by charge and customer")
        << QStringList{"report", "notice", "--charge", postedId, "--customer", "SHHD", "--pdf",
                       pdf}
        << 1 << QStringList{"--charge", "--customer", "not both"};
    QTest::newRow("notice without charge or customer")
        << QStringList{"report", "notice", "--pdf", pdf} << 1
        << QStringList{"--charge", "--customer", "to choose the charges"};
    QTest::newRow("charge not a number")
        << QStringList{"report", "notice", "--charge", "abc", "--pdf", pdf} << 1
        << QStringList{"--charge", "abc"};
    QTest::newRow("unknown charge")
        << QStringList{"report", "notice", "--charge", postedId, "--charge", "999999", "--pdf",
                       pdf}
        << 3 << QStringList{"999999"};
    QTest::newRow("void charge")
        << QStringList{"report", "notice", "--charge", voidId, "--pdf", pdf} << 2
        << QStringList{voidId, "void"};
    QTest::newRow("missing folder")
        << QStringList{"report", "charges", "--pdf", "/nonexistent-folder/report.pdf"} << 3
        << QStringList{"/nonexistent-folder", "--pdf"};
    QTest::newRow("folder as file")
        << QStringList{"report", "charges", "--csv", QDir::tempPath()} << 1
        << QStringList{"--csv", QDir::tempPath()};
}

void tst_CliReports::badValuesRejected()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, messageParts);

    const CliResult result = run(arguments);
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    for (const QString &part : std::as_const(messageParts))
        QVERIFY2(result.err.contains(part), qPrintable(part + QStringLiteral(" in: ") + result.err));
    QVERIFY(!QFile::exists(path(QStringLiteral("bad.pdf"))));
}

void tst_CliReports::runsWithoutDisplay()
{
    // Without QT_QPA_PLATFORM and a display the program picks the offscreen
    // platform, and Qt's start-up notes stay off standard error.
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QString());
    environment.insert(QStringLiteral("DISPLAY"), QString());
    environment.insert(QStringLiteral("WAYLAND_DISPLAY"), QString());
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), QString());

    const CliResult list = run({QStringLiteral("list-charges")}, environment);
    QVERIFY(list.finished);
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.err.isEmpty(), qPrintable(list.err));

    const QString pdf = path(QStringLiteral("headless.pdf"));
    const CliResult report = run({QStringLiteral("report"), QStringLiteral("charges"),
                                  QStringLiteral("--pdf"), pdf},
                                 environment);
    QVERIFY(report.finished);
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    QVERIFY2(report.err.isEmpty(), qPrintable(report.err));
    QVERIFY(QFile::exists(pdf));
}

QTEST_GUILESS_MAIN(tst_CliReports)
#include "tst_clireports.moc"
