#include "reminderfixture.h"
#include "testsupport.h"

#include "calendarclock.h"
#include "contactlog.h"
#include "remindersettings.h"
#include "remindersnoozer.h"
#include "translations.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSqlQuery>
#include <QtTest>

using namespace ReminderFixture;

// ContactLog, ReminderSnoozer and ReminderSettings against a real SQLite
// file: the rows and audit records written, the checks with the field and
// value in each message, and that a failed write leaves nothing.
class tst_ContactLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void markChargeContacted();
    void markInstallmentContacted();
    void addGeneralContact();
    void rejectInvalidContact_data();
    void rejectInvalidContact();
    void contactsLatestFirst();
    void failedAuditWritesNothing();

    void snoozeWritesRowAndAudit();
    void rejectInvalidSnooze_data();
    void rejectInvalidSnooze();

    void windowDaysSetting_data();
    void windowDaysSetting();

private:
    QSqlDatabase db() const { return m_database->db(); }
    qint64 count(const QString &table) const
    {
        return m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    }

    std::unique_ptr<TestDatabase> m_database;
    QTemporaryDir m_settingsDir;
    qint64 m_customerId = 0;
    qint64 m_chargeId = 0;
    qint64 m_voidChargeId = 0;
    qint64 m_installmentId = 0;
    qint64 m_planChargeId = 0;
};

namespace {

const QDate Today(2026, 5, 11);

CalendarClock todayClock()
{
    return CalendarClock::fixedOnDate(Today);
}

} // namespace

void tst_ContactLog::initTestCase()
{
    Translations::apply(UiLanguage::English);
    QVERIFY(m_settingsDir.isValid());
}

void tst_ContactLog::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
    m_customerId = insertCustomer(db(), QStringLiteral("HUALIAN"),
                                  QStringLiteral("北京华联商贸有限公司"));
    m_chargeId = insertCharge(db(), m_customerId, Today.addDays(-3));
    m_voidChargeId = insertCharge(db(), m_customerId, Today);
    QVERIFY(voidCharge(db(), m_voidChargeId));
    m_planChargeId = insertCharge(db(), m_customerId, Today, 20000);
    const qint64 planId = insertPlan(db(), m_planChargeId);
    insertInstallment(db(), planId, m_planChargeId, 1, Today, 10000);
    m_installmentId = insertInstallment(db(), planId, m_planChargeId, 2, Today.addDays(30),
                                        10000);
    QVERIFY(m_chargeId > 0);
    QVERIFY(m_installmentId > 0);
}

void tst_ContactLog::cleanup()
{
    m_database.reset();
}

void tst_ContactLog::markChargeContacted()
{
    ContactLog log(db(), QStringLiteral("alice"), todayClock());
    const ContactLog::Result result = log.markContacted(
        OpenItem::Kind::Charge, m_chargeId, Today, QStringLiteral("  Pays on Friday  "));
    QVERIFY2(result.ok, qPrintable(result.errorMessage));
    QVERIFY(result.contactId > 0);

    QSqlQuery query(db());
    VERIFY_SQL(query, query.exec(QStringLiteral(
                          "SELECT customer_id, charge_id, installment_id, contacted_on, note, "
                          "created_by FROM customer_contacts")));
    QVERIFY(query.next());
    QCOMPARE(query.value(QStringLiteral("customer_id")).toLongLong(), m_customerId);
    QCOMPARE(query.value(QStringLiteral("charge_id")).toLongLong(), m_chargeId);
    QVERIFY(query.value(QStringLiteral("installment_id")).isNull());
    QCOMPARE(query.value(QStringLiteral("contacted_on")).toString(),
             QStringLiteral("2026-05-11"));
    QCOMPARE(query.value(QStringLiteral("note")).toString(), QStringLiteral("Pays on Friday"));
    QCOMPARE(query.value(QStringLiteral("created_by")).toString(), QStringLiteral("alice"));

    VERIFY_SQL(query, query.exec(QStringLiteral(
                          "SELECT actor, action, entity, entity_id, details, note "
                          "FROM audit_log")));
    QVERIFY(query.next());
    QCOMPARE(query.value(QStringLiteral("actor")).toString(), QStringLiteral("alice"));
    QCOMPARE(query.value(QStringLiteral("action")).toString(), QStringLiteral("contact.add"));
    QCOMPARE(query.value(QStringLiteral("entity")).toString(),
             QStringLiteral("customer_contact"));
    QCOMPARE(query.value(QStringLiteral("entity_id")).toLongLong(), result.contactId);
    QCOMPARE(query.value(QStringLiteral("note")).toString(), QStringLiteral("Pays on Friday"));
    const QJsonObject details =
        QJsonDocument::fromJson(query.value(QStringLiteral("details")).toByteArray()).object();
    QCOMPARE(details.value(QStringLiteral("charge_id")).toInteger(), m_chargeId);
    QVERIFY(details.value(QStringLiteral("installment_id")).isNull());
    QCOMPARE(details.value(QStringLiteral("contacted_on")).toString(),
             QStringLiteral("2026-05-11"));
}

void tst_ContactLog::markInstallmentContacted()
{
    ContactLog log(db(), QStringLiteral("alice"), todayClock());
    const ContactLog::Result result = log.markContacted(
        OpenItem::Kind::Installment, m_installmentId, Today.addDays(-1),
        QStringLiteral("客户说下周付款"));
    QVERIFY2(result.ok, qPrintable(result.errorMessage));

    const QList<ContactRecord> contacts = log.contactsOfCustomer(m_customerId);
    QCOMPARE(contacts.size(), 1);
    QCOMPARE(contacts.constFirst().chargeId, m_planChargeId);
    QCOMPARE(contacts.constFirst().installmentId, m_installmentId);
    QCOMPARE(contacts.constFirst().installmentSeq, 2);
    QCOMPARE(contacts.constFirst().contactedOn, Today.addDays(-1));
    QCOMPARE(contacts.constFirst().note, QStringLiteral("客户说下周付款"));
    QCOMPARE(contacts.constFirst().itemText(),
             QStringLiteral("Installment 2, charge %1").arg(m_planChargeId));
}

void tst_ContactLog::addGeneralContact()
{
    ContactLog log(db(), QStringLiteral("alice"), todayClock());
    const ContactLog::Result result =
        log.addContact(m_customerId, Today, QStringLiteral("Asked for a statement"));
    QVERIFY2(result.ok, qPrintable(result.errorMessage));

    const QList<ContactRecord> contacts = log.contactsOfCustomer(m_customerId);
    QCOMPARE(contacts.size(), 1);
    QCOMPARE(contacts.constFirst().chargeId, 0);
    QCOMPARE(contacts.constFirst().createdBy, QStringLiteral("alice"));
    QVERIFY(contacts.constFirst().createdAt.isValid());
    QCOMPARE(contacts.constFirst().itemText(), QStringLiteral("General"));

    const ContactLog::Result unknown =
        log.addContact(9999, Today, QStringLiteral("Asked for a statement"));
    QVERIFY(!unknown.ok);
    QVERIFY(!unknown.databaseFailure);
    QVERIFY2(unknown.errorMessage.contains(QLatin1String("9999")),
             qPrintable(unknown.errorMessage));
}

void tst_ContactLog::rejectInvalidContact_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("itemId"); // -1: the fixture's charge, -2: its void charge
    QTest::addColumn<QDate>("contactedOn");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("expected"); // part of the message

    const int charge = int(OpenItem::Kind::Charge);
    const QString note = QStringLiteral("Called");
    QTest::newRow("empty note") << charge << qint64(-1) << Today << QString()
                                << QStringLiteral("note is empty");
    QTest::newRow("blank note") << charge << qint64(-1) << Today << QStringLiteral(" \n\t")
                                << QStringLiteral("note is empty");
    QTest::newRow("note too long") << charge << qint64(-1) << Today
                                   << QString(501, QLatin1Char('x'))
                                   << QStringLiteral("501 characters");
    QTest::newRow("tomorrow") << charge << qint64(-1) << Today.addDays(1) << note
                              << QStringLiteral("2026-05-12 is after today, 2026-05-11");
    QTest::newRow("no date") << charge << qint64(-1) << QDate() << note
                             << QStringLiteral("contact date is missing");
    QTest::newRow("unknown charge") << charge << qint64(4242) << Today << note
                                    << QStringLiteral("Charge 4242 does not exist");
    QTest::newRow("void charge") << charge << qint64(-2) << Today << note
                                 << QStringLiteral("is void");
    QTest::newRow("unknown installment") << int(OpenItem::Kind::Installment) << qint64(4343)
                                         << Today << note
                                         << QStringLiteral("Installment 4343 does not exist");
    QTest::newRow("bill") << int(OpenItem::Kind::Bill) << qint64(7) << Today << note
                          << QStringLiteral("not for bill 7");
}

void tst_ContactLog::rejectInvalidContact()
{
    QFETCH(int, kind);
    QFETCH(qint64, itemId);
    QFETCH(QDate, contactedOn);
    QFETCH(QString, note);
    QFETCH(QString, expected);

    if (itemId == -1)
        itemId = m_chargeId;
    else if (itemId == -2)
        itemId = m_voidChargeId;

    ContactLog log(db(), QStringLiteral("alice"), todayClock());
    const ContactLog::Result result =
        log.markContacted(OpenItem::Kind(kind), itemId, contactedOn, note);
    QVERIFY(!result.ok);
    QVERIFY(!result.databaseFailure);
    QVERIFY2(result.errorMessage.contains(expected), qPrintable(result.errorMessage));
    QCOMPARE(count(QStringLiteral("customer_contacts")), 0);
    QCOMPARE(count(QStringLiteral("audit_log")), 0);
}

void tst_ContactLog::contactsLatestFirst()
{
    ContactLog log(db(), QStringLiteral("alice"), todayClock());
    QVERIFY(log.addContact(m_customerId, Today.addDays(-10), QStringLiteral("first")).ok);
    QVERIFY(log.markContacted(OpenItem::Kind::Charge, m_chargeId, Today,
                              QStringLiteral("third"))
                .ok);
    QVERIFY(log.addContact(m_customerId, Today.addDays(-2), QStringLiteral("second")).ok);
    QVERIFY(log.addContact(m_customerId, Today, QStringLiteral("fourth")).ok);

    QStringList notes;
    const QList<ContactRecord> contacts = log.contactsOfCustomer(m_customerId);
    for (const ContactRecord &contact : contacts)
        notes << contact.note;
    QCOMPARE(notes, QStringList({QStringLiteral("fourth"), QStringLiteral("third"),
                                 QStringLiteral("second"), QStringLiteral("first")}));
    QCOMPARE(contacts.at(1).itemText(), QStringLiteral("Charge %1").arg(m_chargeId));
}

void tst_ContactLog::failedAuditWritesNothing()
{
    const QString error = createFailingTrigger(db(), QStringLiteral("fail_audit"),
                                               QStringLiteral("BEFORE INSERT"),
                                               QStringLiteral("audit_log"),
                                               QStringLiteral("audit log unavailable"));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    ContactLog log(db(), QStringLiteral("alice"), todayClock());
    const ContactLog::Result contact = log.markContacted(OpenItem::Kind::Charge, m_chargeId,
                                                         Today, QStringLiteral("Called"));
    QVERIFY(!contact.ok);
    QVERIFY(contact.databaseFailure);
    QVERIFY2(contact.errorMessage.contains(QLatin1String("audit log unavailable")),
             qPrintable(contact.errorMessage));
    QCOMPARE(count(QStringLiteral("customer_contacts")), 0);

    ReminderSnoozer snoozer(db(), QStringLiteral("alice"), todayClock());
    const ReminderSnoozer::Result snooze =
        snoozer.snooze(OpenItem::Kind::Charge, m_chargeId, Today.addDays(3), QString());
    QVERIFY(!snooze.ok);
    QVERIFY(snooze.databaseFailure);
    QCOMPARE(count(QStringLiteral("reminder_snoozes")), 0);
}

void tst_ContactLog::snoozeWritesRowAndAudit()
{
    ReminderSnoozer snoozer(db(), QStringLiteral("alice"), todayClock());
    const ReminderSnoozer::Result result = snoozer.snooze(
        OpenItem::Kind::Installment, m_installmentId, Today.addDays(4),
        QStringLiteral("Waiting for the contract"));
    QVERIFY2(result.ok, qPrintable(result.errorMessage));

    QSqlQuery query(db());
    VERIFY_SQL(query, query.exec(QStringLiteral(
                          "SELECT item_kind, item_id, snoozed_until, note, created_by "
                          "FROM reminder_snoozes")));
    QVERIFY(query.next());
    QCOMPARE(query.value(QStringLiteral("item_kind")).toString(), QStringLiteral("installment"));
    QCOMPARE(query.value(QStringLiteral("item_id")).toLongLong(), m_installmentId);
    QCOMPARE(query.value(QStringLiteral("snoozed_until")).toString(),
             QStringLiteral("2026-05-15"));
    QCOMPARE(query.value(QStringLiteral("note")).toString(),
             QStringLiteral("Waiting for the contract"));
    QCOMPARE(query.value(QStringLiteral("created_by")).toString(), QStringLiteral("alice"));

    VERIFY_SQL(query,
               query.exec(QStringLiteral("SELECT action, entity, entity_id FROM audit_log")));
    QVERIFY(query.next());
    QCOMPARE(query.value(QStringLiteral("action")).toString(), QStringLiteral("reminder.snooze"));
    QCOMPARE(query.value(QStringLiteral("entity")).toString(), QStringLiteral("reminder_snooze"));
    QCOMPARE(query.value(QStringLiteral("entity_id")).toLongLong(), result.snoozeId);
}

void tst_ContactLog::rejectInvalidSnooze_data()
{
    QTest::addColumn<QDate>("until");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("expected"); // empty: accepted

    QTest::newRow("today") << Today << QString()
                           << QStringLiteral("2026-05-11 is not after today, 2026-05-11");
    QTest::newRow("yesterday") << Today.addDays(-1) << QString()
                               << QStringLiteral("2026-05-10 is not after today");
    QTest::newRow("no date") << QDate() << QString() << QStringLiteral("snooze date is missing");
    QTest::newRow("tomorrow") << Today.addDays(1) << QString() << QString();
    QTest::newRow("one year") << QDate(2027, 5, 11) << QString() << QString();
    QTest::newRow("one year and a day")
        << QDate(2027, 5, 12) << QString()
        << QStringLiteral("2027-05-12 is more than a year away. Enter 2027-05-11");
    QTest::newRow("note too long") << Today.addDays(2) << QString(501, QLatin1Char('x'))
                                   << QStringLiteral("501 characters");
}

void tst_ContactLog::rejectInvalidSnooze()
{
    QFETCH(QDate, until);
    QFETCH(QString, note);
    QFETCH(QString, expected);

    ReminderSnoozer snoozer(db(), QStringLiteral("alice"), todayClock());
    const ReminderSnoozer::Result result =
        snoozer.snooze(OpenItem::Kind::Charge, m_chargeId, until, note);
    if (expected.isEmpty()) {
        QVERIFY2(result.ok, qPrintable(result.errorMessage));
        QCOMPARE(count(QStringLiteral("reminder_snoozes")), 1);
        return;
    }
    QVERIFY(!result.ok);
    QVERIFY2(result.errorMessage.contains(expected), qPrintable(result.errorMessage));
    QCOMPARE(count(QStringLiteral("reminder_snoozes")), 0);
}

void tst_ContactLog::windowDaysSetting_data()
{
    QTest::addColumn<QVariant>("stored"); // invalid: key missing
    QTest::addColumn<int>("expected");

    QTest::newRow("missing") << QVariant() << 7;
    QTest::newRow("14") << QVariant(14) << 14;
    QTest::newRow("0") << QVariant(0) << 0;
    QTest::newRow("90") << QVariant(90) << 90;
    QTest::newRow("too many") << QVariant(400) << 90;
    QTest::newRow("negative") << QVariant(-3) << 0;
    QTest::newRow("text") << QVariant(QStringLiteral("a week")) << 7;
}

void tst_ContactLog::windowDaysSetting()
{
    QFETCH(QVariant, stored);
    QFETCH(int, expected);

    const QString path =
        m_settingsDir.filePath(QStringLiteral("%1.ini").arg(QTest::currentDataTag()));
    QSettings settings(path, QSettings::IniFormat);
    if (stored.isValid())
        settings.setValue(QStringLiteral("reminders/windowDays"), stored);
    QCOMPARE(ReminderSettings::windowDays(settings), expected);

    QVERIFY(ReminderSettings::setWindowDays(settings, expected + 1));
    QCOMPARE(ReminderSettings::windowDays(settings), qMin(expected + 1, 90));
}

QTEST_GUILESS_MAIN(tst_ContactLog)
#include "tst_contactlog.moc"
