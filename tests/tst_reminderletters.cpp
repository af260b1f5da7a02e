#include "agingfixture.h"
#include "letterrecorder.h"
#include "reminderletterquery.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace AgingFixture;

// Reminder letters on a real database: which items a letter lists, its
// totals and the latest earlier letter, and the recording of sent letters
// with their items and audit records, all or nothing.
class tst_ReminderLetters : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsOnlyOverdueItems();
    void itemsOfEveryKind();
    void totalsPerCurrency();
    void customerFilter();
    void noLetterWithoutOverdue();
    void invalidDateFails();
    void recordWritesLettersAndItems();
    void recordShowsAsPreviousLetter();
    void recordIsAllOrNothing();
    void recordRejectsEmptyLetters();
    void recordRejectsFutureDate();

private:
    QList<ReminderLetter> letters(const QList<qint64> &customerIds = {});

    std::unique_ptr<TestDatabase> m_database;
    const QDate m_asOf = QDate(2026, 6, 30);
};

void tst_ReminderLetters::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
}

void tst_ReminderLetters::cleanup()
{
    m_database.reset();
}

QList<ReminderLetter> tst_ReminderLetters::letters(const QList<qint64> &customerIds)
{
    QList<ReminderLetter> result;
    QString error;
    const ReportQueryStatus status = ReminderLetterQuery(m_database->db(), UiLanguage::English)
                                         .run(m_asOf, customerIds, &result, &error);
    if (status != ReportQueryStatus::Completed)
        qWarning("Reminder letter query failed: %s", qPrintable(error));
    return result;
}

// An item due on the letter's date is not overdue yet; one due the day
// before is.
void tst_ReminderLetters::listsOnlyOverdueItems()
{
    QSqlDatabase db = m_database->db();
    const qint64 customer = insertCustomer(db, QStringLiteral("SHHD"),
                                           QStringLiteral("上海华东贸易有限公司"));
    const qint64 yesterday = insertCharge(db, customer, m_asOf.addDays(-1), 1000);
    const qint64 old = insertCharge(db, customer, m_asOf.addDays(-95), 2000);
    QVERIFY(insertCharge(db, customer, m_asOf, 4000));
    QVERIFY(insertCharge(db, customer, m_asOf.addDays(10), 8000));

    const QList<ReminderLetter> result = letters();
    QCOMPARE(result.size(), 1);
    const ReminderLetter &letter = result.constFirst();
    QCOMPARE(letter.customer.id, customer);
    QCOMPARE(letter.customer.companyName, QStringLiteral("上海华东贸易有限公司"));
    QCOMPARE(letter.customer.city, QStringLiteral("上海"));
    QCOMPARE(letter.date, m_asOf);
    QCOMPARE(letter.items.size(), 2);

    // Oldest due date first.
    QCOMPARE(letter.items.at(0).id, old);
    QCOMPARE(letter.items.at(0).daysPastDue(m_asOf), 95);
    QCOMPARE(letter.items.at(1).id, yesterday);
    QCOMPARE(letter.items.at(1).daysPastDue(m_asOf), 1);
    QCOMPARE(letter.maxDaysOverdue(), 95);
    QVERIFY(!letter.previousLetterDate.isValid());
}

void tst_ReminderLetters::itemsOfEveryKind()
{
    QSqlDatabase db = m_database->db();
    const qint64 customer = insertCustomer(db, QStringLiteral("BJHL"),
                                           QStringLiteral("北京华联商贸有限公司"));
    const qint64 bill = insertBill(db, customer, QStringLiteral("BJ-2026-007"),
                                   m_asOf.addDays(-60), 250000);
    const qint64 charge = insertCharge(db, customer, m_asOf.addDays(-40), 20000,
                                       QStringLiteral("CNY"), bill);
    const qint64 planned = insertCharge(db, customer, m_asOf.addDays(-90), 30000);
    const qint64 plan = insertPlan(db, planned);
    const qint64 first = insertInstallment(db, plan, planned, 1, m_asOf.addDays(-20), 15000);
    QVERIFY(insertInstallment(db, plan, planned, 2, m_asOf.addDays(10), 15000));
    const qint64 voided = insertCharge(db, customer, m_asOf.addDays(-30), 777);
    QVERIFY(bill && charge && first && voided);
    QVERIFY(voidCharge(db, voided));

    // Part of the charge is paid, and with it the bill's paid amount.
    QVERIFY(setChargePaid(db, charge, 5000));
    QVERIFY(setBillPaid(db, bill, 5000));

    const QList<ReminderLetter> result = letters();
    QCOMPARE(result.size(), 1);
    const QList<OpenItem> items = result.constFirst().items;
    QCOMPARE(items.size(), 3);

    QCOMPARE(items.at(0).kind, OpenItem::Kind::Bill);
    QCOMPARE(items.at(0).id, bill);
    QCOMPARE(items.at(0).billNo, QStringLiteral("BJ-2026-007"));
    QCOMPARE(items.at(0).open, Money(250000, QStringLiteral("CNY")));

    QCOMPARE(items.at(1).kind, OpenItem::Kind::Charge);
    QCOMPARE(items.at(1).id, charge);
    QCOMPARE(items.at(1).billNo, QStringLiteral("BJ-2026-007"));
    QCOMPARE(items.at(1).amount, Money(20000, QStringLiteral("CNY")));
    QCOMPARE(items.at(1).open, Money(15000, QStringLiteral("CNY")));
    QCOMPARE(items.at(1).feeTypeCode, QStringLiteral("SERVICE"));
    QVERIFY(!items.at(1).feeTypeLabel.isEmpty());

    QCOMPARE(items.at(2).kind, OpenItem::Kind::Installment);
    QCOMPARE(items.at(2).id, first);
    QCOMPARE(items.at(2).chargeId, planned);
    QCOMPARE(items.at(2).installmentSeq, 1);
    QCOMPARE(items.at(2).installmentCount, 2);
    QCOMPARE(items.at(2).open, Money(15000, QStringLiteral("CNY")));
}

void tst_ReminderLetters::totalsPerCurrency()
{
    QSqlDatabase db = m_database->db();
    const qint64 customer = insertCustomer(db, QStringLiteral("ALFKI"),
                                           QStringLiteral("Alfreds Futterkiste"),
                                           QStringLiteral("USD"));
    QVERIFY(insertBill(db, customer, QStringLiteral("10643"), m_asOf.addDays(-3), 81400,
                       QStringLiteral("USD")));
    QVERIFY(insertCharge(db, customer, m_asOf.addDays(-4), 1205, QStringLiteral("USD")));
    QVERIFY(insertCharge(db, customer, m_asOf.addDays(-5), 333));
    QVERIFY(insertCharge(db, customer, m_asOf.addDays(-6), 667));

    const QList<ReminderLetter> result = letters();
    QCOMPARE(result.size(), 1);
    const QList<Money> expected = {Money(1000, QStringLiteral("CNY")),
                                   Money(82605, QStringLiteral("USD"))};
    QCOMPARE(result.constFirst().totals, expected);
}

void tst_ReminderLetters::customerFilter()
{
    QSqlDatabase db = m_database->db();
    const qint64 a = insertCustomer(db, QStringLiteral("AAA"), QStringLiteral("甲公司"));
    const qint64 b = insertCustomer(db, QStringLiteral("BBB"), QStringLiteral("乙公司"));
    QVERIFY(insertCharge(db, a, m_asOf.addDays(-3), 100));
    QVERIFY(insertCharge(db, b, m_asOf.addDays(-3), 200));

    QCOMPARE(letters().size(), 2);
    const QList<ReminderLetter> onlyB = letters({b});
    QCOMPARE(onlyB.size(), 1);
    QCOMPARE(onlyB.constFirst().customer.code, QStringLiteral("BBB"));
}

void tst_ReminderLetters::noLetterWithoutOverdue()
{
    QSqlDatabase db = m_database->db();
    const qint64 customer = insertCustomer(db, QStringLiteral("GOOD"), QStringLiteral("守时客户"));
    const qint64 paid = insertCharge(db, customer, m_asOf.addDays(-3), 100);
    QVERIFY(setChargePaid(db, paid, 100));
    QVERIFY(insertCharge(db, customer, m_asOf.addDays(3), 100));

    QVERIFY(letters().isEmpty());
    QVERIFY(letters({customer}).isEmpty());
}

void tst_ReminderLetters::invalidDateFails()
{
    QList<ReminderLetter> result;
    QString error;
    QCOMPARE(ReminderLetterQuery(m_database->db(), UiLanguage::English)
                 .run(QDate(), {}, &result, &error),
             ReportQueryStatus::Failed);
    QVERIFY(!error.isEmpty());
}

void tst_ReminderLetters::recordWritesLettersAndItems()
{
    QSqlDatabase db = m_database->db();
    // Letters come in the order of company names.
    const qint64 a = insertCustomer(db, QStringLiteral("AAA"), QStringLiteral("Alpha 甲公司"));
    const qint64 b = insertCustomer(db, QStringLiteral("BBB"), QStringLiteral("Beta 乙公司"));
    const qint64 charge = insertCharge(db, a, m_asOf.addDays(-3), 1000);
    QVERIFY(setChargePaid(db, charge, 250));
    const qint64 bill = insertBill(db, b, QStringLiteral("B-1"), m_asOf.addDays(-40), 5000);
    QVERIFY(insertCharge(db, b, m_asOf.addDays(-2), 300));
    QVERIFY(bill);

    QList<qint64> ids;
    QString error;
    QVERIFY2(LetterRecorder(db, QStringLiteral("wang")).record(letters(), &ids, &error),
             qPrintable(error));
    QCOMPARE(ids.size(), 2);

    QSqlQuery query(db);
    VERIFY_SQL(query, query.prepare(QStringLiteral(
                          "SELECT customer_id, letter_date, created_by FROM reminder_letters "
                          "WHERE id = ?")));
    query.addBindValue(ids.at(0));
    VERIFY_SQL(query, query.exec());
    QVERIFY(query.next());
    QCOMPARE(query.value(QStringLiteral("customer_id")).toLongLong(), a);
    QCOMPARE(query.value(QStringLiteral("letter_date")).toString(), QStringLiteral("2026-06-30"));
    QCOMPARE(query.value(QStringLiteral("created_by")).toString(), QStringLiteral("wang"));

    VERIFY_SQL(query, query.prepare(QStringLiteral(
                          "SELECT item_kind, item_id, due_date, outstanding_minor, currency "
                          "FROM reminder_letter_items WHERE letter_id = ? ORDER BY due_date")));
    query.addBindValue(ids.at(0));
    VERIFY_SQL(query, query.exec());
    QVERIFY(query.next());
    QCOMPARE(query.value(QStringLiteral("item_kind")).toString(), QStringLiteral("charge"));
    QCOMPARE(query.value(QStringLiteral("item_id")).toLongLong(), charge);
    QCOMPARE(query.value(QStringLiteral("due_date")).toString(), QStringLiteral("2026-06-27"));
    QCOMPARE(query.value(QStringLiteral("outstanding_minor")).toLongLong(), 750);
    QCOMPARE(query.value(QStringLiteral("currency")).toString(), QStringLiteral("CNY"));
    QVERIFY(!query.next());

    query.bindValue(0, ids.at(1));
    VERIFY_SQL(query, query.exec());
    QStringList kinds;
    while (query.next())
        kinds << query.value(QStringLiteral("item_kind")).toString();
    QCOMPARE(kinds, QStringList({QStringLiteral("bill"), QStringLiteral("charge")}));

    // One audit record per letter, naming its customer and items.
    VERIFY_SQL(query, query.exec(QStringLiteral(
                          "SELECT entity_id, actor, details FROM audit_log "
                          "WHERE action = 'reminder_letter.record' ORDER BY entity_id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(QStringLiteral("entity_id")).toLongLong(), ids.at(0));
    QCOMPARE(query.value(QStringLiteral("actor")).toString(), QStringLiteral("wang"));
    const QJsonObject details
        = QJsonDocument::fromJson(query.value(QStringLiteral("details")).toByteArray()).object();
    QCOMPARE(details.value(QStringLiteral("customer_id")).toInteger(), a);
    QCOMPARE(details.value(QStringLiteral("item_count")).toInt(), 1);
    QVERIFY(query.next());
    QCOMPARE(query.value(QStringLiteral("entity_id")).toLongLong(), ids.at(1));
    QVERIFY(!query.next());
}

void tst_ReminderLetters::recordShowsAsPreviousLetter()
{
    QSqlDatabase db = m_database->db();
    const qint64 customer = insertCustomer(db, QStringLiteral("AAA"), QStringLiteral("甲公司"));
    QVERIFY(insertCharge(db, customer, m_asOf.addDays(-60), 1000));

    QList<ReminderLetter> first;
    QString error;
    QVERIFY(ReminderLetterQuery(db, UiLanguage::English)
                .run(m_asOf.addDays(-30), {}, &first, &error)
            == ReportQueryStatus::Completed);
    QVERIFY2(LetterRecorder(db, QStringLiteral("li")).record(first, nullptr, &error),
             qPrintable(error));

    const QList<ReminderLetter> second = letters();
    QCOMPARE(second.size(), 1);
    QCOMPARE(second.constFirst().previousLetterDate, m_asOf.addDays(-30));
}

// The second letter names a customer the database lacks, so its insert
// fails, and the first letter of the batch is rolled back with it.
void tst_ReminderLetters::recordIsAllOrNothing()
{
    QSqlDatabase db = m_database->db();
    const qint64 customer = insertCustomer(db, QStringLiteral("AAA"), QStringLiteral("甲公司"));
    QVERIFY(insertCharge(db, customer, m_asOf.addDays(-3), 1000));
    QList<ReminderLetter> batch = letters();
    QCOMPARE(batch.size(), 1);
    ReminderLetter unknown = batch.constFirst();
    unknown.customer.id = customer + 1000;
    batch << unknown;

    QString error;
    QVERIFY(!LetterRecorder(db, QStringLiteral("li")).record(batch, nullptr, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM reminder_letters")), 0);
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM reminder_letter_items")), 0);
    QCOMPARE(m_database->scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM audit_log WHERE entity = 'reminder_letter'")),
             0);
}

void tst_ReminderLetters::recordRejectsEmptyLetters()
{
    QSqlDatabase db = m_database->db();
    QString error;
    QVERIFY(!LetterRecorder(db, QStringLiteral("li")).record({}, nullptr, &error));
    QVERIFY(!error.isEmpty());

    const qint64 customer = insertCustomer(db, QStringLiteral("AAA"), QStringLiteral("甲公司"));
    ReminderLetter letter;
    letter.customer.id = customer;
    letter.customer.code = QStringLiteral("AAA");
    letter.date = m_asOf;
    error.clear();
    QVERIFY(!LetterRecorder(db, QStringLiteral("li")).record({letter}, nullptr, &error));
    QVERIFY(error.contains(QStringLiteral("AAA")));
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM reminder_letters")), 0);
}

void tst_ReminderLetters::recordRejectsFutureDate()
{
    QSqlDatabase db = m_database->db();
    const qint64 customer = insertCustomer(db, QStringLiteral("AAA"), QStringLiteral("甲公司"));
    QVERIFY(insertCharge(db, customer, m_asOf.addDays(-3), 1000));

    // A letter dated tomorrow has not been sent yet; one dated today has.
    for (const int daysAhead : {1, 0}) {
        const QDate date = QDate::currentDate().addDays(daysAhead);
        QList<ReminderLetter> dated = letters();
        QCOMPARE(dated.size(), 1);
        dated[0].date = date;
        QString error;
        const bool recorded = LetterRecorder(db, QStringLiteral("li")).record(dated, nullptr,
                                                                               &error);
        QCOMPARE(recorded, daysAhead == 0);
        if (!recorded)
            QVERIFY2(error.contains(QLatin1String("after today")), qPrintable(error));
    }
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM reminder_letters")), 1);
}

QTEST_GUILESS_MAIN(tst_ReminderLetters)
#include "tst_reminderletters.moc"
