#include "chargeservice.h"
#include "reportfixture.h"
#include "spendingfixture.h"
#include "spendingquery.h"
#include "spendingshare.h"
#include "testsupport.h"

#include <QTest>

#include <ctime>
#include <limits>
#include <memory>

// The spending analysis against sums worked out by hand: charges in several
// months and two currencies, a void charge, a reversed payment, a payment
// of a bill's own lines, and entries just outside the period.
class tst_Spending : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void monthlyTotalsAllCustomers();
    void feeTypesAndReasons();
    void billingErrorShareExact();
    void topCustomersRanked();
    void topCountLimitsRanking();
    void singleCustomer();
    void otherCurrencyKeptApart();
    void emptyPeriodHasZeroMonths();
    void entryMonthFollowsTimeZone_data();
    void entryMonthFollowsTimeZone();
    void defaultPeriodEndsThisMonth();
    void currenciesMostChargesFirst();
    void invalidFiltersRejected_data();
    void invalidFiltersRejected();
    void unknownCustomerRejected();

    void shareRoundsHalfUpOnce_data();
    void shareRoundsHalfUpOnce();
    void shareFormatsOneDecimal_data();
    void shareFormatsOneDecimal();
    void monthLabelsFollowLocale_data();
    void monthLabelsFollowLocale();

private:
    // Inserts a customer and returns its id, or 0.
    qint64 insertCustomer(const QString &code, const QString &name, const QString &currency);

    // Inserts a posted charge entered at local, with its currency taken
    // from the customer, and returns its id, or 0. Backdated entries can
    // only be written directly: ChargeService stamps the current time.
    qint64 insertCharge(qint64 customerId, const QString &feeType, const QString &reason,
                        qint64 amountMinor, const QDateTime &local);

    // Inserts a posted payment of chargeId (0: of billId's own lines) on
    // paidOn and returns its id, or 0.
    qint64 insertPayment(qint64 customerId, qint64 chargeId, qint64 billId, qint64 amountMinor,
                         const QString &currency, const QDate &paidOn);

    SpendingData run(const SpendingFilter &filter);
    SpendingFilter cnyFilter(qint64 customerId = 0) const;
    void setTimeZone(const QByteArray &zone);

    std::unique_ptr<TestDatabase> m_database;
    QByteArray m_savedZone;
    qint64 m_east = 0;  // CNY, customer code EAST
    qint64 m_north = 0; // CNY, customer code NORTH
    qint64 m_west = 0;  // USD, customer code WEST
    int m_nextKey = 0;
};

namespace {

QDateTime localTime(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::LocalTime);
}

// The customer's months in the fixture's period (January to April 2026):
// charges and payments in minor units.
struct MonthFigures
{
    qint64 charges;
    int chargeCount;
    qint64 payments;
    int paymentCount;
};

} // namespace

void tst_Spending::setTimeZone(const QByteArray &zone)
{
    qputenv("TZ", zone);
    tzset();
}

void tst_Spending::initTestCase()
{
    // Entry months are local; a zone east of UTC moves the early hours of
    // the first of a month into the previous UTC month.
    m_savedZone = qgetenv("TZ");
    setTimeZone("Asia/Shanghai");

    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));

    m_east = insertCustomer(QStringLiteral("EAST"), QStringLiteral("华东贸易有限公司"),
                            QStringLiteral("CNY"));
    m_north = insertCustomer(QStringLiteral("NORTH"), QStringLiteral("华北商贸有限公司"),
                             QStringLiteral("CNY"));
    m_west = insertCustomer(QStringLiteral("WEST"), QStringLiteral("West Coast Supply"),
                            QStringLiteral("USD"));
    QVERIFY(m_east && m_north && m_west);

    const QDateTime jan10 = localTime(2026, 1, 10, 9, 0);
    const qint64 eastService = insertCharge(m_east, QStringLiteral("SERVICE"),
                                            QStringLiteral("UNPAID"), 10000, jan10);
    QVERIFY(eastService);
    QVERIFY(insertCharge(m_east, QStringLiteral("MATERIAL"), QStringLiteral("BILLING_ERROR"),
                         3333, localTime(2026, 1, 20, 15, 0)));
    // 00:30 in Shanghai on 1 March is still 28 February in UTC.
    QVERIFY(insertCharge(m_east, QStringLiteral("SERVICE"), QStringLiteral("BILLING_ERROR"), 1,
                         localTime(2026, 3, 1, 0, 30)));
    const qint64 northLateFee = insertCharge(m_north, QStringLiteral("LATE_FEE"),
                                             QStringLiteral("UNPAID"), 25000,
                                             localTime(2026, 2, 5, 10, 0));
    QVERIFY(northLateFee);
    const qint64 voided = insertCharge(m_north, QStringLiteral("SERVICE"),
                                       QStringLiteral("CONTRACT_CHANGE"), 100000,
                                       localTime(2026, 2, 6, 10, 0));
    QVERIFY(voided);
    QVERIFY(insertCharge(m_north, QStringLiteral("FREIGHT"), QStringLiteral("BILLING_ERROR"),
                         6666, localTime(2026, 4, 30, 23, 30)));

    // Just outside the period on either side.
    QVERIFY(insertCharge(m_east, QStringLiteral("SERVICE"), QStringLiteral("UNPAID"), 50000,
                         localTime(2025, 12, 31, 23, 59)));
    QVERIFY(insertCharge(m_north, QStringLiteral("SERVICE"), QStringLiteral("UNPAID"), 70000,
                         localTime(2026, 5, 1, 0, 0)));

    const qint64 westCharge = insertCharge(m_west, QStringLiteral("SERVICE"),
                                           QStringLiteral("BILLING_ERROR"), 99999,
                                           localTime(2026, 2, 14, 12, 0));
    QVERIFY(westCharge);

    const ChargeService::VoidResult voidResult =
        ChargeService(m_database->db(), QStringLiteral("li")).voidCharge(
            voided, QStringLiteral("Entered twice"));
    QVERIFY2(voidResult.ok, qPrintable(voidResult.errorMessage));

    // Two payments count in CNY, one in January and one in April. The
    // reversed one, the bill payment, the one in May and the USD one do not.
    QVERIFY(insertPayment(m_east, eastService, 0, 6000, QStringLiteral("CNY"),
                          QDate(2026, 1, 31)));
    const qint64 reversed = insertPayment(m_east, eastService, 0, 4000, QStringLiteral("CNY"),
                                          QDate(2026, 2, 1));
    QVERIFY(reversed);
    QSqlQuery query(m_database->db());
    VERIFY_SQL(query, query.prepare(QStringLiteral(
                          "UPDATE payments SET status = 'reversed', reversed_by = 'li', "
                          "reversed_at = '2026-02-03T02:00:00.000Z', "
                          "reverse_reason = 'Cheque bounced' WHERE id = :id")));
    query.bindValue(QStringLiteral(":id"), reversed);
    VERIFY_SQL(query, query.exec());
    QVERIFY(insertPayment(m_north, northLateFee, 0, 25000, QStringLiteral("CNY"),
                          QDate(2026, 4, 1)));
    QVERIFY(insertPayment(m_north, northLateFee, 0, 1000, QStringLiteral("CNY"),
                          QDate(2026, 5, 1)));
    QVERIFY(insertPayment(m_west, westCharge, 0, 10000, QStringLiteral("USD"),
                          QDate(2026, 2, 20)));

    VERIFY_SQL(query, query.prepare(QStringLiteral(
                          "INSERT INTO bills (bill_no, customer_id, issue_date, due_date, "
                          "currency, lines_total_minor, created_at) VALUES ('E-1', :customer, "
                          "'2026-02-01', '2026-02-28', 'CNY', 80000, "
                          "'2026-02-01T02:00:00.000Z')")));
    query.bindValue(QStringLiteral(":customer"), m_east);
    VERIFY_SQL(query, query.exec());
    QVERIFY(insertPayment(m_east, 0, query.lastInsertId().toLongLong(), 50000,
                          QStringLiteral("CNY"), QDate(2026, 2, 10)));
}

void tst_Spending::cleanupTestCase()
{
    m_database.reset();
    if (m_savedZone.isEmpty())
        qunsetenv("TZ");
    else
        qputenv("TZ", m_savedZone);
    tzset();
}

qint64 tst_Spending::insertCustomer(const QString &code, const QString &name,
                                    const QString &currency)
{
    return SpendingFixture::insertCustomer(m_database->db(), code, name, currency);
}

qint64 tst_Spending::insertCharge(qint64 customerId, const QString &feeType,
                                  const QString &reason, qint64 amountMinor,
                                  const QDateTime &local)
{
    return SpendingFixture::insertCharge(m_database->db(),
                                         QStringLiteral("spending-%1").arg(++m_nextKey),
                                         customerId, feeType, reason, amountMinor, local);
}

qint64 tst_Spending::insertPayment(qint64 customerId, qint64 chargeId, qint64 billId,
                                   qint64 amountMinor, const QString &currency,
                                   const QDate &paidOn)
{
    QSqlQuery query(m_database->db());
    QString error;
    if (!ReportFixture::exec(
            query,
            QStringLiteral("INSERT INTO payments (request_key, customer_id, bill_id, charge_id, "
                           "amount_minor, currency, paid_on, payment_method_code, created_by, "
                           "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'BANK_TRANSFER', 'li', "
                           "'2026-05-02T02:00:00.000Z')"),
            {QStringLiteral("payment-%1").arg(++m_nextKey), customerId,
             billId ? QVariant(billId) : QVariant(QMetaType(QMetaType::LongLong)),
             chargeId ? QVariant(chargeId) : QVariant(QMetaType(QMetaType::LongLong)),
             amountMinor, currency, paidOn.toString(Qt::ISODate)},
            &error)) {
        qWarning("%s", qPrintable(error));
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

SpendingFilter tst_Spending::cnyFilter(qint64 customerId) const
{
    SpendingFilter filter;
    filter.customerId = customerId;
    filter.fromMonth = QDate(2026, 1, 1);
    filter.toMonth = QDate(2026, 4, 1);
    filter.currency = QStringLiteral("CNY");
    return filter;
}

SpendingData tst_Spending::run(const SpendingFilter &filter)
{
    SpendingData data;
    QString error;
    if (!SpendingQuery(m_database->db(), UiLanguage::English).run(filter, &data, &error))
        qWarning("Spending query failed: %s", qPrintable(error));
    return data;
}

void tst_Spending::monthlyTotalsAllCustomers()
{
    const SpendingData data = run(cnyFilter());
    QCOMPARE(data.months.size(), 4);

    // January: 100.00 + 33.33; February: 250.00 (the void 1,000.00 is
    // left out); March: 0.01 entered at 00:30 on 1 March; April: 66.66.
    // Payments: 60.00 in January; 40.00 in February was reversed; 250.00
    // in April.
    const QList<MonthFigures> expected = {
        {13333, 2, 6000, 1}, {25000, 1, 0, 0}, {1, 1, 0, 0}, {6666, 1, 25000, 1}};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const SpendingMonth &month = data.months.at(i);
        const QByteArray where = month.month.toString(Qt::ISODate).toLatin1();
        QCOMPARE(month.month, QDate(2026, int(i) + 1, 1));
        QVERIFY2(month.charges == Money(expected.at(i).charges, QStringLiteral("CNY")),
                 where.constData());
        QVERIFY2(month.chargeCount == expected.at(i).chargeCount, where.constData());
        QVERIFY2(month.payments == Money(expected.at(i).payments, QStringLiteral("CNY")),
                 where.constData());
        QVERIFY2(month.paymentCount == expected.at(i).paymentCount, where.constData());
    }

    QCOMPARE(data.chargesTotal, Money(45000, QStringLiteral("CNY")));
    QCOMPARE(data.chargeCount, 5);
    QCOMPARE(data.paymentsTotal, Money(31000, QStringLiteral("CNY")));
    QCOMPARE(data.paymentCount, 2);
    QVERIFY(data.customerCode.isEmpty());
}

void tst_Spending::feeTypesAndReasons()
{
    const SpendingData data = run(cnyFilter());

    QStringList feeTypes;
    for (const SpendingSlice &slice : data.feeTypes) {
        feeTypes << QStringLiteral("%1 %2 %3 %4")
                        .arg(slice.code, slice.label, slice.amount.toPlainString())
                        .arg(slice.chargeCount);
    }
    QCOMPARE(feeTypes, QStringList({QStringLiteral("LATE_FEE Late fee 250.00 1"),
                                    QStringLiteral("SERVICE Service fee 100.01 2"),
                                    QStringLiteral("FREIGHT Freight 66.66 1"),
                                    QStringLiteral("MATERIAL Material fee 33.33 1")}));

    QStringList reasons;
    for (const SpendingSlice &slice : data.reasons) {
        reasons << QStringLiteral("%1 %2 %3")
                       .arg(slice.code, slice.amount.toPlainString())
                       .arg(slice.chargeCount);
    }
    QCOMPARE(reasons, QStringList({QStringLiteral("UNPAID 350.00 2"),
                                   QStringLiteral("BILLING_ERROR 100.00 3")}));

    // Labels in the query's language.
    SpendingData chinese;
    QString error;
    QVERIFY2(SpendingQuery(m_database->db(), UiLanguage::SimplifiedChinese)
                 .run(cnyFilter(), &chinese, &error),
             qPrintable(error));
    QCOMPARE(chinese.reasons.at(1).label, QStringLiteral("账单遗漏或错误"));
}

void tst_Spending::billingErrorShareExact()
{
    // 33.33 + 0.01 + 66.66 = 100.00 of 450.00 = 2/9 = 22.222...%.
    const SpendingData data = run(cnyFilter());
    QCOMPARE(data.billingErrorShare.part(), 10000);
    QCOMPARE(data.billingErrorShare.whole(), 45000);
    QCOMPARE(data.billingErrorShare.basisPoints(), 2222);
    QCOMPARE(data.billingErrorShare.permille(), 222);
    QCOMPARE(data.billingErrorShare.format(QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringLiteral("22.2%"));
    QCOMPARE(data.billingErrorCount, 3);

    // The shares of the reasons add up to the whole.
    qint64 parts = 0;
    for (const SpendingSlice &slice : data.reasons)
        parts += data.shareOfCharges(slice.amount).part();
    QCOMPARE(parts, data.chargesTotal.minorUnits());
}

void tst_Spending::topCustomersRanked()
{
    const SpendingData data = run(cnyFilter());
    QCOMPARE(data.topCustomers.size(), 2);
    QCOMPARE(data.topCustomers.at(0).code, QStringLiteral("NORTH"));
    QCOMPARE(data.topCustomers.at(0).amount, Money(31666, QStringLiteral("CNY")));
    QCOMPARE(data.topCustomers.at(0).chargeCount, 2);
    QCOMPARE(data.topCustomers.at(1).code, QStringLiteral("EAST"));
    QCOMPARE(data.topCustomers.at(1).companyName, QStringLiteral("华东贸易有限公司"));
    QCOMPARE(data.topCustomers.at(1).amount, Money(13334, QStringLiteral("CNY")));
    QCOMPARE(data.topCustomers.at(1).chargeCount, 3);
}

void tst_Spending::topCountLimitsRanking()
{
    SpendingFilter filter = cnyFilter();
    filter.topCount = 1;
    const SpendingData data = run(filter);
    QCOMPARE(data.topCustomers.size(), 1);
    QCOMPARE(data.topCustomers.at(0).code, QStringLiteral("NORTH"));
    QCOMPARE(data.chargesTotal, Money(45000, QStringLiteral("CNY")));
}

void tst_Spending::singleCustomer()
{
    const SpendingData data = run(cnyFilter(m_east));
    QCOMPARE(data.customerCode, QStringLiteral("EAST"));
    QCOMPARE(data.companyName, QStringLiteral("华东贸易有限公司"));
    QCOMPARE(data.months.size(), 4);
    QCOMPARE(data.months.at(0).charges, Money(13333, QStringLiteral("CNY")));
    QCOMPARE(data.months.at(0).payments, Money(6000, QStringLiteral("CNY")));
    QCOMPARE(data.months.at(1).charges, Money(0, QStringLiteral("CNY")));
    QCOMPARE(data.months.at(1).payments, Money(0, QStringLiteral("CNY")));
    QCOMPARE(data.months.at(2).charges, Money(1, QStringLiteral("CNY")));
    QCOMPARE(data.months.at(3).charges, Money(0, QStringLiteral("CNY")));
    QCOMPARE(data.chargesTotal, Money(13334, QStringLiteral("CNY")));
    QCOMPARE(data.paymentsTotal, Money(6000, QStringLiteral("CNY")));

    // 33.34 of 133.34 = 25.0037...%.
    QCOMPARE(data.billingErrorShare.basisPoints(), 2500);
    QCOMPARE(data.billingErrorShare.permille(), 250);
    QVERIFY(data.topCustomers.isEmpty());
}

void tst_Spending::otherCurrencyKeptApart()
{
    SpendingFilter filter = cnyFilter();
    filter.currency = QStringLiteral("USD");
    const SpendingData data = run(filter);
    QCOMPARE(data.chargesTotal, Money(99999, QStringLiteral("USD")));
    QCOMPARE(data.months.at(1).charges, Money(99999, QStringLiteral("USD")));
    QCOMPARE(data.months.at(1).payments, Money(10000, QStringLiteral("USD")));
    QCOMPARE(data.paymentsTotal, Money(10000, QStringLiteral("USD")));
    QCOMPARE(data.billingErrorShare.basisPoints(), 10000);
    QCOMPARE(data.billingErrorShare.format(QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringLiteral("100.0%"));
    QCOMPARE(data.topCustomers.size(), 1);
    QCOMPARE(data.topCustomers.at(0).code, QStringLiteral("WEST"));
}

void tst_Spending::emptyPeriodHasZeroMonths()
{
    SpendingFilter filter = cnyFilter();
    filter.fromMonth = QDate(2024, 1, 1);
    filter.toMonth = QDate(2024, 3, 1);
    const SpendingData data = run(filter);
    QVERIFY(data.isEmpty());
    QCOMPARE(data.months.size(), 3);
    for (const SpendingMonth &month : data.months) {
        QCOMPARE(month.charges, Money(0, QStringLiteral("CNY")));
        QCOMPARE(month.payments, Money(0, QStringLiteral("CNY")));
    }
    QVERIFY(!data.billingErrorShare.isDefined());
    QCOMPARE(data.billingErrorShare.format(QLocale(QLocale::English)), QStringLiteral("–"));
    QVERIFY(data.feeTypes.isEmpty());
    QVERIFY(data.topCustomers.isEmpty());
}

void tst_Spending::entryMonthFollowsTimeZone_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<int>("month");

    // The charge is stored as 2025-10-31T16:30:00.000Z.
    QTest::newRow("Shanghai, 1 November 00:30") << QByteArray("Asia/Shanghai") << 11;
    QTest::newRow("UTC, 31 October 16:30") << QByteArray("UTC") << 10;
    QTest::newRow("New York, 31 October 12:30") << QByteArray("America/New_York") << 10;
}

void tst_Spending::entryMonthFollowsTimeZone()
{
    QFETCH(QByteArray, zone);
    QFETCH(int, month);

    const qint64 customer = insertCustomer(QStringLiteral("TZ%1").arg(m_nextKey),
                                           QStringLiteral("Time zone test"),
                                           QStringLiteral("CNY"));
    QVERIFY(customer);
    const QDateTime stored(QDate(2025, 10, 31), QTime(16, 30), Qt::UTC);
    QVERIFY(insertCharge(customer, QStringLiteral("SERVICE"), QStringLiteral("UNPAID"), 700,
                         stored.toLocalTime()));

    setTimeZone(zone);
    SpendingFilter filter = cnyFilter(customer);
    filter.fromMonth = QDate(2025, 10, 1);
    filter.toMonth = QDate(2025, 11, 1);
    const SpendingData data = run(filter);
    setTimeZone("Asia/Shanghai");

    QCOMPARE(data.months.size(), 2);
    QCOMPARE(data.months.at(month - 10).chargeCount, 1);
    QCOMPARE(data.months.at(month - 10).charges, Money(700, QStringLiteral("CNY")));
    QCOMPARE(data.chargeCount, 1);
}

void tst_Spending::defaultPeriodEndsThisMonth()
{
    // A charge entered now through the service lands in the last month.
    const qint64 customer = insertCustomer(QStringLiteral("TODAY"),
                                           QStringLiteral("Entered today"),
                                           QStringLiteral("CNY"));
    QVERIFY(customer);
    ChargeRequest request;
    request.requestKey = ChargeRequest::newRequestKey();
    request.customerId = customer;
    request.feeTypeCode = QStringLiteral("SERVICE");
    request.amountText = QStringLiteral("12.34");
    request.reasonCode = QStringLiteral("BILLING_ERROR");
    request.paymentMethodCode = QStringLiteral("CASH");
    request.dueDate = QDate::currentDate().addDays(30);
    ChargeService service(m_database->db(), QStringLiteral("wang"));
    const ChargeService::CommitResult result = service.commit(request, service.review(request));
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));

    const SpendingFilter filter =
        SpendingFilter::lastTwelveMonths(QDate::currentDate(), customer, QStringLiteral("CNY"));
    QCOMPARE(filter.monthCount(), 12);
    QCOMPARE(filter.topCount, SpendingFilter::DefaultTopCount);
    const SpendingData data = run(filter);
    QCOMPARE(data.months.size(), 12);
    QCOMPARE(data.months.last().month, SpendingFilter::firstOfMonth(QDate::currentDate()));
    QCOMPARE(data.months.last().charges, Money(1234, QStringLiteral("CNY")));
    QCOMPARE(data.months.first().month,
             SpendingFilter::firstOfMonth(QDate::currentDate()).addMonths(-11));
    QCOMPARE(data.billingErrorShare.basisPoints(), 10000);
}

void tst_Spending::currenciesMostChargesFirst()
{
    QString error;
    const SpendingQuery query(m_database->db(), UiLanguage::English);
    QCOMPARE(query.currencies(0, &error), QStringList({QStringLiteral("CNY"),
                                                       QStringLiteral("USD")}));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(query.currencies(m_west, &error), QStringList({QStringLiteral("USD")}));
    QCOMPARE(query.currencies(m_east, &error), QStringList({QStringLiteral("CNY")}));
}

void tst_Spending::invalidFiltersRejected_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("topCount");
    QTest::addColumn<QString>("expected"); // part of the message

    const QDate jan(2026, 1, 1);
    QTest::newRow("no currency") << QString() << jan << jan << 10
                                 << QStringLiteral("Choose a currency");
    QTest::newRow("lower-case currency") << QStringLiteral("cny") << jan << jan << 10
                                         << QStringLiteral("\"cny\"");
    QTest::newRow("missing month") << QStringLiteral("CNY") << QDate() << jan << 10
                                   << QStringLiteral("first and the last month");
    QTest::newRow("ends before it starts") << QStringLiteral("CNY") << jan << jan.addMonths(-1)
                                           << 10 << QStringLiteral("Dec 2025");
    QTest::newRow("121 months") << QStringLiteral("CNY") << jan << jan.addMonths(120) << 10
                                << QStringLiteral("121 months");
    QTest::newRow("no ranking") << QStringLiteral("CNY") << jan << jan << 0
                                << QStringLiteral("at least 1 customer");
}

void tst_Spending::invalidFiltersRejected()
{
    QFETCH(QString, currency);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, topCount);
    QFETCH(QString, expected);

    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    SpendingFilter filter;
    filter.currency = currency;
    filter.fromMonth = from;
    filter.toMonth = to;
    filter.topCount = topCount;
    SpendingData data;
    QString error;
    QVERIFY(!SpendingQuery(m_database->db(), UiLanguage::English).run(filter, &data, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void tst_Spending::unknownCustomerRejected()
{
    SpendingData data;
    QString error;
    QVERIFY(!SpendingQuery(m_database->db(), UiLanguage::English)
                 .run(cnyFilter(987654), &data, &error));
    QVERIFY2(error.contains(QLatin1String("987654")), qPrintable(error));
}

void tst_Spending::shareRoundsHalfUpOnce_data()
{
    QTest::addColumn<qint64>("part");
    QTest::addColumn<qint64>("whole");
    QTest::addColumn<qint64>("basisPoints");
    QTest::addColumn<qint64>("permille");

    constexpr qint64 max = std::numeric_limits<qint64>::max();
    QTest::newRow("none") << qint64(0) << qint64(7) << qint64(0) << qint64(0);
    QTest::newRow("all") << qint64(7) << qint64(7) << qint64(10000) << qint64(1000);
    QTest::newRow("one third") << qint64(1) << qint64(3) << qint64(3333) << qint64(333);
    QTest::newRow("two thirds") << qint64(2) << qint64(3) << qint64(6667) << qint64(667);
    QTest::newRow("half a tenth rounds up") << qint64(1) << qint64(16) << qint64(625)
                                            << qint64(63);
    // 12.349 %: basis points 1235 would round again to 12.4 %.
    QTest::newRow("no double rounding") << qint64(12349) << qint64(100000) << qint64(1235)
                                        << qint64(123);
    QTest::newRow("tiny share") << qint64(1) << qint64(200001) << qint64(0) << qint64(0);
    QTest::newRow("half a basis point") << qint64(1) << qint64(20000) << qint64(1) << qint64(0);
    QTest::newRow("near overflow, a third") << max / 3 << max << qint64(3333) << qint64(333);
    QTest::newRow("near overflow, all but one") << max - 1 << max << qint64(10000)
                                                << qint64(1000);
}

void tst_Spending::shareRoundsHalfUpOnce()
{
    QFETCH(qint64, part);
    QFETCH(qint64, whole);
    QFETCH(qint64, basisPoints);
    QFETCH(qint64, permille);

    const SpendingShare share(part, whole);
    QCOMPARE(share.basisPoints(), basisPoints);
    QCOMPARE(share.permille(), permille);
}

void tst_Spending::shareFormatsOneDecimal_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("part");
    QTest::addColumn<qint64>("whole");
    QTest::addColumn<QString>("expected");

    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    QTest::newRow("en two ninths") << english << qint64(2) << qint64(9) << QStringLiteral("22.2%");
    QTest::newRow("en zero") << english << qint64(0) << qint64(9) << QStringLiteral("0.0%");
    QTest::newRow("en all") << english << qint64(9) << qint64(9) << QStringLiteral("100.0%");
    QTest::newRow("zh 1/16") << chinese << qint64(1) << qint64(16) << QStringLiteral("6.3%");
    QTest::newRow("en undefined") << english << qint64(0) << qint64(0) << QStringLiteral("–");
}

void tst_Spending::shareFormatsOneDecimal()
{
    QFETCH(QLocale, locale);
    QFETCH(qint64, part);
    QFETCH(qint64, whole);
    QFETCH(QString, expected);

    QCOMPARE(SpendingShare(part, whole).format(locale), expected);
}

void tst_Spending::monthLabelsFollowLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("month");
    QTest::addColumn<QString>("period");

    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates)
                           << QStringLiteral("Mar 2026")
                           << QStringLiteral("Apr 2025 – Mar 2026");
    QTest::newRow("zh_CN") << QLocale(QLocale::Chinese, QLocale::China)
                           << QStringLiteral("2026年3月")
                           << QStringLiteral("2025年4月 – 2026年3月");
}

void tst_Spending::monthLabelsFollowLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, month);
    QFETCH(QString, period);

    QCOMPARE(SpendingFilter::monthLabel(QDate(2026, 3, 17), locale), month);
    const SpendingFilter filter =
        SpendingFilter::lastTwelveMonths(QDate(2026, 3, 17), 0, QStringLiteral("CNY"));
    QCOMPARE(filter.periodLabel(locale), period);
}

QTEST_GUILESS_MAIN(tst_Spending)
#include "tst_spending.moc"
