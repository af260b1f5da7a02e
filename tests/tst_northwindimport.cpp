#include "billrepository.h"
#include "northwindimporter.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <memory>

class tst_NorthwindImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void builtInCounts();
    void bill10248();
    void roundedLines_data();
    void roundedLines();
    void billTotalsMatchLines();
    void customerBalances();
    void customerFields();
    void splitAddressInOrders();
    void reimportAddsNothing();
    void brokenFolderRollsBack_data();
    void brokenFolderRollsBack();
    void smallFolder();

private:
    // The built-in data imported once, for the tests that only read.
    std::unique_ptr<TestDatabase> m_imported;
};

namespace {

const QStringList NorthwindFiles = {
    QStringLiteral("customers.csv"), QStringLiteral("orders.csv"),
    QStringLiteral("order-details.csv"), QStringLiteral("products.csv"),
    QStringLiteral("shippers.csv"),
};

// Counts of customers, bills and bill lines.
QList<qint64> tableCounts(const TestDatabase &database)
{
    return {database.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")),
            database.scalar(QStringLiteral("SELECT COUNT(*) FROM bills")),
            database.scalar(QStringLiteral("SELECT COUNT(*) FROM bill_lines"))};
}

// Returns the balance of the customer with code, or -1.
qint64 balanceOf(const TestDatabase &database, const QString &code)
{
    QSqlQuery query(database.db());
    if (!query.prepare(QStringLiteral("SELECT balance_minor FROM customers WHERE code = :code")))
        return -1;
    query.bindValue(QStringLiteral(":code"), code);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(QStringLiteral("balance_minor")).toLongLong();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

void tst_NorthwindImport::initTestCase()
{
    m_imported = std::make_unique<TestDatabase>(QStringLiteral("imported"));
    QVERIFY2(m_imported->isOpen(), qPrintable(m_imported->error()));

    NorthwindImporter importer(m_imported->db());
    const NorthwindImporter::Result result =
        importer.import(NorthwindImporter::builtInDirectory());
    QVERIFY2(result.ok, qPrintable(result.errorMessage));
}

void tst_NorthwindImport::cleanupTestCase()
{
    m_imported.reset();
}

void tst_NorthwindImport::builtInCounts()
{
    TestDatabase database;
    QVERIFY2(database.isOpen(), qPrintable(database.error()));

    NorthwindImporter importer(database.db());
    const NorthwindImporter::Result result =
        importer.import(NorthwindImporter::builtInDirectory());

    QVERIFY2(result.ok, qPrintable(result.errorMessage));
    QVERIFY(result.errorMessage.isEmpty());
    QCOMPARE(result.customersAdded, 91);
    QCOMPARE(result.billsAdded, 830);
    // 2155 order details plus one freight line per bill: no order has zero freight.
    QCOMPARE(result.billLinesAdded, 2155 + 830);
    QCOMPARE(result.customersSkipped, 0);
    QCOMPARE(result.billsSkipped, 0);

    QCOMPARE(tableCounts(database), (QList<qint64>{91, 830, 2985}));
    QCOMPARE(database.scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM bill_lines WHERE kind = 'freight'")),
             830);
    QCOMPARE(database.scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM bills WHERE source = 'northwind' AND currency = 'USD' "
                 "AND charges_total_minor = 0 AND paid_minor = 0")),
             830);
    QCOMPARE(database.scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM customers WHERE currency = 'USD'")),
             91);
}

void tst_NorthwindImport::bill10248()
{
    QSqlQuery bill(m_imported->db());
    VERIFY_SQL(bill, bill.prepare(QStringLiteral(
                         "SELECT b.id, c.code, b.issue_date, b.due_date, b.currency, "
                         "b.lines_total_minor FROM bills b JOIN customers c "
                         "ON c.id = b.customer_id WHERE b.bill_no = :bill_no")));
    bill.bindValue(QStringLiteral(":bill_no"), QStringLiteral("10248"));
    VERIFY_SQL(bill, bill.exec());
    QVERIFY(bill.next());
    QCOMPARE(bill.value(QStringLiteral("code")).toString(), QStringLiteral("VINET"));
    QCOMPARE(bill.value(QStringLiteral("issue_date")).toString(), QStringLiteral("1996-07-04"));
    QCOMPARE(bill.value(QStringLiteral("due_date")).toString(), QStringLiteral("1996-08-01"));
    QCOMPARE(bill.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    QCOMPARE(bill.value(QStringLiteral("lines_total_minor")).toLongLong(), 47238);

    QSqlQuery lines(m_imported->db());
    VERIFY_SQL(lines, lines.prepare(QStringLiteral(
                          "SELECT line_no, description, quantity, unit_price_minor, discount_bp, "
                          "amount_minor FROM bill_lines WHERE bill_id = :bill_id "
                          "ORDER BY line_no")));
    lines.bindValue(QStringLiteral(":bill_id"), bill.value(QStringLiteral("id")));
    VERIFY_SQL(lines, lines.exec());

    struct Line
    {
        QString description;
        int quantity;
        qint64 unitPriceMinor;
        qint64 amountMinor;
    };
    const QList<Line> expected = {
        {QStringLiteral("Queso Cabrales"), 12, 1400, 16800},
        {QStringLiteral("Singaporean Hokkien Fried Mee"), 10, 980, 9800},
        {QStringLiteral("Mozzarella di Giovanni"), 5, 3480, 17400},
        {QStringLiteral("Federal Shipping"), 1, 3238, 3238},
    };

    qint64 goods = 0;
    for (int i = 0; i < expected.size(); ++i) {
        QVERIFY2(lines.next(), qPrintable(QStringLiteral("line %1 is missing").arg(i + 1)));
        QCOMPARE(lines.value(QStringLiteral("line_no")).toInt(), i + 1);
        QCOMPARE(lines.value(QStringLiteral("description")).toString(),
                 expected.at(i).description);
        QCOMPARE(lines.value(QStringLiteral("quantity")).toInt(), expected.at(i).quantity);
        QCOMPARE(lines.value(QStringLiteral("unit_price_minor")).toLongLong(),
                 expected.at(i).unitPriceMinor);
        QCOMPARE(lines.value(QStringLiteral("discount_bp")).toInt(), 0);
        QCOMPARE(lines.value(QStringLiteral("amount_minor")).toLongLong(),
                 expected.at(i).amountMinor);
        if (i < 3)
            goods += lines.value(QStringLiteral("amount_minor")).toLongLong();
    }
    QVERIFY(!lines.next());
    QCOMPARE(goods, 44000);

    // People see the freight line as freight, in their language.
    const BillRepository bills(m_imported->db());
    const auto record = bills.findByNumber(QStringLiteral("10248"));
    QVERIFY(record.has_value());
    const QList<BillLineRecord> records = bills.linesOfBill(record->id);
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.constLast().kind, QStringLiteral("freight"));
    QCOMPARE(records.constLast().displayDescription(),
             QStringLiteral("Freight – Federal Shipping"));
    QCOMPARE(records.constFirst().displayDescription(), QStringLiteral("Queso Cabrales"));
}

void tst_NorthwindImport::roundedLines_data()
{
    QTest::addColumn<QString>("billNo");
    QTest::addColumn<QString>("description");
    QTest::addColumn<int>("discountBp");
    QTest::addColumn<qint64>("amountMinor");

    // Half-even rounding would give 16362 and 6450 for the first and third
    // rows. In binary floating point 33.25 x 2 x 0.97 is 64.50499..., which
    // rounds down to 64.50.
    QTest::newRow("7.70 x 25 x 0.85 = 163.625")
        << "10264" << "Jack's New England Clam Chowder" << 1500 << qint64(16363);
    QTest::newRow("35.10 x 15 x 0.75 = 394.875")
        << "10284" << "Schoggi Schokolade" << 2500 << qint64(39488);
    QTest::newRow("33.25 x 2 x 0.97 = 64.505")
        << "11077" << "Wimmers gute Semmelknödel" << 300 << qint64(6451);
    QTest::newRow("12.75 x 15 x 0.85 = 162.5625")
        << "10507" << "Chocolade" << 1500 << qint64(16256);
    QTest::newRow("23.25 x 11 x 0.85 = 217.3875")
        << "10571" << "Tofu" << 1500 << qint64(21739);
    QTest::newRow("17.45 x 2 x 0.97 = 33.853") << "11077" << "Pavlova" << 300 << qint64(3385);
}

void tst_NorthwindImport::roundedLines()
{
    QFETCH(QString, billNo);
    QFETCH(QString, description);
    QFETCH(int, discountBp);
    QFETCH(qint64, amountMinor);

    QSqlQuery query(m_imported->db());
    VERIFY_SQL(query, query.prepare(QStringLiteral(
                          "SELECT l.discount_bp, l.amount_minor FROM bill_lines l "
                          "JOIN bills b ON b.id = l.bill_id "
                          "WHERE b.bill_no = :bill_no AND l.description = :description")));
    query.bindValue(QStringLiteral(":bill_no"), billNo);
    query.bindValue(QStringLiteral(":description"), description);
    VERIFY_SQL(query, query.exec());
    QVERIFY(query.next());
    QCOMPARE(query.value(QStringLiteral("discount_bp")).toInt(), discountBp);
    QCOMPARE(query.value(QStringLiteral("amount_minor")).toLongLong(), amountMinor);
    QVERIFY(!query.next());
}

void tst_NorthwindImport::billTotalsMatchLines()
{
    QCOMPARE(m_imported->scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM bills b WHERE b.lines_total_minor <> "
                 "(SELECT SUM(amount_minor) FROM bill_lines l WHERE l.bill_id = b.id)")),
             0);
    // The sum of every rounded line of the data set, computed independently.
    QCOMPARE(m_imported->scalar(QStringLiteral("SELECT SUM(lines_total_minor) FROM bills")),
             133073598);
}

void tst_NorthwindImport::customerBalances()
{
    QCOMPARE(balanceOf(*m_imported, QStringLiteral("VINET")),
             47238 + 54461 + 12275 + 14759 + 25108);
    QCOMPARE(m_imported->scalar(QStringLiteral(
                 "SELECT SUM(b.lines_total_minor) FROM bills b JOIN customers c "
                 "ON c.id = b.customer_id WHERE c.code = 'VINET'")),
             balanceOf(*m_imported, QStringLiteral("VINET")));
    QCOMPARE(m_imported->scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM customers c WHERE c.balance_minor <> "
                 "(SELECT COALESCE(SUM(lines_total_minor), 0) FROM bills b "
                 "WHERE b.customer_id = c.id)")),
             0);

    // Two customers have no orders.
    QCOMPARE(balanceOf(*m_imported, QStringLiteral("FISSA")), 0);
    QCOMPARE(balanceOf(*m_imported, QStringLiteral("PARIS")), 0);
}

void tst_NorthwindImport::customerFields()
{
    QSqlQuery query(m_imported->db());
    VERIFY_SQL(query, query.prepare(QStringLiteral("SELECT * FROM customers WHERE code = :code")));
    query.bindValue(QStringLiteral(":code"), QStringLiteral("BLONP"));
    VERIFY_SQL(query, query.exec());
    QVERIFY(query.next());

    // The published row has an unquoted comma in its address.
    QCOMPARE(query.value(QStringLiteral("company_name")).toString(),
             QStringLiteral("Blondesddsl père et fils"));
    QCOMPARE(query.value(QStringLiteral("contact_name")).toString(),
             QStringLiteral("Frédérique Citeaux"));
    QCOMPARE(query.value(QStringLiteral("contact_title")).toString(),
             QStringLiteral("Marketing Manager"));
    QCOMPARE(query.value(QStringLiteral("address")).toString(),
             QStringLiteral("24, place Kléber"));
    QCOMPARE(query.value(QStringLiteral("city")).toString(), QStringLiteral("Strasbourg"));
    QCOMPARE(query.value(QStringLiteral("region")).toString(), QString());
    QCOMPARE(query.value(QStringLiteral("postal_code")).toString(), QStringLiteral("67000"));
    QCOMPARE(query.value(QStringLiteral("country")).toString(), QStringLiteral("France"));
    QCOMPARE(query.value(QStringLiteral("phone")).toString(), QStringLiteral("88.60.15.31"));
    QCOMPARE(query.value(QStringLiteral("fax")).toString(), QStringLiteral("88.60.15.32"));
    QCOMPARE(query.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));

    const QRegularExpression utcWithMs(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    QVERIFY(utcWithMs.match(query.value(QStringLiteral("created_at")).toString()).hasMatch());
    QVERIFY(utcWithMs.match(query.value(QStringLiteral("updated_at")).toString()).hasMatch());
}

void tst_NorthwindImport::splitAddressInOrders()
{
    // Order 10250 has an unquoted comma in its ship address, before no
    // column the importer reads; its bill must still come out whole.
    QSqlQuery query(m_imported->db());
    VERIFY_SQL(query, query.prepare(QStringLiteral(
                          "SELECT c.code, l.kind, l.description, l.amount_minor FROM bills b "
                          "JOIN customers c ON c.id = b.customer_id "
                          "JOIN bill_lines l ON l.bill_id = b.id "
                          "WHERE b.bill_no = :bill_no ORDER BY l.line_no DESC LIMIT 1")));
    query.bindValue(QStringLiteral(":bill_no"), QStringLiteral("10250"));
    VERIFY_SQL(query, query.exec());
    QVERIFY(query.next());
    QCOMPARE(query.value(QStringLiteral("code")).toString(), QStringLiteral("HANAR"));
    QCOMPARE(query.value(QStringLiteral("description")).toString(),
             QStringLiteral("United Package"));
    QCOMPARE(query.value(QStringLiteral("kind")).toString(), QStringLiteral("freight"));
    QCOMPARE(query.value(QStringLiteral("amount_minor")).toLongLong(), 6583);
}

void tst_NorthwindImport::reimportAddsNothing()
{
    TestDatabase database;
    QVERIFY2(database.isOpen(), qPrintable(database.error()));
    NorthwindImporter importer(database.db());
    const NorthwindImporter::Result first = importer.import(NorthwindImporter::builtInDirectory());
    QVERIFY2(first.ok, qPrintable(first.errorMessage));

    const QList<qint64> countsBefore = tableCounts(database);
    const qint64 balanceBefore = balanceOf(database, QStringLiteral("VINET"));
    const qint64 updatedBefore = database.scalar(QStringLiteral(
        "SELECT COUNT(*) FROM customers WHERE updated_at = created_at"));

    const NorthwindImporter::Result second =
        importer.import(NorthwindImporter::builtInDirectory());

    QVERIFY2(second.ok, qPrintable(second.errorMessage));
    QCOMPARE(second.customersAdded, 0);
    QCOMPARE(second.billsAdded, 0);
    QCOMPARE(second.billLinesAdded, 0);
    QCOMPARE(second.customersSkipped, 91);
    QCOMPARE(second.billsSkipped, 830);
    QCOMPARE(tableCounts(database), countsBefore);
    QCOMPARE(balanceOf(database, QStringLiteral("VINET")), balanceBefore);
    QCOMPARE(updatedBefore, 91);
    QCOMPARE(database.scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM customers WHERE updated_at = created_at")),
             updatedBefore);
}

void tst_NorthwindImport::brokenFolderRollsBack_data()
{
    // Each row changes one line of a copy of the data: in fileName, line
    // lineNumber has its first "from" replaced by "to". A lineNumber of 0
    // deletes the file. errorLine 0 means the message names no line.
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("lineNumber");
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<int>("errorLine");

    // Found while writing, after 753 bills and all customers were inserted.
    QTest::newRow("unknown customer") << "orders.csv" << 754 << QByteArray(",RATTC,")
                                      << QByteArray(",ZZZZZ,") << 754;
    QTest::newRow("missing column") << "orders.csv" << 1 << QByteArray("customerID")
                                    << QByteArray("clientID") << 1;
    QTest::newRow("invalid order date") << "orders.csv" << 2 << QByteArray("1996-07-04")
                                        << QByteArray("1996-07-32") << 2;
    QTest::newRow("due before issue") << "orders.csv" << 2 << QByteArray("1996-08-01")
                                      << QByteArray("1996-06-01") << 2;
    QTest::newRow("invalid freight") << "orders.csv" << 2 << QByteArray("32.38")
                                     << QByteArray("32.3.8") << 2;
    QTest::newRow("unterminated quote") << "orders.csv" << 300 << QByteArray(",")
                                        << QByteArray(",\"") << 300;
    QTest::newRow("surplus field") << "customers.csv" << 2 << QByteArray("Berlin")
                                   << QByteArray("Berlin,Mitte") << 2;
    QTest::newRow("unknown product") << "order-details.csv" << 2000 << QByteArray("11021,72,")
                                     << QByteArray("11021,999,") << 2000;
    QTest::newRow("unknown order") << "order-details.csv" << 2000 << QByteArray("11021,")
                                   << QByteArray("99999,") << 2000;
    QTest::newRow("discount above 1") << "order-details.csv" << 4 << QByteArray(",5,0")
                                      << QByteArray(",5,1.5") << 4;
    QTest::newRow("discount finer than 0.0001") << "order-details.csv" << 4
                                                << QByteArray(",5,0") << QByteArray(",5,0.00005")
                                                << 4;
    QTest::newRow("negative unit price") << "order-details.csv" << 4 << QByteArray("34.80")
                                         << QByteArray("-34.80") << 4;
    QTest::newRow("zero quantity") << "order-details.csv" << 4 << QByteArray(",5,")
                                   << QByteArray(",0,") << 4;
    QTest::newRow("missing products.csv") << "products.csv" << 0 << QByteArray() << QByteArray()
                                          << 0;
}

void tst_NorthwindImport::brokenFolderRollsBack()
{
    QFETCH(QString, fileName);
    QFETCH(int, lineNumber);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(int, errorLine);

    // Copy the built-in data and break one line of it.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    for (const QString &name : NorthwindFiles) {
        QFile source(QDir(NorthwindImporter::builtInDirectory()).filePath(name));
        QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(source.fileName()));
        QByteArray bytes = source.readAll();
        if (name == fileName && lineNumber == 0)
            continue;
        if (name == fileName) {
            QList<QByteArray> lines = bytes.split('\n');
            QByteArray &line = lines[lineNumber - 1];
            const qsizetype at = line.indexOf(from);
            QVERIFY2(at >= 0, line.constData());
            line.replace(at, from.size(), to);
            bytes = lines.join('\n');
        }
        QVERIFY(writeFile(folder.filePath(name), bytes));
    }

    TestDatabase database;
    QVERIFY2(database.isOpen(), qPrintable(database.error()));
    NorthwindImporter importer(database.db());
    const NorthwindImporter::Result result = importer.import(folder.path());

    QVERIFY(!result.ok);
    QVERIFY2(result.errorMessage.contains(fileName), qPrintable(result.errorMessage));
    if (errorLine > 0) {
        const QString line = QStringLiteral("Line %1:").arg(errorLine);
        QVERIFY2(result.errorMessage.contains(line), qPrintable(result.errorMessage));
    }
    QCOMPARE(result.customersAdded, 0);
    QCOMPARE(result.billsAdded, 0);
    QCOMPARE(result.billLinesAdded, 0);
    QCOMPARE(tableCounts(database), (QList<qint64>{0, 0, 0}));
}

void tst_NorthwindImport::smallFolder()
{
    // Columns in another order and an extra column, a byte order mark,
    // CRLF, quoted commas and line breaks, zero freight and an unknown
    // shipper, and discounts that end in half a cent.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QVERIFY(writeFile(folder.filePath(QStringLiteral("customers.csv")),
                      "\xEF\xBB\xBFphone,customerID,companyName,contactName,contactTitle,"
                      "address,city,region,postalCode,country,fax,notes\r\n"
                      "010-1234,ACME,\"Acme, Inc.\",NULL,NULL,\"1 Road, Town\",Springfield,"
                      "NULL,12345,USA,NULL,\"two\r\nlines\"\r\n"));
    QVERIFY(writeFile(folder.filePath(QStringLiteral("orders.csv")),
                      "freight,orderID,customerID,orderDate,requiredDate,shipVia\n"
                      "0.00,1,ACME,2024-01-31 00:00:00.000,2024-02-29 00:00:00.000,NULL\n"
                      "12.30,2,ACME,2024-02-01,2024-02-01,9\n"));
    QVERIFY(writeFile(folder.filePath(QStringLiteral("order-details.csv")),
                      "orderID,productID,unitPrice,quantity,discount\n"
                      "1,1,0.10,1,0.125\n"
                      "1,1,0.01,1,0.5\n"
                      "2,2,1000.00,3,0.05\n"));
    QVERIFY(writeFile(folder.filePath(QStringLiteral("products.csv")),
                      "productID,productName\n1,\"Widget, small\"\n2,Gadget\n"));
    QVERIFY(writeFile(folder.filePath(QStringLiteral("shippers.csv")),
                      "shipperID,companyName\n1,Speedy Express\n"));

    TestDatabase database;
    QVERIFY2(database.isOpen(), qPrintable(database.error()));
    NorthwindImporter importer(database.db());
    const NorthwindImporter::Result result = importer.import(folder.path());

    QVERIFY2(result.ok, qPrintable(result.errorMessage));
    QCOMPARE(result.customersAdded, 1);
    QCOMPARE(result.billsAdded, 2);
    QCOMPARE(result.billLinesAdded, 4);

    QSqlQuery customer(database.db());
    VERIFY_SQL(customer, customer.exec(QStringLiteral(
                             "SELECT company_name, address, phone, contact_name, balance_minor "
                             "FROM customers WHERE code = 'ACME'")));
    QVERIFY(customer.next());
    QCOMPARE(customer.value(QStringLiteral("company_name")).toString(),
             QStringLiteral("Acme, Inc."));
    QCOMPARE(customer.value(QStringLiteral("address")).toString(), QStringLiteral("1 Road, Town"));
    QCOMPARE(customer.value(QStringLiteral("phone")).toString(), QStringLiteral("010-1234"));
    QCOMPARE(customer.value(QStringLiteral("contact_name")).toString(), QString());
    QCOMPARE(customer.value(QStringLiteral("balance_minor")).toLongLong(), 10 + 286230);

    // Bill 1: 0.10 x 0.875 = 0.0875 -> 0.09 and 0.01 x 0.5 = 0.005 -> 0.01;
    // no freight line. Bill 2: 1000.00 x 3 x 0.95 and freight 12.30.
    QSqlQuery lines(database.db());
    VERIFY_SQL(lines, lines.exec(QStringLiteral(
                          "SELECT b.bill_no, b.issue_date, b.due_date, b.lines_total_minor, "
                          "l.line_no, l.description, l.discount_bp, l.amount_minor "
                          "FROM bill_lines l JOIN bills b ON b.id = l.bill_id "
                          "ORDER BY b.bill_no, l.line_no")));
    struct Line
    {
        QString billNo;
        int lineNo;
        QString description;
        int discountBp;
        qint64 amountMinor;
        qint64 billTotalMinor;
    };
    const QList<Line> expected = {
        {QStringLiteral("1"), 1, QStringLiteral("Widget, small"), 1250, 9, 10},
        {QStringLiteral("1"), 2, QStringLiteral("Widget, small"), 5000, 1, 10},
        {QStringLiteral("2"), 1, QStringLiteral("Gadget"), 500, 285000, 286230},
        // A freight line without a known carrier has an empty description.
        {QStringLiteral("2"), 2, QString(), 0, 1230, 286230},
    };
    for (const Line &line : expected) {
        QVERIFY(lines.next());
        QCOMPARE(lines.value(QStringLiteral("bill_no")).toString(), line.billNo);
        QCOMPARE(lines.value(QStringLiteral("line_no")).toInt(), line.lineNo);
        QCOMPARE(lines.value(QStringLiteral("description")).toString(), line.description);
        QCOMPARE(lines.value(QStringLiteral("discount_bp")).toInt(), line.discountBp);
        QCOMPARE(lines.value(QStringLiteral("amount_minor")).toLongLong(), line.amountMinor);
        QCOMPARE(lines.value(QStringLiteral("lines_total_minor")).toLongLong(),
                 line.billTotalMinor);
    }
    QVERIFY(!lines.next());

    QCOMPARE(database.scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM bills WHERE bill_no = '1' "
                 "AND issue_date = '2024-01-31' AND due_date = '2024-02-29'")),
             1);
}

QTEST_GUILESS_MAIN(tst_NorthwindImport)
#include "tst_northwindimport.moc"
