#include "addressformat.h"
#include "billrepository.h"
#include "chargereportcsv.h"
#include "chargereportquery.h"
#include "csvtestsupport.h"
#include "noticequery.h"
#include "paymentservice.h"
#include "reportfixture.h"
#include "statementcsv.h"
#include "statementquery.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QMap>
#include <QTest>

#include <ctime>
#include <memory>

// Checks the data behind the charge report, the customer statement and the
// charge notices against the database they are read from.
class tst_ReportData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void totalsEqualDatabaseSums_data();
    void totalsEqualDatabaseSums();
    void voidChargesListedNotCounted();
    void entryDateBoundsFollowTimeZone_data();
    void entryDateBoundsFollowTimeZone();
    void invalidFiltersRejected_data();
    void invalidFiltersRejected();
    void filterDescriptionUsesLabels();
    void cancelStopsQuery();

    void statementClosingEqualsBalance();
    void statementPeriodsChain_data();
    void statementPeriodsChain();
    void statementListsEveryMovementKind();
    void statementPaymentFollowsTheChargeItPays();
    void statementRejectsBadPeriod();

    void noticesSortedByCustomer();
    void noticeRejectsVoidAndUnknownIds();

    void chargeReportCsvMatchesDatabase();
    void statementCsvBalances();

    void addressPartsJoined_data();
    void addressPartsJoined();

private:
    qint64 customerId(const QString &code) const;
    qint64 customerBalance(const QString &code) const;
    void setTimeZone(const QByteArray &zone);

    std::unique_ptr<TestDatabase> m_database;
    ReportFixture::Charges m_charges;
    QByteArray m_savedTimeZone;
    bool m_hadTimeZone = false;
};

namespace {

using CurrencySums = QMap<QString, qint64>;

// The sum of the posted amounts per currency of the matching charges (0
// for a currency with void ones only) and the count of all matching
// charges, as the database adds them up under condition (SQL on charges and
// customers).
bool databaseSums(QSqlDatabase db, const QString &condition, CurrencySums *sums, qint64 *count)
{
    QSqlQuery query(db);
    const QString from = QStringLiteral(
        " FROM charges JOIN customers ON customers.id = charges.customer_id WHERE ");
    if (!query.exec(QStringLiteral("SELECT charges.currency AS currency, "
                                   "SUM(CASE WHEN charges.status = 'posted' "
                                   "THEN amount_minor ELSE 0 END) AS total")
                    + from + QStringLiteral("(%1) GROUP BY charges.currency").arg(condition))) {
        qWarning() << query.lastError().text();
        return false;
    }
    while (query.next())
        sums->insert(query.value(QStringLiteral("currency")).toString(),
                     query.value(QStringLiteral("total")).toLongLong());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) AS row_count") + from + condition)
        || !query.next()) {
        qWarning() << query.lastError().text();
        return false;
    }
    *count = query.value(QStringLiteral("row_count")).toLongLong();
    return true;
}

CurrencySums reportSums(const ChargeReportData &data)
{
    CurrencySums sums;
    for (const ChargeReportSubtotal &total : data.totals)
        sums.insert(total.currency(), total.amount.minorUnits());
    return sums;
}

// Inserts a charge with a chosen entry time, which ChargeService cannot
// give because it stamps the current time.
qint64 insertChargeAt(QSqlDatabase db, qint64 customerId, const QString &createdAt,
                      qint64 amountMinor)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO charges (request_key, customer_id, fee_type_code, amount_minor, currency, "
        "reason_code, payment_method_code, due_date, created_by, created_at) "
        "VALUES (:key, :customer, 'SERVICE', :amount, 'CNY', 'UNPAID', 'CASH', '2026-12-31', "
        "'tz', :created)"));
    query.bindValue(QStringLiteral(":key"), ChargeRequest::newRequestKey());
    query.bindValue(QStringLiteral(":customer"), customerId);
    query.bindValue(QStringLiteral(":amount"), amountMinor);
    query.bindValue(QStringLiteral(":created"), createdAt);
    if (!query.exec()) {
        qWarning() << query.lastError().text();
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

} // namespace

void tst_ReportData::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_hadTimeZone = qEnvironmentVariableIsSet("TZ");
    m_savedTimeZone = qgetenv("TZ");

    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
    QString error;
    QVERIFY2(ReportFixture::populate(m_database->db(), &m_charges, &error), qPrintable(error));
    QCOMPARE(m_charges.voided.size(), 2);
}

void tst_ReportData::cleanupTestCase()
{
    m_database.reset();
}

void tst_ReportData::cleanup()
{
    if (m_hadTimeZone)
        qputenv("TZ", m_savedTimeZone);
    else
        qunsetenv("TZ");
    tzset();
}

void tst_ReportData::setTimeZone(const QByteArray &zone)
{
    qputenv("TZ", zone);
    tzset();
}

qint64 tst_ReportData::customerId(const QString &code) const
{
    return ReportFixture::idOf(m_database->db(),
                               QStringLiteral("SELECT id FROM customers WHERE code = ?"), code);
}

qint64 tst_ReportData::customerBalance(const QString &code) const
{
    return ReportFixture::idOf(
        m_database->db(), QStringLiteral("SELECT balance_minor FROM customers WHERE code = ?"),
        code);
}

void tst_ReportData::totalsEqualDatabaseSums_data()
{
    QTest::addColumn<QStringList>("customers");
    QTest::addColumn<QStringList>("feeTypes");
    QTest::addColumn<QStringList>("reasons");
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<QStringList>("methods");
    QTest::addColumn<QStringList>("enteredBy");
    QTest::addColumn<int>("dueFromDays"); // -1: open
    QTest::addColumn<int>("dueToDays");
    QTest::addColumn<QString>("condition");

    const QStringList none;
    QTest::newRow("all") << none << none << none << none << none << none << -1 << -1
                         << "1 = 1";
    QTest::newRow("one customer")
        << QStringList{"SHHD"} << none << none << none << none << none << -1 << -1
        << "customers.code = 'SHHD'";
    QTest::newRow("two customers, two currencies")
        << QStringList{"ALFKI", "BJHL"} << none << none << none << none << none << -1 << -1
        << "customers.code IN ('ALFKI', 'BJHL')";
    QTest::newRow("fee types")
        << none << QStringList{"SERVICE", "LATE_FEE"} << none << none << none << none << -1
        << -1 << "fee_type_code IN ('SERVICE', 'LATE_FEE')";
    QTest::newRow("reason") << none << none << QStringList{"UNPAID"} << none << none << none
                            << -1 << -1 << "reason_code = 'UNPAID'";
    QTest::newRow("void only") << none << none << none << QStringList{"void"} << none << none
                               << -1 << -1 << "status = 'void'";
    QTest::newRow("posted only") << none << none << none << QStringList{"posted"} << none
                                 << none << -1 << -1 << "status = 'posted'";
    QTest::newRow("payment methods")
        << none << none << none << none << QStringList{"CASH", "ALIPAY"} << none << -1 << -1
        << "payment_method_code IN ('CASH', 'ALIPAY')";
    QTest::newRow("entered by") << none << none << none << none << none
                                << QStringList{"wang"} << -1 << -1 << "created_by = 'wang'";
    QTest::newRow("due window")
        << none << none << none << none << none << none << 10 << 40
        << QStringLiteral("charges.due_date BETWEEN '%1' AND '%2'")
               .arg(QDate::currentDate().addDays(10).toString(Qt::ISODate),
                    QDate::currentDate().addDays(40).toString(Qt::ISODate));
    QTest::newRow("everything combined")
        << QStringList{"SHHD", "ALFKI"} << QStringList{"SERVICE", "MATERIAL", "FREIGHT"}
        << QStringList{"BILLING_ERROR", "CONTRACT_CHANGE"} << QStringList{"posted", "void"}
        << QStringList{"CORPORATE_TRANSFER", "WECHAT_PAY", "CHEQUE"}
        << QStringList{"wang", "li"} << 0 << 100
        << "customers.code IN ('SHHD', 'ALFKI') AND fee_type_code IN ('SERVICE', 'MATERIAL', "
           "'FREIGHT') AND reason_code IN ('BILLING_ERROR', 'CONTRACT_CHANGE') AND "
           "payment_method_code IN ('CORPORATE_TRANSFER', 'WECHAT_PAY', 'CHEQUE') AND "
           "created_by IN ('wang', 'li')";
    QTest::newRow("nothing matches")
        << none << none << none << none << none << QStringList{"nobody"} << -1 << -1 << "0 = 1";
}

void tst_ReportData::totalsEqualDatabaseSums()
{
    QFETCH(QStringList, customers);
    QFETCH(QStringList, feeTypes);
    QFETCH(QStringList, reasons);
    QFETCH(QStringList, statuses);
    QFETCH(QStringList, methods);
    QFETCH(QStringList, enteredBy);
    QFETCH(int, dueFromDays);
    QFETCH(int, dueToDays);
    QFETCH(QString, condition);

    ChargeReportFilter filter;
    for (const QString &code : customers)
        filter.customerIds << customerId(code);
    filter.feeTypeCodes = feeTypes;
    filter.reasonCodes = reasons;
    filter.statuses = statuses;
    filter.paymentMethodCodes = methods;
    filter.enteredBy = enteredBy;
    if (dueFromDays >= 0) {
        filter.dateBasis = ChargeReportFilter::DateBasis::DueDate;
        filter.from = QDate::currentDate().addDays(dueFromDays);
        filter.to = QDate::currentDate().addDays(dueToDays);
    }

    ChargeReportData data;
    QString error;
    const ReportQueryStatus status = ChargeReportQuery(m_database->db(), UiLanguage::English)
                                         .run(filter, &data, &error);
    QVERIFY2(status == ReportQueryStatus::Completed, qPrintable(error));

    CurrencySums expected;
    qint64 expectedCount = -1;
    QVERIFY(databaseSums(m_database->db(), condition, &expected, &expectedCount));
    QCOMPARE(reportSums(data), expected);
    QCOMPARE(qint64(data.rows.size()), expectedCount);

    // Every listed charge passes every filter that is set.
    for (const ChargeReportRow &row : std::as_const(data.rows)) {
        QVERIFY(customers.isEmpty() || customers.contains(row.customerCode));
        QVERIFY(feeTypes.isEmpty() || feeTypes.contains(row.feeTypeCode));
        QVERIFY(reasons.isEmpty() || reasons.contains(row.reasonCode));
        QVERIFY(statuses.isEmpty() || statuses.contains(row.status));
        QVERIFY(methods.isEmpty() || methods.contains(row.paymentMethodCode));
        QVERIFY(enteredBy.isEmpty() || enteredBy.contains(row.enteredBy));
        QVERIFY(!filter.from.isValid() || row.dueDate >= filter.from);
        QVERIFY(!filter.to.isValid() || row.dueDate <= filter.to);
    }

    // The subtotals add up to the totals, per currency.
    for (const QList<ChargeReportSubtotal> &subtotals : {data.byFeeType, data.byCustomer}) {
        CurrencySums sums;
        for (const ChargeReportSubtotal &sum : subtotals)
            sums[sum.currency()] += sum.amount.minorUnits();
        QCOMPARE(sums, expected);
    }
}

void tst_ReportData::voidChargesListedNotCounted()
{
    ChargeReportFilter filter;
    filter.customerIds << customerId(QStringLiteral("SHHD"));

    ChargeReportData data;
    QString error;
    QCOMPARE(ChargeReportQuery(m_database->db(), UiLanguage::SimplifiedChinese)
                 .run(filter, &data, &error),
             ReportQueryStatus::Completed);

    QCOMPARE(data.rows.size(), 4);
    QCOMPARE(data.voidCount(), 1);
    QCOMPARE(data.postedCount(), 3);
    QCOMPARE(data.totals.size(), 1);
    QCOMPARE(data.totals.constFirst().amount, Money(123450 + 8888 + 1, QStringLiteral("CNY")));
    QCOMPARE(data.totals.constFirst().voidCount, 1);
    QCOMPARE(data.totals.constFirst().voidAmount, Money(50000, QStringLiteral("CNY")));

    const auto voidRow = std::find_if(data.rows.cbegin(), data.rows.cend(),
                                      [](const ChargeReportRow &row) { return row.isVoid(); });
    QVERIFY(voidRow != data.rows.cend());
    QCOMPARE(voidRow->amount, Money(50000, QStringLiteral("CNY")));
    QCOMPARE(voidRow->feeTypeLabel, QStringLiteral("安装费"));
    QCOMPARE(voidRow->companyName, QStringLiteral("上海华东贸易有限公司"));

    for (const ChargeReportSubtotal &sum : std::as_const(data.byFeeType)) {
        if (sum.key == QLatin1String("INSTALLATION")) {
            QCOMPARE(sum.postedCount, 0);
            QCOMPARE(sum.voidCount, 1);
            QCOMPARE(sum.amount.minorUnits(), 0);
            QCOMPARE(sum.voidAmount.minorUnits(), 50000);
        }
    }
}

void tst_ReportData::entryDateBoundsFollowTimeZone_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QList<int>>("included"); // indexes into the three charges
    QTest::addColumn<QList<QDate>>("entryDates");

    // Charges entered at 2026-11-01T00:00Z, 2026-11-30T10:30Z and
    // 2026-11-30T23:59:59.999Z; the period is 2026-11-01 to 2026-11-30.
    QTest::newRow("UTC") << QByteArray("UTC") << QList<int>{0, 1, 2}
                         << QList<QDate>{{2026, 11, 1}, {2026, 11, 30}, {2026, 11, 30}};
    QTest::newRow("UTC+14 Kiritimati")
        << QByteArray("Pacific/Kiritimati") << QList<int>{0}
        << QList<QDate>{{2026, 11, 1}, {2026, 12, 1}, {2026, 12, 1}};
    QTest::newRow("UTC-12") << QByteArray("Etc/GMT+12") << QList<int>{1, 2}
                            << QList<QDate>{{2026, 10, 31}, {2026, 11, 29}, {2026, 11, 30}};
    QTest::newRow("Shanghai UTC+8")
        << QByteArray("Asia/Shanghai") << QList<int>{0, 1}
        << QList<QDate>{{2026, 11, 1}, {2026, 11, 30}, {2026, 12, 1}};
}

void tst_ReportData::entryDateBoundsFollowTimeZone()
{
    QFETCH(QByteArray, zone);
    QFETCH(QList<int>, included);
    QFETCH(QList<QDate>, entryDates);

    // A customer of its own keeps these charges out of the other tests.
    const QSqlDatabase db = m_database->db();
    const QString code = QStringLiteral("TZ%1").arg(QString::fromLatin1(QTest::currentDataTag())
                                                        .left(10).remove(QLatin1Char(' ')));
    QString error;
    QSqlQuery query(db);
    QVERIFY2(ReportFixture::exec(query,
                                 QStringLiteral("INSERT INTO customers (code, company_name, "
                                                "currency, created_at, updated_at) VALUES "
                                                "(?, 'Time zone test', 'CNY', "
                                                "'2026-01-01T00:00:00.000Z', "
                                                "'2026-01-01T00:00:00.000Z')"),
                                 {code}, &error),
             qPrintable(error));
    const qint64 customer = query.lastInsertId().toLongLong();
    const QStringList times = {QStringLiteral("2026-11-01T00:00:00.000Z"),
                               QStringLiteral("2026-11-30T10:30:00.000Z"),
                               QStringLiteral("2026-11-30T23:59:59.999Z")};
    QList<qint64> ids;
    for (qsizetype i = 0; i < times.size(); ++i)
        ids << insertChargeAt(db, customer, times.at(i), 100 * (i + 1));
    QVERIFY(!ids.contains(0));
    QVERIFY2(ReportFixture::exec(query,
                                 QStringLiteral("UPDATE customers SET balance_minor = 600 "
                                                "WHERE id = ?"),
                                 {customer}, &error),
             qPrintable(error));

    setTimeZone(zone);

    ChargeReportFilter filter;
    filter.customerIds << customer;
    filter.from = QDate(2026, 11, 1);
    filter.to = QDate(2026, 11, 30);
    ChargeReportData data;
    QCOMPARE(ChargeReportQuery(db, UiLanguage::English).run(filter, &data, &error),
             ReportQueryStatus::Completed);

    QList<qint64> listed;
    for (const ChargeReportRow &row : std::as_const(data.rows))
        listed << row.chargeId;
    QList<qint64> expected;
    qint64 expectedSum = 0;
    for (int index : std::as_const(included)) {
        expected << ids.at(index);
        expectedSum += 100 * (index + 1);
    }
    QCOMPARE(listed, expected);
    QCOMPARE(data.totals.constFirst().amount.minorUnits(), expectedSum);

    // The database's own local time conversion agrees on the days: SQLite's
    // 'localtime', or PostgreSQL's in a session set to the zone (local_day()
    // is a function of the PostgreSQL schema).
    QString localDay = QStringLiteral("date(charges.created_at, 'localtime')");
    if (TestBackend::isPostgresql()) {
        QVERIFY2(ReportFixture::exec(query, QStringLiteral("SELECT set_config('TimeZone', ?, "
                                                           "false)"),
                                     {QString::fromLatin1(zone)}, &error),
                 qPrintable(error));
        localDay = QStringLiteral("local_day(charges.created_at)");
    }
    CurrencySums sums;
    qint64 count = 0;
    QVERIFY(databaseSums(db,
                         QStringLiteral("charges.customer_id = %1 AND %2 BETWEEN '2026-11-01' "
                                        "AND '2026-11-30'")
                             .arg(customer)
                             .arg(localDay),
                         &sums, &count));
    QCOMPARE(count, qint64(expected.size()));
    QCOMPARE(sums.value(QStringLiteral("CNY")), expectedSum);

    // Each row's entry date is its local day.
    ChargeReportFilter all;
    all.customerIds << customer;
    QCOMPARE(ChargeReportQuery(db, UiLanguage::English).run(all, &data, &error),
             ReportQueryStatus::Completed);
    QCOMPARE(data.rows.size(), 3);
    for (qsizetype i = 0; i < data.rows.size(); ++i)
        QCOMPARE(data.rows.at(i).entryDate, entryDates.at(ids.indexOf(data.rows.at(i).chargeId)));
}

void tst_ReportData::invalidFiltersRejected_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("field");
    QTest::addColumn<QStringList>("messageParts");

    using Field = ChargeReportFilter::Field;
    QTest::newRow("from after to") << "period" << int(Field::Period)
                                   << QStringList{"12/5/2026", "11/30/2026"};
    QTest::newRow("unknown status") << "status" << int(Field::Statuses)
                                    << QStringList{"cancelled", "posted", "void"};
    QTest::newRow("unknown fee type") << "feeType" << int(Field::FeeTypes)
                                      << QStringList{"BOGUS", "SERVICE"};
    QTest::newRow("unknown reason") << "reason" << int(Field::Reasons)
                                    << QStringList{"NOPE", "UNPAID"};
    QTest::newRow("unknown method") << "method" << int(Field::PaymentMethods)
                                    << QStringList{"BITCOIN", "CASH"};
    QTest::newRow("unknown customer") << "customer" << int(Field::Customers)
                                      << QStringList{"987654"};
}

void tst_ReportData::invalidFiltersRejected()
{
    QFETCH(QString, change);
    QFETCH(int, field);
    QFETCH(QStringList, messageParts);

    ChargeReportFilter filter;
    filter.feeTypeCodes << QStringLiteral("SERVICE");
    if (change == QLatin1String("period")) {
        filter.from = QDate(2026, 12, 5);
        filter.to = QDate(2026, 11, 30);
    } else if (change == QLatin1String("status")) {
        filter.statuses << QStringLiteral("posted") << QStringLiteral("cancelled");
    } else if (change == QLatin1String("feeType")) {
        filter.feeTypeCodes << QStringLiteral("BOGUS");
    } else if (change == QLatin1String("reason")) {
        filter.reasonCodes << QStringLiteral("NOPE");
    } else if (change == QLatin1String("method")) {
        filter.paymentMethodCodes << QStringLiteral("BITCOIN");
    } else {
        filter.customerIds << customerId(QStringLiteral("ALFKI")) << 987654;
    }

    const auto problem = filter.validate(m_database->db());
    QVERIFY(problem.has_value());
    QCOMPARE(int(problem->field), field);
    for (const QString &part : std::as_const(messageParts))
        QVERIFY2(problem->message.contains(part), qPrintable(problem->message));

    ChargeReportData data;
    QString error;
    QCOMPARE(ChargeReportQuery(m_database->db(), UiLanguage::English).run(filter, &data, &error),
             ReportQueryStatus::Failed);
    QCOMPARE(error, problem->message);
}

void tst_ReportData::filterDescriptionUsesLabels()
{
    ChargeReportFilter filter;
    filter.from = QDate(2026, 11, 1);
    filter.to = QDate(2026, 11, 30);
    filter.customerIds << customerId(QStringLiteral("SHHD"));
    filter.feeTypeCodes << QStringLiteral("SERVICE") << QStringLiteral("FREIGHT");
    filter.statuses << QStringLiteral("void");
    filter.enteredBy << QStringLiteral("wang");

    const QStringList english = filter.describe(m_database->db(), UiLanguage::English);
    QCOMPARE(english.constFirst(), QStringLiteral("Period: 11/1/2026 – 11/30/2026 (entry date)"));
    const QString text = english.join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QStringLiteral("SHHD 上海华东贸易有限公司")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Fee types: Service fee and Freight")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Statuses: Void")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Entered by: wang")), qPrintable(text));

    const QString chinese
        = filter.describe(m_database->db(), UiLanguage::SimplifiedChinese).join(QLatin1Char('\n'));
    QVERIFY2(chinese.contains(QStringLiteral("服务费")), qPrintable(chinese));
    QVERIFY2(chinese.contains(QStringLiteral("运费")), qPrintable(chinese));
    QVERIFY2(chinese.contains(QStringLiteral("2026/11/1")), qPrintable(chinese));

    filter.from = QDate();
    filter.to = QDate();
    QCOMPARE(filter.describe(m_database->db(), UiLanguage::English).constFirst(),
             QStringLiteral("Period: all dates"));
}

void tst_ReportData::cancelStopsQuery()
{
    ChargeReportData data;
    QString error;
    qsizetype calls = 0;
    const ReportQueryStatus status
        = ChargeReportQuery(m_database->db(), UiLanguage::English)
              .run(ChargeReportFilter(), &data, &error, [&calls](qsizetype, qsizetype) {
                  ++calls;
                  return false;
              });
    QCOMPARE(status, ReportQueryStatus::Canceled);
    QCOMPARE(calls, 1);

    StatementData statement;
    QCOMPARE(StatementQuery(m_database->db(), UiLanguage::English)
                 .run(customerId(QStringLiteral("ALFKI")), QDate(1990, 1, 1),
                      QDate::currentDate(), &statement, &error,
                      [](qsizetype, qsizetype) { return false; }),
             ReportQueryStatus::Canceled);
}

void tst_ReportData::statementClosingEqualsBalance()
{
    // Every customer: Northwind, the Chinese-named ones and those of other
    // tests.
    QSqlQuery query(m_database->db());
    QVERIFY(query.exec(QStringLiteral("SELECT code FROM customers ORDER BY code")));
    QStringList codes;
    while (query.next())
        codes << query.value(QStringLiteral("code")).toString();
    QVERIFY(codes.size() >= 93);

    const StatementQuery statements(m_database->db(), UiLanguage::English);
    for (const QString &code : std::as_const(codes)) {
        StatementData data;
        QString error;
        QCOMPARE(statements.run(customerId(code), QDate(1990, 1, 1), QDate::currentDate(), &data,
                                &error),
                 ReportQueryStatus::Completed);
        QCOMPARE(data.opening.minorUnits(), 0);
        QVERIFY2(data.closing.minorUnits() == customerBalance(code), qPrintable(code));
        QCOMPARE(data.opening.plus(data.debits)->plus(data.credits), data.closing);
    }
}

void tst_ReportData::statementPeriodsChain_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("split");

    const QDate today = QDate::currentDate();
    for (const char *code : {"ALFKI", "SHHD", "BJHL"}) {
        for (const QDate &split : {QDate(1997, 8, 25), QDate(1998, 1, 1), QDate(2026, 3, 1),
                                   today.addDays(-1), today}) {
            QTest::addRow("%s split %s", code, qPrintable(split.toString(Qt::ISODate)))
                << QString::fromLatin1(code) << split;
        }
    }
}

void tst_ReportData::statementPeriodsChain()
{
    QFETCH(QString, code);
    QFETCH(QDate, split);

    const StatementQuery statements(m_database->db(), UiLanguage::English);
    const qint64 id = customerId(code);
    const QDate first(1990, 1, 1);
    const QDate last = QDate::currentDate().addDays(1);
    StatementData whole;
    StatementData before;
    StatementData after;
    QString error;
    QCOMPARE(statements.run(id, first, last, &whole, &error), ReportQueryStatus::Completed);
    QCOMPARE(statements.run(id, first, split, &before, &error), ReportQueryStatus::Completed);
    QCOMPARE(statements.run(id, split.addDays(1), last, &after, &error),
             ReportQueryStatus::Completed);

    QCOMPARE(after.opening, before.closing);
    QCOMPARE(after.closing, whole.closing);
    QCOMPARE(before.entries.size() + after.entries.size(), whole.entries.size());
    for (const StatementData *data : {&whole, &before, &after}) {
        QCOMPARE(data->opening.plus(data->debits)->plus(data->credits), data->closing);
        const Money last = data->entries.isEmpty() ? data->opening
                                                   : data->entries.constLast().balance;
        QCOMPARE(last, data->closing);
        for (const StatementEntry &entry : data->entries) {
            QVERIFY(entry.date >= data->from);
            QVERIFY(entry.date <= data->to);
        }
    }
}

void tst_ReportData::statementListsEveryMovementKind()
{
    // A payment and a reversed one on the lines of bill BJ-2026-007 (issued
    // 2026-03-01), written through the payment service.
    const QSqlDatabase db = m_database->db();
    const qint64 customer = customerId(QStringLiteral("BJHL"));
    const qint64 balanceBefore = customerBalance(QStringLiteral("BJHL"));
    const auto bill = BillRepository(db).findByNumber(QStringLiteral("BJ-2026-007"));
    QVERIFY(bill.has_value());
    PaymentService payments(db, QStringLiteral("li"));
    const auto pay = [&](const QString &amount, const QDate &paidOn, const QString &method,
                         const QString &reference) {
        PaymentRequest request;
        request.requestKey = PaymentRequest::newRequestKey();
        request.customerId = customer;
        request.billId = bill->id;
        request.amountText = amount;
        request.paidOn = paidOn;
        request.paymentMethodCode = method;
        request.reference = reference;
        return payments.commit(request, payments.review(request));
    };
    const auto paid = pay(QStringLiteral("1000.00"), QDate(2026, 4, 10),
                          QStringLiteral("BANK_TRANSFER"), QStringLiteral("HK-778"));
    QVERIFY2(paid.succeeded(), qPrintable(paid.errorMessage));
    const auto bounced = pay(QStringLiteral("300.00"), QDate(2026, 5, 2),
                             QStringLiteral("CHEQUE"), QStringLiteral("CHQ-12"));
    QVERIFY2(bounced.succeeded(), qPrintable(bounced.errorMessage));
    const auto reversed = payments.reversePayment(bounced.paymentId,
                                                  QStringLiteral("Cheque bounced"));
    QVERIFY2(reversed.ok, qPrintable(reversed.errorMessage));
    QString error;

    StatementData data;
    QCOMPARE(StatementQuery(db, UiLanguage::SimplifiedChinese)
                 .run(customer, QDate(2026, 1, 1), QDate::currentDate(), &data, &error),
             ReportQueryStatus::Completed);
    QCOMPARE(data.closing.minorUnits(), balanceBefore - 100000);
    QCOMPARE(data.customer.companyName, QStringLiteral("北京华联商贸有限公司"));

    QList<StatementEntry::Kind> kinds;
    for (const StatementEntry &entry : std::as_const(data.entries))
        kinds << entry.kind;
    using Kind = StatementEntry::Kind;
    // The reversal happened now, after the charges were entered.
    QCOMPARE(kinds, (QList<Kind>{Kind::Bill, Kind::Payment, Kind::Payment, Kind::Charge,
                                 Kind::Charge, Kind::PaymentReversal}));
    QCOMPARE(data.entries.at(1).amount.minorUnits(), -100000);
    QCOMPARE(data.entries.at(1).paymentMethodLabel, QStringLiteral("银行转账"));
    QCOMPARE(data.entries.at(5).amount.minorUnits(), 30000);
    QCOMPARE(data.entries.at(5).reverseReason, QStringLiteral("Cheque bounced"));
    QCOMPARE(data.entries.at(3).billNo, QStringLiteral("BJ-2026-007"));

    // SHHD has a voided charge: listed as a charge and as a void.
    StatementData shhd;
    QCOMPARE(StatementQuery(db, UiLanguage::English)
                 .run(customerId(QStringLiteral("SHHD")), QDate::currentDate(),
                      QDate::currentDate(), &shhd, &error),
             ReportQueryStatus::Completed);
    QCOMPARE(shhd.opening.minorUnits(), 1000000);
    const auto voidEntry = std::find_if(shhd.entries.cbegin(), shhd.entries.cend(),
                                        [](const StatementEntry &entry) {
                                            return entry.kind == StatementEntry::Kind::Void;
                                        });
    QVERIFY(voidEntry != shhd.entries.cend());
    QCOMPARE(voidEntry->amount.minorUnits(), -50000);
    QCOMPARE(voidEntry->voidReason, QStringLiteral("Entered twice"));
    QCOMPARE(shhd.entries.size(), 5);
}

void tst_ReportData::statementPaymentFollowsTheChargeItPays()
{
    // BJHL's late fee on the account was entered today. A payment of it
    // today comes after the charge and names the charge, not a bill.
    const QSqlDatabase db = m_database->db();
    const qint64 customer = customerId(QStringLiteral("BJHL"));
    const qint64 chargeId = ReportFixture::idOf(
        db, QStringLiteral("SELECT charges.id FROM charges JOIN customers "
                           "ON customers.id = charges.customer_id WHERE customers.code = ? "
                           "AND charges.fee_type_code = 'LATE_FEE' AND charges.bill_id IS NULL"),
        QStringLiteral("BJHL"));
    QVERIFY(chargeId > 0);

    PaymentService payments(db, QStringLiteral("li"));
    PaymentRequest request;
    request.requestKey = PaymentRequest::newRequestKey();
    request.customerId = customer;
    request.chargeId = chargeId;
    request.amountText = QStringLiteral("66.60");
    request.paidOn = QDate::currentDate();
    request.paymentMethodCode = QStringLiteral("CASH");
    const auto paid = payments.commit(request, payments.review(request));
    QVERIFY2(paid.succeeded(), qPrintable(paid.errorMessage));

    StatementData data;
    QString error;
    QCOMPARE(StatementQuery(db, UiLanguage::English)
                 .run(customer, QDate::currentDate(), QDate::currentDate(), &data, &error),
             ReportQueryStatus::Completed);
    qsizetype chargeRow = -1;
    qsizetype paymentRow = -1;
    for (qsizetype i = 0; i < data.entries.size(); ++i) {
        const StatementEntry &entry = data.entries.at(i);
        if (entry.kind == StatementEntry::Kind::Charge && entry.chargeId == chargeId)
            chargeRow = i;
        if (entry.kind == StatementEntry::Kind::Payment)
            paymentRow = i;
    }
    QVERIFY(chargeRow >= 0);
    QCOMPARE(paymentRow, data.entries.size() - 1);
    QVERIFY(chargeRow < paymentRow);

    const StatementEntry &payment = data.entries.at(paymentRow);
    QCOMPARE(payment.chargeId, chargeId);
    QCOMPARE(payment.paymentId, paid.paymentId);
    QCOMPARE(payment.amount.minorUnits(), -6660);
    QCOMPARE(data.closing.minorUnits(), data.entries.at(paymentRow - 1).balance.minorUnits()
                                            - 6660);
}

void tst_ReportData::statementRejectsBadPeriod()
{
    StatementData data;
    QString error;
    const StatementQuery statements(m_database->db(), UiLanguage::English);
    QCOMPARE(statements.run(customerId(QStringLiteral("ALFKI")), QDate(2026, 12, 1),
                            QDate(2026, 11, 1), &data, &error),
             ReportQueryStatus::Failed);
    QVERIFY2(error.contains(QStringLiteral("12/1/2026")) && error.contains(QStringLiteral("11/1/2026")),
             qPrintable(error));
    QCOMPARE(statements.run(424242, QDate(2026, 1, 1), QDate(2026, 2, 1), &data, &error),
             ReportQueryStatus::Failed);
    QVERIFY2(error.contains(QStringLiteral("424242")), qPrintable(error));
}

void tst_ReportData::noticesSortedByCustomer()
{
    // The posted charges in reverse, with one given twice.
    QList<qint64> ids = m_charges.posted;
    std::reverse(ids.begin(), ids.end());
    ids << m_charges.posted.constFirst();

    QList<ChargeNotice> notices;
    QString error;
    QCOMPARE(NoticeQuery(m_database->db(), UiLanguage::English).run(ids, &notices, &error),
             ReportQueryStatus::Completed);
    QCOMPARE(notices.size(), m_charges.posted.size());

    QStringList codes;
    for (qsizetype i = 0; i < notices.size(); ++i) {
        const ChargeNotice &notice = notices.at(i);
        QCOMPARE(notice.customer.code, notice.charge.customerCode);
        if (i > 0) {
            const ChargeNotice &previous = notices.at(i - 1);
            QVERIFY(previous.customer.code <= notice.customer.code);
            if (previous.customer.code == notice.customer.code)
                QVERIFY(previous.charge.chargeId < notice.charge.chargeId);
        }
        codes << notice.customer.code;
    }
    codes.removeDuplicates();
    QCOMPARE(codes, (QStringList{"ALFKI", "BJHL", "BONAP", "SHHD"}));

    const ChargeNotice &shanghai = notices.constLast();
    QCOMPARE(shanghai.customer.companyName, QStringLiteral("上海华东贸易有限公司"));
    QCOMPARE(shanghai.customer.contactName, QStringLiteral("王芳"));
    QCOMPARE(shanghai.customer.city, QStringLiteral("上海"));
    QCOMPARE(shanghai.charge.paymentMethodLabel, QStringLiteral("Cash"));

    QList<qint64> ofCustomer;
    QVERIFY(NoticeQuery(m_database->db(), UiLanguage::English)
                .postedChargeIds(customerId(QStringLiteral("SHHD")), &ofCustomer, &error));
    QCOMPARE(ofCustomer.size(), 3);
}

void tst_ReportData::noticeRejectsVoidAndUnknownIds()
{
    const NoticeQuery notices(m_database->db(), UiLanguage::English);
    QList<ChargeNotice> result;
    QString error;

    const qint64 voidId = m_charges.voided.constFirst();
    QCOMPARE(notices.run({m_charges.posted.constFirst(), voidId}, &result, &error),
             ReportQueryStatus::Failed);
    QVERIFY2(error.contains(QString::number(voidId)), qPrintable(error));
    QVERIFY(result.isEmpty());

    QCOMPARE(notices.run({m_charges.posted.constFirst(), 999999}, &result, &error),
             ReportQueryStatus::Failed);
    QVERIFY2(error.contains(QStringLiteral("999999")), qPrintable(error));

    QCOMPARE(notices.run({}, &result, &error), ReportQueryStatus::Failed);
    QVERIFY(!error.isEmpty());
}

void tst_ReportData::chargeReportCsvMatchesDatabase()
{
    ChargeReportData data;
    QString error;
    QCOMPARE(ChargeReportQuery(m_database->db(), UiLanguage::SimplifiedChinese)
                 .run(ChargeReportFilter(), &data, &error),
             ReportQueryStatus::Completed);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("charges.csv"));
    QVERIFY2(ChargeReportCsv::writeFile(data, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));

    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.constFirst(), ChargeReportCsv::header());
    const qsizetype typeColumn = 0;
    const qsizetype amountColumn = ChargeReportCsv::header().indexOf(QStringLiteral("amount"));
    const qsizetype voidAmountColumn
        = ChargeReportCsv::header().indexOf(QStringLiteral("void_amount"));
    const qsizetype currencyColumn = ChargeReportCsv::header().indexOf(QStringLiteral("currency"));
    const qsizetype statusColumn = ChargeReportCsv::header().indexOf(QStringLiteral("status"));
    const qsizetype noteColumn = ChargeReportCsv::header().indexOf(QStringLiteral("note"));
    QVERIFY(voidAmountColumn > amountColumn);

    // An empty amount adds nothing, as in a spreadsheet's SUM().
    const auto minorOrZero = [](const QString &text) {
        return text.isEmpty() ? 0 : plainMinor(text);
    };
    CurrencySums totals;
    CurrencySums voidTotals;
    CurrencySums details;
    CurrencySums voidDetails;
    qsizetype detailRows = 0;
    QStringList notes;
    for (const QStringList &row : rows.mid(1)) {
        QCOMPARE(row.size(), ChargeReportCsv::header().size());
        const QString type = row.at(typeColumn);
        const QString currency = row.at(currencyColumn);
        if (type == QLatin1String("total")) {
            totals[currency] += plainMinor(row.at(amountColumn));
            voidTotals[currency] += plainMinor(row.at(voidAmountColumn));
        }
        if (type == QLatin1String("detail")) {
            ++detailRows;
            notes << row.at(noteColumn);
            const bool isVoid = row.at(statusColumn) == QLatin1String("void");
            QCOMPARE(row.at(amountColumn).isEmpty(), isVoid);
            QCOMPARE(row.at(voidAmountColumn).isEmpty(), !isVoid);
            details[currency] += minorOrZero(row.at(amountColumn));
            voidDetails[currency] += minorOrZero(row.at(voidAmountColumn));
        }
    }

    CurrencySums expected;
    qint64 count = 0;
    QVERIFY(databaseSums(m_database->db(), QStringLiteral("1 = 1"), &expected, &count));
    QCOMPARE(totals, expected);
    QCOMPARE(details, expected);
    QCOMPARE(qint64(detailRows), count);

    CurrencySums expectedVoid;
    QSqlQuery query(m_database->db());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT currency, SUM(CASE WHEN status = 'void' THEN amount_minor ELSE 0 END) AS total "
        "FROM charges GROUP BY currency")));
    while (query.next()) {
        expectedVoid.insert(query.value(QStringLiteral("currency")).toString(),
                            query.value(QStringLiteral("total")).toLongLong());
    }
    QVERIFY(expectedVoid.value(QStringLiteral("CNY")) > 0);
    QCOMPARE(voidTotals, expectedVoid);
    for (auto it = expectedVoid.cbegin(); it != expectedVoid.cend(); ++it)
        QCOMPARE(voidDetails.value(it.key()), it.value());
    QVERIFY(notes.contains(QStringLiteral("合同第3条变更, \"加急\"")));
    QVERIFY(notes.contains(QStringLiteral("'=SUM(A1:A9) typed as a note")));
}

void tst_ReportData::statementCsvBalances()
{
    StatementData data;
    QString error;
    QCOMPARE(StatementQuery(m_database->db(), UiLanguage::English)
                 .run(customerId(QStringLiteral("ALFKI")), QDate(1990, 1, 1),
                      QDate::currentDate(), &data, &error),
             ReportQueryStatus::Completed);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QTextStream out(&buffer);
    StatementCsv::write(data, out);
    out.flush();

    const QList<QStringList> rows = parseCsv(QString::fromUtf8(buffer.data()));
    QCOMPARE(rows.constFirst(), StatementCsv::header());
    const qsizetype amountColumn = StatementCsv::header().indexOf(QStringLiteral("amount"));
    const qsizetype balanceColumn = StatementCsv::header().indexOf(QStringLiteral("balance"));

    QCOMPARE(rows.at(1).constFirst(), QStringLiteral("opening_balance"));
    QCOMPARE(rows.constLast().constFirst(), QStringLiteral("closing_balance"));
    qint64 balance = plainMinor(rows.at(1).at(balanceColumn));
    for (const QStringList &row : rows.mid(2)) {
        if (row.constFirst() != QLatin1String("detail"))
            continue;
        balance += plainMinor(row.at(amountColumn));
        QCOMPARE(plainMinor(row.at(balanceColumn)), balance);
    }
    QCOMPARE(plainMinor(rows.constLast().at(balanceColumn)), balance);
    QCOMPARE(balance, customerBalance(QStringLiteral("ALFKI")));
}

void tst_ReportData::addressPartsJoined_data()
{
    QTest::addColumn<QStringList>("parts");
    QTest::addColumn<QString>("expected");

    QTest::newRow("Latin") << QStringList{"Obere Str. 57", "12209 Berlin", "Germany"}
                           << "Obere Str. 57, 12209 Berlin, Germany";
    QTest::newRow("Chinese") << QStringList{"西湖区文三路 90 号", "杭州", "中国"}
                             << "西湖区文三路 90 号，杭州，中国";
    QTest::newRow("Chinese street, Latin place")
        << QStringList{"南京西路 1266 号", "200040 Shanghai"} << "南京西路 1266 号，200040 Shanghai";
    QTest::newRow("Latin street, Chinese country") << QStringList{"Obere Str. 57", "德国"}
                                                   << "Obere Str. 57，德国";
    QTest::newRow("digits on both sides") << QStringList{"Room 1203", "310012"}
                                          << "Room 1203, 310012";
    QTest::newRow("full-width digits") << QStringList{"文三路９０号", "Hangzhou"}
                                       << "文三路９０号，Hangzhou";
    QTest::newRow("empty and blank parts") << QStringList{" ", "Berlin ", "", " Germany"}
                                           << "Berlin, Germany";
    QTest::newRow("none") << QStringList() << "";
    QTest::newRow("ideograph outside the BMP") << QStringList{"𠀋村", "Tokyo"} << "𠀋村，Tokyo";
    QTest::newRow("ends outside the BMP") << QStringList{"村𠀋", "Tokyo"} << "村𠀋，Tokyo";
}

void tst_ReportData::addressPartsJoined()
{
    QFETCH(QStringList, parts);
    QFETCH(QString, expected);
    QCOMPARE(joinAddressParts(parts), expected);
}

QTEST_GUILESS_MAIN(tst_ReportData)
#include "tst_reportdata.moc"
