#include "reminderfixture.h"
#include "testsupport.h"

#include "calendarclock.h"
#include "contactlog.h"
#include "database.h"
#include "reminderannouncer.h"
#include "reminderquery.h"
#include "remindersnoozer.h"
#include "remindersummary.h"
#include "translations.h"

#include <QSqlQuery>
#include <QtTest>

using namespace ReminderFixture;

// ReminderQuery, ReminderAnnouncer and CalendarClock against a real SQLite
// file: which open items are listed on which local day, the steps, the
// hiding by snoozes and contacts, and announcing each step once.
class tst_Reminders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void todayFollowsLocalZone_data();
    void todayFollowsLocalZone();
    void windowBoundaries_data();
    void windowBoundaries();
    void windowDaysOutOfRange();
    void paidItemsDisappear();
    void voidChargesNotListed();
    void installmentItems();
    void cancelledPlanListsCharge();
    void sortedOverdueFirst();
    void mostUrgentItemsStopAtLimit();
    void snoozeHidesUntilDate();
    void latestSnoozeCounts();
    void contactHidesUntilNextStep_data();
    void contactHidesUntilNextStep();
    void contactedItemReturns();
    void installmentContactHidesOnlyIt();
    void queryUsesDueIndexes();
    void stepTexts_data();
    void stepTexts();
    void summaryText();

    void announceOncePerStep();
    void announceCatchUpAfterGap();
    void announceItemDueWhileClosed();
    void announceTwoConnections();
    void announcePerRecipient();
    void announceSkipsHiddenItems();

private:
    QList<ReminderItem> dueItems(const QDate &today, int windowDays = 7) const;
    QSqlDatabase db() const { return m_database->db(); }

    std::unique_ptr<TestDatabase> m_database;
    qint64 m_customerId = 0;
    qint64 m_otherCustomerId = 0;
};

namespace {

const QDate Today(2026, 5, 11);

// An instant at which the local date is 2026-05-11 in UTC+14 (01:00),
// 2026-05-10 in UTC (11:00) and 2026-05-09 in UTC-12 (23:00).
const QDateTime Instant(QDate(2026, 5, 10), QTime(11, 0), Qt::UTC);

QString itemKey(const ReminderItem &item)
{
    return OpenItem::kindName(item.item.kind) + QLatin1Char(':') + QString::number(item.item.id);
}

QStringList itemKeys(const QList<ReminderItem> &items)
{
    QStringList keys;
    for (const ReminderItem &item : items)
        keys << itemKey(item);
    return keys;
}

QString chargeKey(qint64 id)
{
    return QStringLiteral("charge:%1").arg(id);
}

QString installmentKey(qint64 id)
{
    return QStringLiteral("installment:%1").arg(id);
}

} // namespace

void tst_Reminders::initTestCase()
{
    Translations::apply(UiLanguage::English);
}

void tst_Reminders::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
    m_customerId = insertCustomer(db(), QStringLiteral("HUALIAN"),
                                  QStringLiteral("北京华联商贸有限公司"));
    m_otherCustomerId = insertCustomer(db(), QStringLiteral("ALFKI"),
                                       QStringLiteral("Alfreds Futterkiste"));
    QVERIFY(m_customerId > 0);
    QVERIFY(m_otherCustomerId > 0);
}

void tst_Reminders::cleanup()
{
    m_database.reset();
}

QList<ReminderItem> tst_Reminders::dueItems(const QDate &today, int windowDays) const
{
    QString error;
    const QList<ReminderItem> items =
        ReminderQuery(db(), UiLanguage::English).dueItems(today, windowDays, &error);
    if (!error.isEmpty())
        qWarning() << error;
    return items;
}

void tst_Reminders::todayFollowsLocalZone_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("UTC+14") << QByteArray("Pacific/Kiritimati") << QDate(2026, 5, 11);
    QTest::newRow("UTC") << QByteArray("UTC") << QDate(2026, 5, 10);
    QTest::newRow("UTC-12") << QByteArray("Etc/GMT+12") << QDate(2026, 5, 9);
}

void tst_Reminders::todayFollowsLocalZone()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, expected);

    const TimeZoneGuard guard(zone);
    const CalendarClock clock = CalendarClock::fixedAt(Instant);
    QCOMPARE(clock.now(), Instant);
    QCOMPARE(clock.today(), expected);
}

void tst_Reminders::windowBoundaries_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("localToday"); // the date at Instant in zone
    QTest::addColumn<int>("dueOffset");    // days from localToday
    QTest::addColumn<bool>("listed");
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("daysPastDue");

    const int soon = int(ReminderStep::DueSoon);
    const int today = int(ReminderStep::DueToday);
    const int overdue = int(ReminderStep::Overdue);
    const int window = 7;
    const QList<QPair<const char *, QDate>> zones = {
        {"Pacific/Kiritimati", QDate(2026, 5, 11)},
        {"Etc/GMT+12", QDate(2026, 5, 9)},
    };
    for (const auto &[zone, date] : zones) {
        const QByteArray name(zone);
        QTest::addRow("%s yesterday", zone) << name << date << -1 << true << overdue << 1;
        QTest::addRow("%s today", zone) << name << date << 0 << true << today << 0;
        QTest::addRow("%s tomorrow", zone) << name << date << 1 << true << soon << -1;
        QTest::addRow("%s today+N", zone) << name << date << window << true << soon << -window;
        QTest::addRow("%s today+N+1", zone) << name << date << window + 1 << false << soon << 0;
    }
}

// The local calendar date decides, never the UTC date. At Instant the UTC
// date is a day earlier than in UTC+14 and a day later than in UTC-12, so
// by the UTC date every row would be off by one day.
void tst_Reminders::windowBoundaries()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, localToday);
    QFETCH(int, dueOffset);
    QFETCH(bool, listed);
    QFETCH(int, step);
    QFETCH(int, daysPastDue);

    const qint64 chargeId = insertCharge(db(), m_customerId, localToday.addDays(dueOffset));
    QVERIFY(chargeId > 0);

    const TimeZoneGuard guard(zone);
    const CalendarClock clock = CalendarClock::fixedAt(Instant);
    const QList<ReminderItem> items = dueItems(clock.today(), 7);
    QCOMPARE(items.size(), listed ? 1 : 0);
    if (!listed)
        return;
    QCOMPARE(items.constFirst().item.id, chargeId);
    QCOMPARE(int(items.constFirst().step), step);
    QCOMPARE(items.constFirst().daysPastDue, qint64(daysPastDue));
}

void tst_Reminders::windowDaysOutOfRange()
{
    QVERIFY(insertCharge(db(), m_customerId, Today) > 0);
    ReminderQuery query(db(), UiLanguage::English);

    QString error;
    QVERIFY(query.dueItems(Today, -1, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("-1")), qPrintable(error));

    error.clear();
    QVERIFY(query.dueItems(Today, 91, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("91")), qPrintable(error));

    error.clear();
    QCOMPARE(query.dueItems(Today, 0, &error).size(), 1);
    QCOMPARE(query.dueItems(Today, 90, &error).size(), 1);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_Reminders::paidItemsDisappear()
{
    const qint64 chargeId = insertCharge(db(), m_customerId, Today, 10000);
    QVERIFY(setChargePaid(db(), chargeId, 2550));

    QList<ReminderItem> items = dueItems(Today);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.constFirst().item.open, Money(7450, QStringLiteral("CNY")));
    QCOMPARE(items.constFirst().item.amount, Money(10000, QStringLiteral("CNY")));

    QVERIFY(setChargePaid(db(), chargeId, 10000));
    QVERIFY(dueItems(Today).isEmpty());
}

void tst_Reminders::voidChargesNotListed()
{
    const qint64 chargeId = insertCharge(db(), m_customerId, Today);
    QVERIFY(voidCharge(db(), chargeId));
    QVERIFY(dueItems(Today).isEmpty());
}

void tst_Reminders::installmentItems()
{
    const qint64 chargeId = insertCharge(db(), m_customerId, Today.addDays(-30), 30000);
    const qint64 planId = insertPlan(db(), chargeId);
    const qint64 first = insertInstallment(db(), planId, chargeId, 1, Today.addDays(-2), 10000);
    const qint64 second = insertInstallment(db(), planId, chargeId, 2, Today.addDays(5), 10000);
    const qint64 third = insertInstallment(db(), planId, chargeId, 3, Today.addDays(35), 10000);
    QVERIFY(first > 0 && second > 0 && third > 0);

    // The charge is listed through its installments, each with its own due date.
    QList<ReminderItem> items = dueItems(Today);
    QCOMPARE(itemKeys(items), QStringList({installmentKey(first), installmentKey(second)}));
    const ReminderItem &item = items.constLast();
    QCOMPARE(item.item.chargeId, chargeId);
    QCOMPARE(item.item.installmentSeq, 2);
    QCOMPARE(item.item.installmentCount, 3);
    QCOMPARE(item.item.dueDate, Today.addDays(5));
    QCOMPARE(item.step, ReminderStep::DueSoon);
    QCOMPARE(item.item.feeTypeLabel, QStringLiteral("Service fee"));
    QCOMPARE(item.description(),
             QStringLiteral("Installment 2 of 3, charge %1, Service fee").arg(chargeId));

    QVERIFY(setInstallmentPaid(db(), first, 4000));
    items = dueItems(Today);
    QCOMPARE(items.constFirst().item.open, Money(6000, QStringLiteral("CNY")));

    QVERIFY(setInstallmentPaid(db(), first, 10000));
    QCOMPARE(itemKeys(dueItems(Today)), QStringList({installmentKey(second)}));
}

void tst_Reminders::cancelledPlanListsCharge()
{
    const qint64 chargeId = insertCharge(db(), m_customerId, Today.addDays(-3), 20000);
    const qint64 planId = insertPlan(db(), chargeId);
    const qint64 installmentId =
        insertInstallment(db(), planId, chargeId, 1, Today.addDays(1), 20000);
    QCOMPARE(itemKeys(dueItems(Today)), QStringList({installmentKey(installmentId)}));

    QVERIFY(cancelPlan(db(), planId));
    const QList<ReminderItem> items = dueItems(Today);
    QCOMPARE(itemKeys(items), QStringList({chargeKey(chargeId)}));
    QCOMPARE(items.constFirst().step, ReminderStep::Overdue);
}

void tst_Reminders::sortedOverdueFirst()
{
    const qint64 soon = insertCharge(db(), m_customerId, Today.addDays(3));
    const qint64 today = insertCharge(db(), m_otherCustomerId, Today);
    const qint64 overdue = insertCharge(db(), m_customerId, Today.addDays(-1));
    const qint64 oldest = insertCharge(db(), m_otherCustomerId, Today.addDays(-20));

    const QList<ReminderItem> items = dueItems(Today);
    QCOMPARE(itemKeys(items), QStringList({chargeKey(oldest), chargeKey(overdue),
                                           chargeKey(today), chargeKey(soon)}));
    QCOMPARE(items.at(0).step, ReminderStep::Overdue);
    QCOMPARE(items.at(0).daysPastDue, 20);
    QCOMPARE(items.at(2).step, ReminderStep::DueToday);
    QCOMPARE(items.at(3).step, ReminderStep::DueSoon);
}

// The Reminders panel lists only the most urgent items: the first ones of
// the full list, in its order, with snoozed ones skipped, however far it
// has to read past them.
void tst_Reminders::mostUrgentItemsStopAtLimit()
{
    QList<qint64> charges;
    for (int day = 0; day < 12; ++day)
        charges << insertCharge(db(), day % 2 ? m_customerId : m_otherCustomerId,
                                Today.addDays(-30 + day * 2));
    ReminderSnoozer snoozer(db(), QStringLiteral("tester"), CalendarClock::fixedOnDate(Today));
    for (int snoozed = 0; snoozed < 9; ++snoozed) {
        QVERIFY(snoozer.snooze(OpenItem::Kind::Charge, charges.at(snoozed), Today.addDays(5),
                               QString()).ok);
    }

    const QList<ReminderItem> all = dueItems(Today);
    QCOMPARE(all.size(), 3);

    const ReminderQuery query(db(), UiLanguage::English);
    bool more = false;
    QString error;
    QList<ReminderItem> items = query.mostUrgentItems(Today, 7, 2, &more, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(itemKeys(items), itemKeys(all.mid(0, 2)));
    QVERIFY(more);

    items = query.mostUrgentItems(Today, 7, 3, &more, &error);
    QCOMPARE(itemKeys(items), itemKeys(all));
    QVERIFY(!more);

    items = query.mostUrgentItems(Today, 7, 500, &more, &error);
    QCOMPARE(itemKeys(items), itemKeys(all));
    QVERIFY(!more);
}

void tst_Reminders::snoozeHidesUntilDate()
{
    const qint64 chargeId = insertCharge(db(), m_customerId, Today.addDays(-4));
    ReminderSnoozer snoozer(db(), QStringLiteral("tester"), CalendarClock::fixedOnDate(Today));
    const ReminderSnoozer::Result result =
        snoozer.snooze(OpenItem::Kind::Charge, chargeId, Today.addDays(3), QString());
    QVERIFY2(result.ok, qPrintable(result.errorMessage));

    QVERIFY(dueItems(Today).isEmpty());
    QVERIFY(dueItems(Today.addDays(2)).isEmpty());
    QCOMPARE(itemKeys(dueItems(Today.addDays(3))), QStringList({chargeKey(chargeId)}));
}

void tst_Reminders::latestSnoozeCounts()
{
    const qint64 chargeId = insertCharge(db(), m_customerId, Today);
    ReminderSnoozer snoozer(db(), QStringLiteral("tester"), CalendarClock::fixedOnDate(Today));
    QVERIFY(snoozer.snooze(OpenItem::Kind::Charge, chargeId, Today.addDays(10), QString()).ok);
    QVERIFY(snoozer.snooze(OpenItem::Kind::Charge, chargeId, Today.addDays(2), QString()).ok);

    QVERIFY(dueItems(Today.addDays(1)).isEmpty());
    QCOMPARE(itemKeys(dueItems(Today.addDays(2))), QStringList({chargeKey(chargeId)}));
}

void tst_Reminders::contactHidesUntilNextStep_data()
{
    QTest::addColumn<int>("contactOffset"); // days from the due date
    QTest::addColumn<int>("checkOffset");   // days from the due date
    QTest::addColumn<bool>("hidden");

    QTest::newRow("soon, checked soon") << -5 << -1 << true;
    QTest::newRow("soon, checked on due date") << -5 << 0 << false;
    QTest::newRow("on due date, checked same day") << 0 << 0 << true;
    QTest::newRow("on due date, checked next day") << 0 << 1 << false;
    QTest::newRow("overdue, checked 6 days later") << 3 << 9 << true;
    QTest::newRow("overdue, checked 7 days later") << 3 << 10 << false;
    QTest::newRow("soon, checked overdue") << -2 << 4 << false;
}

void tst_Reminders::contactHidesUntilNextStep()
{
    QFETCH(int, contactOffset);
    QFETCH(int, checkOffset);
    QFETCH(bool, hidden);

    const QDate due = Today;
    QCOMPARE(ReminderQuery::hiddenByContact(due, due.addDays(contactOffset),
                                            due.addDays(checkOffset)),
             hidden);
}

void tst_Reminders::contactedItemReturns()
{
    const qint64 chargeId = insertCharge(db(), m_customerId, Today.addDays(3));
    const QDate contactDay = Today;
    ContactLog log(db(), QStringLiteral("tester"), CalendarClock::fixedOnDate(contactDay));
    const ContactLog::Result result = log.markContacted(
        OpenItem::Kind::Charge, chargeId, contactDay, QStringLiteral("Pays on Thursday"));
    QVERIFY2(result.ok, qPrintable(result.errorMessage));

    // Hidden while due soon, back on the due date, hidden again after a
    // contact that day, back when overdue, then 7 days after each contact.
    QVERIFY(dueItems(Today).isEmpty());
    QVERIFY(dueItems(Today.addDays(2)).isEmpty());
    QCOMPARE(dueItems(Today.addDays(3)).size(), 1);

    ContactLog later(db(), QStringLiteral("tester"), CalendarClock::fixedOnDate(Today.addDays(3)));
    QVERIFY(later.markContacted(OpenItem::Kind::Charge, chargeId, Today.addDays(3),
                                QStringLiteral("Promised again"))
                .ok);
    QVERIFY(dueItems(Today.addDays(3)).isEmpty());
    QCOMPARE(dueItems(Today.addDays(4)).size(), 1);

    ContactLog overdue(db(), QStringLiteral("tester"),
                       CalendarClock::fixedOnDate(Today.addDays(5)));
    QVERIFY(overdue.markContacted(OpenItem::Kind::Charge, chargeId, Today.addDays(5),
                                  QStringLiteral("Left a message"))
                .ok);
    QVERIFY(dueItems(Today.addDays(11)).isEmpty());
    QCOMPARE(dueItems(Today.addDays(12)).size(), 1);
}

void tst_Reminders::installmentContactHidesOnlyIt()
{
    const qint64 chargeId = insertCharge(db(), m_customerId, Today, 20000);
    const qint64 planId = insertPlan(db(), chargeId);
    const qint64 first = insertInstallment(db(), planId, chargeId, 1, Today, 10000);
    const qint64 second = insertInstallment(db(), planId, chargeId, 2, Today.addDays(2), 10000);

    ContactLog log(db(), QStringLiteral("tester"), CalendarClock::fixedOnDate(Today));
    QVERIFY(log.markContacted(OpenItem::Kind::Installment, first, Today,
                              QStringLiteral("Transfer sent"))
                .ok);
    QCOMPARE(itemKeys(dueItems(Today)), QStringList({installmentKey(second)}));
}

void tst_Reminders::queryUsesDueIndexes()
{
    SKIP_ON_POSTGRESQL("reads SQLite's EXPLAIN QUERY PLAN; PostgreSQL chooses indexes by "
                       "table statistics, and scans tables this small whole");
    const QString statement = ReminderQuery(db(), UiLanguage::English).dueItemsStatement();
    QSqlQuery query(db());
    VERIFY_SQL(query, query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statement));
    query.bindValue(QStringLiteral(":last_due_charge"), QStringLiteral("2026-05-18"));
    query.bindValue(QStringLiteral(":last_due_installment"), QStringLiteral("2026-05-18"));
    VERIFY_SQL(query, query.exec());

    QStringList plan;
    while (query.next())
        plan << query.value(QStringLiteral("detail")).toString();
    const QString text = plan.join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QLatin1String("charges_open_due")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("installments_due")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("reminder_snoozes_item")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("customer_contacts_item")), qPrintable(text));
}

void tst_Reminders::stepTexts_data()
{
    QTest::addColumn<int>("dueOffset");
    QTest::addColumn<QString>("expected");

    // The English plural forms come from the translation, so the expected
    // texts are translated the same way.
    const auto text = [](const char *source, int n) {
        return QCoreApplication::translate("ReminderItem", source, nullptr, n);
    };
    QTest::newRow("in 3 days") << 3 << text("Due in %n day(s)", 3);
    QTest::newRow("in 1 day") << 1 << text("Due in %n day(s)", 1);
    QTest::newRow("today") << 0 << QStringLiteral("Due today");
    QTest::newRow("1 day overdue") << -1 << text("Overdue %n day(s)", 1);
    QTest::newRow("12 days overdue") << -12 << text("Overdue %n day(s)", 12);
}

void tst_Reminders::stepTexts()
{
    QFETCH(int, dueOffset);
    QFETCH(QString, expected);

    OpenItem item;
    item.dueDate = Today.addDays(dueOffset);
    const QString text = ReminderItem::on(item, Today).stepText();
    QCOMPARE(text, expected);
    QVERIFY2(text.contains(QString::number(qAbs(dueOffset))) || dueOffset == 0, qPrintable(text));
}

void tst_Reminders::summaryText()
{
    const QList<QPair<QString, int>> entries = {
        {QStringLiteral("Around the Horn"), -3}, {QStringLiteral("Alfreds Futterkiste"), 0},
        {QStringLiteral("Around the Horn"), 0},  {QStringLiteral("Berglunds snabbköp"), 0},
        {QStringLiteral("Ernst Handel"), 2},     {QStringLiteral("Folk och fä HB"), 4},
    };
    QList<ReminderItem> items;
    for (const auto &[name, offset] : entries) {
        OpenItem item;
        item.customerName = name;
        item.dueDate = Today.addDays(offset);
        items << ReminderItem::on(item, Today);
    }

    const auto text = [](const char *source, int n) {
        return QCoreApplication::translate("ReminderSummary", source, nullptr, n);
    };
    const QLocale locale;
    QCOMPARE(ReminderSummary::countsText(items),
             locale.createSeparatedList({text("%n item(s) due today", 3),
                                         text("%n overdue", 1), text("%n due soon", 2)}));
    QCOMPARE(ReminderSummary::namesText(items),
             locale.createSeparatedList({QStringLiteral("Around the Horn"),
                                         QStringLiteral("Alfreds Futterkiste"),
                                         QStringLiteral("Berglunds snabbköp"),
                                         text("%n more", 2)}));
    QCOMPARE(ReminderSummary::countsText(items.mid(0, 1)), text("%n item(s) overdue", 1));
    QCOMPARE(ReminderSummary::text(items.mid(4, 1)),
             text("%n item(s) due soon", 1) + QStringLiteral(": Ernst Handel"));
    QVERIFY(ReminderSummary::text({}).isEmpty());
}

void tst_Reminders::announceOncePerStep()
{
    const qint64 chargeId = insertCharge(db(), m_customerId, Today.addDays(1));
    ReminderAnnouncer announcer(db(), QStringLiteral("alice"), UiLanguage::English);

    QString error;
    QList<ReminderItem> announced = announcer.announce(Today, 7, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(itemKeys(announced), QStringList({chargeKey(chargeId)}));
    QCOMPARE(announced.constFirst().step, ReminderStep::DueSoon);
    QVERIFY(announcer.announce(Today, 7).isEmpty());

    // Each later step once.
    announced = announcer.announce(Today.addDays(1), 7);
    QCOMPARE(announced.size(), 1);
    QCOMPARE(announced.constFirst().step, ReminderStep::DueToday);
    QVERIFY(announcer.announce(Today.addDays(1), 7).isEmpty());

    announced = announcer.announce(Today.addDays(2), 7);
    QCOMPARE(announced.size(), 1);
    QCOMPARE(announced.constFirst().step, ReminderStep::Overdue);
    QVERIFY(announcer.announce(Today.addDays(3), 7).isEmpty());
    QVERIFY(announcer.announce(Today.addDays(30), 7).isEmpty());

    QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM reminder_announcements")),
             3);
}

void tst_Reminders::announceCatchUpAfterGap()
{
    const qint64 chargeId = insertCharge(db(), m_customerId, Today.addDays(3));
    ReminderAnnouncer announcer(db(), QStringLiteral("alice"), UiLanguage::English);
    QCOMPARE(announcer.announce(Today, 7).size(), 1);

    // The program was closed from the day before the due date until two
    // days after it: one announcement, as overdue.
    const QList<ReminderItem> announced = announcer.announce(Today.addDays(5), 7);
    QCOMPARE(itemKeys(announced), QStringList({chargeKey(chargeId)}));
    QCOMPARE(announced.constFirst().step, ReminderStep::Overdue);
    QCOMPARE(announced.constFirst().daysPastDue, 2);
    QVERIFY(announcer.announce(Today.addDays(5), 7).isEmpty());
    QVERIFY(announcer.announce(Today.addDays(6), 7).isEmpty());

    QSqlQuery query(db());
    VERIFY_SQL(query, query.exec(QStringLiteral(
                          "SELECT step FROM reminder_announcements ORDER BY id")));
    QStringList steps;
    while (query.next())
        steps << query.value(QStringLiteral("step")).toString();
    QCOMPARE(steps, QStringList({QStringLiteral("due_soon"), QStringLiteral("overdue")}));
}

void tst_Reminders::announceItemDueWhileClosed()
{
    // Entered and fallen due while the program was not running.
    const qint64 chargeId = insertCharge(db(), m_customerId, Today.addDays(-5));
    ReminderAnnouncer announcer(db(), QStringLiteral("alice"), UiLanguage::English);

    const QList<ReminderItem> announced = announcer.announce(Today, 7);
    QCOMPARE(itemKeys(announced), QStringList({chargeKey(chargeId)}));
    QCOMPARE(announced.constFirst().step, ReminderStep::Overdue);
    QVERIFY(announcer.announce(Today, 7).isEmpty());
}

void tst_Reminders::announceTwoConnections()
{
    const qint64 chargeId = insertCharge(db(), m_customerId, Today);
    QString error;
    const QString secondName = QStringLiteral("second window");
    QVERIFY2(Database::open(m_database->path(), secondName, &error), qPrintable(error));
    const auto closeSecond = qScopeGuard([&] { Database::close(secondName); });

    ReminderAnnouncer first(db(), QStringLiteral("alice"), UiLanguage::English);
    ReminderAnnouncer second(QSqlDatabase::database(secondName), QStringLiteral("alice"),
                             UiLanguage::English);

    QCOMPARE(itemKeys(first.announce(Today, 7, &error)), QStringList({chargeKey(chargeId)}));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(second.announce(Today, 7, &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // A restart is a new announcer on a new connection.
    ReminderAnnouncer restarted(QSqlDatabase::database(secondName), QStringLiteral("alice"),
                                UiLanguage::English);
    QVERIFY(restarted.announce(Today, 7).isEmpty());
}

void tst_Reminders::announcePerRecipient()
{
    insertCharge(db(), m_customerId, Today);
    ReminderAnnouncer alice(db(), QStringLiteral("alice"), UiLanguage::English);
    ReminderAnnouncer bob(db(), QStringLiteral("bob"), UiLanguage::English);

    QCOMPARE(alice.announce(Today, 7).size(), 1);
    QCOMPARE(bob.announce(Today, 7).size(), 1);
    QVERIFY(alice.announce(Today, 7).isEmpty());
}

void tst_Reminders::announceSkipsHiddenItems()
{
    const qint64 snoozed = insertCharge(db(), m_customerId, Today);
    const qint64 visible = insertCharge(db(), m_otherCustomerId, Today);
    ReminderSnoozer snoozer(db(), QStringLiteral("tester"), CalendarClock::fixedOnDate(Today));
    QVERIFY(snoozer.snooze(OpenItem::Kind::Charge, snoozed, Today.addDays(2), QString()).ok);

    ReminderAnnouncer announcer(db(), QStringLiteral("alice"), UiLanguage::English);
    QCOMPARE(itemKeys(announcer.announce(Today, 7)), QStringList({chargeKey(visible)}));

    // Back after the snooze, in the step it is in then; the other item
    // has moved on to overdue. ALFKI sorts before HUALIAN.
    const QList<ReminderItem> announced = announcer.announce(Today.addDays(2), 7);
    QCOMPARE(itemKeys(announced), QStringList({chargeKey(visible), chargeKey(snoozed)}));
    QCOMPARE(announced.at(0).step, ReminderStep::Overdue);
    QCOMPARE(announced.at(1).step, ReminderStep::Overdue);
}

QTEST_GUILESS_MAIN(tst_Reminders)
#include "tst_reminders.moc"
