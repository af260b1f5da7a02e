#include "chargerequest.h"
#include "chargeservice.h"
#include "csvexporter.h"
#include "csvreader.h"
#include "csvtestsupport.h"
#include "csvwriter.h"
#include "money.h"
#include "northwindimporter.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>

#include <memory>

// Exports the Northwind sample data plus a few charges and customers with
// awkward text, and reads the files back with CsvReader.
class tst_CsvExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void guardFormula_data();
    void guardFormula();
    void guardRoundTrip_data();
    void guardRoundTrip();
    void guardRoundTripThroughFile_data();
    void guardRoundTripThroughFile();
    void writerGuardsOnlyTextFields();
    void plainWriteRowUnchanged();

    void byteOrderMarkAtStart();
    void streamByteOrderMarkOptional();
    void headerRow_data();
    void headerRow();
    void billAmountsMatchDatabase();
    void chargeAmountsMatchDatabase();
    void customerBalancesMatchDatabase();
    void chargeRowFields();
    void voidChargeRowFields();
    void formulaGuardInFile();
    void chineseCustomerName();
    void noteWithQuotesCommasAndLineBreaks();
    void billLineNumbers();
    void billWithoutLinesKeepsRow();
    void customerFilter_data();
    void customerFilter();
    void billPeriodFilter();
    void chargePeriodFilter_data();
    void chargePeriodFilter();
    void cancelLeavesNoFile_data();
    void cancelLeavesNoFile();
    void cancelKeepsExistingFile();
    void unwritablePathFails();
    void hundredThousandRowsStream();

private:
    QString exportPath(const QString &name) const { return m_dir.filePath(name); }

    // Exports table of the Northwind database to a new file and returns its
    // records, header first. Returns an empty list with a warning on failure.
    QList<QStringList> exportRecords(CsvExporter::Table table,
                                     const CsvExporter::Filter &filter = {});

    qint64 commitCharge(const ChargeRequest &request);
    ChargeRequest chargeRequest(const QString &customerCode, const QString &billNo) const;
    qint64 idOf(const QString &table, const QString &column, const QString &value) const;

    std::unique_ptr<TestDatabase> m_northwind;
    std::unique_ptr<ChargeService> m_service;
    QTemporaryDir m_dir;
    int m_exportCount = 0;
    qint64 m_quotedNoteChargeId = 0;
    qint64 m_voidChargeId = 0;
};

namespace {

const QString QuotedNote = QStringLiteral("Installed on 3 May, \"urgent\"; see below\nline 2");
const QString ChineseName = QStringLiteral("北京华联商贸有限公司");

QStringList columnNames(CsvExporter::Table table)
{
    QStringList names;
    for (const CsvColumn &column : CsvExporter::columns(table))
        names << column.name;
    return names;
}

// Sums the non-empty fields of the amount column of records (header first)
// per currency column, in minor units parsed from the plain amounts.
QHash<QString, qint64> sumByCurrency(const QList<QStringList> &records,
                                     const QString &amountColumn)
{
    QHash<QString, qint64> sums;
    if (records.isEmpty())
        return sums;
    const qsizetype amountIndex = records.constFirst().indexOf(amountColumn);
    const qsizetype currencyIndex = records.constFirst().indexOf(QStringLiteral("currency"));
    for (qsizetype row = 1; row < records.size(); ++row) {
        // A bill without lines has an empty amount.
        if (records.at(row).at(amountIndex).isEmpty())
            continue;
        const QString currency = records.at(row).at(currencyIndex);
        const std::optional<Money> amount
            = Money::parse(records.at(row).at(amountIndex), currency, QLocale::c());
        if (!amount) {
            qWarning() << "Unparsable amount" << records.at(row).at(amountIndex);
            return {};
        }
        sums[currency] += amount->minorUnits();
    }
    return sums;
}

QHash<QString, qint64> sumsFromQuery(QSqlDatabase db, const QString &sql)
{
    QHash<QString, qint64> sums;
    QSqlQuery query(db);
    if (!query.exec(sql))
        qWarning() << query.lastError().text();
    while (query.next())
        sums.insert(query.value(0).toString(), query.value(1).toLongLong());
    return sums;
}

// Returns the row of records whose column equals value, or an empty list.
QStringList rowWhere(const QList<QStringList> &records, const QString &column,
                     const QString &value)
{
    if (records.isEmpty())
        return {};
    const qsizetype index = records.constFirst().indexOf(column);
    for (const QStringList &record : records) {
        if (record.value(index) == value)
            return record;
    }
    return {};
}

bool execute(QSqlDatabase db, const QString &sql, const QVariantMap &values = {})
{
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        qWarning() << query.lastError().text();
        return false;
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (!query.exec()) {
        qWarning() << query.lastError().text();
        return false;
    }
    return true;
}

const QString InsertCustomer = QStringLiteral(
    "INSERT INTO customers (code, company_name, contact_name, phone, currency, balance_minor, "
    "created_at, updated_at) VALUES (:code, :company, :contact, :phone, :currency, :balance, "
    "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')");

const QString InsertBill = QStringLiteral(
    "INSERT INTO bills (bill_no, customer_id, issue_date, due_date, currency, "
    "lines_total_minor, created_at) VALUES (:bill_no, :customer, :issue, :due, :currency, "
    ":total, '2026-03-01T00:00:00.000Z')");

const QString InsertLine = QStringLiteral(
    "INSERT INTO bill_lines (bill_id, line_no, kind, description, quantity, unit_price_minor, "
    "discount_bp, amount_minor) VALUES (:bill, :line_no, :kind, :description, :quantity, "
    ":unit_price, :discount, :amount)");

} // namespace

void tst_CsvExport::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());

    m_northwind = std::make_unique<TestDatabase>(QStringLiteral("northwind"));
    QVERIFY2(m_northwind->isOpen(), qPrintable(m_northwind->error()));
    const NorthwindImporter::Result imported
        = NorthwindImporter(m_northwind->db()).import(NorthwindImporter::builtInDirectory());
    QVERIFY2(imported.ok, qPrintable(imported.errorMessage));

    // A CNY customer with Chinese text, a formula-like contact, a phone
    // number with '+' and a negative balance (paid in advance).
    const QSqlDatabase db = m_northwind->db();
    QVERIFY(execute(db, InsertCustomer,
                    {{QStringLiteral(":code"), QStringLiteral("HUALIAN")},
                     {QStringLiteral(":company"), ChineseName},
                     {QStringLiteral(":contact"), QStringLiteral("=HYPERLINK(\"x\")")},
                     {QStringLiteral(":phone"), QStringLiteral("+86 21 1234 5678")},
                     {QStringLiteral(":currency"), QStringLiteral("CNY")},
                     {QStringLiteral(":balance"), -50050}}));
    const qint64 hualian = idOf(QStringLiteral("customers"), QStringLiteral("code"),
                                QStringLiteral("HUALIAN"));

    // One bill with discounts of 2.5 % and 0.01 %, and one without lines.
    QVERIFY(execute(db, InsertBill,
                    {{QStringLiteral(":bill_no"), QStringLiteral("HL-2026-001")},
                     {QStringLiteral(":customer"), hualian},
                     {QStringLiteral(":issue"), QStringLiteral("2026-03-01")},
                     {QStringLiteral(":due"), QStringLiteral("2026-03-31")},
                     {QStringLiteral(":currency"), QStringLiteral("CNY")},
                     {QStringLiteral(":total"), 29250 + 99990}}));
    QVERIFY(execute(db, InsertBill,
                    {{QStringLiteral(":bill_no"), QStringLiteral("HL-2026-002")},
                     {QStringLiteral(":customer"), hualian},
                     {QStringLiteral(":issue"), QStringLiteral("2026-03-02")},
                     {QStringLiteral(":due"), QStringLiteral("2026-04-01")},
                     {QStringLiteral(":currency"), QStringLiteral("CNY")},
                     {QStringLiteral(":total"), 0}}));
    const qint64 bill = idOf(QStringLiteral("bills"), QStringLiteral("bill_no"),
                             QStringLiteral("HL-2026-001"));
    QVERIFY(execute(db, InsertLine,
                    {{QStringLiteral(":bill"), bill},
                     {QStringLiteral(":line_no"), 1},
                     {QStringLiteral(":kind"), QStringLiteral("goods")},
                     {QStringLiteral(":description"), QStringLiteral("安装服务, \"标准\"")},
                     {QStringLiteral(":quantity"), 3},
                     {QStringLiteral(":unit_price"), 10000},
                     {QStringLiteral(":discount"), 250},
                     {QStringLiteral(":amount"), 29250}}));
    QVERIFY(execute(db, InsertLine,
                    {{QStringLiteral(":bill"), bill},
                     {QStringLiteral(":line_no"), 2},
                     {QStringLiteral(":kind"), QStringLiteral("freight")},
                     {QStringLiteral(":description"), QStringLiteral("-顺丰")},
                     {QStringLiteral(":quantity"), 1},
                     {QStringLiteral(":unit_price"), 100000},
                     {QStringLiteral(":discount"), 1},
                     {QStringLiteral(":amount"), 99990}}));

    m_service = std::make_unique<ChargeService>(db, QStringLiteral("tester"));

    ChargeRequest quoted = chargeRequest(QStringLiteral("ALFKI"), QStringLiteral("10643"));
    quoted.note = QuotedNote;
    m_quotedNoteChargeId = commitCharge(quoted);
    QVERIFY(m_quotedNoteChargeId > 0);

    ChargeRequest formula = chargeRequest(QStringLiteral("ALFKI"), QString());
    formula.feeTypeCode = QStringLiteral("LATE_FEE");
    formula.amountText = QStringLiteral("45.00");
    formula.reasonCode = QStringLiteral("CONTRACT_CHANGE");
    formula.note = QStringLiteral("=1+1");
    formula.dueDate = QDate(2024, 8, 15);
    QVERIFY(commitCharge(formula) > 0);

    ChargeRequest voided = chargeRequest(QStringLiteral("ANATR"), QString());
    voided.feeTypeCode = QStringLiteral("MATERIAL");
    voided.amountText = QStringLiteral("0.05");
    voided.note = QStringLiteral("-5 adjustment");
    voided.dueDate = QDate(2024, 9, 1);
    m_voidChargeId = commitCharge(voided);
    QVERIFY(m_voidChargeId > 0);
    const ChargeService::VoidResult voidResult
        = m_service->voidCharge(m_voidChargeId, QStringLiteral("@entered twice"));
    QVERIFY2(voidResult.ok, qPrintable(voidResult.errorMessage));

    ChargeRequest chinese = chargeRequest(QStringLiteral("HUALIAN"),
                                          QStringLiteral("HL-2026-001"));
    chinese.amountText = QStringLiteral("88.80");
    chinese.note = QStringLiteral("补费：安装费");
    chinese.dueDate = QDate(2026, 4, 15);
    QVERIFY(commitCharge(chinese) > 0);
}

void tst_CsvExport::cleanupTestCase()
{
    m_service.reset();
    m_northwind.reset();
}

qint64 tst_CsvExport::idOf(const QString &table, const QString &column,
                           const QString &value) const
{
    QSqlQuery query(m_northwind->db());
    if (!query.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = :value").arg(table, column)))
        return 0;
    query.bindValue(QStringLiteral(":value"), value);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(QStringLiteral("id")).toLongLong();
}

ChargeRequest tst_CsvExport::chargeRequest(const QString &customerCode,
                                           const QString &billNo) const
{
    ChargeRequest request;
    request.requestKey = ChargeRequest::newRequestKey();
    request.customerId = idOf(QStringLiteral("customers"), QStringLiteral("code"), customerCode);
    request.billId = billNo.isEmpty()
                         ? 0
                         : idOf(QStringLiteral("bills"), QStringLiteral("bill_no"), billNo);
    request.feeTypeCode = QStringLiteral("SERVICE");
    request.amountText = QStringLiteral("1234.50");
    request.reasonCode = QStringLiteral("UNPAID");
    request.paymentMethodCode = QStringLiteral("BANK_TRANSFER");
    request.dueDate = QDate(2024, 7, 31);
    return request;
}

qint64 tst_CsvExport::commitCharge(const ChargeRequest &request)
{
    const ChargeReview review = m_service->review(request);
    if (!review.isValid()) {
        qWarning() << "Charge rejected:" << review.problemText();
        return 0;
    }
    const ChargeService::CommitResult result = m_service->commit(request, review);
    if (result.status != ChargeService::CommitResult::Status::Committed) {
        qWarning() << "Commit failed:" << result.errorMessage;
        return 0;
    }
    return result.chargeId;
}

QList<QStringList> tst_CsvExport::exportRecords(CsvExporter::Table table,
                                                const CsvExporter::Filter &filter)
{
    const QString path = exportPath(QStringLiteral("export-%1.csv").arg(++m_exportCount));
    CsvExporter exporter(m_northwind->db());
    const CsvExporter::Result result = exporter.exportToFile(table, path, filter);
    if (!result.ok()) {
        qWarning() << "Export failed:" << result.errorMessage;
        return {};
    }
    const QList<QStringList> records = readCsvFile(path);
    if (records.size() != result.rows + 1)
        qWarning() << "Export reported" << result.rows << "rows but wrote" << records.size();
    return records;
}

void tst_CsvExport::guardFormula_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("guarded");

    QTest::newRow("equals") << "=SUM(A1)" << "'=SUM(A1)";
    QTest::newRow("plus") << "+86 21 1234" << "'+86 21 1234";
    QTest::newRow("minus") << "-5" << "'-5";
    QTest::newRow("at") << "@home" << "'@home";
    QTest::newRow("tab") << "\tindented" << "'\tindented";
    QTest::newRow("carriage return") << "\rx" << "'\rx";
    QTest::newRow("apostrophe") << "'quoted" << "''quoted";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("chinese") << "普通文本" << "普通文本";
    QTest::newRow("equals later") << "a=b" << "a=b";
    QTest::newRow("space first") << " =1" << " =1";
    QTest::newRow("digits") << "1234.50" << "1234.50";
}

void tst_CsvExport::guardFormula()
{
    QFETCH(QString, text);
    QFETCH(QString, guarded);

    QCOMPARE(CsvWriter::guardFormula(text), guarded);
}

void tst_CsvExport::guardRoundTrip_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("formula") << "=SUM(A1)";
    QTest::newRow("apostrophe") << "'quoted";
    QTest::newRow("two apostrophes") << "''twice";
    QTest::newRow("lone apostrophe") << "'";
    QTest::newRow("negative") << "-5";
    QTest::newRow("empty") << "";
    QTest::newRow("chinese") << "普通文本";
    QTest::newRow("phone") << "+86 21 1234";
    QTest::newRow("at") << "@home";
    QTest::newRow("tab") << "\t=1";
    QTest::newRow("carriage return") << "\r\n=1";
    QTest::newRow("apostrophe inside") << "O'Brien";
    QTest::newRow("quotes and comma") << "=\"a\",b";
}

void tst_CsvExport::guardRoundTrip()
{
    QFETCH(QString, text);

    QCOMPARE(CsvWriter::unguardFormula(CsvWriter::guardFormula(text)), text);
}

void tst_CsvExport::guardRoundTripThroughFile_data()
{
    QTest::addColumn<QString>("text");

    // CsvReader returns every line break inside a quoted field as "\n", so
    // texts with CR are left to guardRoundTrip().
    QTest::newRow("formula") << "=SUM(A1)";
    QTest::newRow("apostrophe") << "'quoted";
    QTest::newRow("negative") << "-5";
    QTest::newRow("empty") << "";
    QTest::newRow("chinese") << "普通文本";
    QTest::newRow("phone") << "+86 21 1234";
    QTest::newRow("at") << "@home";
    QTest::newRow("tab") << "\tx";
    QTest::newRow("line break") << "-line 1\nline 2";
    QTest::newRow("quotes and comma") << "=\"a\",b";
}

void tst_CsvExport::guardRoundTripThroughFile()
{
    QFETCH(QString, text);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::ReadWrite));
    {
        QTextStream out(&buffer);
        CsvWriter writer(out, CsvWriter::ByteOrderMark::Write);
        writer.writeRow({text, QStringLiteral("end")},
                        {CsvWriter::FieldKind::Text, CsvWriter::FieldKind::Text});
    }
    buffer.seek(0);

    CsvReader reader(&buffer);
    QStringList fields;
    QVERIFY2(reader.readRecord(&fields), qPrintable(reader.error()));
    QCOMPARE(fields.size(), 2);
    QCOMPARE(CsvWriter::unguardFormula(fields.at(0)), text);
    QCOMPARE(fields.at(1), QStringLiteral("end"));
}

void tst_CsvExport::writerGuardsOnlyTextFields()
{
    using Kind = CsvWriter::FieldKind;
    QString output;
    QTextStream out(&output);
    CsvWriter writer(out);
    writer.writeRow({QStringLiteral("-5"), QStringLiteral("-5.00"), QStringLiteral("=A1"),
                     QStringLiteral("2024-01-01"), QStringLiteral("@x,y")},
                    {Kind::Text, Kind::NumberOrDate, Kind::Text, Kind::NumberOrDate, Kind::Text});
    out.flush();

    QCOMPARE(output, QStringLiteral("'-5,-5.00,'=A1,2024-01-01,\"'@x,y\"\r\n"));
}

void tst_CsvExport::plainWriteRowUnchanged()
{
    QString output;
    QTextStream out(&output);
    CsvWriter writer(out);
    writer.writeRow({QStringLiteral("=1+1"), QStringLiteral("-5"), QStringLiteral("'a")});
    out.flush();

    QCOMPARE(output, QStringLiteral("=1+1,-5,'a\r\n"));
}

void tst_CsvExport::byteOrderMarkAtStart()
{
    const QString path = exportPath(QStringLiteral("bom.csv"));
    const CsvExporter::Result result
        = CsvExporter(m_northwind->db()).exportToFile(CsvExporter::Table::Customers, path);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));

    const QByteArray bytes = fileBytes(path);
    QVERIFY(bytes.size() > 3);
    QCOMPARE(quint8(bytes.at(0)), quint8(0xEF));
    QCOMPARE(quint8(bytes.at(1)), quint8(0xBB));
    QCOMPARE(quint8(bytes.at(2)), quint8(0xBF));
    QVERIFY2(bytes.mid(3).startsWith("code,company_name,"), bytes.left(40).constData());
    QCOMPARE(bytes.count("\xEF\xBB\xBF"), 1);
}

void tst_CsvExport::streamByteOrderMarkOptional()
{
    CsvExporter exporter(m_northwind->db());
    CsvExporter::Filter filter;
    filter.customerCodes = {QStringLiteral("ALFKI")};

    QByteArray withoutMark;
    {
        QBuffer buffer(&withoutMark);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QTextStream out(&buffer);
        const CsvExporter::Result result = exporter.exportToStream(
            CsvExporter::Table::Customers, out, filter, CsvWriter::ByteOrderMark::Omit);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    }
    QVERIFY2(withoutMark.startsWith("code,"), withoutMark.left(20).constData());

    QByteArray withMark;
    {
        QBuffer buffer(&withMark);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QTextStream out(&buffer);
        const CsvExporter::Result result = exporter.exportToStream(
            CsvExporter::Table::Customers, out, filter, CsvWriter::ByteOrderMark::Write);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    }
    QCOMPARE(withMark, QByteArray("\xEF\xBB\xBF") + withoutMark);
}

void tst_CsvExport::headerRow_data()
{
    QTest::addColumn<CsvExporter::Table>("table");
    QTest::addColumn<QStringList>("header");

    QTest::newRow("customers")
        << CsvExporter::Table::Customers
        << QStringList{"code", "company_name", "contact_name", "contact_title", "address",
                       "city", "region", "postal_code", "country", "phone", "fax", "currency",
                       "balance"};
    QTest::newRow("bills")
        << CsvExporter::Table::Bills
        << QStringList{"bill_no", "customer_code", "issue_date", "due_date", "currency",
                       "line_no", "kind", "description", "quantity", "unit_price",
                       "discount_percent", "amount"};
    QTest::newRow("charges")
        << CsvExporter::Table::Charges
        << QStringList{"charge_id", "request_key", "customer_code", "bill_no", "fee_type",
                       "amount", "currency", "reason", "note", "payment_method", "due_date",
                       "status", "void_reason", "duplicate_acknowledgement", "created_by",
                       "created_at", "voided_by", "voided_at"};
}

void tst_CsvExport::headerRow()
{
    QFETCH(CsvExporter::Table, table);
    QFETCH(QStringList, header);

    QCOMPARE(columnNames(table), header);
    const QList<QStringList> records = exportRecords(table);
    QVERIFY(records.size() > 1);
    QCOMPARE(records.constFirst(), header);
    for (const QStringList &record : records)
        QCOMPARE(record.size(), header.size());
}

void tst_CsvExport::billAmountsMatchDatabase()
{
    const QList<QStringList> records = exportRecords(CsvExporter::Table::Bills);
    QVERIFY(!records.isEmpty());

    // One row per line, plus one for the bill without lines.
    QCOMPARE(records.size() - 1,
             m_northwind->scalar(QStringLiteral("SELECT COUNT(*) FROM bill_lines")) + 1);

    const QHash<QString, qint64> exported = sumByCurrency(records, QStringLiteral("amount"));
    const QHash<QString, qint64> lineSums = sumsFromQuery(
        m_northwind->db(),
        QStringLiteral("SELECT bills.currency, SUM(bill_lines.amount_minor) FROM bill_lines "
                       "JOIN bills ON bills.id = bill_lines.bill_id GROUP BY bills.currency"));
    const QHash<QString, qint64> billTotals = sumsFromQuery(
        m_northwind->db(),
        QStringLiteral("SELECT currency, SUM(lines_total_minor) FROM bills GROUP BY currency"));
    QCOMPARE(exported.keys().size(), 2);
    QCOMPARE(exported, lineSums);
    QCOMPARE(exported, billTotals);
    QCOMPARE(exported.value(QStringLiteral("CNY")), 29250 + 99990);
}

void tst_CsvExport::chargeAmountsMatchDatabase()
{
    const QList<QStringList> records = exportRecords(CsvExporter::Table::Charges);
    QCOMPARE(records.size() - 1, 4);

    const QHash<QString, qint64> exported = sumByCurrency(records, QStringLiteral("amount"));
    const QHash<QString, qint64> stored = sumsFromQuery(
        m_northwind->db(),
        QStringLiteral("SELECT currency, SUM(amount_minor) FROM charges GROUP BY currency"));
    QCOMPARE(exported, stored);
    QCOMPARE(exported.value(QStringLiteral("USD")), 123450 + 4500 + 5);
    QCOMPARE(exported.value(QStringLiteral("CNY")), 8880);
}

void tst_CsvExport::customerBalancesMatchDatabase()
{
    const QList<QStringList> records = exportRecords(CsvExporter::Table::Customers);
    QCOMPARE(records.size() - 1, 92);

    const QHash<QString, qint64> exported = sumByCurrency(records, QStringLiteral("balance"));
    const QHash<QString, qint64> stored = sumsFromQuery(
        m_northwind->db(),
        QStringLiteral("SELECT currency, SUM(balance_minor) FROM customers GROUP BY currency"));
    QCOMPARE(exported, stored);
    QCOMPARE(exported.value(QStringLiteral("CNY")), -50050 + 8880);
}

void tst_CsvExport::chargeRowFields()
{
    const QList<QStringList> records = exportRecords(CsvExporter::Table::Charges);
    const QStringList row = rowWhere(records, QStringLiteral("charge_id"),
                                     QString::number(m_quotedNoteChargeId));
    QCOMPARE(row.size(), 18);

    const QRegularExpression requestKey(QStringLiteral("^[0-9a-f-]{8,}$"));
    QVERIFY2(requestKey.match(row.at(1)).hasMatch(), qPrintable(row.at(1)));
    const QStringList expected = {QString::number(m_quotedNoteChargeId), row.at(1),
                                  "ALFKI", "10643", "SERVICE", "1234.50", "USD", "UNPAID",
                                  QuotedNote, "BANK_TRANSFER", "2024-07-31", "posted", "", "",
                                  "tester"};
    QCOMPARE(row.mid(0, expected.size()), expected);

    const QRegularExpression timestamp(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    QVERIFY2(timestamp.match(row.at(15)).hasMatch(), qPrintable(row.at(15)));
    QCOMPARE(row.at(16), QString());
    QCOMPARE(row.at(17), QString());
}

void tst_CsvExport::voidChargeRowFields()
{
    const QList<QStringList> records = exportRecords(CsvExporter::Table::Charges);
    const QStringList row = rowWhere(records, QStringLiteral("charge_id"),
                                     QString::number(m_voidChargeId));
    QCOMPARE(row.size(), 18);

    QCOMPARE(row.at(2), QStringLiteral("ANATR"));
    QCOMPARE(row.at(3), QString()); // on the account, not on a bill
    QCOMPARE(row.at(5), QStringLiteral("0.05"));
    QCOMPARE(row.at(8), QStringLiteral("'-5 adjustment"));
    QCOMPARE(row.at(11), QStringLiteral("void"));
    QCOMPARE(row.at(12), QStringLiteral("'@entered twice"));
    QCOMPARE(row.at(16), QStringLiteral("tester"));
    QVERIFY2(QDateTime::fromString(row.at(17), Qt::ISODateWithMs).isValid(),
             qPrintable(row.at(17)));
    QVERIFY(row.at(17).endsWith(QLatin1Char('Z')));
}

void tst_CsvExport::formulaGuardInFile()
{
    CsvExporter::Filter filter;
    filter.customerCodes = {QStringLiteral("HUALIAN")};
    const QList<QStringList> customers = exportRecords(CsvExporter::Table::Customers, filter);
    QCOMPARE(customers.size(), 2);
    const QStringList customer = customers.at(1);

    QCOMPARE(customer.at(2), QStringLiteral("'=HYPERLINK(\"x\")"));
    QCOMPARE(customer.at(9), QStringLiteral("'+86 21 1234 5678"));
    // The balance (-500.50 paid in advance plus the 88.80 charge) is a
    // number: its minus sign stays as it is.
    QCOMPARE(customer.at(12), QStringLiteral("-411.70"));

    const QList<QStringList> charges = exportRecords(CsvExporter::Table::Charges);
    const QStringList formulaNote = rowWhere(charges, QStringLiteral("note"),
                                             QStringLiteral("'=1+1"));
    QVERIFY(!formulaNote.isEmpty());
    QCOMPARE(formulaNote.at(5), QStringLiteral("45.00"));
    QCOMPARE(formulaNote.at(10), QStringLiteral("2024-08-15"));

    const QList<QStringList> bills = exportRecords(CsvExporter::Table::Bills, filter);
    const QStringList freight = rowWhere(bills, QStringLiteral("kind"),
                                         QStringLiteral("freight"));
    QCOMPARE(freight.value(7), QStringLiteral("'-顺丰"));
}

void tst_CsvExport::chineseCustomerName()
{
    CsvExporter::Filter filter;
    filter.customerCodes = {QStringLiteral("HUALIAN")};
    const QString path = exportPath(QStringLiteral("chinese.csv"));
    const CsvExporter::Result result = CsvExporter(m_northwind->db())
                                           .exportToFile(CsvExporter::Table::Customers, path,
                                                         filter);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));

    // The bytes are UTF-8, whatever the locale of the test.
    QVERIFY(fileBytes(path).contains(ChineseName.toUtf8()));
    const QList<QStringList> records = readCsvFile(path);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).at(1), ChineseName);
    QCOMPARE(records.at(1).at(11), QStringLiteral("CNY"));
}

void tst_CsvExport::noteWithQuotesCommasAndLineBreaks()
{
    const QString path = exportPath(QStringLiteral("notes.csv"));
    const CsvExporter::Result result
        = CsvExporter(m_northwind->db()).exportToFile(CsvExporter::Table::Charges, path);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));

    const QByteArray bytes = fileBytes(path);
    QVERIFY2(bytes.contains("\"Installed on 3 May, \"\"urgent\"\"; see below\nline 2\""),
             bytes.constData());

    const QStringList row = rowWhere(readCsvFile(path), QStringLiteral("charge_id"),
                                     QString::number(m_quotedNoteChargeId));
    QCOMPARE(row.value(8), QuotedNote);
}

void tst_CsvExport::billLineNumbers()
{
    CsvExporter::Filter filter;
    filter.customerCodes = {QStringLiteral("HUALIAN")};
    const QList<QStringList> records = exportRecords(CsvExporter::Table::Bills, filter);
    QCOMPARE(records.size(), 4);

    QCOMPARE(records.at(1),
             (QStringList{"HL-2026-001", "HUALIAN", "2026-03-01", "2026-03-31", "CNY", "1",
                          "goods", "安装服务, \"标准\"", "3", "100.00", "2.5", "292.50"}));
    QCOMPARE(records.at(2),
             (QStringList{"HL-2026-001", "HUALIAN", "2026-03-01", "2026-03-31", "CNY", "2",
                          "freight", "'-顺丰", "1", "1000.00", "0.01", "999.90"}));

    // Bill 10248 starts with a line without discount, bill 10260 with 25 %.
    const QList<QStringList> northwind = exportRecords(CsvExporter::Table::Bills);
    const QStringList bill10248 = rowWhere(northwind, QStringLiteral("bill_no"),
                                           QStringLiteral("10248"));
    QCOMPARE(bill10248.value(5), QStringLiteral("1"));
    QCOMPARE(bill10248.value(10), QStringLiteral("0"));
    QCOMPARE(bill10248.value(9), QStringLiteral("14.00"));
    const QStringList bill10260 = rowWhere(northwind, QStringLiteral("bill_no"),
                                           QStringLiteral("10260"));
    QCOMPARE(bill10260.value(10), QStringLiteral("25"));
}

void tst_CsvExport::billWithoutLinesKeepsRow()
{
    CsvExporter::Filter filter;
    filter.customerCodes = {QStringLiteral("HUALIAN")};
    const QList<QStringList> records = exportRecords(CsvExporter::Table::Bills, filter);
    const QStringList row = rowWhere(records, QStringLiteral("bill_no"),
                                     QStringLiteral("HL-2026-002"));

    QCOMPARE(row, (QStringList{"HL-2026-002", "HUALIAN", "2026-03-02", "2026-04-01", "CNY", "",
                               "", "", "", "", "", ""}));
}

void tst_CsvExport::customerFilter_data()
{
    QTest::addColumn<CsvExporter::Table>("table");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QString>("sql");

    QTest::newRow("customers")
        << CsvExporter::Table::Customers << QStringList{"ANATR", "ALFKI"}
        << "SELECT COUNT(*) FROM customers WHERE code IN ('ALFKI', 'ANATR')";
    QTest::newRow("bills")
        << CsvExporter::Table::Bills << QStringList{"ALFKI", "BONAP"}
        << "SELECT COUNT(*) FROM bill_lines JOIN bills ON bills.id = bill_lines.bill_id "
           "JOIN customers ON customers.id = bills.customer_id "
           "WHERE customers.code IN ('ALFKI', 'BONAP')";
    QTest::newRow("charges")
        << CsvExporter::Table::Charges << QStringList{"ALFKI", "HUALIAN"}
        << "SELECT 3";
    QTest::newRow("charges unknown code")
        << CsvExporter::Table::Charges << QStringList{"NOPE"} << "SELECT 0";
    QTest::newRow("charges quote in code")
        << CsvExporter::Table::Charges << QStringList{"ALFKI') OR ('1'='1"} << "SELECT 0";
}

void tst_CsvExport::customerFilter()
{
    QFETCH(CsvExporter::Table, table);
    QFETCH(QStringList, codes);
    QFETCH(QString, sql);

    CsvExporter::Filter filter;
    filter.customerCodes = codes;
    const QList<QStringList> records = exportRecords(table, filter);
    QVERIFY(!records.isEmpty());
    QCOMPARE(records.size() - 1, m_northwind->scalar(sql));

    const QString codeColumn = table == CsvExporter::Table::Customers
                                   ? QStringLiteral("code")
                                   : QStringLiteral("customer_code");
    const qsizetype codeIndex = records.constFirst().indexOf(codeColumn);
    for (qsizetype row = 1; row < records.size(); ++row) {
        const QString code = records.at(row).at(codeIndex);
        QVERIFY2(codes.contains(code), qPrintable(code));
    }
}

void tst_CsvExport::billPeriodFilter()
{
    const QList<QStringList> all = exportRecords(CsvExporter::Table::Bills);
    QVERIFY(!all.isEmpty());
    const QDate from(1997, 1, 1);
    const QDate to(1997, 1, 31);
    QList<QStringList> expected = {all.constFirst()};
    for (qsizetype row = 1; row < all.size(); ++row) {
        const QDate issued = QDate::fromString(all.at(row).at(2), Qt::ISODate);
        if (issued >= from && issued <= to)
            expected << all.at(row);
    }
    QVERIFY(expected.size() > 10);

    CsvExporter::Filter filter;
    filter.from = from;
    filter.to = to;
    QCOMPARE(exportRecords(CsvExporter::Table::Bills, filter), expected);
}

void tst_CsvExport::chargePeriodFilter_data()
{
    QTest::addColumn<CsvExporter::Filter::DateBasis>("basis");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("dueDates");

    using Basis = CsvExporter::Filter::DateBasis;
    const QDate today = QDate::currentDate();
    const QStringList allDueDates = {"2024-07-31", "2024-08-15", "2024-09-01", "2026-04-15"};

    QTest::newRow("due, one day") << Basis::DueDate << QDate(2024, 8, 15) << QDate(2024, 8, 15)
                                  << QStringList{"2024-08-15"};
    QTest::newRow("due, both ends inclusive")
        << Basis::DueDate << QDate(2024, 7, 31) << QDate(2024, 9, 1)
        << QStringList{"2024-07-31", "2024-08-15", "2024-09-01"};
    QTest::newRow("due, from only") << Basis::DueDate << QDate(2024, 9, 1) << QDate()
                                    << QStringList{"2024-09-01", "2026-04-15"};
    QTest::newRow("due, to only") << Basis::DueDate << QDate() << QDate(2024, 7, 31)
                                  << QStringList{"2024-07-31"};
    QTest::newRow("entry, today") << Basis::EntryDate << today << today << allDueDates;
    QTest::newRow("entry, yesterday") << Basis::EntryDate << today.addDays(-1)
                                      << today.addDays(-1) << QStringList{};
    QTest::newRow("entry, from tomorrow") << Basis::EntryDate << today.addDays(1) << QDate()
                                          << QStringList{};
    QTest::newRow("entry, open") << Basis::EntryDate << QDate() << QDate() << allDueDates;
}

void tst_CsvExport::chargePeriodFilter()
{
    QFETCH(CsvExporter::Filter::DateBasis, basis);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, dueDates);

    CsvExporter::Filter filter;
    filter.dateBasis = basis;
    filter.from = from;
    filter.to = to;
    const QList<QStringList> records = exportRecords(CsvExporter::Table::Charges, filter);
    QVERIFY(!records.isEmpty());

    QStringList exportedDueDates;
    for (qsizetype row = 1; row < records.size(); ++row)
        exportedDueDates << records.at(row).at(10);
    QCOMPARE(exportedDueDates, dueDates);
}

void tst_CsvExport::cancelLeavesNoFile_data()
{
    QTest::addColumn<qsizetype>("cancelAt");

    QTest::newRow("before the first row") << qsizetype(0);
    QTest::newRow("after 500 rows") << qsizetype(500);
    QTest::newRow("after the last row") << qsizetype(-1);
}

void tst_CsvExport::cancelLeavesNoFile()
{
    QFETCH(qsizetype, cancelAt);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("canceled.csv"));
    CsvExporter exporter(m_northwind->db());
    qsizetype lastDone = -1;
    exporter.setProgress([&](qsizetype done, qsizetype total) {
        lastDone = done;
        return cancelAt < 0 ? done < total : done < cancelAt;
    });

    const CsvExporter::Result result = exporter.exportToFile(CsvExporter::Table::Bills, path);
    QCOMPARE(result.status, CsvExporter::Result::Status::Canceled);
    QVERIFY(!result.ok());
    QCOMPARE(lastDone, cancelAt < 0 ? result.rows : cancelAt);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void tst_CsvExport::cancelKeepsExistingFile()
{
    const QString path = exportPath(QStringLiteral("existing.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old content\n");
    }

    CsvExporter exporter(m_northwind->db());
    exporter.setProgress([](qsizetype done, qsizetype) { return done < 1000; });
    const CsvExporter::Result result = exporter.exportToFile(CsvExporter::Table::Bills, path);

    QCOMPARE(result.status, CsvExporter::Result::Status::Canceled);
    QCOMPARE(fileBytes(path), QByteArray("old content\n"));
}

void tst_CsvExport::unwritablePathFails()
{
    const QString path = exportPath(QStringLiteral("no-such-folder/customers.csv"));
    const CsvExporter::Result result
        = CsvExporter(m_northwind->db()).exportToFile(CsvExporter::Table::Customers, path);

    QCOMPARE(result.status, CsvExporter::Result::Status::OutputFailed);
    QVERIFY2(result.errorMessage.contains(path), qPrintable(result.errorMessage));
    QVERIFY(!QFile::exists(path));
}

void tst_CsvExport::hundredThousandRowsStream()
{
    constexpr qsizetype RowCount = 100000;
    TestDatabase database(QStringLiteral("large"));
    QVERIFY2(database.isOpen(), qPrintable(database.error()));
    QSqlDatabase db = database.db();
    QVERIFY(execute(db, InsertCustomer,
                    {{QStringLiteral(":code"), QStringLiteral("BULK")},
                     {QStringLiteral(":company"), QStringLiteral("Bulk Ltd")},
                     {QStringLiteral(":contact"), QStringLiteral("")},
                     {QStringLiteral(":phone"), QStringLiteral("")},
                     {QStringLiteral(":currency"), QStringLiteral("CNY")},
                     {QStringLiteral(":balance"), 0}}));

    // The rows are inserted directly, because ChargeService would add a
    // review and a transaction per row and test nothing more about the export.
    QVERIFY(db.transaction());
    QSqlQuery insert(db);
    VERIFY_SQL(insert, insert.prepare(QStringLiteral(
                           "INSERT INTO charges (request_key, customer_id, fee_type_code, "
                           "amount_minor, currency, reason_code, note, payment_method_code, "
                           "due_date, created_by, created_at) VALUES (:key, 1, 'SERVICE', "
                           ":amount, 'CNY', 'UNPAID', :note, 'CASH', '2026-05-01', 'bulk', "
                           "'2026-05-01T08:00:00.000Z')")));
    qint64 expectedSum = 0;
    for (qsizetype i = 1; i <= RowCount; ++i) {
        insert.bindValue(QStringLiteral(":key"), QStringLiteral("bulk-key-%1").arg(i));
        insert.bindValue(QStringLiteral(":amount"), qint64(i));
        insert.bindValue(QStringLiteral(":note"), QStringLiteral("note %1, \"quoted\"").arg(i));
        VERIFY_SQL(insert, insert.exec());
        expectedSum += i;
    }
    QVERIFY(db.commit());

    QList<QPair<qsizetype, qsizetype>> calls;
    CsvExporter exporter(db);
    exporter.setProgress([&](qsizetype done, qsizetype total) {
        calls.append({done, total});
        return true;
    });
    const QString path = exportPath(QStringLiteral("large.csv"));
    const CsvExporter::Result result = exporter.exportToFile(CsvExporter::Table::Charges, path);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(result.rows, RowCount);

    // Before the first row, every ProgressInterval rows, and after the last.
    QCOMPARE(calls.size(), RowCount / CsvExporter::ProgressInterval + 2);
    QCOMPARE(calls.constFirst(), (QPair<qsizetype, qsizetype>(0, RowCount)));
    QCOMPARE(calls.at(1), (QPair<qsizetype, qsizetype>(CsvExporter::ProgressInterval, RowCount)));
    QCOMPARE(calls.constLast(), (QPair<qsizetype, qsizetype>(RowCount, RowCount)));

    const QList<QStringList> records = readCsvFile(path);
    QCOMPARE(records.size(), RowCount + 1);
    QCOMPARE(sumByCurrency(records, QStringLiteral("amount")).value(QStringLiteral("CNY")),
             expectedSum);
    QCOMPARE(records.constLast().at(8), QStringLiteral("note 100000, \"quoted\""));
}

QTEST_GUILESS_MAIN(tst_CsvExport)
#include "tst_csvexport.moc"
