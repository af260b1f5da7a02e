#include "clitestsupport.h"
#include "csvtestsupport.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Runs chargedesk-cli's CSV commands as a separate process on a copy of the
// imported Northwind data.
class tst_CliCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // export-csv
    void exportHelpListsColumns();
    void exportStdoutStartsWithByteOrderMark();
    void exportNoBomOnStdout();
    void exportToFile();
    void exportRepeatedCustomerOption();
    void exportChargesGuardsFormulas();
    void exportChargePeriod_data();
    void exportChargePeriod();
    void exportSameInEveryLanguage();
    void exportUsageErrors_data();
    void exportUsageErrors();
    void exportUnknownCustomer();
    void exportMissingFolder();
    void exportImportRoundTrip();

    // import-csv
    void importEachKind();
    void importDryRunWritesNothing();
    void importTwiceAddsNothing();
    void importReportsLineNumbers();
    void importFileErrorNamesLineOnce_data();
    void importFileErrorNamesLineOnce();
    void importPossibleDuplicateNamesOption();
    void importGb18030File();
    void importBig5File();
    void importMappingOption();
    void importExitCodes_data();
    void importExitCodes();

private:
    CliResult run(const QStringList &arguments) const;
    QString freshDatabase();

    // Sets run()'s database to a new path, created by the command.
    QString emptyDatabase();

    // Writes bytes to a file named name in the test folder; returns its path.
    QString writeImportFile(const QString &name, const QByteArray &bytes) const;

    QTemporaryDir m_dir;
    QString m_seedPath;     // imported Northwind data, copied by freshDatabase()
    QString m_databasePath; // the database run() passes
    int m_databaseCount = 0;
};

namespace {

const QByteArray ByteOrderMark("\xEF\xBB\xBF");

QStringList exportArguments(const QString &kind, const QStringList &options = {})
{
    return QStringList{QStringLiteral("export-csv"), kind} + options;
}

} // namespace

CliResult tst_CliCsv::run(const QStringList &arguments) const
{
    return runCli(QStringList{QStringLiteral("--database"), m_databasePath,
                              QStringLiteral("--language"), QStringLiteral("en")}
                  + arguments);
}

QString tst_CliCsv::freshDatabase()
{
    m_databasePath = TestBackend::copyLocation(
        m_seedPath, m_dir, QStringLiteral("test-%1.sqlite").arg(++m_databaseCount));
    return m_databasePath;
}

void tst_CliCsv::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(CHARGEDESK_CLI_PATH)), CHARGEDESK_CLI_PATH);

    m_seedPath = TestBackend::newLocation(m_dir, QStringLiteral("seed.sqlite"));
    QVERIFY(!m_seedPath.isEmpty());
    m_databasePath = m_seedPath;
    const CliResult imported = run({QStringLiteral("import-northwind"),
                                    QStringLiteral(NORTHWIND_DIR)});
    QVERIFY2(imported.finished && imported.exitCode == 0, qPrintable(imported.err));

    // Two charges for ALFKI, one with a note that a spreadsheet would run.
    const QStringList charge = {
        QStringLiteral("add-charge"),     QStringLiteral("--customer"),
        QStringLiteral("ALFKI"),          QStringLiteral("--fee-type"),
        QStringLiteral("SERVICE"),        QStringLiteral("--amount"),
        QStringLiteral("1234.50"),        QStringLiteral("--reason"),
        QStringLiteral("UNPAID"),         QStringLiteral("--payment-method"),
        QStringLiteral("BANK_TRANSFER"),  QStringLiteral("--confirm"),
    };
    const CliResult first = run(charge
                                + QStringList{QStringLiteral("--due"),
                                              QStringLiteral("2024-07-31"),
                                              QStringLiteral("--note"),
                                              QStringLiteral("=1+1, \"quoted\"\n补费")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QStringList secondCharge = charge;
    secondCharge[secondCharge.indexOf(QStringLiteral("1234.50"))] = QStringLiteral("99.00");
    const CliResult added = run(secondCharge
                                + QStringList{QStringLiteral("--due"),
                                              QStringLiteral("2024-12-31")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

void tst_CliCsv::exportHelpListsColumns()
{
    const CliResult result = run({QStringLiteral("export-csv"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    const QString help = result.out;
    const QStringList expected = {
        QStringLiteral("KIND"),         QStringLiteral("--output FILE"),
        QStringLiteral("--customer CODE ..."), QStringLiteral("--from DATE"),
        QStringLiteral("--to DATE"),    QStringLiteral("--date-basis BASIS"),
        QStringLiteral("--no-bom"),     QStringLiteral("byte order mark"),
        QStringLiteral("discount_percent"), QStringLiteral("duplicate_acknowledgement"),
        QStringLiteral("postal_code"),  QStringLiteral("apostrophe"),
    };
    for (const QString &part : expected)
        QVERIFY2(help.contains(part), qPrintable(part));

    const CliResult programHelp = run({QStringLiteral("--help")});
    QVERIFY(programHelp.out.contains(QLatin1String("export-csv")));
}

void tst_CliCsv::exportStdoutStartsWithByteOrderMark()
{
    freshDatabase();
    const CliResult result = run(exportArguments(QStringLiteral("charges")));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QVERIFY2(result.outBytes.startsWith(ByteOrderMark + "charge_id,request_key,"),
             result.outBytes.left(40).constData());
    QCOMPARE(readCsvRecords(result.outBytes).size(), 3);
}

void tst_CliCsv::exportNoBomOnStdout()
{
    freshDatabase();
    const CliResult withMark = run(exportArguments(QStringLiteral("customers")));
    const CliResult withoutMark = run(exportArguments(QStringLiteral("customers"),
                                                      {QStringLiteral("--no-bom")}));
    QCOMPARE(withoutMark.exitCode, 0);
    QVERIFY2(withoutMark.outBytes.startsWith("code,company_name,"),
             withoutMark.outBytes.left(40).constData());
    QCOMPARE(ByteOrderMark + withoutMark.outBytes, withMark.outBytes);
}

void tst_CliCsv::exportToFile()
{
    freshDatabase();
    const QString path = m_dir.filePath(QStringLiteral("bills.csv"));
    const CliResult result = run(exportArguments(QStringLiteral("bills"),
                                                 {QStringLiteral("--output"), path}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(path), qPrintable(result.out));

    const QByteArray bytes = fileBytes(path);
    QVERIFY(bytes.startsWith(ByteOrderMark + "bill_no,customer_code,issue_date,"));
    // 2155 order details and one freight line for each of the 830 bills.
    const QList<QStringList> records = readCsvRecords(bytes);
    QCOMPARE(records.size(), 1 + 2155 + 830);
    QVERIFY2(result.out.contains(QLatin1String("2985")), qPrintable(result.out));
}

void tst_CliCsv::exportRepeatedCustomerOption()
{
    freshDatabase();
    const CliResult result = run(exportArguments(
        QStringLiteral("customers"),
        {QStringLiteral("--customer"), QStringLiteral("ANATR"), QStringLiteral("--customer"),
         QStringLiteral("ALFKI")}));
    QCOMPARE(result.exitCode, 0);

    const QList<QStringList> records = readCsvRecords(result.outBytes);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(1).at(0), QStringLiteral("ALFKI"));
    QCOMPARE(records.at(2).at(0), QStringLiteral("ANATR"));
}

void tst_CliCsv::exportChargesGuardsFormulas()
{
    freshDatabase();
    const CliResult result = run(exportArguments(QStringLiteral("charges"),
                                                 {QStringLiteral("--customer"),
                                                  QStringLiteral("ALFKI")}));
    QCOMPARE(result.exitCode, 0);

    const QList<QStringList> records = readCsvRecords(result.outBytes);
    QCOMPARE(records.size(), 3);
    const QStringList &header = records.constFirst();
    const QStringList &charge = records.at(1);
    QCOMPARE(charge.at(header.indexOf(QLatin1String("note"))),
             QStringLiteral("'=1+1, \"quoted\"\n补费"));
    QCOMPARE(charge.at(header.indexOf(QLatin1String("amount"))), QStringLiteral("1234.50"));
    QCOMPARE(charge.at(header.indexOf(QLatin1String("due_date"))), QStringLiteral("2024-07-31"));
    QCOMPARE(charge.at(header.indexOf(QLatin1String("fee_type"))), QStringLiteral("SERVICE"));
}

void tst_CliCsv::exportChargePeriod_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("dueDates");

    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);

    QTest::newRow("due in July")
        << QStringList{"--from", "2024-07-01", "--to", "2024-07-31"}
        << QStringList{"2024-07-31"};
    QTest::newRow("due from August") << QStringList{"--from", "2024-08-01"}
                                     << QStringList{"2024-12-31"};
    QTest::newRow("entered today")
        << QStringList{"--date-basis", "entry", "--from", today, "--to", today}
        << QStringList{"2024-07-31", "2024-12-31"};
    QTest::newRow("entered yesterday")
        << QStringList{"--date-basis", "entry", "--from", yesterday, "--to", yesterday}
        << QStringList{};
}

void tst_CliCsv::exportChargePeriod()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, dueDates);

    freshDatabase();
    const CliResult result = run(exportArguments(QStringLiteral("charges"), options));
    QCOMPARE(result.exitCode, 0);

    const QList<QStringList> records = readCsvRecords(result.outBytes);
    QVERIFY(!records.isEmpty());
    const qsizetype dueColumn = records.constFirst().indexOf(QLatin1String("due_date"));
    QStringList exported;
    for (qsizetype row = 1; row < records.size(); ++row)
        exported << records.at(row).at(dueColumn);
    QCOMPARE(exported, dueDates);
}

void tst_CliCsv::exportSameInEveryLanguage()
{
    const QString path = freshDatabase();
    const QList<QStringList> kinds = {{QStringLiteral("customers")}, {QStringLiteral("bills")},
                                      {QStringLiteral("charges")}};
    for (const QStringList &kind : kinds) {
        const auto runIn = [&](const QString &language) {
            return runCli(QStringList{QStringLiteral("--database"), path,
                                      QStringLiteral("--language"), language}
                          + exportArguments(kind.constFirst()));
        };
        const CliResult english = runIn(QStringLiteral("en"));
        const CliResult chinese = runIn(QStringLiteral("zh_CN"));
        QCOMPARE(english.exitCode, 0);
        QCOMPARE(chinese.exitCode, 0);
        QCOMPARE(chinese.outBytes, english.outBytes);
    }
}

void tst_CliCsv::exportUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing kind") << QStringList{"export-csv"} << "KIND";
    QTest::newRow("unknown kind") << exportArguments("payments") << "“payments”";
    QTest::newRow("invalid from")
        << exportArguments("charges", {"--from", "2024-02-30"}) << "--from “2024-02-30”";
    QTest::newRow("invalid to") << exportArguments("bills", {"--to", "31.07.2024"})
                                << "--to “31.07.2024”";
    QTest::newRow("period reversed")
        << exportArguments("charges", {"--from", "2024-08-01", "--to", "2024-07-01"})
        << "--from 2024-08-01";
    QTest::newRow("period for customers")
        << exportArguments("customers", {"--from", "2024-08-01"}) << "--from";
    QTest::newRow("date basis for bills")
        << exportArguments("bills", {"--date-basis", "entry"}) << "--date-basis";
    QTest::newRow("invalid date basis")
        << exportArguments("charges", {"--date-basis", "created"}) << "“created”";
    QTest::newRow("no-bom with output")
        << exportArguments("charges", {"--no-bom", "--output", "x.csv"}) << "--no-bom";
    QTest::newRow("output is a folder")
        << exportArguments("charges", {"--output", QDir::tempPath()}) << "--output";
    QTest::newRow("empty output") << exportArguments("charges", {"--output", ""})
                                  << "--output “”";
}

void tst_CliCsv::exportUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    freshDatabase();
    const CliResult result = run(arguments);
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY2(result.outBytes.isEmpty(), result.outBytes.left(100).constData());
}

void tst_CliCsv::exportUnknownCustomer()
{
    freshDatabase();
    const CliResult result = run(exportArguments(QStringLiteral("charges"),
                                                 {QStringLiteral("--customer"),
                                                  QStringLiteral("ALFKI"),
                                                  QStringLiteral("--customer"),
                                                  QStringLiteral("NOPE")}));
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(QLatin1String("NOPE")), qPrintable(result.err));
    QVERIFY(result.outBytes.isEmpty());
}

void tst_CliCsv::exportMissingFolder()
{
    freshDatabase();
    const QString folder = m_dir.filePath(QStringLiteral("no-such-folder"));
    const QString path = folder + QStringLiteral("/charges.csv");
    const CliResult result = run(exportArguments(QStringLiteral("charges"),
                                                 {QStringLiteral("--output"), path}));
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(QDir::toNativeSeparators(folder)), qPrintable(result.err));
    QVERIFY(!QFile::exists(path));
}

void tst_CliCsv::exportImportRoundTrip()
{
    const QString source = freshDatabase();
    const QString target = TestBackend::newLocation(m_dir, QStringLiteral("round-trip.sqlite"));
    const auto runOn = [&](const QString &database, const QStringList &arguments) {
        return runCli(QStringList{QStringLiteral("--database"), database,
                                  QStringLiteral("--language"), QStringLiteral("en")}
                      + arguments);
    };

    // All three kinds are imported before any is exported again, because
    // the customers' balance column sums the bills and charges.
    const QStringList kinds = {QStringLiteral("customers"), QStringLiteral("bills"),
                               QStringLiteral("charges")};
    for (const QString &kind : kinds) {
        const QString first = m_dir.filePath(kind + QStringLiteral("-first.csv"));
        QCOMPARE(runOn(source, exportArguments(kind, {QStringLiteral("--output"), first}))
                     .exitCode,
                 0);
        const CliResult imported = runOn(target, {QStringLiteral("import-csv"), kind, first});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.outBytes.contains("Import committed."), imported.outBytes.constData());
    }

    // The import writes created_at and voided_at anew, so those columns are
    // left out of the comparison of the charges. Everything else must be the
    // same, the charge IDs and request keys included.
    const QStringList importTimes = {QStringLiteral("created_at"), QStringLiteral("voided_at")};
    for (const QString &kind : kinds) {
        const QString first = m_dir.filePath(kind + QStringLiteral("-first.csv"));
        const QString second = m_dir.filePath(kind + QStringLiteral("-second.csv"));
        QCOMPARE(runOn(target, exportArguments(kind, {QStringLiteral("--output"), second}))
                     .exitCode,
                 0);
        if (kind != QLatin1String("charges")) {
            QCOMPARE(fileBytes(second), fileBytes(first));
            continue;
        }

        QList<QStringList> firstRecords = readCsvRecords(fileBytes(first));
        QList<QStringList> secondRecords = readCsvRecords(fileBytes(second));
        QVERIFY(firstRecords.size() > 1);
        for (const QString &column : importTimes) {
            const qsizetype index = firstRecords.constFirst().indexOf(column);
            QVERIFY(index >= 0);
            for (QStringList &record : firstRecords)
                record.removeAt(index);
            for (QStringList &record : secondRecords)
                record.removeAt(index);
        }
        QCOMPARE(secondRecords, firstRecords);
    }

    // Importing the exports again adds nothing.
    for (const QString &kind : kinds) {
        const QString first = m_dir.filePath(kind + QStringLiteral("-first.csv"));
        const CliResult again = runOn(target, {QStringLiteral("import-csv"), kind, first});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.outBytes.contains("Added: 0, already present: "),
                 again.outBytes.constData());
    }
}

namespace {

const QString ImportCustomers = QStringLiteral(
    "客户编号,公司名称,联系人,电话,城市\n"
    "HUALIAN,北京华联商贸有限公司,王芳,010-6552 8888,北京\n"
    "DEYI,德益貿易行 㐀,陈先生,'+852 2345 6789,香港\n");

const QString ImportBills = QStringLiteral(
    "账单号,客户编号,开票日期,到期日,品名,数量,单价,折扣\n"
    "B-1001,HUALIAN,2026/3/1,2026/3/31,办公桌,2,1500.00,0\n"
    "B-1001,HUALIAN,2026/3/1,2026/3/31,办公椅,3,333.33,5\n");

const QString ImportCharges = QStringLiteral(
    "客户编号,账单号,费用类型,金额,原因,备注,支付方式,到期日\n"
    "HUALIAN,B-1001,服务费,\"1,234.50\",账单遗漏或错误,安装费,银行转账,2026-04-15\n"
    "DEYI,,滞纳金,50,客户未付款,,现金,2026-05-01\n");

// Returns the single integer sql yields in the database at path (a file
// or a PostgreSQL URL), or -1.
qint64 scalarIn(const QString &path, const QString &sql)
{
    qint64 value = -1;
    {
        QSqlDatabase db = TestBackend::openRaw(path, QStringLiteral("clicsv-check"));
        if (db.isOpen()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("clicsv-check"));
    return value;
}

} // namespace

QString tst_CliCsv::writeImportFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning() << "Could not write" << path;
    return path;
}

QString tst_CliCsv::emptyDatabase()
{
    m_databasePath = TestBackend::newLocation(
        m_dir, QStringLiteral("empty-%1.sqlite").arg(++m_databaseCount));
    return m_databasePath;
}

void tst_CliCsv::importEachKind()
{
    const QString database = emptyDatabase();
    const QStringList kinds = {QStringLiteral("customers"), QStringLiteral("bills"),
                               QStringLiteral("charges")};
    const QStringList contents = {ImportCustomers, ImportBills, ImportCharges};

    for (int i = 0; i < kinds.size(); ++i) {
        const QString path = writeImportFile(kinds.at(i) + QStringLiteral(".csv"),
                                             contents.at(i).toUtf8());
        const CliResult result = run({QStringLiteral("import-csv"), kinds.at(i), path});
        QVERIFY(result.finished);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QString out = result.out;
        QVERIFY2(out.contains(QStringLiteral("Encoding: UTF-8 (detected)")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Columns:\n")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Line 2: added as ID 1: ")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Import committed.")), qPrintable(out));
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    }

    const QString out =
        run({QStringLiteral("import-csv"), QStringLiteral("customers"),
             m_dir.filePath(QStringLiteral("customers.csv")), QStringLiteral("--dry-run")})
            .out;
    QVERIFY2(out.contains(QStringLiteral("  code          ← 客户编号\n")), qPrintable(out));

    QCOMPARE(scalarIn(database, QStringLiteral("SELECT COUNT(*) FROM customers")), 2);
    QCOMPARE(scalarIn(database, QStringLiteral("SELECT COUNT(*) FROM bill_lines")), 2);
    QCOMPARE(scalarIn(database, QStringLiteral("SELECT COUNT(*) FROM charges")), 2);
    // 3000.00 + 949.99 on the bill, 1234.50 charged on it.
    QCOMPARE(scalarIn(database, QStringLiteral("SELECT balance_minor FROM customers WHERE "
                                               "code = 'HUALIAN'")),
             300000 + 94999 + 123450);
    QCOMPARE(scalarIn(database, QStringLiteral("SELECT COUNT(*) FROM charges WHERE "
                                               "fee_type_code = 'LATE_FEE' AND "
                                               "payment_method_code = 'CASH'")),
             1);
}

void tst_CliCsv::importDryRunWritesNothing()
{
    const QString database = emptyDatabase();
    const QString path = writeImportFile(QStringLiteral("dry-run.csv"), ImportCustomers.toUtf8());

    const CliResult result = run({QStringLiteral("import-csv"), QStringLiteral("customers"),
                                  path, QStringLiteral("--dry-run")});
    QCOMPARE(result.exitCode, 0);
    const QString out = result.out;
    QVERIFY2(out.contains(QStringLiteral("Line 3: would be added: ")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("New: 2, already present: 0, rejected: 0.")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("--dry-run")), qPrintable(out));
    QCOMPARE(scalarIn(database, QStringLiteral("SELECT COUNT(*) FROM customers")), 0);
    QCOMPARE(scalarIn(database, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
}

void tst_CliCsv::importTwiceAddsNothing()
{
    const QString database = emptyDatabase();
    const QString path = writeImportFile(QStringLiteral("twice.csv"), ImportCustomers.toUtf8());
    QCOMPARE(run({QStringLiteral("import-csv"), QStringLiteral("customers"), path}).exitCode, 0);

    const CliResult again = run({QStringLiteral("import-csv"), QStringLiteral("customers"), path});
    QCOMPARE(again.exitCode, 0);
    const QString out = again.out;
    QVERIFY2(out.contains(QStringLiteral("Line 2: already present: ")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Added: 0, already present: 2, rejected: 0.")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Nothing new")), qPrintable(out));
    QCOMPARE(scalarIn(database, QStringLiteral("SELECT COUNT(*) FROM customers")), 2);
}

void tst_CliCsv::importReportsLineNumbers()
{
    const QString database = emptyDatabase();
    QCOMPARE(run({QStringLiteral("import-csv"), QStringLiteral("customers"),
                  writeImportFile(QStringLiteral("lines-customers.csv"),
                                  ImportCustomers.toUtf8())})
                 .exitCode,
             0);

    const QString charges = QStringLiteral(
        "customer_code,fee_type,amount,reason,payment_method,due_date\n"
        "HUALIAN,SERVICE,10.00,UNPAID,CASH,2026-04-15\n"
        "HUALIAN,SERVICE,12.345,UNPAID,CASH,2026-04-31\n"
        "NOBODY,SERVICE,10.00,UNPAID,CASH,2026-04-15\n");
    const CliResult result = run({QStringLiteral("import-csv"), QStringLiteral("charges"),
                                  writeImportFile(QStringLiteral("lines.csv"),
                                                  charges.toUtf8())});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("Line 3, amount: ")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("Line 3, due_date: ")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("Line 4, customer_code: Customer “NOBODY”")),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("Nothing was written.")),
             qPrintable(result.err));
    QVERIFY(!result.err.contains(QStringLiteral("Line 2")));
    QCOMPARE(scalarIn(database, QStringLiteral("SELECT COUNT(*) FROM charges")), 0);
}

void tst_CliCsv::importFileErrorNamesLineOnce_data()
{
    QTest::addColumn<QByteArray>("badLine");
    QTest::addColumn<QString>("message");

    QTest::newRow("field count") << QByteArray("NEW2,Other Ltd,extra\n")
                                 << QStringLiteral("Line 3 has 3 fields but the header row has 2");
    QTest::newRow("quote inside field")
        << QByteArray("NEW2,Other \"Ltd\"\n")
        << QStringLiteral("Line 3: field 2 contains a double quote");
    QTest::newRow("unclosed quote")
        << QByteArray("NEW2,\"Other Ltd\n")
        << QStringLiteral("Line 3: the quoted field that starts on this line is not closed");
    QTest::newRow("invalid UTF-8") << QByteArray("NEW2,Other \xFF Ltd\n")
                                   << QStringLiteral("Line 3: the text is not valid UTF-8");
}

void tst_CliCsv::importFileErrorNamesLineOnce()
{
    QFETCH(QByteArray, badLine);
    QFETCH(QString, message);

    emptyDatabase();
    const QString path = writeImportFile(QStringLiteral("file-error.csv"),
                                         QByteArray("code,company_name\nNEW1,New Ltd\n")
                                             + badLine);
    const CliResult result = run({QStringLiteral("import-csv"), QStringLiteral("customers"),
                                  path, QStringLiteral("--encoding"), QStringLiteral("utf-8")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(result.err.count(QStringLiteral("Line 3")), 1);
}

void tst_CliCsv::importPossibleDuplicateNamesOption()
{
    // ALFKI has a charge of 1234.50 due 2024-07-31; the same amount due ten
    // days later is a possible duplicate.
    freshDatabase();
    const QString path = writeImportFile(
        QStringLiteral("possible-duplicate.csv"),
        QByteArray("customer_code,fee_type,amount,reason,payment_method,due_date\n"
                   "ALFKI,MATERIAL,1234.50,UNPAID,CASH,2024-08-10\n"));

    const CliResult rejected = run({QStringLiteral("import-csv"), QStringLiteral("charges"),
                                    path});
    QCOMPARE(rejected.exitCode, 2);
    QVERIFY2(rejected.err.contains(QStringLiteral("Line 2, duplicate_acknowledgement: ")),
             qPrintable(rejected.err));
    QVERIFY2(rejected.err.contains(QStringLiteral("--acknowledge-duplicates NOTE")),
             qPrintable(rejected.err));

    const CliResult acknowledged = run({QStringLiteral("import-csv"), QStringLiteral("charges"),
                                        path, QStringLiteral("--acknowledge-duplicates"),
                                        QStringLiteral("Material for a second site")});
    QVERIFY2(acknowledged.exitCode == 0, qPrintable(acknowledged.err));
    QCOMPARE(scalarIn(m_databasePath, QStringLiteral("SELECT COUNT(*) FROM charges WHERE "
                                                     "duplicate_ack_note = "
                                                     "'Material for a second site'")),
             1);
}

void tst_CliCsv::importGb18030File()
{
    const QString database = emptyDatabase();
    const QByteArray bytes = gb18030(ImportCustomers);
    QVERIFY(!bytes.isEmpty());
    const QString path = writeImportFile(QStringLiteral("gb18030.csv"), bytes);

    // Read as UTF-8 the file is invalid at its first Chinese character.
    const CliResult forced = run({QStringLiteral("import-csv"), QStringLiteral("customers"), path,
                                  QStringLiteral("--encoding"), QStringLiteral("utf-8")});
    QCOMPARE(forced.exitCode, 2);
    QVERIFY2(forced.err.contains(QStringLiteral("Line 1: the text is not valid UTF-8 at byte "
                                                "offset 0")),
             qPrintable(forced.err));

    const CliResult result = run({QStringLiteral("import-csv"), QStringLiteral("customers"), path});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.outBytes.contains("Encoding: GB18030 (detected)"),
             result.outBytes.constData());
    QCOMPARE(scalarIn(database, QStringLiteral("SELECT COUNT(*) FROM customers WHERE "
                                               "company_name IN ('北京华联商贸有限公司', "
                                               "'德益貿易行 㐀') AND phone <> ''")),
             2);
    QCOMPARE(scalarIn(database, QStringLiteral("SELECT COUNT(*) FROM customers WHERE "
                                               "phone = '+852 2345 6789'")),
             1);
}

void tst_CliCsv::importBig5File()
{
    // Customers as Excel saves them on Traditional Chinese Windows, with
    // the zh_TW column names.
    const QString customers = QStringLiteral("客戶編號,公司名稱,聯絡人,電話,城市,幣別\n"
                                             "TWSEMI,台灣精密電子股份有限公司,張志明,02-2345-6789,"
                                             "臺北,TWD\n"
                                             "EUROCO,歐洲商行（€ 結算）,Maria Anders,030-0074321,"
                                             "Berlin,EUR\n");
    const QByteArray bytes = big5(customers);
    QVERIFY(!bytes.isEmpty());
    const QString path = writeImportFile(QStringLiteral("big5.csv"), bytes);
    const QString importedNames = QStringLiteral(
        "SELECT COUNT(*) FROM customers WHERE company_name IN ('台灣精密電子股份有限公司', "
        "'歐洲商行（€ 結算）') AND contact_name IN ('張志明', 'Maria Anders')");

    QString database = emptyDatabase();
    const CliResult guessed = run({QStringLiteral("import-csv"), QStringLiteral("customers"),
                                   path});
    QVERIFY2(guessed.exitCode == 0, qPrintable(guessed.err));
    QVERIFY2(guessed.outBytes.contains("Encoding: Big5 (guessed; --encoding gb18030 reads the "
                                       "file as GB18030 instead)"),
             guessed.outBytes.constData());
    QCOMPARE(scalarIn(database, importedNames), 2);

    database = emptyDatabase();
    const CliResult given = run({QStringLiteral("import-csv"), QStringLiteral("customers"), path,
                                 QStringLiteral("--encoding"), QStringLiteral("big5")});
    QVERIFY2(given.exitCode == 0, qPrintable(given.err));
    QVERIFY2(given.outBytes.contains("Encoding: Big5 (as given by --encoding)"),
             given.outBytes.constData());
    QCOMPARE(scalarIn(database, importedNames), 2);

    // Read as GB18030 the headers are other characters, so the required
    // columns are missing and nothing is written.
    database = emptyDatabase();
    const CliResult wrong = run({QStringLiteral("import-csv"), QStringLiteral("customers"), path,
                                 QStringLiteral("--encoding"), QStringLiteral("gb18030")});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.outBytes.contains("Encoding: GB18030 (as given by --encoding)"),
             wrong.outBytes.constData());
    QVERIFY2(wrong.err.contains(QStringLiteral("no column for these required fields")),
             qPrintable(wrong.err));
    QCOMPARE(scalarIn(database, QStringLiteral("SELECT COUNT(*) FROM customers")), 0);
}

void tst_CliCsv::importMappingOption()
{
    const QString database = emptyDatabase();
    const QString path = writeImportFile(QStringLiteral("mapping.csv"),
                                         QByteArray("Kunde,Firma,Ort\nK-1,M\xC3\xBCller,Bonn\n"));

    const CliResult unmapped = run({QStringLiteral("import-csv"), QStringLiteral("customers"),
                                    path});
    QCOMPARE(unmapped.exitCode, 2);
    QVERIFY2(unmapped.err.contains(QStringLiteral("code and company_name")),
             qPrintable(unmapped.err));

    const CliResult mapped = run({QStringLiteral("import-csv"), QStringLiteral("customers"),
                                  path, QStringLiteral("--mapping"),
                                  QStringLiteral("code=Kunde,company_name=Firma"),
                                  QStringLiteral("--mapping=city=Ort")});
    QVERIFY2(mapped.exitCode == 0, qPrintable(mapped.err));
    QVERIFY2(mapped.outBytes.contains("city          \xE2\x86\x90 Ort"),
             mapped.outBytes.constData());
    QCOMPARE(scalarIn(database, QStringLiteral("SELECT COUNT(*) FROM customers WHERE "
                                               "code = 'K-1' AND city = 'Bonn'")),
             1);
}

void tst_CliCsv::importExitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const QString customers = QStringLiteral("customers.csv");
    QTest::newRow("unknown kind") << QStringList{QStringLiteral("payments"), customers} << 1
                                  << QStringLiteral("Invalid KIND “payments”");
    QTest::newRow("missing file") << QStringList{QStringLiteral("customers")} << 1
                                  << QStringLiteral("Missing argument FILE");
    QTest::newRow("unknown encoding")
        << QStringList{QStringLiteral("customers"), customers, QStringLiteral("--encoding"),
                       QStringLiteral("shift_jis")}
        << 1
        << QStringLiteral("Invalid --encoding “shift_jis”: use auto, utf-8, gb18030 or big5.");
    QTest::newRow("mapping without equals")
        << QStringList{QStringLiteral("customers"), customers, QStringLiteral("--mapping"),
                       QStringLiteral("Kunde")}
        << 1 << QStringLiteral("Invalid mapping “Kunde”");
    QTest::newRow("acknowledgement for customers")
        << QStringList{QStringLiteral("customers"), customers,
                       QStringLiteral("--acknowledge-duplicates"), QStringLiteral("ok")}
        << 1 << QStringLiteral("--acknowledge-duplicates applies only to charges");
    QTest::newRow("file not found")
        << QStringList{QStringLiteral("customers"), QStringLiteral("no-such-file.csv")} << 3
        << QStringLiteral("File “");
    QTest::newRow("folder in place of a file")
        << QStringList{QStringLiteral("customers"), QStringLiteral("csv-folder")} << 3
        << QStringLiteral("is a folder, not a file");
    QTest::newRow("unknown field in mapping")
        << QStringList{QStringLiteral("customers"), customers, QStringLiteral("--mapping"),
                       QStringLiteral("kode=客户编号")}
        << 2 << QStringLiteral("unknown field “kode”");
    QTest::newRow("missing columns")
        << QStringList{QStringLiteral("charges"), customers} << 2
        << QStringLiteral("no column for these required fields");
    QTest::newRow("database unreadable")
        << QStringList{QStringLiteral("--database-is-text")} << 4 << QString();
}

void tst_CliCsv::importExitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    emptyDatabase();
    const QString customers = writeImportFile(QStringLiteral("customers.csv"),
                                              ImportCustomers.toUtf8());
    for (QString &argument : arguments) {
        if (argument == QLatin1String("customers.csv"))
            argument = customers;
        else if (argument == QLatin1String("csv-folder"))
            argument = QFileInfo(customers).absolutePath();
    }

    // A text file in place of the database cannot be opened.
    if (arguments == QStringList{QStringLiteral("--database-is-text")}) {
        SKIP_ON_POSTGRESQL("reads a file that is not an SQLite database");
        m_databasePath = writeImportFile(QStringLiteral("not-a-database.sqlite"),
                                         QByteArray("plain text\n"));
        arguments = {QStringLiteral("customers"), customers};
    }

    const CliResult result = run(QStringList{QStringLiteral("import-csv")} + arguments);
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(tst_CliCsv)
#include "tst_clicsv.moc"
