#include "chargecsvimporter.h"
#include "csvcolumnmapping.h"
#include "csvimporter.h"
#include "csvimportprogress.h"
#include "csvtestsupport.h"
#include "testsupport.h"
#include "transaction.h"
#include "translations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Kind = CsvImportKind;
using Status = CsvImportSummary::Status;

Q_DECLARE_METATYPE(CsvImportKind)
Q_DECLARE_METATYPE(UiLanguage)

namespace {

// Three customers with Chinese headers, a quoted address with a comma and
// a phone number that an export guarded with an apostrophe.
const QString CustomersCsv = QStringLiteral(
    "客户编号,公司名称,联系人,电话,地址,城市,币种\r\n"
    "HUALIAN,北京华联商贸有限公司,王芳,010-6552 8888,\"建国路 88 号, 3 层\",北京,CNY\r\n"
    "DEYI,德益貿易行 㐀,陈先生,'+852 2345 6789,皇后大道中 1 号,香港,CNY\r\n"
    "ALFKI,Alfreds Futterkiste,Maria Anders,030-0074321,Obere Str. 57,Berlin,USD\r\n");

// Two bills in English headers, one with the dates as Excel writes them.
// B-1001: 2 x 1500.00 = 3000.00; 3 x 333.33 less 5 % = 949.9905 -> 949.99;
// freight 45.00; 0.15 less 50 % = 0.075 -> 0.08 (half-up). Total 3995.07.
// B-2001: 10 x 18.00 less 2.5 % = 175.50.
const QString BillsCsv = QStringLiteral(
    "bill_no,customer_code,issue_date,due_date,line_no,kind,description,quantity,unit_price,"
    "discount_percent\n"
    "B-1001,HUALIAN,2026-03-01,2026-03-31,1,goods,办公桌,2,1500.00,0\n"
    "B-1001,HUALIAN,2026-03-01,2026-03-31,3,freight,顺丰速运,1,45.00,\n"
    "B-1001,HUALIAN,2026-03-01,2026-03-31,2,goods,办公椅,3,333.33,5\n"
    "B-2001,ALFKI,2026/3/5,2026/4/4,1,goods,Chai,10,18.00,2.5\n"
    "B-1001,HUALIAN,2026-03-01,2026-03-31,4,goods,纸巾,1,0.15,50%\n");

// Customers as a Taiwanese spreadsheet has them: the column names of the
// zh_TW interface, full-width parentheses and the Euro sign, all of which
// Big5 (code page 950) can encode.
const QString TraditionalCustomersCsv = QStringLiteral(
    "客戶編號,公司名稱,聯絡人,聯絡人職稱,電話,地址,城市,國家/地區,幣別\r\n"
    "TWSEMI,台灣精密電子股份有限公司,張志明,財務經理,02-2345-6789,"
    "\"臺北市信義區信義路五段7號, 12樓\",臺北,台灣,TWD\r\n"
    "HKTRADE,香港永興貿易（集團）有限公司,陳大文,總經理,'+852 2345 6789,皇后大道中 99 號,"
    "香港,香港,HKD\r\n"
    "EUROCO,歐洲商行（€ 結算）,Maria Anders,採購主任,030-0074321,Obere Str. 57,Berlin,德國,"
    "EUR\r\n");

const qint64 Bill1001Total = 300000 + 94999 + 4500 + 8;
const qint64 Bill2001Total = 17550;

// Three charges with Chinese headers and lookup labels in three languages.
const QString ChargesCsv = QStringLiteral(
    "客户编号,账单号,费用类型,金额,原因,备注,支付方式,到期日\n"
    "HUALIAN,B-1001,服务费,\"1,234.50\",账单遗漏或错误,安装费未列入三月账单,银行转账,2026-04-15\n"
    "HUALIAN,,LATE_FEE,50,UNPAID,,现金,2026/5/1\n"
    "ALFKI,B-2001,Material fee,12.30,Plan upgrade,,Cheque,2026-04-20\n");

const qint64 Charge1Minor = 123450;
const qint64 Charge2Minor = 5000;
const qint64 Charge3Minor = 1230;

// The tables an import writes; a checksum over them shows any change.
const QStringList CheckedTables = {
    QStringLiteral("customers"), QStringLiteral("bills"),     QStringLiteral("bill_lines"),
    QStringLiteral("charges"),   QStringLiteral("audit_log"), QStringLiteral("payments"),
};

// Returns count customers with codes C0001, C0002, ...
QByteArray manyCustomers(int count)
{
    QString csv = QStringLiteral("code,company_name\n");
    for (int i = 1; i <= count; ++i)
        csv += QStringLiteral("C%1,Company %1\n").arg(i, 4, 10, QLatin1Char('0'));
    return csv.toUtf8();
}

// Returns count charges on the customers of CustomersCsv, on their
// accounts. Each has an amount of its own, so no line duplicates another.
QByteArray manyCharges(int count)
{
    const QStringList codes = {QStringLiteral("HUALIAN"), QStringLiteral("DEYI"),
                               QStringLiteral("ALFKI")};
    const QDate firstDue(2026, 1, 1);
    QString csv = QStringLiteral("customer_code,fee_type,amount,reason,payment_method,"
                                 "due_date\n");
    for (int i = 0; i < count; ++i) {
        csv += QStringLiteral("%1,SERVICE,%2.25,UNPAID,CASH,%3\n")
                   .arg(codes.at(i % codes.size()))
                   .arg(10 + i)
                   .arg(firstDue.addDays(i).toString(Qt::ISODate));
    }
    return csv.toUtf8();
}

// Returns every entry of summary as text, for failure messages.
QString describe(const CsvImportSummary &summary)
{
    QStringList lines;
    if (!summary.fileError.isEmpty())
        lines << QStringLiteral("file: ") + summary.fileError;
    for (const CsvImportSummary::Entry &entry : summary.sortedEntries()) {
        lines << QStringLiteral("line %1 [%2] %3: %4")
                     .arg(entry.line)
                     .arg(int(entry.status))
                     .arg(entry.field, entry.message);
    }
    return lines.join(QLatin1Char('\n'));
}

bool hasEntry(const CsvImportSummary &summary, int line, Status status, const QString &field)
{
    for (const CsvImportSummary::Entry &entry : summary.entries) {
        if (entry.line == line && entry.status == status && entry.field == field)
            return true;
    }
    return false;
}

} // namespace

class tst_CsvImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void customersImport();
    void encodingsImportSameNames_data();
    void encodingsImportSameNames();
    void traditionalFileEveryEncoding_data();
    void traditionalFileEveryEncoding();
    void forcedEncodingImport();
    void billsImport();
    void billLineAmountLimit_data();
    void billLineAmountLimit();
    void chargesImport();
    void chargesCarryAuditRecords();
    void voidChargeImported();
    void malformedLineChangesNothing_data();
    void malformedLineChangesNothing();
    void reimportAddsNothing();
    void changedCustomerRejected();
    void manyCustomersReimported();
    void changedBillRejected();
    void duplicateChargeInFileRejected();
    void possibleDuplicateNeedsAcknowledgement();
    void requestKeyColumnReplays();
    void requestKeyInvalidInDatabase_data();
    void requestKeyInvalidInDatabase();
    void derivedRequestKeyIsStable();
    void dryRunWritesNothing();
    void rejectedCustomerNamesItsLine();
    void chineseHeadersMapped();
    void traditionalHeadersMapped();
    void translatedLabelsMapToTargets_data();
    void translatedLabelsMapToTargets();
    void explicitMappingOverrides();
    void missingRequiredColumnsNamed();
    void formulaGuardRemoved();
    void byteOrderMarksInFieldsRemoved();
    void previewShowsRowsAndMapping();
    void importNestsInOuterTransaction();
    void cancelChangesNothing_data();
    void cancelChangesNothing();
    void progressReachesTotal_data();
    void progressReachesTotal();

private:
    // Writes bytes to a new file and returns its path.
    QString writeFile(const QByteArray &bytes);

    CsvImportSummary import(Kind kind, const QByteArray &bytes,
                            const QHash<QString, QString> &mapping = {},
                            const QString &acknowledgement = QString(), bool dryRun = false,
                            TextEncoding::Encoding encoding = TextEncoding::Encoding::Auto);

    // Checks or imports bytes as kind with the default mapping, reporting to
    // progress.
    CsvImportSummary importWithProgress(Kind kind, const QByteArray &bytes, bool dryRun,
                                        const ReportProgress &progress);

    // Imports the customers, bills and charges above, checking each.
    void importAll();

    QByteArray checksum() const;
    qint64 scalar(const QString &sql) const { return m_database->scalar(sql); }
    QString text(const QString &sql) const;
    // Returns the first column of every row of sql, joined by '|'.
    QString joined(const QString &sql) const;

    std::unique_ptr<QTemporaryDir> m_files;
    std::unique_ptr<TestDatabase> m_database;
    int m_fileCount = 0;
};

void tst_CsvImport::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY(m_files->isValid());
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
}

void tst_CsvImport::cleanup()
{
    m_database.reset();
    m_files.reset();
}

QString tst_CsvImport::writeFile(const QByteArray &bytes)
{
    const QString path = m_files->filePath(QStringLiteral("import-%1.csv").arg(++m_fileCount));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning() << "Could not write" << path;
    return path;
}

CsvImportSummary tst_CsvImport::import(Kind kind, const QByteArray &bytes,
                                       const QHash<QString, QString> &mapping,
                                       const QString &acknowledgement, bool dryRun,
                                       TextEncoding::Encoding encoding)
{
    CsvImportPlan plan;
    plan.kind = kind;
    plan.filePath = writeFile(bytes);
    plan.encoding = encoding;
    plan.mapping = mapping;
    plan.duplicateAcknowledgement = acknowledgement;
    CsvImporter importer(m_database->db(), QStringLiteral("tester"));
    return dryRun ? importer.check(plan) : importer.run(plan);
}

CsvImportSummary tst_CsvImport::importWithProgress(Kind kind, const QByteArray &bytes,
                                                   bool dryRun, const ReportProgress &progress)
{
    CsvImportPlan plan;
    plan.kind = kind;
    plan.filePath = writeFile(bytes);
    CsvImporter importer(m_database->db(), QStringLiteral("tester"));
    return dryRun ? importer.check(plan, progress) : importer.run(plan, progress);
}

void tst_CsvImport::importAll()
{
    const CsvImportSummary customers = import(Kind::Customers, CustomersCsv.toUtf8());
    QVERIFY2(customers.written, qPrintable(describe(customers)));
    const CsvImportSummary bills = import(Kind::Bills, BillsCsv.toUtf8());
    QVERIFY2(bills.written, qPrintable(describe(bills)));
    const CsvImportSummary charges = import(Kind::Charges, ChargesCsv.toUtf8());
    QVERIFY2(charges.written, qPrintable(describe(charges)));
}

QByteArray tst_CsvImport::checksum() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : CheckedTables) {
        QSqlQuery query(m_database->db());
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)))
            return {};
        hash.addData(table.toUtf8());
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                hash.addData(query.value(i).toString().toUtf8().append('\x1f'));
            hash.addData("\x1e");
        }
    }
    return hash.result().toHex();
}

QString tst_CsvImport::text(const QString &sql) const
{
    QSqlQuery query(m_database->db());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("<no row>");
    return query.value(0).toString();
}

QString tst_CsvImport::joined(const QString &sql) const
{
    QSqlQuery query(m_database->db());
    if (!query.exec(sql))
        return QStringLiteral("<failed: %1>").arg(query.lastError().text());
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values.join(QLatin1Char('|'));
}

void tst_CsvImport::customersImport()
{
    const CsvImportSummary summary = import(Kind::Customers, CustomersCsv.toUtf8());

    QVERIFY2(summary.written, qPrintable(describe(summary)));
    QCOMPARE(summary.added, 3);
    QCOMPARE(summary.alreadyPresent, 0);
    QCOMPARE(summary.rejected, 0);
    QCOMPARE(summary.encoding, TextEncoding::Encoding::Utf8);
    QVERIFY(hasEntry(summary, 2, Status::Added, QString()));
    QVERIFY(hasEntry(summary, 4, Status::Added, QString()));

    QCOMPARE(scalar("SELECT COUNT(*) FROM customers"), 3);
    QCOMPARE(text("SELECT address FROM customers WHERE code = 'HUALIAN'"),
             QStringLiteral("建国路 88 号, 3 层"));
    QCOMPARE(text("SELECT contact_name FROM customers WHERE code = 'HUALIAN'"),
             QStringLiteral("王芳"));
    QCOMPARE(text("SELECT city FROM customers WHERE code = 'DEYI'"), QStringLiteral("香港"));
    QCOMPARE(text("SELECT currency FROM customers WHERE code = 'DEYI'"), QStringLiteral("CNY"));
    QCOMPARE(text("SELECT currency FROM customers WHERE code = 'ALFKI'"), QStringLiteral("USD"));
    // Unmapped columns are empty, not NULL.
    QCOMPARE(text("SELECT fax FROM customers WHERE code = 'ALFKI'"), QString());
    QCOMPARE(scalar("SELECT balance_minor FROM customers WHERE code = 'ALFKI'"), 0);

    QCOMPARE(scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'customer.import' "
                    "AND entity = 'customer' AND actor = 'tester'"),
             3);
    QCOMPARE(scalar("SELECT COUNT(*) FROM audit_log a JOIN customers c ON c.id = a.entity_id "
                    "WHERE a.action = 'customer.import'"),
             3);
}

void tst_CsvImport::encodingsImportSameNames_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding::Encoding>("encoding");

    QTest::newRow("UTF-8") << CustomersCsv.toUtf8() << TextEncoding::Encoding::Utf8;
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + CustomersCsv.toUtf8()
                                    << TextEncoding::Encoding::Utf8;
    QTest::newRow("GB18030") << gb18030(CustomersCsv) << TextEncoding::Encoding::Gb18030;
}

void tst_CsvImport::encodingsImportSameNames()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding::Encoding, encoding);
    QVERIFY(!bytes.isEmpty());

    const CsvImportSummary summary = import(Kind::Customers, bytes);
    QVERIFY2(summary.written, qPrintable(describe(summary)));
    QCOMPARE(summary.encoding, encoding);
    QCOMPARE(summary.added, 3);
    QCOMPARE(summary.mapping.header(QStringLiteral("company_name")), QStringLiteral("公司名称"));

    QCOMPARE(text("SELECT company_name FROM customers WHERE code = 'HUALIAN'"),
             QStringLiteral("北京华联商贸有限公司"));
    QCOMPARE(text("SELECT company_name FROM customers WHERE code = 'DEYI'"),
             QStringLiteral("德益貿易行 㐀"));
    QCOMPARE(text("SELECT address FROM customers WHERE code = 'DEYI'"),
             QStringLiteral("皇后大道中 1 号"));
}

void tst_CsvImport::traditionalFileEveryEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding::Encoding>("encoding");
    QTest::addColumn<bool>("guessed");

    QTest::newRow("UTF-8") << TraditionalCustomersCsv.toUtf8() << TextEncoding::Encoding::Utf8
                           << false;
    QTest::newRow("UTF-8 with BOM")
        << QByteArray("\xEF\xBB\xBF") + TraditionalCustomersCsv.toUtf8()
        << TextEncoding::Encoding::Utf8 << false;
    QTest::newRow("Big5") << big5(TraditionalCustomersCsv) << TextEncoding::Encoding::Big5
                          << true;
}

void tst_CsvImport::traditionalFileEveryEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding::Encoding, encoding);
    QFETCH(bool, guessed);
    QVERIFY(!bytes.isEmpty());

    const CsvImportSummary summary = import(Kind::Customers, bytes);
    QVERIFY2(summary.written, qPrintable(describe(summary)));
    QCOMPARE(summary.encoding, encoding);
    QCOMPARE(summary.encodingGuessed, guessed);
    QCOMPARE(summary.added, 3);

    // Every column maps by its zh_TW header.
    const QList<QPair<QString, QString>> expectedMapping = {
        {QStringLiteral("code"), QStringLiteral("客戶編號")},
        {QStringLiteral("company_name"), QStringLiteral("公司名稱")},
        {QStringLiteral("contact_name"), QStringLiteral("聯絡人")},
        {QStringLiteral("contact_title"), QStringLiteral("聯絡人職稱")},
        {QStringLiteral("phone"), QStringLiteral("電話")},
        {QStringLiteral("address"), QStringLiteral("地址")},
        {QStringLiteral("city"), QStringLiteral("城市")},
        {QStringLiteral("country"), QStringLiteral("國家/地區")},
        {QStringLiteral("currency"), QStringLiteral("幣別")},
    };
    for (const auto &[target, header] : expectedMapping)
        QCOMPARE(summary.mapping.header(target), header);
    QVERIFY(summary.mapping.unmappedHeaders().isEmpty());

    QCOMPARE(text("SELECT company_name FROM customers WHERE code = 'TWSEMI'"),
             QStringLiteral("台灣精密電子股份有限公司"));
    QCOMPARE(text("SELECT address FROM customers WHERE code = 'TWSEMI'"),
             QStringLiteral("臺北市信義區信義路五段7號, 12樓"));
    QCOMPARE(text("SELECT contact_title FROM customers WHERE code = 'TWSEMI'"),
             QStringLiteral("財務經理"));
    QCOMPARE(text("SELECT company_name FROM customers WHERE code = 'HKTRADE'"),
             QStringLiteral("香港永興貿易（集團）有限公司"));
    QCOMPARE(text("SELECT phone FROM customers WHERE code = 'HKTRADE'"),
             QStringLiteral("+852 2345 6789"));
    QCOMPARE(text("SELECT company_name FROM customers WHERE code = 'EUROCO'"),
             QStringLiteral("歐洲商行（€ 結算）"));
    QCOMPARE(text("SELECT country FROM customers WHERE code = 'EUROCO'"), QStringLiteral("德國"));
    QCOMPARE(text("SELECT currency FROM customers WHERE code = 'HKTRADE'"),
             QStringLiteral("HKD"));
}

void tst_CsvImport::forcedEncodingImport()
{
    const QByteArray bytes = big5(TraditionalCustomersCsv);
    QVERIFY(!bytes.isEmpty());

    // Read as GB18030 the Big5 bytes decode without error, but into other
    // characters, so no header matches and nothing is written.
    const CsvImportSummary asGb = import(Kind::Customers, bytes, {}, QString(), false,
                                         TextEncoding::Encoding::Gb18030);
    QVERIFY(!asGb.written);
    QCOMPARE(asGb.encoding, TextEncoding::Encoding::Gb18030);
    QVERIFY(!asGb.encodingGuessed);
    QVERIFY2(asGb.fileError.contains(QStringLiteral("company_name")), qPrintable(asGb.fileError));
    QCOMPARE(scalar("SELECT COUNT(*) FROM customers"), 0);

    // A UTF-8 file is not valid Big5.
    const CsvImportSummary utf8AsBig5 =
        import(Kind::Customers, TraditionalCustomersCsv.toUtf8(), {}, QString(), false,
               TextEncoding::Encoding::Big5);
    QVERIFY(!utf8AsBig5.written);
    QVERIFY2(utf8AsBig5.fileError.contains(QStringLiteral("not valid Big5")),
             qPrintable(utf8AsBig5.fileError));

    const CsvImportSummary asBig5 = import(Kind::Customers, bytes, {}, QString(), false,
                                           TextEncoding::Encoding::Big5);
    QVERIFY2(asBig5.written, qPrintable(describe(asBig5)));
    QCOMPARE(asBig5.encoding, TextEncoding::Encoding::Big5);
    QVERIFY(!asBig5.encodingGuessed);
    QCOMPARE(text("SELECT contact_name FROM customers WHERE code = 'HKTRADE'"),
             QStringLiteral("陳大文"));
}

void tst_CsvImport::billsImport()
{
    QVERIFY(import(Kind::Customers, CustomersCsv.toUtf8()).written);

    const CsvImportSummary summary = import(Kind::Bills, BillsCsv.toUtf8());
    QVERIFY2(summary.written, qPrintable(describe(summary)));
    QCOMPARE(summary.added, 2);
    QCOMPARE(summary.billLinesAdded, 5);
    QVERIFY(hasEntry(summary, 2, Status::Added, QString()));
    QVERIFY(hasEntry(summary, 5, Status::Added, QString()));

    QCOMPARE(scalar("SELECT lines_total_minor FROM bills WHERE bill_no = 'B-1001'"),
             Bill1001Total);
    QCOMPARE(scalar("SELECT lines_total_minor FROM bills WHERE bill_no = 'B-2001'"),
             Bill2001Total);
    QCOMPARE(text("SELECT currency FROM bills WHERE bill_no = 'B-2001'"), QStringLiteral("USD"));
    QCOMPARE(text("SELECT issue_date FROM bills WHERE bill_no = 'B-2001'"),
             QStringLiteral("2026-03-05"));
    QCOMPARE(text("SELECT due_date FROM bills WHERE bill_no = 'B-2001'"),
             QStringLiteral("2026-04-04"));

    // Lines follow line_no, not file order; each amount is rounded once.
    const QString lines = QStringLiteral(
        "SELECT line_no || ':' || kind || ':' || description || ':' || quantity || ':' || "
        "unit_price_minor || ':' || discount_bp || ':' || amount_minor AS line FROM bill_lines "
        "WHERE bill_id = (SELECT id FROM bills WHERE bill_no = 'B-1001') ORDER BY line_no");
    QCOMPARE(joined(lines), QStringLiteral("1:goods:办公桌:2:150000:0:300000|"
                                         "2:goods:办公椅:3:33333:500:94999|"
                                         "3:freight:顺丰速运:1:4500:0:4500|"
                                         "4:goods:纸巾:1:15:5000:8"));
    QCOMPARE(scalar("SELECT SUM(amount_minor) FROM bill_lines"), Bill1001Total + Bill2001Total);

    // The stored balance grows by the bill total, as the Northwind import does.
    QCOMPARE(scalar("SELECT balance_minor FROM customers WHERE code = 'HUALIAN'"), Bill1001Total);
    QCOMPARE(scalar("SELECT balance_minor FROM customers WHERE code = 'ALFKI'"), Bill2001Total);
    QCOMPARE(scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'bill.import'"), 2);
    QCOMPARE(text("SELECT source FROM bills WHERE bill_no = 'B-1001'"), QStringLiteral("csv"));
}

void tst_CsvImport::billLineAmountLimit_data()
{
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("unitPrice");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("maximum") << "1" << "1000000000000.00" << true;
    QTest::newRow("maximum by quantity") << "4" << "250000000000.00" << true;
    QTest::newRow("one cent over") << "3" << "333333333333.34" << false;
    QTest::newRow("twice the maximum") << "2" << "1000000000000.00" << false;
    QTest::newRow("beyond qint64") << "1000000000" << "1000000000000.00" << false;
}

void tst_CsvImport::billLineAmountLimit()
{
    QFETCH(QString, quantity);
    QFETCH(QString, unitPrice);
    QFETCH(bool, accepted);
    QVERIFY(import(Kind::Customers, CustomersCsv.toUtf8()).written);

    const QByteArray file =
        QStringLiteral("bill_no,customer_code,issue_date,due_date,quantity,unit_price\n"
                       "B-9001,HUALIAN,2026-03-01,2026-03-31,%1,%2\n")
            .arg(quantity, unitPrice)
            .toUtf8();
    const CsvImportSummary summary = import(Kind::Bills, file);
    QCOMPARE(summary.written, accepted);
    if (accepted) {
        QCOMPARE(scalar("SELECT amount_minor FROM bill_lines"),
                 Money::maxMinorUnits(QStringLiteral("CNY")));
        return;
    }

    // The limit is the largest amount Money::parse() accepts, so an export
    // of every imported bill can be imported again.
    QCOMPARE(summary.rejected, 1);
    QVERIFY2(hasEntry(summary, 2, Status::Rejected, QStringLiteral("quantity")),
             qPrintable(describe(summary)));
    QVERIFY2(summary.entries.constFirst().message.contains(
                 QStringLiteral("¥1,000,000,000,000.00")),
             qPrintable(describe(summary)));
    QCOMPARE(scalar("SELECT COUNT(*) FROM bills"), 0);
}

void tst_CsvImport::chargesImport()
{
    QVERIFY(import(Kind::Customers, CustomersCsv.toUtf8()).written);
    QVERIFY(import(Kind::Bills, BillsCsv.toUtf8()).written);

    const CsvImportSummary summary = import(Kind::Charges, ChargesCsv.toUtf8());
    QVERIFY2(summary.written, qPrintable(describe(summary)));
    QCOMPARE(summary.added, 3);
    QCOMPARE(summary.rejected, 0);
    for (const CsvImportSummary::Entry &entry : summary.entries)
        QVERIFY2(entry.recordId > 0, qPrintable(describe(summary)));

    // Labels in any language become codes.
    QCOMPARE(joined("SELECT fee_type_code || '/' || reason_code || '/' || "
                    "payment_method_code || '/' || amount_minor || '/' || currency || '/' || "
                    "due_date AS charge FROM charges ORDER BY id"),
             QStringLiteral("SERVICE/BILLING_ERROR/BANK_TRANSFER/123450/CNY/2026-04-15|"
                            "LATE_FEE/UNPAID/CASH/5000/CNY/2026-05-01|"
                            "MATERIAL/PLAN_UPGRADE/CHEQUE/1230/USD/2026-04-20"));
    QCOMPARE(text("SELECT note FROM charges WHERE fee_type_code = 'SERVICE'"),
             QStringLiteral("安装费未列入三月账单"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM charges WHERE bill_id IS NULL"), 1);
    QCOMPARE(scalar("SELECT COUNT(*) FROM charges WHERE request_key LIKE 'csv:%' "
                    "AND length(request_key) = 68"),
             3);

    // Stored totals move by exactly the charged amounts.
    QCOMPARE(scalar("SELECT charges_total_minor FROM bills WHERE bill_no = 'B-1001'"),
             Charge1Minor);
    QCOMPARE(scalar("SELECT charges_total_minor FROM bills WHERE bill_no = 'B-2001'"),
             Charge3Minor);
    QCOMPARE(scalar("SELECT balance_minor FROM customers WHERE code = 'HUALIAN'"),
             Bill1001Total + Charge1Minor + Charge2Minor);
    QCOMPARE(scalar("SELECT balance_minor FROM customers WHERE code = 'ALFKI'"),
             Bill2001Total + Charge3Minor);
    QCOMPARE(scalar("SELECT balance_minor FROM customers WHERE code = 'DEYI'"), 0);
}

void tst_CsvImport::chargesCarryAuditRecords()
{
    importAll();

    QCOMPARE(scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'charge.add'"), 3);
    QCOMPARE(scalar("SELECT COUNT(*) FROM charges c JOIN audit_log a ON a.entity = 'charge' "
                    "AND a.entity_id = c.id AND a.action = 'charge.add' "
                    "AND a.actor = 'tester' AND c.created_by = 'tester'"),
             3);
    const QString details = text("SELECT details FROM audit_log WHERE action = 'charge.add' "
                                 "AND entity_id = (SELECT id FROM charges WHERE "
                                 "fee_type_code = 'SERVICE')");
    QCOMPARE(QJsonDocument::fromJson(details.toUtf8())
                 .object()
                 .value(QStringLiteral("amount_minor"))
                 .toInteger(),
             Charge1Minor);
}

void tst_CsvImport::voidChargeImported()
{
    QVERIFY(import(Kind::Customers, CustomersCsv.toUtf8()).written);
    QVERIFY(import(Kind::Bills, BillsCsv.toUtf8()).written);

    const QByteArray file = QStringLiteral(
        "customer_code,bill_no,fee_type,amount,reason,payment_method,due_date,status,"
        "void_reason\n"
        "HUALIAN,B-1001,SERVICE,100.00,UNPAID,CASH,2026-04-15,void,录入错误\n"
        "HUALIAN,B-1001,MATERIAL,20.00,UNPAID,CASH,2026-04-16,posted,\n"
        "HUALIAN,,OTHER,7.00,UNPAID,CASH,2026-04-17,void,\n").toUtf8();

    // A void row without a reason is a problem of its line.
    const CsvImportSummary missingReason = import(Kind::Charges, file);
    QVERIFY(!missingReason.written);
    QVERIFY2(hasEntry(missingReason, 4, Status::Rejected, QStringLiteral("void_reason")),
             qPrintable(describe(missingReason)));
    QCOMPARE(scalar("SELECT COUNT(*) FROM charges"), 0);

    // Without the last line the file imports.
    const QByteArray valid = file.left(file.lastIndexOf("HUALIAN,,"));
    const CsvImportSummary summary = import(Kind::Charges, valid);
    QVERIFY2(summary.written, qPrintable(describe(summary)));
    QCOMPARE(summary.added, 2);

    QCOMPARE(text("SELECT status || '/' || void_reason || '/' || voided_by FROM charges "
                  "WHERE fee_type_code = 'SERVICE'"),
             QStringLiteral("void/录入错误/tester"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'charge.void'"), 1);
    QCOMPARE(scalar("SELECT charges_total_minor FROM bills WHERE bill_no = 'B-1001'"), 2000);
    QCOMPARE(scalar("SELECT balance_minor FROM customers WHERE code = 'HUALIAN'"),
             Bill1001Total + 2000);

    // Importing again finds both, the void one as void.
    const CsvImportSummary again = import(Kind::Charges, valid);
    QVERIFY2(again.written, qPrintable(describe(again)));
    QCOMPARE(again.added, 0);
    QCOMPARE(again.alreadyPresent, 2);
}

void tst_CsvImport::malformedLineChangesNothing_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("lineTwoValid");

    const QString chargeHeader = QStringLiteral(
        "customer_code,bill_no,fee_type,amount,reason,payment_method,due_date\n");
    // Valid, and no duplicate of the charges importAll() writes.
    const QString goodCharge =
        QStringLiteral("HUALIAN,B-1001,INSTALLATION,10.00,UNPAID,CASH,2026-04-15\n");
    const QString billHeader = QStringLiteral(
        "bill_no,customer_code,issue_date,due_date,description,quantity,unit_price\n");
    const QString goodBill = QStringLiteral("B-9001,HUALIAN,2026-03-01,2026-03-31,Desk,1,9.00\n");

    QTest::newRow("bad quote") << Kind::Charges
                               << chargeHeader + goodCharge
                                      + QStringLiteral("HUALIAN,B-1001,SERVICE,1\"0,UNPAID,"
                                                       "CASH,2026-04-16\n")
                               << 3 << QString() << true;
    QTest::newRow("unclosed quote") << Kind::Charges
                                    << chargeHeader + goodCharge
                                           + QStringLiteral("HUALIAN,\"B-1001,SERVICE,10,"
                                                            "UNPAID,CASH,2026-04-16\n")
                                    << 3 << QString() << true;
    QTest::newRow("field count") << Kind::Charges
                                 << chargeHeader + goodCharge
                                        + QStringLiteral("HUALIAN,B-1001,SERVICE,10,00,UNPAID,"
                                                         "CASH,2026-04-16\n")
                                 << 3 << QString() << true;
    QTest::newRow("bad date") << Kind::Charges
                              << chargeHeader + goodCharge
                                     + QStringLiteral("HUALIAN,B-1001,MATERIAL,10.00,UNPAID,"
                                                      "CASH,2026-13-01\n")
                              << 3 << QStringLiteral("due_date") << true;
    QTest::newRow("bad amount") << Kind::Charges
                                << chargeHeader + goodCharge
                                       + QStringLiteral("HUALIAN,B-1001,MATERIAL,10.005,UNPAID,"
                                                        "CASH,2026-04-16\n")
                                << 3 << QStringLiteral("amount") << true;
    QTest::newRow("unknown customer") << Kind::Charges
                                      << chargeHeader + goodCharge
                                             + QStringLiteral("NOBODY,,MATERIAL,10.00,UNPAID,"
                                                              "CASH,2026-04-16\n")
                                      << 3 << QStringLiteral("customer_code") << true;
    QTest::newRow("unknown bill") << Kind::Charges
                                  << chargeHeader + goodCharge
                                         + QStringLiteral("HUALIAN,B-404,MATERIAL,10.00,UNPAID,"
                                                          "CASH,2026-04-16\n")
                                  << 3 << QStringLiteral("bill_no") << true;
    QTest::newRow("bill of other customer")
        << Kind::Charges
        << chargeHeader + goodCharge
               + QStringLiteral("HUALIAN,B-2001,MATERIAL,10.00,UNPAID,CASH,2026-04-16\n")
        << 3 << QStringLiteral("bill_no") << true;
    QTest::newRow("unknown fee type") << Kind::Charges
                                      << chargeHeader + goodCharge
                                             + QStringLiteral("HUALIAN,,咨询费,10.00,UNPAID,"
                                                              "CASH,2026-04-16\n")
                                      << 3 << QStringLiteral("fee_type") << true;
    QTest::newRow("negative amount") << Kind::Charges
                                     << chargeHeader + goodCharge
                                            + QStringLiteral("HUALIAN,,MATERIAL,-5,UNPAID,"
                                                             "CASH,2026-04-16\n")
                                     << 3 << QStringLiteral("amount") << true;
    QTest::newRow("due before bill") << Kind::Charges
                                     << chargeHeader + goodCharge
                                            + QStringLiteral("HUALIAN,B-1001,MATERIAL,5,"
                                                             "UNPAID,CASH,2026-02-01\n")
                                     << 3 << QStringLiteral("due_date") << true;
    QTest::newRow("bill bad date") << Kind::Bills
                                   << billHeader + goodBill
                                          + QStringLiteral("B-9002,HUALIAN,2026-02-30,"
                                                           "2026-03-31,Chair,1,9.00\n")
                                   << 3 << QStringLiteral("issue_date") << true;
    QTest::newRow("bill bad price") << Kind::Bills
                                    << billHeader + goodBill
                                           + QStringLiteral("B-9002,HUALIAN,2026-03-01,"
                                                            "2026-03-31,Chair,1,nine\n")
                                    << 3 << QStringLiteral("unit_price") << true;
    QTest::newRow("bill unknown customer") << Kind::Bills
                                           << billHeader + goodBill
                                                  + QStringLiteral("B-9002,NOBODY,2026-03-01,"
                                                                   "2026-03-31,Chair,1,9\n")
                                           << 3 << QStringLiteral("customer_code") << true;
    QTest::newRow("bill header differs") << Kind::Bills
                                         << billHeader + goodBill
                                                + QStringLiteral("B-9001,HUALIAN,2026-03-02,"
                                                                 "2026-03-31,Chair,1,9\n")
                                         << 3 << QStringLiteral("issue_date") << false;
    QTest::newRow("customer without name") << Kind::Customers
                                           << QStringLiteral("code,company_name\nNEW1,New Ltd\n"
                                                             "NEW2,  \n")
                                           << 3 << QStringLiteral("company_name") << true;
    QTest::newRow("customer unknown currency")
        << Kind::Customers << QStringLiteral("code,company_name,currency\nNEW1,New Ltd,CNY\n"
                                             "NEW2,Other Ltd,XYZ\n")
        << 3 << QStringLiteral("currency") << true;
    QTest::newRow("customer empty currency")
        << Kind::Customers << QStringLiteral("code,company_name,currency\nNEW1,New Ltd,CNY\n"
                                             "NEW2,Other Ltd,\n")
        << 3 << QStringLiteral("currency") << true;
}

void tst_CsvImport::malformedLineChangesNothing()
{
    QFETCH(Kind, kind);
    QFETCH(QString, content);
    QFETCH(int, line);
    QFETCH(QString, field);
    QFETCH(bool, lineTwoValid);

    importAll();
    const QByteArray before = checksum();
    const qint64 rowsBefore = scalar("SELECT (SELECT COUNT(*) FROM customers) + "
                                     "(SELECT COUNT(*) FROM bills) + "
                                     "(SELECT COUNT(*) FROM bill_lines) + "
                                     "(SELECT COUNT(*) FROM charges) + "
                                     "(SELECT COUNT(*) FROM audit_log)");
    QVERIFY(!before.isEmpty());

    const CsvImportSummary summary = import(kind, content.toUtf8());
    QVERIFY2(!summary.written, qPrintable(describe(summary)));
    QVERIFY2(hasEntry(summary, line, Status::Rejected, field), qPrintable(describe(summary)));

    // The line before is valid, so the one bad line alone keeps it out.
    if (lineTwoValid && summary.fileError.isEmpty()) {
        QCOMPARE(summary.rejected, 1);
        QVERIFY2(hasEntry(summary, 2, Status::Added, QString()), qPrintable(describe(summary)));
    }

    QCOMPARE(scalar("SELECT (SELECT COUNT(*) FROM customers) + (SELECT COUNT(*) FROM bills) + "
                    "(SELECT COUNT(*) FROM bill_lines) + (SELECT COUNT(*) FROM charges) + "
                    "(SELECT COUNT(*) FROM audit_log)"),
             rowsBefore);
    QCOMPARE(checksum(), before);
}

void tst_CsvImport::reimportAddsNothing()
{
    importAll();
    const QByteArray before = checksum();

    const CsvImportSummary customers = import(Kind::Customers, CustomersCsv.toUtf8());
    const CsvImportSummary bills = import(Kind::Bills, BillsCsv.toUtf8());
    const CsvImportSummary charges = import(Kind::Charges, ChargesCsv.toUtf8());

    for (const CsvImportSummary *summary : {&customers, &bills, &charges}) {
        QVERIFY2(summary->isClean(), qPrintable(describe(*summary)));
        QCOMPARE(summary->added, 0);
        QCOMPARE(summary->rejected, 0);
    }
    QCOMPARE(customers.alreadyPresent, 3);
    QCOMPARE(bills.alreadyPresent, 2);
    QCOMPARE(charges.alreadyPresent, 3);
    QVERIFY(hasEntry(customers, 2, Status::AlreadyPresent, QString()));
    QVERIFY(hasEntry(bills, 5, Status::AlreadyPresent, QString()));

    // Each charge line names the charge it was imported as.
    const qint64 firstId = scalar("SELECT MIN(id) FROM charges");
    for (const CsvImportSummary::Entry &entry : charges.entries) {
        const qint64 expectedId = firstId + entry.line - 2;
        QCOMPARE(entry.recordId, expectedId);
        QCOMPARE(entry.message, QStringLiteral("Already imported as charge %1.").arg(expectedId));
    }
    QCOMPARE(checksum(), before);
}

void tst_CsvImport::changedCustomerRejected()
{
    QVERIFY(import(Kind::Customers, CustomersCsv.toUtf8()).written);
    const QByteArray before = checksum();

    QString changed = CustomersCsv;
    changed.replace(QStringLiteral("王芳"), QStringLiteral("李明"));
    changed += QStringLiteral("NEWCO,新公司,,,,,CNY\r\n");

    const CsvImportSummary summary = import(Kind::Customers, changed.toUtf8());
    QVERIFY(!summary.written);
    QVERIFY2(summary.rejected == 1, qPrintable(describe(summary)));
    QCOMPARE(summary.alreadyPresent, 2);
    QCOMPARE(summary.added, 1);
    QVERIFY2(hasEntry(summary, 2, Status::Rejected, QStringLiteral("contact_name")),
             qPrintable(describe(summary)));
    const QString message = summary.sortedEntries().constFirst().message;
    QVERIFY2(message.contains(QStringLiteral("王芳")) && message.contains(QStringLiteral("李明")),
             qPrintable(message));
    QCOMPARE(checksum(), before);
}

void tst_CsvImport::manyCustomersReimported()
{
    // 250 customers take three INSERT statements, three audit INSERTs and
    // three lookups of stored codes, each of 100 rows or fewer.
    QString csv = QStringLiteral("code,company_name,contact_name,currency\r\n");
    for (int i = 0; i < 250; ++i)
        csv += QStringLiteral("C%1,公司 %1,联系人 %1,CNY\r\n").arg(i, 4, 10, QLatin1Char('0'));
    const CsvImportSummary first = import(Kind::Customers, csv.toUtf8());
    QVERIFY2(first.written, qPrintable(describe(first)));
    QCOMPARE(first.added, 250);
    QCOMPARE(scalar("SELECT COUNT(*) FROM audit_log a JOIN customers c ON c.id = a.entity_id "
                    "WHERE a.action = 'customer.import' AND a.entity = 'customer' "
                    "AND a.details LIKE '%\"code\":\"' || c.code || '\"%'"),
             250);
    for (const CsvImportSummary::Entry &entry : first.entries) {
        const QString code = QStringLiteral("C%1").arg(entry.line - 2, 4, 10, QLatin1Char('0'));
        QCOMPARE(entry.recordId,
                 scalar(QStringLiteral("SELECT id FROM customers WHERE code = '%1'").arg(code)));
    }
    const QByteArray before = checksum();

    // Importing again finds every customer, and a change on line 232, in
    // the third lookup, is rejected with its line.
    const CsvImportSummary again = import(Kind::Customers, csv.toUtf8());
    QVERIFY2(again.isClean(), qPrintable(describe(again)));
    QCOMPARE(again.alreadyPresent, 250);
    QCOMPARE(again.added, 0);
    QString changed = csv;
    changed.replace(QStringLiteral("联系人 0230,"), QStringLiteral("联系人 X,"));
    const CsvImportSummary rejected = import(Kind::Customers, changed.toUtf8());
    QVERIFY(!rejected.written);
    QCOMPARE(rejected.rejected, 1);
    QCOMPARE(rejected.alreadyPresent, 249);
    QVERIFY2(hasEntry(rejected, 232, Status::Rejected, QStringLiteral("contact_name")),
             qPrintable(describe(rejected)));
    QCOMPARE(checksum(), before);
}

void tst_CsvImport::changedBillRejected()
{
    QVERIFY(import(Kind::Customers, CustomersCsv.toUtf8()).written);
    QVERIFY(import(Kind::Bills, BillsCsv.toUtf8()).written);
    const QByteArray before = checksum();

    QString changed = BillsCsv;
    changed.replace(QStringLiteral("办公椅,3,"), QStringLiteral("办公椅,4,"));
    const CsvImportSummary summary = import(Kind::Bills, changed.toUtf8());
    QVERIFY(!summary.written);
    QCOMPARE(summary.rejected, 1);
    QCOMPARE(summary.alreadyPresent, 1);
    QVERIFY2(hasEntry(summary, 2, Status::Rejected, QStringLiteral("quantity")),
             qPrintable(describe(summary)));
    QCOMPARE(checksum(), before);
}

void tst_CsvImport::duplicateChargeInFileRejected()
{
    QVERIFY(import(Kind::Customers, CustomersCsv.toUtf8()).written);
    QVERIFY(import(Kind::Bills, BillsCsv.toUtf8()).written);
    const QByteArray before = checksum();

    const QString row = QStringLiteral("HUALIAN,B-1001,SERVICE,88.00,UNPAID,CASH,2026-04-15\n");
    const QString file = QStringLiteral("customer_code,bill_no,fee_type,amount,reason,"
                                        "payment_method,due_date\n")
                         + row + row;

    // The check finds the duplicate as well, because it writes and rolls back.
    const CsvImportSummary checked = import(Kind::Charges, file.toUtf8(), {}, {}, true);
    QVERIFY(!checked.written);
    QCOMPARE(checked.added, 1);
    QCOMPARE(checked.rejected, 1);

    const CsvImportSummary summary = import(Kind::Charges, file.toUtf8());
    QVERIFY(!summary.written);
    QCOMPARE(summary.rejected, 1);
    QVERIFY2(hasEntry(summary, 3, Status::Rejected, QString()), qPrintable(describe(summary)));
    bool exact = false;
    for (const CsvImportSummary::Entry &entry : summary.entries)
        exact = exact || entry.message.startsWith(QStringLiteral("An identical charge"));
    QVERIFY2(exact, qPrintable(describe(summary)));
    QCOMPARE(scalar("SELECT COUNT(*) FROM charges"), 0);
    QCOMPARE(checksum(), before);
}

void tst_CsvImport::possibleDuplicateNeedsAcknowledgement()
{
    QVERIFY(import(Kind::Customers, CustomersCsv.toUtf8()).written);

    // Same customer and amount, due ten days apart: a possible duplicate.
    const QByteArray file = QStringLiteral(
        "customer_code,fee_type,amount,reason,payment_method,due_date\n"
        "DEYI,SERVICE,300,UNPAID,CASH,2026-06-01\n"
        "DEYI,MATERIAL,300,UNPAID,CASH,2026-06-11\n").toUtf8();

    const CsvImportSummary refused = import(Kind::Charges, file);
    QVERIFY(!refused.written);
    QVERIFY2(hasEntry(refused, 3, Status::Rejected, QStringLiteral("duplicate_acknowledgement"))
                 || hasEntry(refused, 3, Status::Rejected, QString()),
             qPrintable(describe(refused)));
    QCOMPARE(scalar("SELECT COUNT(*) FROM charges"), 0);

    const CsvImportSummary acknowledged =
        import(Kind::Charges, file, {}, QStringLiteral("两笔不同的费用"));
    QVERIFY2(acknowledged.written, qPrintable(describe(acknowledged)));
    QCOMPARE(acknowledged.added, 2);
    // Only the line with a possible duplicate carries the note.
    QCOMPARE(joined("SELECT duplicate_ack_note FROM charges ORDER BY id"),
             QStringLiteral("|两笔不同的费用"));
}

void tst_CsvImport::requestKeyColumnReplays()
{
    QVERIFY(import(Kind::Customers, CustomersCsv.toUtf8()).written);

    const QByteArray file = QStringLiteral(
        "request_key,customer_code,fee_type,amount,reason,payment_method,due_date\n"
        "export-key-0001,DEYI,SERVICE,300,UNPAID,CASH,2026-06-01\n").toUtf8();
    const CsvImportSummary first = import(Kind::Charges, file);
    QVERIFY2(first.written, qPrintable(describe(first)));
    QCOMPARE(text("SELECT request_key FROM charges"), QStringLiteral("export-key-0001"));

    const CsvImportSummary second = import(Kind::Charges, file);
    QCOMPARE(second.alreadyPresent, 1);
    QCOMPARE(scalar("SELECT COUNT(*) FROM charges"), 1);

    // The same key with another amount is the service's reuse rule.
    QByteArray changed = file;
    changed.replace(",300,", ",301,");
    const CsvImportSummary reused = import(Kind::Charges, changed);
    QVERIFY(!reused.written);
    QCOMPARE(reused.rejected, 1);
    QVERIFY2(reused.entries.constFirst().message.contains(QStringLiteral("export-key-0001")),
             qPrintable(describe(reused)));
}

void tst_CsvImport::requestKeyInvalidInDatabase_data()
{
    QTest::addColumn<QByteArray>("key");

    // Eight UTF-16 code units, but four characters for the database.
    QTest::newRow("four emoji") << QByteArray("\xF0\x9F\x98\x80\xF0\x9F\x98\x80"
                                              "\xF0\x9F\x98\x80\xF0\x9F\x98\x80");
    // SQLite's length() stops at the NUL.
    QTest::newRow("NUL") << QByteArray("abcdefg\0h", 9);
}

void tst_CsvImport::requestKeyInvalidInDatabase()
{
    QFETCH(QByteArray, key);
    QVERIFY(import(Kind::Customers, CustomersCsv.toUtf8()).written);

    const QByteArray file =
        "request_key,customer_code,fee_type,amount,reason,payment_method,due_date\n" + key
        + ",DEYI,SERVICE,300,UNPAID,CASH,2026-06-01\n";
    const CsvImportSummary summary = import(Kind::Charges, file);
    QVERIFY2(!summary.databaseFailure, qPrintable(describe(summary)));
    QVERIFY2(summary.fileError.isEmpty(), qPrintable(describe(summary)));
    QVERIFY(!summary.written);
    QCOMPARE(summary.rejected, 1);
    QCOMPARE(summary.entries.size(), 1);
    QCOMPARE(summary.entries.constFirst().line, 2);
    QCOMPARE(summary.entries.constFirst().field, QStringLiteral("request_key"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM charges"), 0);
}

void tst_CsvImport::derivedRequestKeyIsStable()
{
    const QStringList values = {QStringLiteral("HUALIAN"), QStringLiteral("B-1001"),
                                QStringLiteral("SERVICE"), QStringLiteral("123450")};
    const QString key = ChargeCsvImporter::derivedRequestKey(values, 0);
    QVERIFY(key.startsWith(QStringLiteral("csv:")));
    QCOMPARE(key.size(), 68);
    QCOMPARE(ChargeCsvImporter::derivedRequestKey(values, 0), key);
    QVERIFY(ChargeCsvImporter::derivedRequestKey(values, 1) != key);

    QStringList other = values;
    other[3] = QStringLiteral("123451");
    QVERIFY(ChargeCsvImporter::derivedRequestKey(other, 0) != key);
}

void tst_CsvImport::dryRunWritesNothing()
{
    const QByteArray before = checksum();
    const CsvImportSummary summary =
        import(Kind::Customers, CustomersCsv.toUtf8(), {}, QString(), true);

    QVERIFY(summary.dryRun);
    QVERIFY(!summary.written);
    QVERIFY2(summary.isClean(), qPrintable(describe(summary)));
    QCOMPARE(summary.added, 3);
    for (const CsvImportSummary::Entry &entry : summary.entries)
        QCOMPARE(entry.recordId, 0);
    QCOMPARE(checksum(), before);
    QCOMPARE(Transaction::depth(m_database->connectionName()), 0);
}

void tst_CsvImport::rejectedCustomerNamesItsLine()
{
    // A trigger rejects one customer that passes every check of the file,
    // in the middle of the second batch of BatchedInsert::RowsPerStatement.
    QSqlQuery query(m_database->db());
    if (m_database->isPostgresql()) {
        QVERIFY2(query.exec(QStringLiteral(
                     "CREATE FUNCTION reject_c0150() RETURNS trigger AS $$ BEGIN "
                     "IF NEW.code = 'C0150' THEN RAISE EXCEPTION 'rejected by the test'; "
                     "END IF; RETURN NEW; END $$ LANGUAGE plpgsql")),
                 qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(QStringLiteral(
                     "CREATE TRIGGER reject_c0150 BEFORE INSERT ON customers FOR EACH ROW "
                     "EXECUTE FUNCTION reject_c0150()")),
                 qPrintable(query.lastError().text()));
    } else {
        QVERIFY2(query.exec(QStringLiteral(
                     "CREATE TRIGGER reject_c0150 BEFORE INSERT ON customers "
                     "WHEN NEW.code = 'C0150' "
                     "BEGIN SELECT RAISE(ABORT, 'rejected by the test'); END")),
                 qPrintable(query.lastError().text()));
    }
    const QByteArray before = checksum();

    const CsvImportSummary summary = import(Kind::Customers, manyCustomers(250));

    // The header is line 1, so customer C0150 is on line 151.
    QVERIFY(!summary.written);
    QVERIFY(!summary.databaseFailure);
    QCOMPARE(summary.rejected, 1);
    QCOMPARE(summary.added, 249);
    QVERIFY2(hasEntry(summary, 151, Status::Rejected, QString()), qPrintable(describe(summary)));
    bool named = false;
    for (const CsvImportSummary::Entry &entry : summary.entries) {
        if (entry.line == 151)
            named = entry.message.contains(QStringLiteral("rejected by the test"));
    }
    QVERIFY2(named, qPrintable(describe(summary)));
    QVERIFY(hasEntry(summary, 150, Status::Added, QString()));
    QVERIFY(hasEntry(summary, 152, Status::Added, QString()));
    QCOMPARE(checksum(), before);
    QCOMPARE(Transaction::depth(m_database->connectionName()), 0);
}

void tst_CsvImport::chineseHeadersMapped()
{
    QStringList errors;
    const CsvColumnMapping customers = CsvColumnMapping::build(
        Kind::Customers,
        {QStringLiteral("客户编号"), QStringLiteral("公司名称"), QStringLiteral("联系人"),
         QStringLiteral("电话"), QStringLiteral("地址"), QStringLiteral("城市")},
        {}, &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(customers.column(QStringLiteral("code")), 0);
    QCOMPARE(customers.column(QStringLiteral("company_name")), 1);
    QCOMPARE(customers.column(QStringLiteral("contact_name")), 2);
    QCOMPARE(customers.column(QStringLiteral("phone")), 3);
    QCOMPARE(customers.column(QStringLiteral("address")), 4);
    QCOMPARE(customers.column(QStringLiteral("city")), 5);
    QVERIFY(customers.missingRequired().isEmpty());

    const CsvColumnMapping charges = CsvColumnMapping::build(
        Kind::Charges,
        {QStringLiteral("备注"), QStringLiteral(" 金额 "), QStringLiteral("费用类型"),
         QStringLiteral("原因"), QStringLiteral("支付方式"), QStringLiteral("到期日"),
         QStringLiteral("客户编号"), QStringLiteral("账单号"), QStringLiteral("其他")},
        {}, &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(charges.column(QStringLiteral("note")), 0);
    QCOMPARE(charges.column(QStringLiteral("amount")), 1);
    QCOMPARE(charges.column(QStringLiteral("fee_type")), 2);
    QCOMPARE(charges.column(QStringLiteral("reason")), 3);
    QCOMPARE(charges.column(QStringLiteral("payment_method")), 4);
    QCOMPARE(charges.column(QStringLiteral("due_date")), 5);
    QCOMPARE(charges.column(QStringLiteral("customer_code")), 6);
    QCOMPARE(charges.column(QStringLiteral("bill_no")), 7);
    QCOMPARE(charges.unmappedHeaders(), QStringList{QStringLiteral("其他")});

    // English headers in other spellings match too.
    const CsvColumnMapping english = CsvColumnMapping::build(
        Kind::Customers, {QStringLiteral("Customer Code"), QStringLiteral("CompanyName")}, {},
        &errors);
    QCOMPARE(english.column(QStringLiteral("code")), 0);
    QCOMPARE(english.column(QStringLiteral("company_name")), 1);
}

void tst_CsvImport::traditionalHeadersMapped()
{
    // zh_TW labels and Taiwan wording, with full-width letters, a
    // full-width slash and an ideographic space, which match their ASCII
    // forms.
    QStringList errors;
    const CsvColumnMapping customers = CsvColumnMapping::build(
        Kind::Customers,
        {QStringLiteral("ｃｕｓｔｏｍｅｒ　ｃｏｄｅ"), QStringLiteral("公司名稱"),
         QStringLiteral("聯絡人職稱"), QStringLiteral("國家／地區"), QStringLiteral("郵遞區號")},
        {}, &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(customers.column(QStringLiteral("code")), 0);
    QCOMPARE(customers.column(QStringLiteral("company_name")), 1);
    QCOMPARE(customers.column(QStringLiteral("contact_title")), 2);
    QCOMPARE(customers.column(QStringLiteral("country")), 3);
    QCOMPARE(customers.column(QStringLiteral("postal_code")), 4);

    const CsvColumnMapping bills = CsvColumnMapping::build(
        Kind::Bills,
        {QStringLiteral("帳單號碼"), QStringLiteral("客戶編號"), QStringLiteral("開立日期"),
         QStringLiteral("付款期限"), QStringLiteral("項次"), QStringLiteral("品項"),
         QStringLiteral("單價"), QStringLiteral("明細金額")},
        {}, &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(bills.column(QStringLiteral("bill_no")), 0);
    QCOMPARE(bills.column(QStringLiteral("customer_code")), 1);
    QCOMPARE(bills.column(QStringLiteral("issue_date")), 2);
    QCOMPARE(bills.column(QStringLiteral("due_date")), 3);
    QCOMPARE(bills.column(QStringLiteral("line_no")), 4);
    QCOMPARE(bills.column(QStringLiteral("description")), 5);
    QCOMPARE(bills.column(QStringLiteral("unit_price")), 6);
    QCOMPARE(bills.column(QStringLiteral("amount")), 7);
    QVERIFY(bills.missingRequired().isEmpty());

    const CsvColumnMapping charges = CsvColumnMapping::build(
        Kind::Charges,
        {QStringLiteral("請求編號"), QStringLiteral("客戶編號"), QStringLiteral("帳單號碼"),
         QStringLiteral("費用類型"), QStringLiteral("金額"), QStringLiteral("補費原因"),
         QStringLiteral("付款方式"), QStringLiteral("付款期限"),
         QStringLiteral("疑似重複確認說明")},
        {}, &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(charges.column(QStringLiteral("request_key")), 0);
    QCOMPARE(charges.column(QStringLiteral("bill_no")), 2);
    QCOMPARE(charges.column(QStringLiteral("due_date")), 7);
    QCOMPARE(charges.column(QStringLiteral("duplicate_acknowledgement")), 8);
    QVERIFY(charges.missingRequired().isEmpty());

    // 支付日期 is the zh_CN label of the due date.
    const CsvColumnMapping simplified = CsvColumnMapping::build(
        Kind::Charges, {QStringLiteral("支付日期"), QStringLiteral("请求编号")}, {}, &errors);
    QCOMPARE(simplified.column(QStringLiteral("due_date")), 0);
    QCOMPARE(simplified.column(QStringLiteral("request_key")), 1);
}

void tst_CsvImport::translatedLabelsMapToTargets_data()
{
    QTest::addColumn<UiLanguage>("language");
    QTest::addColumn<Kind>("kind");

    const QList<QPair<const char *, UiLanguage>> languages = {
        {"en", UiLanguage::English},
        {"zh_CN", UiLanguage::SimplifiedChinese},
        {"zh_TW", UiLanguage::TraditionalChinese},
    };
    for (const auto &[name, language] : languages) {
        for (const Kind kind : {Kind::Customers, Kind::Bills, Kind::Charges}) {
            QTest::addRow("%s %s", name, qPrintable(CsvImportPlan::kindName(kind)))
                << language << kind;
        }
    }
}

void tst_CsvImport::translatedLabelsMapToTargets()
{
    QFETCH(UiLanguage, language);
    QFETCH(Kind, kind);

    // A file whose headers are the field labels of the interface, as a
    // user copies them from the import wizard, maps every field.
    Translations::apply(language);
    QStringList labels;
    for (const CsvColumnMapping::Target &target : CsvColumnMapping::targets(kind))
        labels << target.label();
    Translations::apply(UiLanguage::English);

    QStringList errors;
    const CsvColumnMapping mapping = CsvColumnMapping::build(kind, labels, {}, &errors);
    QVERIFY(errors.isEmpty());
    const QList<CsvColumnMapping::Target> &targets = CsvColumnMapping::targets(kind);
    for (int column = 0; column < targets.size(); ++column) {
        QVERIFY2(mapping.column(targets.at(column).name) == column,
                 qPrintable(QStringLiteral("%1 ← %2 (column %3)")
                                .arg(targets.at(column).name, labels.at(column))
                                .arg(mapping.column(targets.at(column).name))));
    }
}

void tst_CsvImport::explicitMappingOverrides()
{
    // Headers no automatic rule matches, and a "code" column that is not the
    // customer code.
    const QByteArray file = QStringLiteral("Kunde,Firma,code\nK-1,Müller GmbH,x\n").toUtf8();

    const CsvImportSummary automatic = import(Kind::Customers, file);
    QVERIFY(!automatic.written);
    QVERIFY2(automatic.fileError.contains(QStringLiteral("company_name")),
             qPrintable(automatic.fileError));

    const QHash<QString, QString> mapping = {{QStringLiteral("code"), QStringLiteral("Kunde")},
                                             {QStringLiteral("company_name"),
                                              QStringLiteral("Firma")}};
    const CsvImportSummary mapped = import(Kind::Customers, file, mapping);
    QVERIFY2(mapped.written, qPrintable(describe(mapped)));
    QCOMPARE(mapped.mapping.header(QStringLiteral("code")), QStringLiteral("Kunde"));
    QCOMPARE(text("SELECT company_name FROM customers WHERE code = 'K-1'"),
             QStringLiteral("Müller GmbH"));

    // Overrides naming an unknown field or a missing header are errors.
    const CsvImportSummary unknown = import(
        Kind::Customers, file, {{QStringLiteral("kunde"), QStringLiteral("Kunde")}});
    QVERIFY2(unknown.fileError.contains(QStringLiteral("“kunde”")), qPrintable(unknown.fileError));
    const CsvImportSummary missing = import(
        Kind::Customers, file, {{QStringLiteral("code"), QStringLiteral("Kundennummer")}});
    QVERIFY2(missing.fileError.contains(QStringLiteral("Kundennummer")),
             qPrintable(missing.fileError));

    // "target=" leaves a target unmapped.
    QHash<QString, QString> parsed;
    QString error;
    QVERIFY(CsvImportPlan::parseMapping({QStringLiteral("code=Kunde,company_name=Firma"),
                                         QStringLiteral("city=")},
                                        &parsed, &error));
    QCOMPARE(parsed.value(QStringLiteral("code")), QStringLiteral("Kunde"));
    QCOMPARE(parsed.value(QStringLiteral("company_name")), QStringLiteral("Firma"));
    QVERIFY(parsed.contains(QStringLiteral("city")));
    QVERIFY(!CsvImportPlan::parseMapping({QStringLiteral("Kunde")}, &parsed, &error));
    QVERIFY(error.contains(QStringLiteral("Kunde")));
}

void tst_CsvImport::missingRequiredColumnsNamed()
{
    const QByteArray file = QStringLiteral("客户编号,金额\nHUALIAN,10\n").toUtf8();
    const CsvImportSummary summary = import(Kind::Charges, file);

    QVERIFY(!summary.written);
    for (const char *target : {"fee_type", "reason", "payment_method", "due_date"})
        QVERIFY2(summary.fileError.contains(QLatin1String(target)), qPrintable(summary.fileError));
    QVERIFY(!summary.fileError.contains(QStringLiteral("customer_code")));
}

void tst_CsvImport::formulaGuardRemoved()
{
    const QByteArray file = QStringLiteral("code,company_name,phone,contact_name\n"
                                           "EXCEL,'=SUM(A1),'+86 10 1234,''t Hooft\n")
                                .toUtf8();
    const CsvImportSummary summary = import(Kind::Customers, file);
    QVERIFY2(summary.written, qPrintable(describe(summary)));

    QCOMPARE(text("SELECT company_name FROM customers WHERE code = 'EXCEL'"),
             QStringLiteral("=SUM(A1)"));
    QCOMPARE(text("SELECT phone FROM customers WHERE code = 'EXCEL'"),
             QStringLiteral("+86 10 1234"));
    QCOMPARE(text("SELECT contact_name FROM customers WHERE code = 'EXCEL'"),
             QStringLiteral("'t Hooft"));
}

void tst_CsvImport::byteOrderMarksInFieldsRemoved()
{
    // A second file appended to the first puts its byte order mark (EF BB BF)
    // at the start of a row. SQLite would drop U+FEFF at the start of a
    // value and byte-swap the rest after U+FFFE (EF BF BE).
    const QByteArray file = "code,company_name,city\n"
                            "\xEF\xBB\xBFNEWCO,New Company,Beijing\n"
                            "SWAPCO,\xEF\xBF\xBESwapped Name,\xEF\xBB\xBF\n";
    const CsvImportSummary summary = import(Kind::Customers, file);
    QVERIFY2(summary.written, qPrintable(describe(summary)));
    QCOMPARE(summary.added, 2);
    QCOMPARE(text("SELECT code FROM customers WHERE company_name = 'New Company'"),
             QStringLiteral("NEWCO"));
    QCOMPARE(text("SELECT company_name FROM customers WHERE code = 'SWAPCO'"),
             QStringLiteral("Swapped Name"));
    QCOMPARE(text("SELECT city FROM customers WHERE code = 'SWAPCO'"), QString());

    // The stored values equal the file's, so the file imports again as is.
    const CsvImportSummary again = import(Kind::Customers, file);
    QVERIFY2(!again.hasProblems(), qPrintable(describe(again)));
    QCOMPARE(again.alreadyPresent, 2);
}

void tst_CsvImport::previewShowsRowsAndMapping()
{
    CsvImportPlan plan;
    plan.kind = Kind::Customers;
    plan.filePath = writeFile(gb18030(CustomersCsv));

    CsvImporter importer(m_database->db(), QStringLiteral("tester"));
    const CsvImportPreview preview = importer.preview(plan, 2);
    QVERIFY2(preview.ok, qPrintable(preview.errorMessage));
    QCOMPARE(preview.encoding, TextEncoding::Encoding::Gb18030);
    QCOMPARE(preview.headers.size(), 7);
    QCOMPARE(preview.headers.constFirst(), QStringLiteral("客户编号"));
    QCOMPARE(preview.rows.size(), 2);
    QCOMPARE(preview.totalRows, 3);
    QCOMPARE(preview.rows.at(1).line, 3);
    QCOMPARE(preview.rows.at(1).fields.at(1), QStringLiteral("德益貿易行 㐀"));
    QCOMPARE(preview.mapping.header(QStringLiteral("code")), QStringLiteral("客户编号"));
    QVERIFY(preview.mappingErrors.isEmpty());

    plan.kind = Kind::Charges;
    const CsvImportPreview charges = importer.preview(plan);
    QVERIFY(!charges.mappingErrors.isEmpty());
    QVERIFY(charges.mappingErrors.constLast().contains(QStringLiteral("amount")));
    QCOMPARE(scalar("SELECT COUNT(*) FROM customers"), 0);
}

void tst_CsvImport::importNestsInOuterTransaction()
{
    const QSqlDatabase db = m_database->db();
    {
        Transaction outer(db);
        QVERIFY(outer.begin());
        const CsvImportSummary summary = import(Kind::Customers, CustomersCsv.toUtf8());
        QVERIFY2(summary.written, qPrintable(describe(summary)));
        QCOMPARE(Transaction::depth(m_database->connectionName()), 1);
        QCOMPARE(scalar("SELECT COUNT(*) FROM customers"), 3);
        outer.rollback();
    }
    QCOMPARE(scalar("SELECT COUNT(*) FROM customers"), 0);
    QCOMPARE(scalar("SELECT COUNT(*) FROM audit_log"), 0);
    QCOMPARE(Transaction::depth(m_database->connectionName()), 0);
}

void tst_CsvImport::cancelChangesNothing_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("dryRun");
    QTest::addColumn<bool>("whileWriting");

    QTest::newRow("customers, reading") << Kind::Customers << false << false;
    QTest::newRow("customers, writing") << Kind::Customers << false << true;
    QTest::newRow("charges, reading") << Kind::Charges << false << false;
    QTest::newRow("charges, writing") << Kind::Charges << false << true;
    QTest::newRow("charges, check writing") << Kind::Charges << true << true;
}

void tst_CsvImport::cancelChangesNothing()
{
    QFETCH(Kind, kind);
    QFETCH(bool, dryRun);
    QFETCH(bool, whileWriting);

    if (kind == Kind::Charges)
        QVERIFY(import(Kind::Customers, CustomersCsv.toUtf8()).written);
    const QString table = kind == Kind::Charges ? QStringLiteral("charges")
                                                : QStringLiteral("customers");
    const qint64 countBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    const QByteArray before = checksum();

    // Cancels at the first report past the start of the chosen phase.
    const qsizetype rows = 3 * CsvImportProgress::Interval;
    qsizetype canceledAt = 0;
    qint64 countAtCancel = -1;
    int reportsAfterCancel = 0;
    const ReportProgress progress = [&](qsizetype done, qsizetype total) {
        if (canceledAt > 0) {
            ++reportsAfterCancel;
            return false;
        }
        const bool inPhase = whileWriting ? done > rows && done < total : done > 0 && done < rows;
        if (!inPhase)
            return true;
        canceledAt = done;
        countAtCancel = scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        return false;
    };
    const QByteArray bytes = kind == Kind::Charges ? manyCharges(int(rows))
                                                   : manyCustomers(int(rows));
    const CsvImportSummary summary = importWithProgress(kind, bytes, dryRun, progress);

    QVERIFY2(canceledAt > 0, qPrintable(describe(summary)));
    QCOMPARE(reportsAfterCancel, 0);
    QVERIFY(summary.canceled);
    QVERIFY(!summary.written);
    QVERIFY(!summary.databaseFailure);
    QVERIFY2(summary.fileError.contains(QStringLiteral("canceled")),
             qPrintable(summary.fileError));
    QVERIFY(summary.entries.isEmpty());
    QCOMPARE(summary.added, 0);
    QCOMPARE(summary.rejected, 0);

    // Records were written when the cancel came, and rolled back.
    if (whileWriting)
        QVERIFY2(countAtCancel > countBefore, qPrintable(QString::number(countAtCancel)));
    else
        QCOMPARE(countAtCancel, countBefore);
    QCOMPARE(checksum(), before);
    QCOMPARE(Transaction::depth(m_database->connectionName()), 0);
}

void tst_CsvImport::progressReachesTotal_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("records");

    QTest::newRow("customers") << Kind::Customers << manyCustomers(120) << 120 << 120;
    QTest::newRow("bills") << Kind::Bills << BillsCsv.toUtf8() << 5 << 2;
    QTest::newRow("charges") << Kind::Charges << manyCharges(120) << 120 << 120;
}

void tst_CsvImport::progressReachesTotal()
{
    QFETCH(Kind, kind);
    QFETCH(QByteArray, bytes);
    QFETCH(int, rows);
    QFETCH(int, records);

    if (kind != Kind::Customers)
        QVERIFY(import(Kind::Customers, CustomersCsv.toUtf8()).written);

    QList<QPair<qsizetype, qsizetype>> reports;
    const ReportProgress progress = [&reports](qsizetype done, qsizetype total) {
        reports.append({done, total});
        return true;
    };
    const CsvImportSummary summary = importWithProgress(kind, bytes, false, progress);
    QVERIFY2(summary.written, qPrintable(describe(summary)));
    QVERIFY(!summary.canceled);
    QCOMPARE(summary.added, records);

    // Until the writing starts, each row counts twice, as it may become a
    // record.
    QVERIFY(!reports.isEmpty());
    QCOMPARE(reports.constFirst().first, 0);
    QCOMPARE(reports.constFirst().second, 2 * rows);
    QCOMPARE(reports.constLast().first, rows + records);
    QCOMPARE(reports.constLast().second, rows + records);

    // Reports come at least every Interval rows or records, and neither done
    // nor the share done ever goes back.
    for (qsizetype i = 1; i < reports.size(); ++i) {
        const auto [done, total] = reports.at(i);
        const auto [previousDone, previousTotal] = reports.at(i - 1);
        QVERIFY2(done >= previousDone, qPrintable(QStringLiteral("report %1").arg(i)));
        QVERIFY2(done - previousDone <= CsvImportProgress::Interval,
                 qPrintable(QStringLiteral("report %1: %2 after %3").arg(i).arg(done).arg(
                     previousDone)));
        QVERIFY(done <= total);
        QVERIFY2(done * previousTotal >= previousDone * total,
                 qPrintable(QStringLiteral("report %1: %2 of %3 after %4 of %5")
                                .arg(i)
                                .arg(done)
                                .arg(total)
                                .arg(previousDone)
                                .arg(previousTotal)));
    }
}

QTEST_GUILESS_MAIN(tst_CsvImport)
#include "tst_csvimport.moc"
