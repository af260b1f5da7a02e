#include "customercounter.h"
#include "customerlistmodel.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <memory>

// The customer list reads pages of customers through SQL: the same rows,
// order and positions as the whole table filtered and sorted in memory
// would give, while it never contains more than its page cache. The
// expected results are computed in C++ from the rows the test wrote.
class tst_CustomerList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void listsEveryCustomerInCodeOrder();
    void holdsOnlyCachedPages();
    void searchMatchesLikeSubstrings_data();
    void searchMatchesLikeSubstrings();
    void pageIsTheSameEitherWay_data();
    void pageIsTheSameEitherWay();
    void shortTermCountsInTwoSteps();
    void counterCountsOnItsOwnConnection();
    void firstLoadCountsUpToCap();
    void failedBackgroundCountFallsBack();
    void sortsInSql_data();
    void sortsInSql();
    void positionsFollowSearchAndSort();
    void searchFollowsEditedCustomers();
    void shortChineseTermFollowsWrites();
    void longSearchTextIsReadWhole();

private:
    struct Customer
    {
        qint64 id = 0;
        QString code;
        QString companyName;
        QString contactName;
        QString phone;
        qint64 balanceMinor = 0;
    };

    bool matches(const Customer &customer, const QString &term) const;
    QList<Customer> expected(const QString &term) const;
    static QStringList codesOf(const CustomerListModel &model);

    std::unique_ptr<TestDatabase> m_database;
    QList<Customer> m_customers;
};

namespace {

// More customers than the model's page cache holds.
constexpr int CustomerCount = 2600;

const QStringList ChineseCompanies = {
    QStringLiteral("北京星辰科技有限公司"), QStringLiteral("上海华联商贸有限公司"),
    QStringLiteral("广州东方物流有限公司"), QStringLiteral("深圳前海金融服务有限公司"),
};
const QStringList WesternCompanies = {
    QStringLiteral("Alpine Trading Ltd"), QStringLiteral("Berg & Söhne GmbH"),
    QStringLiteral("Cascade 100% Foods"), QStringLiteral("Delta_Mechanics Inc"),
    QStringLiteral("Zürich Café 咖啡"),
};
const QStringList Contacts = {
    QStringLiteral("王芳"), QStringLiteral("李强"), QStringLiteral("Maria Anders"),
    QStringLiteral("Ånne Berg"),
};

} // namespace

void tst_CustomerList::initTestCase()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
    QSqlDatabase db = m_database->db();

    QVERIFY(db.transaction());
    QSqlQuery insert(db);
    VERIFY_SQL(insert, insert.prepare(QStringLiteral(
                           "INSERT INTO customers (code, company_name, contact_name, phone, "
                           "country, currency, balance_minor, created_at, updated_at) "
                           "VALUES (:code, :company, :contact, :phone, :country, 'CNY', "
                           ":balance, :now, :now)")));
    for (int n = 0; n < CustomerCount; ++n) {
        Customer customer;
        // Codes not in insertion order, so that the list's order is its own.
        customer.code = QStringLiteral("C%1").arg((n * 7919) % 100000, 5, 10, QLatin1Char('0'));
        const QStringList &companies = n % 2 == 0 ? ChineseCompanies : WesternCompanies;
        customer.companyName = companies.at((n / 2) % 4) + QStringLiteral(" %1").arg(n % 13);
        customer.contactName = Contacts.at((n / 3) % Contacts.size());
        customer.phone = QStringLiteral("010-%1").arg(60000000 + n * 37);
        customer.balanceMinor = (n % 17) * 1000 - 5000;
        insert.bindValue(QStringLiteral(":code"), customer.code);
        insert.bindValue(QStringLiteral(":company"), customer.companyName);
        insert.bindValue(QStringLiteral(":contact"), customer.contactName);
        insert.bindValue(QStringLiteral(":phone"), customer.phone);
        insert.bindValue(QStringLiteral(":country"), n % 3 == 0 ? QStringLiteral("China")
                                                                : QStringLiteral("Germany"));
        insert.bindValue(QStringLiteral(":balance"), customer.balanceMinor);
        insert.bindValue(QStringLiteral(":now"), QStringLiteral("2026-01-01T00:00:00.000Z"));
        VERIFY_SQL(insert, insert.exec());
        customer.id = insert.lastInsertId().toLongLong();
        m_customers << customer;
    }
    QVERIFY(db.commit());
    std::sort(m_customers.begin(), m_customers.end(),
              [](const Customer &a, const Customer &b) { return a.code < b.code; });
}

void tst_CustomerList::cleanupTestCase()
{
    m_database.reset();
}

bool tst_CustomerList::matches(const Customer &customer, const QString &term) const
{
    for (const QString &field :
         {customer.code, customer.companyName, customer.contactName, customer.phone}) {
        if (field.contains(term, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QList<tst_CustomerList::Customer> tst_CustomerList::expected(const QString &term) const
{
    QList<Customer> found;
    for (const Customer &customer : m_customers) {
        if (term.isEmpty() || matches(customer, term))
            found << customer;
    }
    return found;
}

QStringList tst_CustomerList::codesOf(const CustomerListModel &model)
{
    QStringList codes;
    for (int row = 0; row < model.rowCount(); ++row)
        codes << model.index(row, CustomerListQuery::Code).data().toString();
    return codes;
}

void tst_CustomerList::listsEveryCustomerInCodeOrder()
{
    CustomerListModel model(m_database->db());
    QVERIFY2(model.reload(), qPrintable(model.lastError()));
    QCOMPARE(model.rowCount(), CustomerCount);

    QStringList expectedCodes;
    for (const Customer &customer : std::as_const(m_customers))
        expectedCodes << customer.code;
    QCOMPARE(codesOf(model), expectedCodes);

    const Customer &last = m_customers.constLast();
    QCOMPARE(model.customerId(CustomerCount - 1), last.id);
    QCOMPARE(model.index(CustomerCount - 1, CustomerListQuery::Balance).data(Qt::EditRole)
                 .toLongLong(),
             last.balanceMinor);
    QCOMPARE(model.index(CustomerCount - 1, CustomerListQuery::CompanyName).data().toString(),
             last.companyName);
}

void tst_CustomerList::holdsOnlyCachedPages()
{
    CustomerListModel model(m_database->db());
    QVERIFY(model.reload());
    QCOMPARE(model.cachedRowCount(), 0);

    // Scrolling end to end reads every page once and keeps the latest.
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.customerId(row) != 0);
    QCOMPARE(model.cachedRowCount(), CustomerListModel::PageSize * CustomerListModel::CachedPages);

    // And back to the top, which reads the first page again.
    QCOMPARE(model.index(0, CustomerListQuery::Code).data().toString(),
             m_customers.constFirst().code);
    QVERIFY(model.cachedRowCount()
            <= CustomerListModel::PageSize * CustomerListModel::CachedPages);

    model.setSearchText(QStringLiteral("星辰科技"));
    QCOMPARE(model.cachedRowCount(), 0);
    QCOMPARE(model.rowCount(), int(expected(QStringLiteral("星辰科技")).size()));
}

void tst_CustomerList::searchMatchesLikeSubstrings_data()
{
    QTest::addColumn<QString>("term");

    QTest::newRow("chinese, trigram") << QStringLiteral("华联商贸");
    QTest::newRow("chinese, two characters") << QStringLiteral("东方");
    QTest::newRow("chinese, one character") << QStringLiteral("芳");
    QTest::newRow("chinese, one character in every chinese name") << QStringLiteral("司");
    QTest::newRow("chinese, pair in every chinese name") << QStringLiteral("公司");
    QTest::newRow("chinese, pair in a latin name") << QStringLiteral("咖啡");
    QTest::newRow("chinese, no match") << QStringLiteral("龙");
    QTest::newRow("accented letter") << QStringLiteral("é");
    QTest::newRow("letter and accented letter") << QStringLiteral("fé");
    QTest::newRow("accented letter and space") << QStringLiteral("é 咖");
    QTest::newRow("code prefix") << QStringLiteral("C123");
    QTest::newRow("code, lower case") << QStringLiteral("c0");
    QTest::newRow("phone") << QStringLiteral("6000123");
    QTest::newRow("latin, other case") << QStringLiteral("ALPINE");
    QTest::newRow("latin, two letters") << QStringLiteral("ha");
    QTest::newRow("one digit") << QStringLiteral("7");
    QTest::newRow("one letter, more than the first count") << QStringLiteral("c");
    QTest::newRow("percent literally") << QStringLiteral("100%");
    QTest::newRow("percent alone") << QStringLiteral("%");
    QTest::newRow("underscore literally") << QStringLiteral("a_M");
    QTest::newRow("quote") << QStringLiteral("\"Alpine");
    QTest::newRow("ampersand") << QStringLiteral("& S");
    QTest::newRow("umlaut") << QStringLiteral("Söhne");
    QTest::newRow("not across fields") << QStringLiteral("芳010");
    QTest::newRow("no match") << QStringLiteral("nothing like this");
}

void tst_CustomerList::searchMatchesLikeSubstrings()
{
    QFETCH(QString, term);

    CustomerListModel model(m_database->db());
    QVERIFY(model.reload());
    model.setSearchText(QStringLiteral("  ") + term + QStringLiteral(" "));
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));

    QStringList expectedCodes;
    for (const Customer &customer : expected(term))
        expectedCodes << customer.code;

    // A short term with many matches shows the first ones at once and the
    // exact count from the event loop.
    if (!model.isCountComplete()) {
        QCOMPARE(model.rowCount(), CustomerListModel::FirstCountCap);
        QCOMPARE(model.index(0, CustomerListQuery::Code).data().toString(),
                 expectedCodes.constFirst());
        QSignalSpy completed(&model, &CustomerListModel::countCompleted);
        QVERIFY(completed.wait());
    }
    QVERIFY(model.isCountComplete());
    QCOMPARE(model.rowCount(), int(expectedCodes.size()));
    QCOMPARE(codesOf(model), expectedCodes);
}

void tst_CustomerList::pageIsTheSameEitherWay_data()
{
    searchMatchesLikeSubstrings_data();
}

// Many matches are paged by walking the customers in list order, few by
// sorting the matches; both must give the same page.
void tst_CustomerList::pageIsTheSameEitherWay()
{
    QFETCH(QString, term);

    CustomerListQuery query(m_database->db());
    query.setSearchText(term);
    QStringList expectedCodes;
    for (const Customer &customer : expected(term))
        expectedCodes << customer.code;
    const QStringList expectedPage = expectedCodes.mid(40, 100);

    for (const int matches : {1, CustomerListQuery::WalkInOrderAbove + 1}) {
        QList<CustomerListRow> rows;
        QSqlError error;
        QVERIFY2(query.page(40, 100, matches, &rows, &error), qPrintable(error.text()));
        QStringList codes;
        for (const CustomerListRow &row : std::as_const(rows))
            codes << row.code;
        QCOMPARE(codes, expectedPage);
    }
}

void tst_CustomerList::shortTermCountsInTwoSteps()
{
    CustomerListModel model(m_database->db());
    QVERIFY(model.reload());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy completed(&model, &CustomerListModel::countCompleted);

    model.setSearchText(QStringLiteral("c"));
    QVERIFY(!model.isCountComplete());
    QCOMPARE(model.rowCount(), CustomerListModel::FirstCountCap);

    QVERIFY(completed.wait());
    QVERIFY(model.isCountComplete());
    QCOMPARE(model.rowCount(), CustomerCount);
    QCOMPARE(inserted.size(), 1);

    // A new search before the full count drops the old search's count.
    model.setSearchText(QStringLiteral("0"));
    QVERIFY(!model.isCountComplete());
    const QString code = m_customers.at(5).code;
    model.setSearchText(code);
    QVERIFY(model.isCountComplete());
    QTest::qWait(CustomerListModel::CountDelayMs * 3);
    QCOMPARE(model.rowCount(), int(expected(code).size()));
}

// A window's first load counts every customer up to the cap and the rest in
// the background. A later reload and an emptied search count exactly.
void tst_CustomerList::firstLoadCountsUpToCap()
{
    CustomerListModel model(m_database->db());
    QSignalSpy completed(&model, &CustomerListModel::countCompleted);
    QVERIFY(model.reload(CustomerListModel::FirstCount::UpToCap));
    QVERIFY(!model.isCountComplete());
    QCOMPARE(model.rowCount(), CustomerListModel::FirstCountCap);
    QCOMPARE(model.index(0, CustomerListQuery::Code).data().toString(),
             m_customers.constFirst().code);
    QVERIFY(completed.wait());
    QVERIFY(model.isCountComplete());
    QCOMPARE(model.rowCount(), int(m_customers.size()));

    QVERIFY(model.reload());
    QVERIFY(model.isCountComplete());
    QCOMPARE(model.rowCount(), int(m_customers.size()));
    model.setSearchText(QStringLiteral("c"));
    model.setSearchText(QString());
    QVERIFY(model.isCountComplete());
    QCOMPARE(model.rowCount(), int(m_customers.size()));
}

// The full count of a short term runs in a thread with a connection of its
// own, so the window goes on while it reads every customer.
void tst_CustomerList::counterCountsOnItsOwnConnection()
{
    const QStringList before = QSqlDatabase::connectionNames();
    {
        CustomerCounter counter(m_database->db());
        QSignalSpy counted(&counter, &CustomerCounter::counted);
        counter.start(7, QStringLiteral("c"));
        QCOMPARE(counted.size(), 0);
        QVERIFY(counted.wait());
        QCOMPARE(counted.constFirst().at(0).toInt(), 7);
        QCOMPARE(counted.constFirst().at(1).toInt(), int(expected(QStringLiteral("c")).size()));
        QCOMPARE(counted.constFirst().at(2).toString(), QString());
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 1);

        // Counts arrive in the order started.
        counter.start(8, QStringLiteral("芳"));
        counter.start(9, QStringLiteral("nothing like this"));
        QTRY_COMPARE(counted.size(), 3);
        QCOMPARE(counted.at(1).at(1).toInt(), int(expected(QStringLiteral("芳")).size()));
        QCOMPARE(counted.at(2).at(0).toInt(), 9);
        QCOMPARE(counted.at(2).at(1).toInt(), 0);
    }
    QStringList after = QSqlDatabase::connectionNames();
    after.sort();
    QStringList expectedNames = before;
    expectedNames.sort();
    QCOMPARE(after, expectedNames);
}

// A clone of an in-memory database is another, empty database, so the
// background count fails there and the window's connection counts.
void tst_CustomerList::failedBackgroundCountFallsBack()
{
    const QString name = QStringLiteral("in-memory-list");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        VERIFY_SQL(query, query.exec(QStringLiteral(
                              "CREATE TABLE customers (id INTEGER PRIMARY KEY, code TEXT, "
                              "company_name TEXT, contact_name TEXT, phone TEXT, country TEXT, "
                              "currency TEXT, balance_minor INTEGER)")));
        VERIFY_SQL(query, query.exec(QStringLiteral(
                              "CREATE TABLE customer_search_text (customer_id INTEGER PRIMARY "
                              "KEY, search_key TEXT)")));
        VERIFY_SQL(query, query.exec(QStringLiteral(
                              "WITH RECURSIVE n (id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM n "
                              "WHERE id < 300) INSERT INTO customers SELECT id, 'K' || id, "
                              "'Kite ' || id, '', '', 'China', 'CNY', 0 FROM n")));
        VERIFY_SQL(query, query.exec(QStringLiteral(
                              "INSERT INTO customer_search_text SELECT id, lower(code || char(10) "
                              "|| company_name || char(10) || char(10)) FROM customers")));

        CustomerListModel model(db);
        QVERIFY(model.reload());
        QSignalSpy completed(&model, &CustomerListModel::countCompleted);
        model.setSearchText(QStringLiteral("k"));
        QVERIFY(!model.isCountComplete());
        QVERIFY(completed.wait());
        QVERIFY(model.isCountComplete());
        QCOMPARE(model.rowCount(), 300);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    }
    QSqlDatabase::removeDatabase(name);
}

void tst_CustomerList::sortsInSql_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");

    QTest::newRow("balance ascending") << int(CustomerListQuery::Balance)
                                       << int(Qt::AscendingOrder);
    QTest::newRow("balance descending") << int(CustomerListQuery::Balance)
                                        << int(Qt::DescendingOrder);
    QTest::newRow("code descending") << int(CustomerListQuery::Code) << int(Qt::DescendingOrder);
    QTest::newRow("phone ascending") << int(CustomerListQuery::Phone) << int(Qt::AscendingOrder);
}

void tst_CustomerList::sortsInSql()
{
    QFETCH(int, column);
    QFETCH(int, order);

    CustomerListModel model(m_database->db());
    QVERIFY(model.reload());
    model.setSearchText(QStringLiteral("有限公司"));
    model.sort(column, Qt::SortOrder(order));

    // Ties are broken by id in the same direction.
    QList<Customer> sorted = expected(QStringLiteral("有限公司"));
    const auto key = [column](const Customer &customer) {
        if (column == CustomerListQuery::Balance)
            return QVariant(customer.balanceMinor);
        if (column == CustomerListQuery::Phone)
            return QVariant(customer.phone);
        return QVariant(customer.code);
    };
    std::sort(sorted.begin(), sorted.end(), [&](const Customer &a, const Customer &b) {
        const QPartialOrdering compared = QVariant::compare(key(a), key(b));
        const bool before = compared == QPartialOrdering::Less
                            || (compared == QPartialOrdering::Equivalent && a.id < b.id);
        const bool after = compared == QPartialOrdering::Greater
                           || (compared == QPartialOrdering::Equivalent && a.id > b.id);
        return order == Qt::AscendingOrder ? before : after;
    });
    QStringList expectedCodes;
    for (const Customer &customer : std::as_const(sorted))
        expectedCodes << customer.code;
    QCOMPARE(codesOf(model), expectedCodes);
}

void tst_CustomerList::positionsFollowSearchAndSort()
{
    CustomerListModel model(m_database->db());
    QVERIFY(model.reload());

    const Customer &middle = m_customers.at(CustomerCount / 2);
    QCOMPARE(model.rowOfCustomer(middle.id), CustomerCount / 2);

    model.sort(CustomerListQuery::Balance, Qt::DescendingOrder);
    const int row = model.rowOfCustomer(middle.id);
    QVERIFY(row >= 0);
    QCOMPARE(model.customerId(row), middle.id);

    // A customer the search hides has no row.
    model.setSearchText(middle.code);
    QCOMPARE(model.rowOfCustomer(middle.id), 0);
    const qint64 otherId = m_customers.constFirst().id;
    QCOMPARE(model.rowOfCustomer(otherId), -1);
    QCOMPARE(model.rowOfCustomer(-5), -1);
    QVERIFY(model.lastError().isEmpty());
}

void tst_CustomerList::searchFollowsEditedCustomers()
{
    const Customer &edited = m_customers.at(3);
    QSqlQuery update(m_database->db());
    VERIFY_SQL(update, update.prepare(QStringLiteral(
                           "UPDATE customers SET company_name = :name WHERE id = :id")));
    update.bindValue(QStringLiteral(":name"), QStringLiteral("杭州西湖茶叶合作社"));
    update.bindValue(QStringLiteral(":id"), edited.id);
    VERIFY_SQL(update, update.exec());

    CustomerListModel model(m_database->db());
    QVERIFY(model.reload());
    model.setSearchText(QStringLiteral("西湖茶叶"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.customerId(0), edited.id);

    // The old name no longer finds it.
    model.setSearchText(edited.companyName);
    QCOMPARE(model.rowOfCustomer(edited.id), -1);

    // A balance change does not touch the search text.
    VERIFY_SQL(update, update.prepare(QStringLiteral(
                           "UPDATE customers SET balance_minor = balance_minor + 1 WHERE id = :id")));
    update.bindValue(QStringLiteral(":id"), edited.id);
    VERIFY_SQL(update, update.exec());
    model.setSearchText(QStringLiteral("西湖茶"));
    QCOMPARE(model.rowCount(), 1);
}

// One- and two-character Chinese terms are looked up in an index of single
// characters and pairs that triggers keep in step with the customers.
void tst_CustomerList::shortChineseTermFollowsWrites()
{
    QSqlDatabase db = m_database->db();
    QSqlQuery write(db);
    VERIFY_SQL(write, write.prepare(QStringLiteral(
                          "INSERT INTO customers (code, company_name, contact_name, phone, "
                          "country, currency, created_at, updated_at) VALUES ('ZLONG1', "
                          "'龙腾科技', '赵云', '', 'China', 'CNY', :now, :now)")));
    write.bindValue(QStringLiteral(":now"), QStringLiteral("2026-01-01T00:00:00.000Z"));
    VERIFY_SQL(write, write.exec());
    const qint64 id = write.lastInsertId().toLongLong();

    CustomerListModel model(db);
    QVERIFY(model.reload());
    for (const QString &term : {QStringLiteral("龙"), QStringLiteral("龙腾"),
                                QStringLiteral("赵云"), QStringLiteral("云")}) {
        model.setSearchText(term);
        QVERIFY2(model.isCountComplete(), qPrintable(term));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.customerId(0), id);
    }

    VERIFY_SQL(write, write.prepare(QStringLiteral(
                          "UPDATE customers SET company_name = '飞虎贸易', contact_name = '' "
                          "WHERE id = :id")));
    write.bindValue(QStringLiteral(":id"), id);
    VERIFY_SQL(write, write.exec());
    model.setSearchText(QStringLiteral("龙"));
    QCOMPARE(model.rowCount(), 0);
    model.setSearchText(QStringLiteral("赵"));
    QCOMPARE(model.rowCount(), 0);
    model.setSearchText(QStringLiteral("飞虎"));
    QCOMPARE(model.rowCount(), 1);

    VERIFY_SQL(write, write.prepare(QStringLiteral("DELETE FROM customers WHERE id = :id")));
    write.bindValue(QStringLiteral(":id"), id);
    VERIFY_SQL(write, write.exec());
    QSqlQuery grams(db);
    VERIFY_SQL(grams, grams.prepare(QStringLiteral(
                          "SELECT count(*) AS left_over FROM customer_search_grams "
                          "WHERE customer_id = :id")));
    grams.bindValue(QStringLiteral(":id"), id);
    VERIFY_SQL(grams, grams.exec());
    QVERIFY(grams.next());
    QCOMPARE(grams.value(QStringLiteral("left_over")).toInt(), 0);
}

// SQLite's index covers the first 2,000 characters of a customer's search
// text; a longer text is read whole, and its customer still counts once.
void tst_CustomerList::longSearchTextIsReadWhole()
{
    const QString padding(2100, QLatin1Char('x'));
    QSqlDatabase db = m_database->db();
    QSqlQuery insert(db);
    VERIFY_SQL(insert, insert.prepare(QStringLiteral(
                           "INSERT INTO customers (code, company_name, contact_name, phone, "
                           "country, currency, created_at, updated_at) VALUES (:code, :name, "
                           "'', '', 'China', 'CNY', :now, :now)")));
    insert.bindValue(QStringLiteral(":now"), QStringLiteral("2026-01-01T00:00:00.000Z"));
    insert.bindValue(QStringLiteral(":code"), QStringLiteral("ZLONG2"));
    insert.bindValue(QStringLiteral(":name"), QStringLiteral("长江") + padding + QStringLiteral("长江"));
    VERIFY_SQL(insert, insert.exec());
    const qint64 both = insert.lastInsertId().toLongLong();
    insert.bindValue(QStringLiteral(":code"), QStringLiteral("ZLONG3"));
    insert.bindValue(QStringLiteral(":name"), padding + QStringLiteral("黄河"));
    VERIFY_SQL(insert, insert.exec());
    const qint64 tail = insert.lastInsertId().toLongLong();

    CustomerListModel model(db);
    QVERIFY(model.reload());
    model.setSearchText(QStringLiteral("长江"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.customerId(0), both);
    model.setSearchText(QStringLiteral("河"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.customerId(0), tail);
    QCOMPARE(model.rowOfCustomer(tail), 0);
}

QTEST_GUILESS_MAIN(tst_CustomerList)
#include "tst_customerlist.moc"
