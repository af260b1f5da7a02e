#include "guitestsupport.h"
#include "testsupport.h"

#include "mainwindow.h"
#include "money.h"
#include "northwindimporter.h"
#include "translations.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

#include <memory>

namespace {

const QString LanguageSettingsKey = QStringLiteral("ui/language");

// The menu texts of the languages, each written in itself.
const QString SimplifiedChineseName = QStringLiteral("简体中文");
const QString TraditionalChineseName = QStringLiteral("繁體中文");
const QString EnglishName = QStringLiteral("English");

// Delivers the QEvent::LanguageChange events that installing a translator
// posts to every widget.
void processLanguageChange()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
}

// Returns whether Qt's own translation for a language name ("zh_CN") is
// where Translations::apply() looks for it.
bool hasQtTranslation(const QString &name)
{
    const QString path = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    return QFileInfo::exists(path + QStringLiteral("/qtbase_%1.qm").arg(name));
}

} // namespace

// Drives the Language menu of the main window and checks what a switch
// changes: translators, locale, saved setting, check mark, Qt's standard
// buttons, and the formatting of dates and money.
class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void menuHasFourExclusiveActions();
    void languageNamesAreNotTranslated();
    void switchAppliesLanguage_data();
    void switchAppliesLanguage();
    void followSystemResolvesSystemLanguage();
    void checkMarkFollowsAppliedLanguage();
    void savedChoiceIsNormalized_data();
    void savedChoiceIsNormalized();
    void unknownChoiceChangesNothing();
    void standardButtonsTranslated_data();
    void standardButtonsTranslated();
    void openMessageBoxRetranslated();
    void datesFollowLocale();
    void moneyKeepsCurrencySymbol_data();
    void moneyKeepsCurrencySymbol();

private:
    QAction *languageAction(const QString &choice) const;
    QMenu *languageMenu() const;
    void switchTo(const QString &choice);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<MainWindow> m_window;
};

void TestLanguageSwitch::initTestCase()
{
    // Test mode and a name of its own keep the user's real settings out of
    // reach of the Language menu.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ChargeDeskLanguageSwitchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_languageswitch"));

    const QString settingsFile = QSettings().fileName();
    const QString testConfig =
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QVERIFY2(settingsFile.startsWith(testConfig),
             qPrintable(QStringLiteral("Settings file %1 is outside the test folder %2")
                            .arg(settingsFile, testConfig)));

    QSettings().clear();
    Translations::apply(UiLanguage::English);
}

void TestLanguageSwitch::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));

    const NorthwindImporter::Result result =
        NorthwindImporter(m_database->db()).import(NorthwindImporter::builtInDirectory());
    QVERIFY2(result.ok, qPrintable(result.errorMessage));

    m_window = std::make_unique<MainWindow>(m_database->db());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestLanguageSwitch::cleanup()
{
    m_window.reset();
    m_database.reset();
    QSettings().clear();
    Translations::apply(UiLanguage::English);
    processLanguageChange();
}

void TestLanguageSwitch::cleanupTestCase()
{
    const QString settingsFile = QSettings().fileName();
    QFile::remove(settingsFile);
    QDir().rmdir(QFileInfo(settingsFile).path());
}

QAction *TestLanguageSwitch::languageAction(const QString &choice) const
{
    return m_window->findChild<QAction *>(QStringLiteral("languageAction_") + choice);
}

QMenu *TestLanguageSwitch::languageMenu() const
{
    const QAction *english = languageAction(QStringLiteral("en"));
    for (QAction *menuAction : m_window->menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        if (menu && menu->actions().contains(english))
            return menu;
    }
    return nullptr;
}

void TestLanguageSwitch::switchTo(const QString &choice)
{
    QAction *action = languageAction(choice);
    QVERIFY2(action, qPrintable(QStringLiteral("No language action for %1").arg(choice)));
    action->trigger();
    processLanguageChange();
}

void TestLanguageSwitch::menuHasFourExclusiveActions()
{
    QMenu *menu = languageMenu();
    QVERIFY(menu);

    const QStringList choices = {QStringLiteral("zh_CN"), QStringLiteral("zh_TW"),
                                 QStringLiteral("en"), QStringLiteral("system")};
    QActionGroup *group = languageAction(choices.constFirst())->actionGroup();
    QVERIFY(group);
    QCOMPARE(group->exclusionPolicy(), QActionGroup::ExclusionPolicy::Exclusive);
    QCOMPARE(group->actions().size(), choices.size());

    for (const QString &choice : choices) {
        QAction *action = languageAction(choice);
        QVERIFY2(action, qPrintable(choice));
        QVERIFY2(action->isCheckable(), qPrintable(choice));
        QCOMPARE(action->actionGroup(), group);
        QVERIFY2(menu->actions().contains(action), qPrintable(choice));
    }

    QCOMPARE(languageAction(QStringLiteral("zh_CN"))->text(), SimplifiedChineseName);
    QCOMPARE(languageAction(QStringLiteral("zh_TW"))->text(), TraditionalChineseName);
    QCOMPARE(languageAction(QStringLiteral("en"))->text(), EnglishName);
    QCOMPARE(languageAction(QStringLiteral("system"))->text(), QStringLiteral("Follow System"));
    QCOMPARE(group->checkedAction(), languageAction(QStringLiteral("en")));
}

void TestLanguageSwitch::languageNamesAreNotTranslated()
{
    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    processLanguageChange();

    const QString followSystem = languageAction(QStringLiteral("system"))->text();
    const QString title = languageMenu()->title();
    const QString simplified = languageAction(QStringLiteral("zh_CN"))->text();
    const QString traditional = languageAction(QStringLiteral("zh_TW"))->text();
    const QString english = languageAction(QStringLiteral("en"))->text();

    QCoreApplication::removeTranslator(&marking);
    processLanguageChange();

    QCOMPARE(followSystem, QStringLiteral("[[Follow System]]"));
    QCOMPARE(title, QStringLiteral("[[&Language]]"));
    QCOMPARE(simplified, SimplifiedChineseName);
    QCOMPARE(traditional, TraditionalChineseName);
    QCOMPARE(english, EnglishName);
}

void TestLanguageSwitch::switchAppliesLanguage_data()
{
    QTest::addColumn<QString>("startChoice");
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QLocale::Language>("localeLanguage");
    QTest::addColumn<QLocale::Script>("localeScript");
    QTest::addColumn<QString>("windowTitle");
    QTest::addColumn<QString>("menuTitle");

    QTest::newRow("en to zh_CN")
        << QStringLiteral("en") << QStringLiteral("zh_CN") << QLocale::Chinese
        << QLocale::SimplifiedChineseScript << QStringLiteral("补费台")
        << QStringLiteral("语言(&L)");
    QTest::newRow("zh_CN to zh_TW")
        << QStringLiteral("zh_CN") << QStringLiteral("zh_TW") << QLocale::Chinese
        << QLocale::TraditionalChineseScript << QStringLiteral("補費台")
        << QStringLiteral("語言(&L)");
    QTest::newRow("zh_TW to en")
        << QStringLiteral("zh_TW") << QStringLiteral("en") << QLocale::English
        << QLocale::LatinScript << QStringLiteral("ChargeDesk") << QStringLiteral("&Language");
    QTest::newRow("zh_TW to zh_CN")
        << QStringLiteral("zh_TW") << QStringLiteral("zh_CN") << QLocale::Chinese
        << QLocale::SimplifiedChineseScript << QStringLiteral("补费台")
        << QStringLiteral("语言(&L)");
}

void TestLanguageSwitch::switchAppliesLanguage()
{
    QFETCH(QString, startChoice);
    QFETCH(QString, choice);
    QFETCH(QLocale::Language, localeLanguage);
    QFETCH(QLocale::Script, localeScript);
    QFETCH(QString, windowTitle);
    QFETCH(QString, menuTitle);

    switchTo(startChoice);
    QCOMPARE(Translations::activeChoice(), startChoice);
    switchTo(choice);

    QCOMPARE(Translations::activeChoice(), choice);
    QCOMPARE(Translations::activeLanguageName(), choice);
    QCOMPARE(QLocale().language(), localeLanguage);
    QCOMPARE(QLocale().script(), localeScript);
    QCOMPARE(QSettings().value(LanguageSettingsKey).toString(), choice);
    QCOMPARE(MainWindow::savedLanguageChoice(), choice);

    QAction *action = languageAction(choice);
    QVERIFY(action->isChecked());
    QCOMPARE(action->actionGroup()->checkedAction(), action);

    QCOMPARE(QCoreApplication::translate("MainWindow", "ChargeDesk"), windowTitle);
    QCOMPARE(m_window->windowTitle(), windowTitle);
    QCOMPARE(languageMenu()->title(), menuTitle);
    QCOMPARE(languageAction(QStringLiteral("system"))->text(),
             QCoreApplication::translate("MainWindow", "Follow System"));

    QCOMPARE(languageAction(QStringLiteral("zh_CN"))->text(), SimplifiedChineseName);
    QCOMPARE(languageAction(QStringLiteral("zh_TW"))->text(), TraditionalChineseName);
    QCOMPARE(languageAction(QStringLiteral("en"))->text(), EnglishName);
}

void TestLanguageSwitch::followSystemResolvesSystemLanguage()
{
    const QString systemName = Translations::languageName(Translations::systemLanguage());

    // Start from a language other than the system's, so the switch shows.
    const QString other = systemName == QLatin1String("zh_CN") ? QStringLiteral("en")
                                                               : QStringLiteral("zh_CN");
    switchTo(other);
    switchTo(QStringLiteral("system"));

    QCOMPARE(Translations::activeChoice(), QStringLiteral("system"));
    QCOMPARE(Translations::activeLanguageName(), systemName);
    QCOMPARE(currentUiLanguage(), Translations::systemLanguage());
    QCOMPARE(QSettings().value(LanguageSettingsKey).toString(), QStringLiteral("system"));

    // The check mark stays on "Follow System", not on the language it
    // resolved to, so the menu shows what was chosen.
    QAction *followSystem = languageAction(QStringLiteral("system"));
    QVERIFY(followSystem->isChecked());
    QCOMPARE(followSystem->actionGroup()->checkedAction(), followSystem);
    QVERIFY(!languageAction(systemName)->isChecked());
}

void TestLanguageSwitch::checkMarkFollowsAppliedLanguage()
{
    switchTo(QStringLiteral("zh_CN"));

    // --language applies a choice without saving it. A window opened after
    // that, and one already open, both check the applied language.
    QVERIFY(Translations::applyChoice(QStringLiteral("zh-tw")));
    processLanguageChange();

    QCOMPARE(QSettings().value(LanguageSettingsKey).toString(), QStringLiteral("zh_CN"));
    QVERIFY(languageAction(QStringLiteral("zh_TW"))->isChecked());
    QVERIFY(!languageAction(QStringLiteral("zh_CN"))->isChecked());

    MainWindow second(m_database->db());
    const auto *secondAction =
        second.findChild<QAction *>(QStringLiteral("languageAction_zh_TW"));
    QVERIFY(secondAction);
    QVERIFY(secondAction->isChecked());
}

void TestLanguageSwitch::savedChoiceIsNormalized_data()
{
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("zh-tw") << QStringLiteral("zh-tw") << QStringLiteral("zh_TW");
    QTest::newRow("EN") << QStringLiteral("EN") << QStringLiteral("en");
    QTest::newRow("System") << QStringLiteral("System") << QStringLiteral("system");
    QTest::newRow("nothing saved") << QString() << QString();
    QTest::newRow("unknown") << QStringLiteral("tlh") << QString();
}

void TestLanguageSwitch::savedChoiceIsNormalized()
{
    QFETCH(QString, saved);
    QFETCH(QString, expected);

    if (!saved.isEmpty())
        QSettings().setValue(LanguageSettingsKey, saved);
    if (!saved.isEmpty() && expected.isEmpty())
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("tlh")));

    QCOMPARE(MainWindow::savedLanguageChoice(), expected);
}

void TestLanguageSwitch::unknownChoiceChangesNothing()
{
    switchTo(QStringLiteral("zh_CN"));

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("tlh")));
    m_window->setLanguageChoice(QStringLiteral("tlh"));
    processLanguageChange();

    QCOMPARE(Translations::activeChoice(), QStringLiteral("zh_CN"));
    QCOMPARE(QSettings().value(LanguageSettingsKey).toString(), QStringLiteral("zh_CN"));
    QVERIFY(languageAction(QStringLiteral("zh_CN"))->isChecked());
    QVERIFY(!Translations::applyChoice(QString()));
}

void TestLanguageSwitch::standardButtonsTranslated_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("save");
    QTest::addColumn<QString>("discard");
    QTest::addColumn<QString>("cancel");
    QTest::addColumn<QString>("ok");

    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("保存")
                           << QStringLiteral("丢弃") << QStringLiteral("取消")
                           << QStringLiteral("确定");
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << QStringLiteral("儲存")
                           << QStringLiteral("丟棄") << QStringLiteral("取消")
                           << QStringLiteral("確定");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Save")
                        << QStringLiteral("Discard") << QStringLiteral("Cancel")
                        << QStringLiteral("OK");
}

void TestLanguageSwitch::standardButtonsTranslated()
{
    QFETCH(QString, choice);
    QFETCH(QString, save);
    QFETCH(QString, discard);
    QFETCH(QString, cancel);
    QFETCH(QString, ok);

    const bool english = choice == QLatin1String("en");
    if (!english && !hasQtTranslation(choice))
        QSKIP(qPrintable(QStringLiteral("qtbase_%1.qm is not in %2; install Qt's translations")
                             .arg(choice, QLibraryInfo::path(QLibraryInfo::TranslationsPath))));

    switchTo(english ? QStringLiteral("zh_CN") : QStringLiteral("en"));
    switchTo(choice);
    QCOMPARE(Translations::isQtTranslationInstalled(), !english);

    QMessageBox box(QMessageBox::Question, QStringLiteral("title"), QStringLiteral("text"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                    m_window.get());
    QCOMPARE(box.button(QMessageBox::Save)->text(), save);
    QCOMPARE(box.button(QMessageBox::Discard)->text(), discard);
    QCOMPARE(box.button(QMessageBox::Cancel)->text(), cancel);

    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Ok)->text(), ok);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), cancel);
}

void TestLanguageSwitch::openMessageBoxRetranslated()
{
    if (!hasQtTranslation(QStringLiteral("zh_TW")))
        QSKIP("qtbase_zh_TW.qm is not in Qt's translations path; install Qt's translations");

    QMessageBox box(QMessageBox::Question, QStringLiteral("title"), QStringLiteral("text"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                    m_window.get());
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    box.show();
    buttons.show();
    QCOMPARE(box.button(QMessageBox::Save)->text(), QStringLiteral("Save"));

    switchTo(QStringLiteral("zh_TW"));

    QCOMPARE(box.button(QMessageBox::Save)->text(), QStringLiteral("儲存"));
    QCOMPARE(box.button(QMessageBox::Discard)->text(), QStringLiteral("丟棄"));
    QCOMPARE(box.button(QMessageBox::Cancel)->text(), QStringLiteral("取消"));
    QCOMPARE(buttons.button(QDialogButtonBox::Ok)->text(), QStringLiteral("確定"));
}

void TestLanguageSwitch::datesFollowLocale()
{
    const QDate date(2026, 12, 4);

    switchTo(QStringLiteral("en"));
    const QString englishDate = QLocale().toString(date, QLocale::ShortFormat);
    const QString englishMonth = QLocale().monthName(12);

    switchTo(QStringLiteral("zh_CN"));
    const QString simplifiedDate = QLocale().toString(date, QLocale::ShortFormat);
    const QString simplifiedMonth = QLocale().monthName(12);

    switchTo(QStringLiteral("zh_TW"));
    const QString traditionalDate = QLocale().toString(date, QLocale::ShortFormat);

    QVERIFY2(englishDate != simplifiedDate,
             qPrintable(QStringLiteral("en %1, zh_CN %2").arg(englishDate, simplifiedDate)));
    QVERIFY2(simplifiedDate.startsWith(QLatin1String("2026")), qPrintable(simplifiedDate));
    QVERIFY2(traditionalDate.startsWith(QLatin1String("2026")), qPrintable(traditionalDate));
    QVERIFY2(!englishDate.startsWith(QLatin1String("2026")), qPrintable(englishDate));
    QCOMPARE(englishMonth, QStringLiteral("December"));
    QCOMPARE(simplifiedMonth, QStringLiteral("十二月"));

    // ISO dates, as files and the command line write them, do not move.
    QCOMPARE(date.toString(Qt::ISODate), QStringLiteral("2026-12-04"));
}

void TestLanguageSwitch::moneyKeepsCurrencySymbol_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<qint64>("minorUnits");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("formatted");
    QTest::addColumn<QString>("plain");

    const QStringList choices = {QStringLiteral("zh_CN"), QStringLiteral("zh_TW"),
                                 QStringLiteral("en")};
    for (const QString &choice : choices) {
        const QByteArray prefix = choice.toLatin1() + ' ';
        QTest::newRow(prefix + "USD") << choice << qint64(123456) << QStringLiteral("USD")
                                      << QStringLiteral("US$1,234.56")
                                      << QStringLiteral("1234.56");
        QTest::newRow(prefix + "negative USD")
            << choice << qint64(-123456) << QStringLiteral("USD")
            << QStringLiteral("-US$1,234.56") << QStringLiteral("-1234.56");
        QTest::newRow(prefix + "CNY") << choice << qint64(123456) << QStringLiteral("CNY")
                                      << QStringLiteral("¥1,234.56")
                                      << QStringLiteral("1234.56");
        QTest::newRow(prefix + "negative CNY")
            << choice << qint64(-12345) << QStringLiteral("CNY")
            << QStringLiteral("-¥123.45") << QStringLiteral("-123.45");
    }
}

void TestLanguageSwitch::moneyKeepsCurrencySymbol()
{
    QFETCH(QString, choice);
    QFETCH(qint64, minorUnits);
    QFETCH(QString, currency);
    QFETCH(QString, formatted);
    QFETCH(QString, plain);

    switchTo(choice);
    const Money amount(minorUnits, currency);

    QCOMPARE(amount.format(), formatted);
    QCOMPARE(amount.format(QLocale()), formatted);
    QCOMPARE(amount.toPlainString(), plain);
    if (currency == QLatin1String("CNY"))
        QVERIFY2(!amount.format().contains(QLatin1Char('$')), qPrintable(amount.format()));
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
