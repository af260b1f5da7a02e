#include "connectiondialog.h"
#include "connectionsettings.h"
#include "guitestsupport.h"
#include "loopbacksocket.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "translations.h"
#include "uilanguage.h"
#include "userservice.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTranslator>
#include <QtTest>

// The Database Connection dialog: the fields it shows, their messages, what
// OK saves, the connection test in its worker thread, and who may change it.
class tst_ConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensWithLocationInUse();
    void opensWithSavedLocation();
    void fieldErrorsNameValues();
    void userPasswordRejected();
    void okSavesPostgresqlLocation();
    void okSavesSqliteFile();
    void cancelAsksBeforeDiscarding();
    void testShowsSqliteResult();
    void testShowsRefusedPort();
    void testKeepsWindowResponsive();
    void testPostgresqlShowsServer();
    void readOnlyForFinance();
    void settingsMenuOpensDialog();
    void startupFailureChoosesAnother();
    void startupFailureQuits();
    void retranslatesTexts();
    void errorsFitUnderFields();
    void screenshots();

private:
    QSqlDatabase db() const { return m_database->db(); }

    // Chooses PostgreSQL and fills its fields.
    static void fillPostgresql(ConnectionDialog *dialog, const QString &host, const QString &port,
                               const QString &database, const QString &user);

    // Clicks Test Connection and waits for the result; returns whether the
    // test passed, or false when it did not end in time.
    static bool runTest(ConnectionDialog *dialog, int timeoutMs = 20000);

    // Makes the test's own account a finance user, with "boss" as the admin.
    void becomeFinance();

    // Saves a picture of widget when CHARGEDESK_SHOTS_DIR names a folder.
    static void keepScreenshot(QWidget *widget, const QString &name);

    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }

    std::unique_ptr<TestDatabase> m_database;
    QTemporaryDir m_dir;
};

void tst_ConnectionDialog::initTestCase()
{
    // Test mode and a name of its own keep the user's real settings out of
    // reach of OK.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ChargeDeskConnectionDialogTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connectiondialog"));
    const QString testConfig
        = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QVERIFY2(QSettings().fileName().startsWith(testConfig), qPrintable(QSettings().fileName()));
    QVERIFY(m_dir.isValid());
}

void tst_ConnectionDialog::init()
{
    QSettings().clear();
    Translations::apply(UiLanguage::English);
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
}

void tst_ConnectionDialog::cleanup()
{
    m_database.reset();
    QSettings().clear();
}

void tst_ConnectionDialog::fillPostgresql(ConnectionDialog *dialog, const QString &host,
                                          const QString &port, const QString &database,
                                          const QString &user)
{
    child<QRadioButton>(dialog, "postgresqlRadio")->setChecked(true);
    child<QLineEdit>(dialog, "hostEdit")->setText(host);
    child<QLineEdit>(dialog, "portEdit")->setText(port);
    child<QLineEdit>(dialog, "databaseEdit")->setText(database);
    child<QLineEdit>(dialog, "userEdit")->setText(user);
}

bool tst_ConnectionDialog::runTest(ConnectionDialog *dialog, int timeoutMs)
{
    QSignalSpy finished(dialog, &ConnectionDialog::testFinished);
    auto *button = child<QPushButton>(dialog, "testButton");
    if (!button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    if (!finished.wait(timeoutMs))
        return false;
    return finished.constFirst().constFirst().toBool();
}

void tst_ConnectionDialog::keepScreenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("CHARGEDESK_SHOTS_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);

    // A window system applies a resize some time after the request.
    QTest::qWait(200);
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        qWarning() << "Could not save" << path;
}

void tst_ConnectionDialog::opensWithLocationInUse()
{
    ConnectionDialog dialog(db());
    QCOMPARE(dialog.settings().location(), m_database->location());
    QCOMPARE(child<QRadioButton>(&dialog, "postgresqlRadio")->isChecked(),
             m_database->isPostgresql());

    auto *current = child<QLabel>(&dialog, "currentLabel");
    QVERIFY2(current->text().contains(QDir::toNativeSeparators(m_database->location())),
             qPrintable(current->text()));
}

void tst_ConnectionDialog::opensWithSavedLocation()
{
    QSettings().setValue(ConnectionSettings::LocationKey,
                         QStringLiteral("postgresql://finance@db.example.com:5433/chargedesk"
                                        "?sslmode=require"));
    ConnectionDialog dialog(db());
    QVERIFY(child<QRadioButton>(&dialog, "postgresqlRadio")->isChecked());
    QCOMPARE(child<QLineEdit>(&dialog, "hostEdit")->text(), QStringLiteral("db.example.com"));
    QCOMPARE(child<QLineEdit>(&dialog, "portEdit")->text(), QStringLiteral("5433"));
    QCOMPARE(child<QLineEdit>(&dialog, "databaseEdit")->text(), QStringLiteral("chargedesk"));
    QCOMPARE(child<QLineEdit>(&dialog, "userEdit")->text(), QStringLiteral("finance"));
    QVERIFY(!child<QLineEdit>(&dialog, "fileEdit")->isEnabled());

    // The option without a field is kept.
    QVERIFY(dialog.settings().location().endsWith(QLatin1String("?sslmode=require")));
}

void tst_ConnectionDialog::fieldErrorsNameValues()
{
    ConnectionDialog dialog(db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillPostgresql(&dialog, QStringLiteral("db example"), QStringLiteral("70000"),
                   QStringLiteral("chargedesk"), QStringLiteral("finance"));

    auto *hostError = child<QLabel>(&dialog, "hostError");
    auto *portError = child<QLabel>(&dialog, "portError");
    auto *ok = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    QVERIFY(hostError->isVisible());
    QVERIFY2(hostError->text().contains(QStringLiteral("“db example”")),
             qPrintable(hostError->text()));
    QVERIFY(portError->isVisible());
    QVERIFY2(portError->text().contains(QStringLiteral("“70000”")), qPrintable(portError->text()));
    QVERIFY(!child<QLabel>(&dialog, "databaseError")->isVisible());
    QVERIFY(!ok->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, "testButton")->isEnabled());

    child<QLineEdit>(&dialog, "hostEdit")->setText(QStringLiteral("db.example.com"));
    child<QLineEdit>(&dialog, "portEdit")->setText(QStringLiteral("5432"));
    QVERIFY(!hostError->isVisible());
    QVERIFY(!portError->isVisible());
    QVERIFY(ok->isEnabled());

    // The file's messages show only while the file is chosen.
    child<QLineEdit>(&dialog, "fileEdit")->setText(QStringLiteral("relative.sqlite"));
    QVERIFY(!child<QLabel>(&dialog, "fileError")->isVisible());
    child<QRadioButton>(&dialog, "sqliteRadio")->setChecked(true);
    auto *fileError = child<QLabel>(&dialog, "fileError");
    QVERIFY(fileError->isVisible());
    QVERIFY2(fileError->text().contains(QStringLiteral("“relative.sqlite”")),
             qPrintable(fileError->text()));
    QVERIFY(!ok->isEnabled());
}

void tst_ConnectionDialog::userPasswordRejected()
{
    ConnectionDialog dialog(db());
    dialog.show();
    fillPostgresql(&dialog, QStringLiteral("db"), QStringLiteral("5432"),
                   QStringLiteral("chargedesk"), QStringLiteral("finance:secret"));
    auto *userError = child<QLabel>(&dialog, "userError");
    QVERIFY(userError->isVisible());
    QVERIFY2(userError->text().contains(QStringLiteral("“finance:…”")),
             qPrintable(userError->text()));
    QVERIFY(!userError->text().contains(QLatin1String("secret")));

    // OK does not save it.
    dialog.accept();
    QVERIFY(!QSettings().contains(ConnectionSettings::LocationKey));
    QVERIFY(dialog.isVisible());
}

void tst_ConnectionDialog::okSavesPostgresqlLocation()
{
    ConnectionDialog dialog(db());
    dialog.show();
    fillPostgresql(&dialog, QStringLiteral("db.example.com"), QStringLiteral("5433"),
                   QStringLiteral("chargedesk"), QStringLiteral("finance"));

    QString notice;
    whenModalOpens<QMessageBox>([&notice](QMessageBox *box) {
        notice = box->text();
        box->accept();
    });
    child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QString expected = QStringLiteral("postgresql://finance@db.example.com:5433/chargedesk");
    QCOMPARE(ConnectionSettings::savedLocation(), expected);
    QVERIFY2(notice.contains(QLatin1String("next time it starts")), qPrintable(notice));
    QVERIFY2(notice.contains(expected), qPrintable(notice));

    // Nothing but the location is written.
    QSettings settings;
    QCOMPARE(settings.allKeys(), QStringList{ConnectionSettings::LocationKey});
}

void tst_ConnectionDialog::okSavesSqliteFile()
{
    ConnectionDialog dialog(db());
    dialog.show();
    child<QRadioButton>(&dialog, "sqliteRadio")->setChecked(true);
    const QString path = m_dir.filePath(QStringLiteral("shared/chargedesk.sqlite"));
    child<QLineEdit>(&dialog, "fileEdit")->setText(path);

    whenModalOpens<QMessageBox>([](QMessageBox *box) { box->accept(); });
    child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(ConnectionSettings::savedLocation(), path);
}

void tst_ConnectionDialog::cancelAsksBeforeDiscarding()
{
    ConnectionDialog dialog(db());
    dialog.show();
    fillPostgresql(&dialog, QStringLiteral("db.example.com"), QStringLiteral("5432"),
                   QStringLiteral("chargedesk"), QStringLiteral("finance"));

    bool asked = false;
    whenModalOpens<QMessageBox>([&asked](QMessageBox *box) {
        asked = true;
        box->button(QMessageBox::Cancel)->click();
    });
    dialog.reject();
    QVERIFY(asked);
    QVERIFY(dialog.isVisible());

    whenModalOpens<QMessageBox>(
        [](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
    dialog.reject();
    QVERIFY(!dialog.isVisible());
    QVERIFY(!QSettings().contains(ConnectionSettings::LocationKey));
}

void tst_ConnectionDialog::testShowsSqliteResult()
{
    ConnectionDialog dialog(db());
    dialog.show();
    child<QRadioButton>(&dialog, "sqliteRadio")->setChecked(true);
    const QString path = m_dir.filePath(QStringLiteral("tested.sqlite"));
    child<QLineEdit>(&dialog, "fileEdit")->setText(path);

    QVERIFY(runTest(&dialog));
    auto *label = child<QLabel>(&dialog, "testLabel");
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QLatin1String("passed")), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QLatin1String("does not exist yet")),
             qPrintable(label->text()));
    QVERIFY(!QFile::exists(path));

    // Testing saves nothing.
    QVERIFY(!QSettings().contains(ConnectionSettings::LocationKey));
}

void tst_ConnectionDialog::testShowsRefusedPort()
{
#ifdef Q_OS_UNIX
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        QSKIP("Qt's PostgreSQL driver (QPSQL) is not installed");
    LoopbackSocket closed(false);
    QVERIFY(closed.port() > 0);

    ConnectionDialog dialog(db());
    dialog.show();
    fillPostgresql(&dialog, QStringLiteral("127.0.0.1"), QString::number(closed.port()),
                   QStringLiteral("chargedesk"), QStringLiteral("finance"));
    QVERIFY(!runTest(&dialog));
    auto *label = child<QLabel>(&dialog, "testLabel");
    QVERIFY2(label->text().contains(QLatin1String("failed")), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QString::number(closed.port())), qPrintable(label->text()));
    QVERIFY(child<QPushButton>(&dialog, "testButton")->isEnabled());
#else
    QSKIP("uses POSIX sockets");
#endif
}

void tst_ConnectionDialog::testKeepsWindowResponsive()
{
#ifdef Q_OS_UNIX
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        QSKIP("Qt's PostgreSQL driver (QPSQL) is not installed");
    LoopbackSocket silent(true);
    QVERIFY(silent.port() > 0);

    ConnectionDialog dialog(db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillPostgresql(&dialog, QStringLiteral("127.0.0.1"), QString::number(silent.port()),
                   QStringLiteral("chargedesk"), QStringLiteral("finance"));

    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);

    // The click returns at once, and the window handles events while the
    // server does not answer.
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(dialog.isTesting());
    QVERIFY(!child<QPushButton>(&dialog, "testButton")->isEnabled());
    auto *label = child<QLabel>(&dialog, "testLabel");
    QVERIFY2(label->text().contains(QLatin1String("within 5 seconds")),
             qPrintable(label->text()));
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
    ticker.start(100);
    QTest::qWait(1000);
    QVERIFY(dialog.isTesting());
    QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));

    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QVERIFY(!dialog.isTesting());
    QVERIFY2(label->text().contains(QLatin1String("failed")), qPrintable(label->text()));
    QVERIFY(child<QPushButton>(&dialog, "testButton")->isEnabled());
#else
    QSKIP("uses POSIX sockets");
#endif
}

void tst_ConnectionDialog::testPostgresqlShowsServer()
{
    SKIP_UNLESS_POSTGRESQL();

    ConnectionDialog dialog(db());
    dialog.show();
    QVERIFY(child<QRadioButton>(&dialog, "postgresqlRadio")->isChecked());
    QVERIFY(runTest(&dialog));
    auto *label = child<QLabel>(&dialog, "testLabel");
    QVERIFY2(label->text().contains(QLatin1String("Connected to PostgreSQL")),
             qPrintable(label->text()));
    QVERIFY2(label->text().contains(TestBackend::databaseName(m_database->location())),
             qPrintable(label->text()));
}

void tst_ConnectionDialog::becomeFinance()
{
    UserService users(db(), currentActor());
    UserService::Result result = users.add(currentActor(), QStringLiteral("Li Na"),
                                           UserRole::Admin);
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    result = users.add(QStringLiteral("boss"), QStringLiteral("Wang Fang"), UserRole::Admin);
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
    result = users.setRole(currentActor(), UserRole::Finance);
    QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
}

void tst_ConnectionDialog::readOnlyForFinance()
{
    becomeFinance();
    if (QTest::currentTestFailed())
        return;

    ConnectionDialog dialog(db());
    dialog.show();
    auto *roleLabel = child<QLabel>(&dialog, "roleLabel");
    QVERIFY(roleLabel->isVisible());
    QVERIFY2(roleLabel->text().contains(QLatin1String("Only administrators")),
             qPrintable(roleLabel->text()));
    QVERIFY2(roleLabel->text().contains(QLatin1String("Wang Fang")), qPrintable(roleLabel->text()));
    QVERIFY(!child<QRadioButton>(&dialog, "sqliteRadio")->isEnabled());
    QVERIFY(!child<QRadioButton>(&dialog, "postgresqlRadio")->isEnabled());
    QVERIFY(!child<QLineEdit>(&dialog, "fileEdit")->isEnabled());
    QVERIFY(!child<QLineEdit>(&dialog, "hostEdit")->isEnabled());
    QVERIFY(!child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());

    // Finance may still see whether the connection works.
    QVERIFY(child<QPushButton>(&dialog, "testButton")->isEnabled());

    dialog.accept();
    QVERIFY(!QSettings().contains(ConnectionSettings::LocationKey));
}

void tst_ConnectionDialog::settingsMenuOpensDialog()
{
    MainWindow window(db());
    auto *menu = window.findChild<QMenu *>(QStringLiteral("settingsMenu"));
    QVERIFY(menu);
    auto *action = window.findChild<QAction *>(QStringLiteral("databaseConnectionAction"));
    QVERIFY(action);
    QVERIFY(menu->actions().contains(action));
    QCOMPARE(action->text(), QStringLiteral("Database &Connection…"));

    bool opened = false;
    whenModalOpens<ConnectionDialog>([&opened](ConnectionDialog *dialog) {
        opened = true;
        dialog->reject();
    });
    action->trigger();
    QVERIFY(opened);
}

void tst_ConnectionDialog::startupFailureChoosesAnother()
{
    QString shown;
    whenModalOpens<QMessageBox>([&shown](QMessageBox *box) {
        shown = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == QStringLiteral("&Change Connection…"))
                button->click();
        }
    });
    const QString path = m_dir.filePath(QStringLiteral("chosen-at-start.sqlite"));
    QString roleText = QStringLiteral("not shown");
    whenModalOpens<ConnectionDialog>([&path, &roleText](ConnectionDialog *dialog) {
        roleText = child<QLabel>(dialog, "roleLabel")->text();
        child<QRadioButton>(dialog, "sqliteRadio")->setChecked(true);
        child<QLineEdit>(dialog, "fileEdit")->setText(path);
        // At start the choice takes effect at once, so no notice follows.
        child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    });

    QString location;
    QVERIFY(ConnectionDialog::chooseAfterFailure(QStringLiteral("The server is down."),
                                                 &location));
    QVERIFY2(shown.startsWith(QLatin1String("The server is down.")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Settings › Database Connection")), qPrintable(shown));
    QVERIFY(roleText.isEmpty());
    QCOMPARE(location, path);
    QCOMPARE(ConnectionSettings::savedLocation(), path);
}

void tst_ConnectionDialog::startupFailureQuits()
{
    whenModalOpens<QMessageBox>([](QMessageBox *box) {
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == QLatin1String("&Quit"))
                button->click();
        }
    });
    QString location = QStringLiteral("unchanged");
    QVERIFY(!ConnectionDialog::chooseAfterFailure(QStringLiteral("The server is down."),
                                                  &location));
    QCOMPARE(location, QStringLiteral("unchanged"));
    QVERIFY(!QSettings().contains(ConnectionSettings::LocationKey));
}

void tst_ConnectionDialog::retranslatesTexts()
{
    ConnectionDialog dialog(db());
    dialog.show();
    fillPostgresql(&dialog, QString(), QStringLiteral("5432"), QStringLiteral("chargedesk"),
                   QStringLiteral("finance"));

    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    QCoreApplication::processEvents();
    const QString title = dialog.windowTitle();
    const QString hostError = child<QLabel>(&dialog, "hostError")->text();
    const QString note = child<QLabel>(&dialog, "passwordNote")->text();
    const QString test = child<QPushButton>(&dialog, "testButton")->text();
    QCoreApplication::removeTranslator(&marking);
    QCoreApplication::processEvents();

    QCOMPARE(title, QStringLiteral("[[Database Connection]]"));
    QVERIFY2(hostError.startsWith(QLatin1String("[[The host is empty.")), qPrintable(hostError));
    QVERIFY2(note.startsWith(QLatin1String("[[ChargeDesk stores no password.")), qPrintable(note));
    QCOMPARE(test, QStringLiteral("[[&Test Connection]]"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Database Connection"));
}

// Each field's error shows in full under its field, also when it wraps to
// three lines of Chinese: the label is as tall as its text needs and starts
// below its field.
void tst_ConnectionDialog::errorsFitUnderFields()
{
    for (UiLanguage language : {UiLanguage::English, UiLanguage::SimplifiedChinese}) {
        Translations::apply(language);
        ConnectionDialog dialog(db());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillPostgresql(&dialog, QStringLiteral("db.example.com"), QStringLiteral("70000"),
                       QStringLiteral("chargedesk"), QStringLiteral("ben:s3cret"));
        QCoreApplication::processEvents();

        const QList<std::pair<const char *, const char *>> fields = {
            {"portEdit", "portError"}, {"userEdit", "userError"}};
        for (const auto &[editName, errorName] : fields) {
            auto *edit = child<QLineEdit>(&dialog, editName);
            auto *error = child<QLabel>(&dialog, errorName);
            QVERIFY2(error->isVisible() && !error->text().isEmpty(), errorName);
            const QPoint editBottom = edit->mapTo(&dialog, QPoint(0, edit->height()));
            const QPoint errorTop = error->mapTo(&dialog, QPoint(0, 0));
            QVERIFY2(errorTop.y() >= editBottom.y(), errorName);
            QVERIFY2(error->height() >= error->heightForWidth(error->width()),
                     qPrintable(QStringLiteral("%1: %2 < %3")
                                    .arg(QLatin1String(errorName))
                                    .arg(error->height())
                                    .arg(error->heightForWidth(error->width()))));
            const QPoint errorBottom = error->mapTo(&dialog, QPoint(0, error->height()));
            QVERIFY2(errorBottom.y() <= dialog.height(), errorName);
        }
        keepScreenshot(&dialog, QStringLiteral("connection-errors-%1")
                                    .arg(Translations::languageName(language)));
        whenModalOpens<QMessageBox>(
            [](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
        dialog.reject();
    }
    Translations::apply(UiLanguage::English);
}

// Saves pictures of the dialog in English and Simplified Chinese, with the
// file and with a server chosen, when CHARGEDESK_SHOTS_DIR names a folder.
// CHARGEDESK_SHOTS_QM may name a .qm file installed on top of the built-in
// translations, for texts that the .ts files do not have yet.
void tst_ConnectionDialog::screenshots()
{
    const QString folder = qEnvironmentVariable("CHARGEDESK_SHOTS_DIR");
    if (folder.isEmpty())
        QSKIP("set CHARGEDESK_SHOTS_DIR to save screenshots");
    QDir().mkpath(folder);

    QSettings().setValue(ConnectionSettings::LocationKey,
                         QDir(folder).filePath(QStringLiteral("chargedesk.sqlite")));
    for (UiLanguage language : {UiLanguage::English, UiLanguage::SimplifiedChinese}) {
        Translations::apply(language);
        QTranslator extra;
        const QString extraFile = qEnvironmentVariable("CHARGEDESK_SHOTS_QM");
        if (language != UiLanguage::English && !extraFile.isEmpty() && extra.load(extraFile))
            QCoreApplication::installTranslator(&extra);
        const QString suffix = Translations::languageName(language);

        ConnectionDialog dialog(db());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(runTest(&dialog));
        keepScreenshot(&dialog, QStringLiteral("connection-sqlite-%1").arg(suffix));

        fillPostgresql(&dialog, QStringLiteral("db.example.com"), QStringLiteral("70000"),
                       QStringLiteral("chargedesk"), QStringLiteral("finance"));
        QCoreApplication::processEvents();
        keepScreenshot(&dialog, QStringLiteral("connection-postgresql-%1").arg(suffix));

        const QString serverUrl = qEnvironmentVariable("CHARGEDESK_SHOTS_SERVER");
        if (!serverUrl.isEmpty()) {
            QString error;
            const ConnectionSettings server = ConnectionSettings::fromLocation(serverUrl, &error);
            fillPostgresql(&dialog, server.hostName, server.port, server.databaseName,
                           server.userName);
            runTest(&dialog);
            keepScreenshot(&dialog,
                           QStringLiteral("connection-postgresql-tested-%1").arg(suffix));
        }
        QCoreApplication::removeTranslator(&extra);
        whenModalOpens<QMessageBox>(
            [](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
        dialog.reject();
    }

    // What a finance user sees.
    becomeFinance();
    for (UiLanguage language : {UiLanguage::English, UiLanguage::SimplifiedChinese}) {
        Translations::apply(language);
        QTranslator extra;
        const QString extraFile = qEnvironmentVariable("CHARGEDESK_SHOTS_QM");
        if (language != UiLanguage::English && !extraFile.isEmpty() && extra.load(extraFile))
            QCoreApplication::installTranslator(&extra);
        ConnectionDialog dialog(db());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        keepScreenshot(&dialog, QStringLiteral("connection-finance-%1")
                                    .arg(Translations::languageName(language)));
        QCoreApplication::removeTranslator(&extra);
    }
    Translations::apply(UiLanguage::English);
}

QTEST_MAIN(tst_ConnectionDialog)
#include "tst_connectiondialog.moc"
