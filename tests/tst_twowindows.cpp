#include "customerrepository.h"
#include "northwindfixture.h"
#include "testsupport.h"
#include "windowdriverprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

// Two ChargeDesk windows, each in a process of its own (windowdriver), on
// one database: a charge entered in one window appears in the other without
// a click, and entering the same charge there is blocked as a duplicate.
// On PostgreSQL the windows learn of the commit by LISTEN/NOTIFY, on SQLite
// by polling data_version.
//
// The windows run on the test's QT_QPA_PLATFORM (offscreen under ctest).
// With CHARGEDESK_X_DISPLAY_TEST set they run on xcb under the X server in
// DISPLAY, as tools/two-windows runs them in xvfb-run. With
// CHARGEDESK_TWO_WINDOWS_SHOTS naming a folder, both windows and the blocked
// form are saved there as PNG files.
class tst_TwoWindows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void chargeAppearsAndDuplicateIsBlocked_data();
    void chargeAppearsAndDuplicateIsBlocked();
    void unsavedEditSurvivesRefresh();
    void customerListKeepsPosition();

private:
    // Starts a window as the operating system user, at x on the screen.
    std::unique_ptr<WindowDriverProcess> startWindow(const QString &name, const QString &user,
                                                     const QString &language, int x);

    // Saves a picture of driver's window as <name>.png in the shots folder,
    // when one is set.
    void takeShot(WindowDriverProcess *driver, const QString &name);
    QString shotPath(const QString &name) const;

    qint64 chargeCount() const;

    // Adds a charge in window and returns its id, or 0.
    static qint64 addCharge(WindowDriverProcess *window, const QString &amount);

    std::unique_ptr<TestDatabase> m_database;
    qint64 m_customerId = 0;
    BillRecord m_bill;
    QTemporaryDir m_logDir;
    QString m_shotDir;
    QString m_shotPrefix;
    QString m_platform;
};

namespace {

// Generous, because the machines that run the tests are shared and slow:
// the window shows a change within about a second on either backend.
constexpr int AppearTimeoutMs = 30000;
constexpr int StartTimeoutMs = 60000;

// Where the second window's left edge is on an X screen, beside the first.
constexpr int SecondWindowX = 1240;

} // namespace

void tst_TwoWindows::initTestCase()
{
    QVERIFY(m_logDir.isValid());

    if (qEnvironmentVariableIsSet("CHARGEDESK_X_DISPLAY_TEST")) {
        if (qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("CHARGEDESK_X_DISPLAY_TEST is set but DISPLAY names no X server; run "
                  "tools/two-windows, which starts one with xvfb-run");
        m_platform = QStringLiteral("xcb");
    }

    m_shotDir = qEnvironmentVariable("CHARGEDESK_TWO_WINDOWS_SHOTS");
    if (!m_shotDir.isEmpty())
        QVERIFY2(QDir().mkpath(m_shotDir), qPrintable(m_shotDir));
}

void tst_TwoWindows::init()
{
    NorthwindFixture::openWithAlfki(&m_database, &m_customerId, &m_bill);
}

void tst_TwoWindows::cleanup()
{
    // The windows' logs tell what they saw when a step failed.
    if (QTest::currentTestFailed()) {
        for (const QString &name : {QStringLiteral("A"), QStringLiteral("B")}) {
            QFile log(m_logDir.filePath(name + QStringLiteral(".log")));
            if (log.open(QIODevice::ReadOnly))
                qWarning().noquote() << "Log of window" << name << ":\n" << log.readAll();
        }
    }
    m_database.reset();
}

std::unique_ptr<WindowDriverProcess> tst_TwoWindows::startWindow(const QString &name,
                                                                 const QString &user,
                                                                 const QString &language,
                                                                 int x)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("USER"), user);
    if (!m_platform.isEmpty())
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), m_platform);

    const QString logPath = m_logDir.filePath(name + QStringLiteral(".log"));
    QFile::remove(logPath);
    auto driver = std::make_unique<WindowDriverProcess>(logPath);
    const bool started = driver->start({QStringLiteral("--database"), m_database->location(),
                                        QStringLiteral("--language"), language,
                                        QStringLiteral("--position"),
                                        QStringLiteral("%1,0").arg(x)},
                                       environment, StartTimeoutMs);
    if (!started) {
        QFile log(logPath);
        log.open(QIODevice::ReadOnly);
        qWarning().noquote() << "Window" << name << "did not start:" << log.readAll();
        return nullptr;
    }
    return driver;
}

QString tst_TwoWindows::shotPath(const QString &name) const
{
    return QDir(m_shotDir).filePath(m_shotPrefix + name + QStringLiteral(".png"));
}

void tst_TwoWindows::takeShot(WindowDriverProcess *driver, const QString &name)
{
    if (m_shotDir.isEmpty())
        return;
    const WindowDriverProcess::Reply reply = driver->send(QStringLiteral("shot ")
                                                            + shotPath(name));
    QVERIFY2(reply.ok(), qPrintable(reply.line()));
}

qint64 tst_TwoWindows::chargeCount() const
{
    QSqlQuery query(m_database->db());
    query.prepare(QStringLiteral("SELECT COUNT(*) AS n FROM charges WHERE customer_id = :id"));
    query.bindValue(QStringLiteral(":id"), m_customerId);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(QStringLiteral("n")).toLongLong();
}

void tst_TwoWindows::chargeAppearsAndDuplicateIsBlocked_data()
{
    QTest::addColumn<QString>("language");

    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void tst_TwoWindows::chargeAppearsAndDuplicateIsBlocked()
{
    QFETCH(QString, language);
    m_shotPrefix = QStringLiteral("%1-%2-").arg(
        language, TestBackend::isPostgresql() ? QStringLiteral("postgresql")
                                              : QStringLiteral("sqlite"));

    const std::unique_ptr<WindowDriverProcess> anna
        = startWindow(QStringLiteral("A"), QStringLiteral("anna"), language, 0);
    QVERIFY(anna);
    const std::unique_ptr<WindowDriverProcess> ben
        = startWindow(QStringLiteral("B"), QStringLiteral("ben"), language, SecondWindowX);
    QVERIFY(ben);

    const QString method = TestBackend::isPostgresql() ? QStringLiteral("notifications")
                                                       : QStringLiteral("polling");
    QCOMPARE(anna->method(), method);
    QCOMPARE(ben->method(), method);
    if (!m_platform.isEmpty())
        QCOMPARE(anna->platform(), m_platform);
    qInfo() << "Windows on" << anna->platform() << "watching by" << method;

    const QString opened = QStringLiteral("opened %1").arg(m_customerId);
    for (WindowDriverProcess *window : {anna.get(), ben.get()}) {
        const WindowDriverProcess::Reply reply = window->send(QStringLiteral("open ALFKI"));
        QVERIFY2(reply.ok(), qPrintable(reply.line()));
        QCOMPARE(reply.detail, opened);
        QCOMPARE(window->chargeIds(), QList<qint64>());
    }

    // One direction, then the other: the first window enters a charge, the
    // second lists it by itself and may not enter it again.
    struct Step
    {
        WindowDriverProcess *entering;
        WindowDriverProcess *watching;
        QString author;
        QString watcherName;
        QString amount;
        QString feeType;
    };
    const Step steps[] = {
        {anna.get(), ben.get(), QStringLiteral("anna"), QStringLiteral("B"),
         QStringLiteral("123.45"), QStringLiteral("SERVICE")},
        {ben.get(), anna.get(), QStringLiteral("ben"), QStringLiteral("A"),
         QStringLiteral("67.89"), QStringLiteral("FREIGHT")},
    };
    QList<qint64> committed;
    for (const Step &step : steps) {
        const WindowDriverProcess::Reply added = step.entering->send(
            QStringLiteral("add %1 %2").arg(step.amount, step.feeType));
        QVERIFY2(added.ok(), qPrintable(added.line()));
        QVERIFY2(added.detail.startsWith(QLatin1String("committed ")), qPrintable(added.line()));
        const qint64 chargeId = added.detail.section(QLatin1Char(' '), 1).toLongLong();
        QVERIFY(chargeId > 0);
        committed.prepend(chargeId);

        // The watching window was left alone: nothing but its own refresh
        // can make it list the charge.
        QElapsedTimer appeared;
        appeared.start();
        QTRY_VERIFY_WITH_TIMEOUT(step.watching->chargeIds().contains(chargeId),
                                 AppearTimeoutMs);
        qInfo().noquote() << QStringLiteral("Window %1 listed charge %2 after %3 ms")
                                 .arg(step.watcherName)
                                 .arg(chargeId)
                                 .arg(appeared.elapsed());
        QCOMPARE(step.watching->chargeIds(), committed);
        takeShot(anna.get(), QStringLiteral("A-%1").arg(committed.size()));
        takeShot(ben.get(), QStringLiteral("B-%1").arg(committed.size()));

        // The same charge from the watching window is an exact duplicate:
        // the form stays open and names the charge and its author.
        const QString shot = m_shotDir.isEmpty()
            ? QString()
            : QLatin1Char(' ') + shotPath(step.watcherName + QStringLiteral("-duplicate"));
        const WindowDriverProcess::Reply duplicate = step.watching->send(
            QStringLiteral("add %1 %2").arg(step.amount, step.feeType) + shot);
        QCOMPARE(duplicate.status, QStringLiteral("BLOCKED"));
        qInfo().noquote() << "Window" << step.watcherName << "showed:" << duplicate.detail;
        QVERIFY2(duplicate.detail.contains(QString::number(chargeId)),
                 qPrintable(duplicate.detail));
        QVERIFY2(duplicate.detail.contains(step.author), qPrintable(duplicate.detail));

        QCOMPARE(chargeCount(), qint64(committed.size()));
        QCOMPARE(step.watching->chargeIds(), committed);
        QCOMPARE(step.entering->chargeIds(), committed);
    }

    if (m_platform == QLatin1String("xcb") && !m_shotDir.isEmpty()) {
        const WindowDriverProcess::Reply screen
            = anna->send(QStringLiteral("screen ") + shotPath(QStringLiteral("screen")));
        QVERIFY2(screen.ok(), qPrintable(screen.line()));
    }
    QVERIFY(anna->quit(StartTimeoutMs));
    QVERIFY(ben->quit(StartTimeoutMs));
}

qint64 tst_TwoWindows::addCharge(WindowDriverProcess *window, const QString &amount)
{
    const WindowDriverProcess::Reply added
        = window->send(QStringLiteral("add %1 SERVICE").arg(amount));
    if (!added.ok() || !added.detail.startsWith(QLatin1String("committed "))) {
        qWarning() << "Adding a charge failed:" << added.line();
        return 0;
    }
    return added.detail.section(QLatin1Char(' '), 1).toLongLong();
}

void tst_TwoWindows::unsavedEditSurvivesRefresh()
{
    const std::unique_ptr<WindowDriverProcess> anna
        = startWindow(QStringLiteral("A"), QStringLiteral("anna"), QStringLiteral("en"), 0);
    QVERIFY(anna);
    const std::unique_ptr<WindowDriverProcess> ben = startWindow(
        QStringLiteral("B"), QStringLiteral("ben"), QStringLiteral("en"), SecondWindowX);
    QVERIFY(ben);
    QVERIFY(anna->send(QStringLiteral("open ALFKI")).ok());
    QVERIFY(ben->send(QStringLiteral("open ALFKI")).ok());

    // Ben types into the contact name and looks at the charges, unsaved.
    const WindowDriverProcess::Reply before = ben->send(QStringLiteral("field contactNameEdit"));
    QVERIFY2(before.ok(), qPrintable(before.line()));
    const WindowDriverProcess::Reply edited
        = ben->send(QStringLiteral("edit contactNameEdit (on leave)"));
    QVERIFY2(edited.ok(), qPrintable(edited.line()));

    const qint64 chargeId = addCharge(anna.get(), QStringLiteral("55.00"));
    QVERIFY(chargeId > 0);
    QTRY_VERIFY_WITH_TIMEOUT(ben->chargeIds().contains(chargeId), AppearTimeoutMs);

    const WindowDriverProcess::Reply after = ben->send(QStringLiteral("field contactNameEdit"));
    QVERIFY2(after.ok(), qPrintable(after.line()));
    QCOMPARE(after.detail, before.detail + QStringLiteral("(on leave)"));

    QVERIFY(anna->quit(StartTimeoutMs));
    QVERIFY(ben->quit(StartTimeoutMs));
}

void tst_TwoWindows::customerListKeepsPosition()
{
    const std::unique_ptr<WindowDriverProcess> anna
        = startWindow(QStringLiteral("A"), QStringLiteral("anna"), QStringLiteral("en"), 0);
    QVERIFY(anna);
    const std::unique_ptr<WindowDriverProcess> ben = startWindow(
        QStringLiteral("B"), QStringLiteral("ben"), QStringLiteral("en"), SecondWindowX);
    QVERIFY(ben);
    QVERIFY(anna->send(QStringLiteral("open ALFKI")).ok());

    // Ben selects a customer far down the list and scrolls back to the
    // top, so that a refresh that scrolled to the selected customer would
    // move the list.
    QVERIFY(ben->send(QStringLiteral("select QUEEN")).ok());
    const WindowDriverProcess::Reply selected = ben->send(QStringLiteral("list ALFKI"));
    QVERIFY2(selected.ok(), qPrintable(selected.line()));
    QVERIFY2(selected.detail.section(QLatin1Char('\t'), 1, 1).toInt() > 10,
             "the list is not scrolled; the window is too tall");
    QVERIFY(ben->send(QStringLiteral("scroll 0")).ok());

    const WindowDriverProcess::Reply before = ben->send(QStringLiteral("list ALFKI"));
    QVERIFY2(before.ok(), qPrintable(before.line()));
    const QStringList was = before.detail.split(QLatin1Char('\t'));
    QCOMPARE(was.size(), 3);
    QCOMPARE(was.at(0), QStringLiteral("QUEEN"));
    QCOMPARE(was.at(1), QStringLiteral("0"));

    QVERIFY(addCharge(anna.get(), QStringLiteral("55.00")) > 0);
    QStringList now;
    QTRY_VERIFY_WITH_TIMEOUT(
        (now = ben->send(QStringLiteral("list ALFKI")).detail.split(QLatin1Char('\t'))).value(2)
            != was.at(2),
        AppearTimeoutMs);
    qInfo().noquote() << "ALFKI's balance in the list went from" << was.at(2) << "to"
                      << now.value(2);
    QCOMPARE(now.value(0), was.at(0));
    QCOMPARE(now.value(1), was.at(1));

    QVERIFY(anna->quit(StartTimeoutMs));
    QVERIFY(ben->quit(StartTimeoutMs));
}

QTEST_GUILESS_MAIN(tst_TwoWindows)
#include "tst_twowindows.moc"
