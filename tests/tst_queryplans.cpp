#include "billrepository.h"
#include "chargelistmodel.h"
#include "chargeservice.h"
#include "customerrepository.h"
#include "customerlistmodel.h"
#include "database.h"
#include "filterchoicerepository.h"
#include "northwindimporter.h"
#include "statementtrace.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <utility>

// Guards the design, not the clock: the statements the program runs for a
// duplicate check, a commit, a customer's charges and the customer list and
// its search find their rows through an index, so that they stay fast at a
// million charges and a hundred thousand customers. The
// statements are recorded as the program runs them on SQLite (see
// StatementTrace). On SQLite each one's EXPLAIN QUERY PLAN must not scan a
// large table. On PostgreSQL each one's EXPLAIN must not contain a full scan
// even with sequential scans priced out, because PostgreSQL then plans one
// only when no index fits.
//
// Two reads of a whole index pass: an ordered walk of an index under a
// LIMIT, which stops at the page it shows, and a count(*) of the customer
// list, which reads an index without fetching a row.
//
// NOTE: statements that only PostgreSQL runs, such as the advisory locks,
// are not recorded, and are not checked here.
class tst_QueryPlans : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void plansUseIndexes_data();
    void plansUseIndexes();

private:
    using Work = std::function<void(const QSqlDatabase &db)>;
    // The statements to check on PostgreSQL where they differ from
    // SQLite's, such as the customer search.
    using Statements = std::function<QStringList(const QSqlDatabase &db)>;

    // Runs work on the SQLite database and returns the statements it ran.
    QStringList record(const Work &work);

    // Returns the plan lines of statement on db that read a large table in
    // full, or the error.
    static QStringList fullScans(const QSqlDatabase &db, const QString &statement);
    static QStringList sqliteFullScans(const QSqlDatabase &db, const QString &statement);
    static QStringList postgresqlFullScans(const QSqlDatabase &db, const QString &statement);
    static void collectFullScans(const QJsonObject &node, bool underLimit, bool counting,
                                 QStringList *scans);

    // Returns a valid charge of ALFKI's first bill, each with another
    // amount, so that none is an exact duplicate of another.
    ChargeRequest request();

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_database; // the backend under test
    qint64 m_customerId = 0;
    qint64 m_billId = 0;
    int m_requests = 0;
};

namespace {

const QString RecordingConnection = QStringLiteral("recording");

// Tables that grow with the business. The lookup tables and the one-row
// tables stay small, so a scan of them costs nothing.
const QStringList LargeTables = {
    QStringLiteral("customers"),         QStringLiteral("bills"),
    QStringLiteral("bill_lines"),        QStringLiteral("charges"),
    QStringLiteral("payments"),          QStringLiteral("audit_log"),
    QStringLiteral("installment_plans"), QStringLiteral("installments"),
    QStringLiteral("customer_contacts"), QStringLiteral("reminder_letters"),
    QStringLiteral("customer_search_text"), QStringLiteral("customer_search_grams"),
};

// Partial indexes that hold only rare rows by design: the search texts too
// long for customer_search_grams.
const QStringList RareRowIndexes = {
    QStringLiteral("customer_search_text_long"),
};

bool isControlStatement(const QString &statement)
{
    static const QRegularExpression control(QStringLiteral(
        "^\\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|PRAGMA)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return control.match(statement).hasMatch();
}

bool isKeyword(const QString &word)
{
    static const QStringList keywords = {
        QStringLiteral("WHERE"), QStringLiteral("ON"),     QStringLiteral("JOIN"),
        QStringLiteral("INNER"), QStringLiteral("LEFT"),   QStringLiteral("ORDER"),
        QStringLiteral("GROUP"), QStringLiteral("LIMIT"),  QStringLiteral("SET"),
        QStringLiteral("VALUES"), QStringLiteral("USING"), QStringLiteral("WHEN"),
        QStringLiteral("UNION"), QStringLiteral("AND"),    QStringLiteral("OR"),
        QStringLiteral("FOR"),   QStringLiteral("DEFAULT"), QStringLiteral("SELECT"),
    };
    return keywords.contains(word, Qt::CaseInsensitive);
}

// A statement that only counts rows: SELECT count(*) ... without a GROUP BY.
bool isCount(const QString &statement)
{
    static const QRegularExpression count(QStringLiteral("^\\s*SELECT\\s+count\\(\\*\\)"),
                                          QRegularExpression::CaseInsensitiveOption);
    return count.match(statement).hasMatch()
           && !statement.contains(QStringLiteral("GROUP BY"), Qt::CaseInsensitive);
}

// statement with each :name replaced by values[name] as a literal of db.
QString inlined(const QSqlDatabase &db, QString statement, const QVariantMap &values)
{
    static const QRegularExpression placeholder(QStringLiteral(":(\\w+)"));
    QRegularExpressionMatch match;
    int from = 0;
    while ((match = placeholder.match(statement, from)).hasMatch()) {
        const QVariant value = values.value(match.captured(1));
        QSqlField field(match.captured(1), value.metaType());
        field.setValue(value);
        const QString literal = db.driver()->formatValue(field);
        statement.replace(match.capturedStart(), match.capturedLength(), literal);
        from = match.capturedStart() + literal.size();
    }
    return statement;
}

// The statements the customer list runs on db for a search and a sort: the
// count, the first and a late page, and a customer's position.
QStringList customerListStatements(const QSqlDatabase &db, const QString &search,
                                   CustomerListQuery::Column column, Qt::SortOrder order)
{
    CustomerListQuery query(db);
    query.setSearchText(search);
    query.setSort(column, order);
    QSqlError error;
    const int matches = query.count(&error);
    if (matches < 0)
        return {error.text()};

    const QVariantMap values = {
        {QStringLiteral("term"), query.boundTerm()}, {QStringLiteral("limit"), 100},
        {QStringLiteral("offset"), qMax(0, matches - 100)}, {QStringLiteral("id"), 1},
        {QStringLiteral("value"), QStringLiteral("M")},
        {QStringLiteral("same_value"), QStringLiteral("M")},
    };
    QVariantMap firstPage = values;
    firstPage.insert(QStringLiteral("offset"), 0);
    return {
        inlined(db, query.countStatement(), values),
        inlined(db, query.pageStatement(matches), firstPage),
        inlined(db, query.pageStatement(matches), values),
        inlined(db, query.sortValueStatement(), values),
        inlined(db, query.precedingStatement(), values),
    };
}

bool importNorthwind(const QSqlDatabase &db, QString *error)
{
    const NorthwindImporter::Result imported
        = NorthwindImporter(db).import(NorthwindImporter::builtInDirectory());
    *error = imported.errorMessage;
    return imported.ok;
}

} // namespace

void tst_QueryPlans::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(Database::open(m_dir.filePath(QStringLiteral("recording.sqlite")),
                            RecordingConnection, &error),
             qPrintable(error));
    const QSqlDatabase recording = QSqlDatabase::database(RecordingConnection);
    QVERIFY2(importNorthwind(recording, &error), qPrintable(error));

    const auto customer = CustomerRepository(recording).findByCode(QStringLiteral("ALFKI"));
    QVERIFY(customer);
    m_customerId = customer->id;
    const QList<BillRecord> bills = BillRepository(recording).billsOfCustomer(m_customerId);
    QVERIFY(!bills.isEmpty());
    m_billId = bills.constFirst().id;

    // One charge, so that the duplicate check has a row to find.
    ChargeService service(recording, QStringLiteral("tester"));
    const ChargeRequest first = request();
    const ChargeService::CommitResult committed = service.commit(first, service.review(first));
    QVERIFY2(committed.succeeded(), qPrintable(committed.errorMessage));

    if (TestBackend::isPostgresql()) {
        m_database = std::make_unique<TestDatabase>();
        QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
        QVERIFY2(importNorthwind(m_database->db(), &error), qPrintable(error));
    }
}

void tst_QueryPlans::cleanupTestCase()
{
    m_database.reset();
    Database::close(RecordingConnection);
}

ChargeRequest tst_QueryPlans::request()
{
    ChargeRequest request;
    request.requestKey = ChargeRequest::newRequestKey();
    request.customerId = m_customerId;
    request.billId = m_billId;
    request.feeTypeCode = QStringLiteral("SERVICE");
    request.amountText = QString::number(80 + ++m_requests);
    request.reasonCode = QStringLiteral("BILLING_ERROR");
    request.paymentMethodCode = QStringLiteral("BANK_TRANSFER");
    request.dueDate = QDate(2026, 4, 15);
    request.duplicateAcknowledgement = QStringLiteral("A second installation visit");
    return request;
}

QStringList tst_QueryPlans::record(const Work &work)
{
    const QSqlDatabase db = QSqlDatabase::database(RecordingConnection);
    StatementTrace trace(db);
    if (!trace.isActive())
        return {};
    work(db);

    QStringList statements;
    for (const QString &statement : trace.statements()) {
        if (!isControlStatement(statement))
            statements << statement;
    }
    return statements;
}

QStringList tst_QueryPlans::fullScans(const QSqlDatabase &db, const QString &statement)
{
    return db.driverName() == QLatin1String("QSQLITE") ? sqliteFullScans(db, statement)
                                                       : postgresqlFullScans(db, statement);
}

QStringList tst_QueryPlans::sqliteFullScans(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + statement))
        return {query.lastError().text()};

    // The plan names a table by its alias, such as "SCAN c" for
    // "FROM customers c".
    QStringList largeNames = LargeTables;
    for (const QString &table : LargeTables) {
        const QRegularExpression aliased(
            QStringLiteral("\\b%1\\s+(?:AS\\s+)?(\\w+)").arg(table),
            QRegularExpression::CaseInsensitiveOption);
        for (const QRegularExpressionMatch &match : aliased.globalMatch(statement)) {
            if (!isKeyword(match.captured(1)))
                largeNames << match.captured(1);
        }
    }

    // "SCAN charges" and "SCAN charges USING INDEX x" read every row or
    // index entry, where "SEARCH charges USING INDEX x (customer_id=?)"
    // reads the matching ones. An index walked in order under a LIMIT stops
    // at the page, and a count reads a covering index without its rows.
    static const QRegularExpression scan(
        QStringLiteral("^SCAN (\\w+)( USING (COVERING )?INDEX( \\w+)?)?"));
    const bool limited = statement.contains(QStringLiteral(" LIMIT "), Qt::CaseInsensitive);
    const bool counting = isCount(statement);
    QStringList scans;
    while (query.next()) {
        const QString line = query.value(QStringLiteral("detail")).toString();
        const QRegularExpressionMatch match = scan.match(line);
        if (!match.hasMatch() || !largeNames.contains(match.captured(1)))
            continue;
        const bool walksIndex = !match.captured(2).isEmpty();
        const bool coveringIndex = !match.captured(3).isEmpty();
        const bool rareRows = RareRowIndexes.contains(match.captured(4).trimmed());
        if ((walksIndex && limited) || (coveringIndex && counting) || rareRows)
            continue;
        scans << line;
    }
    return scans;
}

QStringList tst_QueryPlans::postgresqlFullScans(const QSqlDatabase &db, const QString &statement)
{
    // With sequential scans priced out, PostgreSQL still plans one only
    // where no index fits; an index scan without a condition reads the
    // whole index.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SET enable_seqscan = off")))
        return {query.lastError().text()};
    QStringList scans;
    if (query.exec(QStringLiteral("EXPLAIN (FORMAT JSON) ") + statement) && query.next()) {
        const QJsonDocument plan
            = QJsonDocument::fromJson(query.value(0).toString().toUtf8());
        collectFullScans(plan.array().at(0).toObject().value(QStringLiteral("Plan")).toObject(),
                         false, isCount(statement), &scans);
    } else {
        scans << query.lastError().text();
    }
    if (!query.exec(QStringLiteral("RESET enable_seqscan")))
        scans << query.lastError().text();
    return scans;
}

void tst_QueryPlans::collectFullScans(const QJsonObject &node, bool underLimit, bool counting,
                                      QStringList *scans)
{
    const QString type = node.value(QStringLiteral("Node Type")).toString();
    const QString table = node.value(QStringLiteral("Relation Name")).toString();
    const bool indexScan = type == QLatin1String("Index Scan")
                           || type == QLatin1String("Index Only Scan");
    const bool unconditioned = !node.contains(QStringLiteral("Index Cond"));
    const bool countedOnly = counting && type == QLatin1String("Index Only Scan");
    if (LargeTables.contains(table)
        && (type == QLatin1String("Seq Scan")
            || (indexScan && unconditioned && !underLimit && !countedOnly))) {
        scans->append(QStringLiteral("%1 on %2").arg(type, table));
    }

    const bool limit = underLimit || type == QLatin1String("Limit");
    const QJsonArray children = node.value(QStringLiteral("Plans")).toArray();
    for (const QJsonValue &child : children)
        collectFullScans(child.toObject(), limit, counting, scans);
}

void tst_QueryPlans::plansUseIndexes_data()
{
    QTest::addColumn<Work>("work");
    QTest::addColumn<Statements>("postgresqlStatements");

    QTest::newRow("duplicate check") << Work([this](const QSqlDatabase &db) {
        ChargeService(db, QStringLiteral("tester")).review(request());
    }) << Statements();
    QTest::newRow("commit") << Work([this](const QSqlDatabase &db) {
        ChargeService service(db, QStringLiteral("tester"));
        const ChargeRequest next = request();
        QVERIFY(service.commit(next, service.review(next)).succeeded());
    }) << Statements();
    QTest::newRow("customer charges") << Work([this](const QSqlDatabase &db) {
        ChargeListModel model(db);
        model.setCustomer(m_customerId);
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.rowOfCharge(model.chargeId(0)), 0);
    }) << Statements();

    // The report dialog's list of charge authors, the same as DISTINCT
    // would give.
    QTest::newRow("charge authors") << Work([](const QSqlDatabase &db) {
        QString error;
        const QStringList authors = FilterChoiceRepository(db).chargeAuthors(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // A connection of its own, so that the check is not a statement of
        // the work.
        QStringList distinct;
        {
            QSqlDatabase other = QSqlDatabase::cloneDatabase(db, QStringLiteral("authors-check"));
            QVERIFY(other.open());
            QSqlQuery query(other);
            VERIFY_SQL(query, query.exec(QStringLiteral(
                                  "SELECT DISTINCT created_by FROM charges ORDER BY created_by")));
            while (query.next())
                distinct << query.value(QStringLiteral("created_by")).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("authors-check"));
        QVERIFY(!distinct.isEmpty());
        QCOMPARE(authors, distinct);
    }) << Statements();

    // The customer list's statements: on PostgreSQL the search has its own.
    const auto listed = [](const QString &search, CustomerListQuery::Column column,
                           Qt::SortOrder order) {
        return std::make_pair(
            Work([=](const QSqlDatabase &db) {
                CustomerListModel model(db);
                QVERIFY(model.reload());
                model.setSearchText(search);
                model.sort(column, order);
                QVERIFY(model.rowCount() > 0);
                QVERIFY(model.customerId(0) != 0);
                QVERIFY(model.customerId(model.rowCount() - 1) != 0);
                QVERIFY(model.rowOfCustomer(model.customerId(model.rowCount() / 2)) >= 0);
            }),
            Statements([=](const QSqlDatabase &db) {
                return customerListStatements(db, search, column, order);
            }));
    };
    const auto addList = [&](const char *name, const QString &search,
                             CustomerListQuery::Column column, Qt::SortOrder order) {
        const auto [work, statements] = listed(search, column, order);
        QTest::newRow(name) << work << statements;
    };
    addList("customer list", QString(), CustomerListQuery::Code, Qt::AscendingOrder);
    addList("customer list by company name", QString(), CustomerListQuery::CompanyName,
            Qt::DescendingOrder);
    addList("customer search", QStringLiteral("Futterkiste"), CustomerListQuery::Code,
            Qt::AscendingOrder);
    addList("customer search, several matches", QStringLiteral("ana"), CustomerListQuery::Code,
            Qt::AscendingOrder);
    addList("customer search, one character", QStringLiteral("q"), CustomerListQuery::Code,
            Qt::AscendingOrder);
    addList("customer search, one letter outside ASCII", QStringLiteral("é"),
            CustomerListQuery::Code, Qt::AscendingOrder);
    addList("customer search, two letters, one outside ASCII", QStringLiteral("és"),
            CustomerListQuery::CompanyName, Qt::AscendingOrder);
}

void tst_QueryPlans::plansUseIndexes()
{
    QFETCH(Work, work);
    QFETCH(Statements, postgresqlStatements);
    QStringList statements = record(work);
    QVERIFY2(!statements.isEmpty(), "no statement was recorded");
    if (m_database && postgresqlStatements)
        statements = postgresqlStatements(m_database->db());

    const QSqlDatabase db = m_database ? m_database->db()
                                       : QSqlDatabase::database(RecordingConnection);
    QStringList found;
    for (const QString &statement : statements) {
        const QStringList scans = fullScans(db, statement);
        if (!scans.isEmpty())
            found << QStringLiteral("%1\n    %2").arg(statement, scans.join(QStringLiteral("\n    ")));
    }

    // A term of one or two ASCII characters has no trigram and no entry in
    // customer_search_grams: on SQLite its count and its page read the search
    // text of every customer (about 50 bytes each). PostgreSQL's trigram
    // index still serves the term's ILIKE.
    if (!m_database) {
        QEXPECT_FAIL("customer search, one character",
                     "a one-character term reads the search text of every customer", Continue);
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_QueryPlans)
#include "tst_queryplans.moc"
