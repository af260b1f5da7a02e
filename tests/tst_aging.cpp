#include "agingcsv.h"
#include "agingfixture.h"
#include "agingquery.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace AgingFixture;

// Aged receivables on a real database: the bucket edges, currencies kept
// apart, partly paid items, installments in place of their charge, void
// charges and bill lines, totals and the CSV file.
class tst_Aging : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void bucketForDays_data();
    void bucketForDays();
    void bucketEdgesInQuery_data();
    void bucketEdgesInQuery();
    void currenciesStayApart();
    void partlyPaidItems();
    void installmentsReplaceCharge();
    void cancelledPlanShowsCharge();
    void voidAndPaidLeftOut();
    void customerFilter();
    void totalsAreSumsOfRows();
    void invalidAsOfFails();
    void csvRows();
    void csvFileHasByteOrderMark();

private:
    AgingData run(const QList<qint64> &customerIds = {});

    std::unique_ptr<TestDatabase> m_database;
    QTemporaryDir m_dir;
    const QDate m_asOf = QDate(2026, 6, 30);
};

namespace {

qint64 bucketMinor(const AgingRow &row, AgingBucket bucket)
{
    return row.bucketMinor[int(bucket)];
}

// Returns the row of the customer in currency, or an empty row.
AgingRow rowOf(const AgingData &data, qint64 customerId, const QString &currency)
{
    for (const AgingRow &row : data.rows) {
        if (row.customerId == customerId && row.currency == currency)
            return row;
    }
    return AgingRow();
}

} // namespace

void tst_Aging::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
}

void tst_Aging::cleanup()
{
    m_database.reset();
}

AgingData tst_Aging::run(const QList<qint64> &customerIds)
{
    AgingData data;
    QString error;
    const ReportQueryStatus status
        = AgingQuery(m_database->db(), UiLanguage::English).run(m_asOf, customerIds, &data,
                                                                &error);
    if (status != ReportQueryStatus::Completed)
        qWarning("Aging query failed: %s", qPrintable(error));
    return data;
}

void tst_Aging::bucketForDays_data()
{
    QTest::addColumn<qint64>("days");
    QTest::addColumn<AgingBucket>("bucket");

    QTest::newRow("-5") << qint64(-5) << AgingBucket::NotDue;
    QTest::newRow("0") << qint64(0) << AgingBucket::NotDue;
    QTest::newRow("1") << qint64(1) << AgingBucket::Days1To30;
    QTest::newRow("30") << qint64(30) << AgingBucket::Days1To30;
    QTest::newRow("31") << qint64(31) << AgingBucket::Days31To60;
    QTest::newRow("60") << qint64(60) << AgingBucket::Days31To60;
    QTest::newRow("61") << qint64(61) << AgingBucket::Days61To90;
    QTest::newRow("90") << qint64(90) << AgingBucket::Days61To90;
    QTest::newRow("91") << qint64(91) << AgingBucket::Over90;
    QTest::newRow("4000") << qint64(4000) << AgingBucket::Over90;
}

void tst_Aging::bucketForDays()
{
    QFETCH(qint64, days);
    QFETCH(AgingBucket, bucket);
    QCOMPARE(agingBucketFor(days), bucket);
}

// Each kind of item lands in the bucket of its own due date, counted from
// the as-of day.
void tst_Aging::bucketEdgesInQuery_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<AgingBucket>("bucket");

    QTest::newRow("due in 3 days") << -3 << AgingBucket::NotDue;
    QTest::newRow("due on the day") << 0 << AgingBucket::NotDue;
    QTest::newRow("1 day") << 1 << AgingBucket::Days1To30;
    QTest::newRow("30 days") << 30 << AgingBucket::Days1To30;
    QTest::newRow("31 days") << 31 << AgingBucket::Days31To60;
    QTest::newRow("60 days") << 60 << AgingBucket::Days31To60;
    QTest::newRow("61 days") << 61 << AgingBucket::Days61To90;
    QTest::newRow("90 days") << 90 << AgingBucket::Days61To90;
    QTest::newRow("91 days") << 91 << AgingBucket::Over90;
}

void tst_Aging::bucketEdgesInQuery()
{
    QFETCH(int, days);
    QFETCH(AgingBucket, bucket);

    const QDate due = m_asOf.addDays(-days);
    QSqlDatabase db = m_database->db();
    const qint64 customer = insertCustomer(db, QStringLiteral("EDGE"), QStringLiteral("边界测试"));
    QVERIFY(customer);
    QVERIFY(insertBill(db, customer, QStringLiteral("B-1"), due, 100000));
    QVERIFY(insertCharge(db, customer, due, 2000));
    const qint64 planned = insertCharge(db, customer, due.addDays(-200), 300);
    const qint64 plan = insertPlan(db, planned);
    QVERIFY(plan);
    QVERIFY(insertInstallment(db, plan, planned, 1, due, 300));

    const AgingData data = run();
    QCOMPARE(data.rows.size(), 1);
    const AgingRow row = data.rows.constFirst();
    QCOMPARE(row.itemCount, 3);
    for (int other = 0; other < AgingBucketCount; ++other) {
        const qint64 expected = AgingBucket(other) == bucket ? 102300 : 0;
        QCOMPARE(bucketMinor(row, AgingBucket(other)), expected);
    }
    QCOMPARE(row.totalMinor, 102300);
}

void tst_Aging::currenciesStayApart()
{
    QSqlDatabase db = m_database->db();
    const qint64 shanghai = insertCustomer(db, QStringLiteral("SHHD"),
                                           QStringLiteral("上海华东贸易有限公司"));
    const qint64 alfki = insertCustomer(db, QStringLiteral("ALFKI"),
                                        QStringLiteral("Alfreds Futterkiste"),
                                        QStringLiteral("USD"));
    QVERIFY(shanghai && alfki);
    QVERIFY(insertCharge(db, shanghai, m_asOf.addDays(-10), 123450));
    QVERIFY(insertCharge(db, shanghai, m_asOf.addDays(-100), 50));
    QVERIFY(insertBill(db, alfki, QStringLiteral("10643"), m_asOf.addDays(-45), 81400,
                       QStringLiteral("USD")));
    // One customer owing in two currencies gets a row for each.
    QVERIFY(insertCharge(db, alfki, m_asOf.addDays(5), 1500));

    const AgingData data = run();
    QCOMPARE(data.currencies(), QStringList({QStringLiteral("CNY"), QStringLiteral("USD")}));
    QCOMPARE(data.rows.size(), 3);

    // By currency, then company name.
    QCOMPARE(data.rows.at(0).currency, QStringLiteral("CNY"));
    QCOMPARE(data.rows.at(0).customerCode, QStringLiteral("ALFKI"));
    QCOMPARE(data.rows.at(1).customerCode, QStringLiteral("SHHD"));
    QCOMPARE(data.rows.at(2).currency, QStringLiteral("USD"));

    const AgingRow shanghaiCny = rowOf(data, shanghai, QStringLiteral("CNY"));
    QCOMPARE(bucketMinor(shanghaiCny, AgingBucket::Days1To30), 123450);
    QCOMPARE(bucketMinor(shanghaiCny, AgingBucket::Over90), 50);
    QCOMPARE(shanghaiCny.total(), Money(123500, QStringLiteral("CNY")));

    const AgingRow cny = data.totalIn(QStringLiteral("CNY"));
    QCOMPARE(cny.total(), Money(125000, QStringLiteral("CNY")));
    QCOMPARE(bucketMinor(cny, AgingBucket::NotDue), 1500);
    const AgingRow usd = data.totalIn(QStringLiteral("USD"));
    QCOMPARE(usd.total(), Money(81400, QStringLiteral("USD")));
    QCOMPARE(bucketMinor(usd, AgingBucket::Days31To60), 81400);
    QCOMPARE(usd.customerId, 0);
}

void tst_Aging::partlyPaidItems()
{
    QSqlDatabase db = m_database->db();
    const qint64 customer = insertCustomer(db, QStringLiteral("BJHL"),
                                           QStringLiteral("北京华联商贸有限公司"));
    const qint64 bill = insertBill(db, customer, QStringLiteral("BJ-1"), m_asOf.addDays(-70),
                                   50000);
    const qint64 onBill = insertCharge(db, customer, m_asOf.addDays(-20), 10000,
                                       QStringLiteral("CNY"), bill);
    const qint64 onAccount = insertCharge(db, customer, m_asOf.addDays(-40), 9999);
    QVERIFY(bill && onBill && onAccount);

    // 40.00 of the charge on the bill and 200.00 of the bill's lines are
    // paid, and bills.paid_minor contains both.
    QVERIFY(setChargePaid(db, onBill, 4000));
    QVERIFY(setBillPaid(db, bill, 24000));
    QVERIFY(setChargePaid(db, onAccount, 1));

    const AgingData data = run();
    QCOMPARE(data.rows.size(), 1);
    const AgingRow row = data.rows.constFirst();
    QCOMPARE(bucketMinor(row, AgingBucket::Days61To90), 30000);
    QCOMPARE(bucketMinor(row, AgingBucket::Days1To30), 6000);
    QCOMPARE(bucketMinor(row, AgingBucket::Days31To60), 9998);
    QCOMPARE(row.totalMinor, 45998);
    QCOMPARE(row.itemCount, 3);
}

void tst_Aging::installmentsReplaceCharge()
{
    QSqlDatabase db = m_database->db();
    const qint64 customer = insertCustomer(db, QStringLiteral("PLAN"),
                                           QStringLiteral("分期客户"));
    const qint64 charge = insertCharge(db, customer, m_asOf.addDays(-120), 30000);
    const qint64 plan = insertPlan(db, charge);
    QVERIFY(plan);
    const qint64 first = insertInstallment(db, plan, charge, 1, m_asOf.addDays(-35), 10000);
    QVERIFY(first);
    QVERIFY(insertInstallment(db, plan, charge, 2, m_asOf.addDays(-5), 10000));
    QVERIFY(insertInstallment(db, plan, charge, 3, m_asOf.addDays(25), 10000));

    // The first installment is partly paid, which the charge's paid amount
    // includes.
    QVERIFY(setInstallmentPaid(db, first, 2500));
    QVERIFY(setChargePaid(db, charge, 2500));

    const AgingData data = run();
    QCOMPARE(data.rows.size(), 1);
    const AgingRow row = data.rows.constFirst();
    QCOMPARE(row.itemCount, 3);
    QCOMPARE(bucketMinor(row, AgingBucket::Over90), 0);
    QCOMPARE(bucketMinor(row, AgingBucket::Days31To60), 7500);
    QCOMPARE(bucketMinor(row, AgingBucket::Days1To30), 10000);
    QCOMPARE(bucketMinor(row, AgingBucket::NotDue), 10000);
    QCOMPARE(row.totalMinor, 27500);

    // A fully paid installment leaves the list.
    QVERIFY(setInstallmentPaid(db, first, 10000));
    QCOMPARE(run().rows.constFirst().itemCount, 2);
}

void tst_Aging::cancelledPlanShowsCharge()
{
    QSqlDatabase db = m_database->db();
    const qint64 customer = insertCustomer(db, QStringLiteral("PLAN"),
                                           QStringLiteral("分期客户"));
    const qint64 charge = insertCharge(db, customer, m_asOf.addDays(-120), 30000);
    const qint64 plan = insertPlan(db, charge);
    QVERIFY(insertInstallment(db, plan, charge, 1, m_asOf.addDays(-5), 30000));
    QVERIFY(cancelPlan(db, plan));

    const AgingData data = run();
    QCOMPARE(data.rows.size(), 1);
    QCOMPARE(data.rows.constFirst().itemCount, 1);
    QCOMPARE(bucketMinor(data.rows.constFirst(), AgingBucket::Over90), 30000);
}

void tst_Aging::voidAndPaidLeftOut()
{
    QSqlDatabase db = m_database->db();
    const qint64 customer = insertCustomer(db, QStringLiteral("VOID"), QStringLiteral("作废客户"));
    const qint64 voided = insertCharge(db, customer, m_asOf.addDays(-10), 5000);
    const qint64 paid = insertCharge(db, customer, m_asOf.addDays(-10), 7000);
    const qint64 bill = insertBill(db, customer, QStringLiteral("V-1"), m_asOf.addDays(-10),
                                   8000);
    const qint64 emptyBill = insertBill(db, customer, QStringLiteral("V-2"),
                                        m_asOf.addDays(-10), 0);
    QVERIFY(voided && paid && bill && emptyBill);
    QVERIFY(voidCharge(db, voided));
    QVERIFY(setChargePaid(db, paid, 7000));
    QVERIFY(setBillPaid(db, bill, 8000));

    QVERIFY(run().rows.isEmpty());

    const qint64 open = insertCharge(db, customer, m_asOf.addDays(-10), 100);
    QVERIFY(open);
    const AgingData data = run();
    QCOMPARE(data.rows.size(), 1);
    QCOMPARE(data.rows.constFirst().itemCount, 1);
    QCOMPARE(data.rows.constFirst().totalMinor, 100);
}

void tst_Aging::customerFilter()
{
    QSqlDatabase db = m_database->db();
    const qint64 a = insertCustomer(db, QStringLiteral("AAA"), QStringLiteral("甲公司"));
    const qint64 b = insertCustomer(db, QStringLiteral("BBB"), QStringLiteral("乙公司"));
    const qint64 c = insertCustomer(db, QStringLiteral("CCC"), QStringLiteral("丙公司"));
    for (const qint64 customer : {a, b, c})
        QVERIFY(insertCharge(db, customer, m_asOf.addDays(-3), 1000 * customer));

    const AgingData data = run({a, c});
    QCOMPARE(data.rows.size(), 2);
    QVERIFY(rowOf(data, a, QStringLiteral("CNY")).customerId == a);
    QVERIFY(rowOf(data, c, QStringLiteral("CNY")).customerId == c);
    QCOMPARE(data.totalIn(QStringLiteral("CNY")).totalMinor, 1000 * (a + c));

    QCOMPARE(run().rows.size(), 3);
}

// Many items in every bucket: each total equals the sum of the rows above
// it, and each row's total the sum of its buckets.
void tst_Aging::totalsAreSumsOfRows()
{
    QSqlDatabase db = m_database->db();
    for (int c = 0; c < 4; ++c) {
        const QString currency = c % 2 ? QStringLiteral("USD") : QStringLiteral("CNY");
        const qint64 customer = insertCustomer(db, QStringLiteral("C%1").arg(c),
                                               QStringLiteral("客户%1").arg(c), currency);
        QVERIFY(customer);
        for (int i = 0; i < 25; ++i)
            QVERIFY(insertCharge(db, customer, m_asOf.addDays(20 - 7 * i), 101 * i + c + 1,
                                 currency));
    }

    const AgingData data = run();
    QCOMPARE(data.totals.size(), 2);
    for (const AgingRow &total : data.totals) {
        std::array<qint64, AgingBucketCount> sums{};
        qint64 sum = 0;
        qsizetype items = 0;
        for (const AgingRow &row : data.rowsIn(total.currency)) {
            qint64 rowSum = 0;
            for (int bucket = 0; bucket < AgingBucketCount; ++bucket) {
                sums[bucket] += row.bucketMinor[bucket];
                rowSum += row.bucketMinor[bucket];
            }
            QCOMPARE(row.totalMinor, rowSum);
            sum += row.totalMinor;
            items += row.itemCount;
        }
        QCOMPARE(total.bucketMinor, sums);
        QCOMPARE(total.totalMinor, sum);
        QCOMPARE(items, 50);
    }
}

void tst_Aging::invalidAsOfFails()
{
    AgingData data;
    QString error;
    QCOMPARE(AgingQuery(m_database->db(), UiLanguage::English).run(QDate(), {}, &data, &error),
             ReportQueryStatus::Failed);
    QVERIFY(error.contains(QStringLiteral("as-of date")));
}

void tst_Aging::csvRows()
{
    QSqlDatabase db = m_database->db();
    const qint64 shanghai = insertCustomer(db, QStringLiteral("SHHD"),
                                           QStringLiteral("=上海华东"));
    const qint64 alfki = insertCustomer(db, QStringLiteral("ALFKI"),
                                        QStringLiteral("Alfreds, Futterkiste"),
                                        QStringLiteral("USD"));
    QVERIFY(insertCharge(db, shanghai, m_asOf.addDays(-31), 123450));
    QVERIFY(insertCharge(db, shanghai, m_asOf, 5));
    QVERIFY(insertBill(db, alfki, QStringLiteral("10643"), m_asOf.addDays(-91), 81400,
                       QStringLiteral("USD")));

    QString text;
    QTextStream out(&text);
    AgingCsv::write(run(), out);
    out.flush();
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    const QStringList expected = {
        QStringLiteral("row_type,customer_code,customer_name,currency,not_due,d1_30,d31_60,"
                       "d61_90,over_90,total"),
        QStringLiteral("customer,SHHD,'=上海华东,CNY,0.05,0.00,1234.50,0.00,0.00,1234.55"),
        QStringLiteral("total,,,CNY,0.05,0.00,1234.50,0.00,0.00,1234.55"),
        QStringLiteral("customer,ALFKI,\"Alfreds, Futterkiste\",USD,0.00,0.00,0.00,0.00,"
                       "814.00,814.00"),
        QStringLiteral("total,,,USD,0.00,0.00,0.00,0.00,814.00,814.00"),
    };
    QCOMPARE(lines, expected);
}

void tst_Aging::csvFileHasByteOrderMark()
{
    QSqlDatabase db = m_database->db();
    const qint64 customer = insertCustomer(db, QStringLiteral("SHHD"),
                                           QStringLiteral("上海华东贸易有限公司"));
    QVERIFY(insertCharge(db, customer, m_asOf.addDays(-1), 100));

    const QString path = m_dir.filePath(QStringLiteral("aging.csv"));
    QString error;
    QVERIFY2(AgingCsv::writeFile(run(), path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFrow_type,"));
    QVERIFY(bytes.contains("customer,SHHD,上海华东贸易有限公司,CNY,0.00,1.00,"));
}

QTEST_GUILESS_MAIN(tst_Aging)
#include "tst_aging.moc"
