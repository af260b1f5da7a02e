#include "customerrepository.h"
#include "database.h"
#include "logging.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace {

const QString ConnectionName = QStringLiteral("chargedesk");

// Returns the language choice for this run: --language, else the choice
// saved by the Language menu, else "system". --language is not saved, so
// it lasts one run. Returns an empty string when --language names no known
// language.
QString chooseLanguage(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (parser.isSet(option))
        return Translations::normalizedChoice(parser.value(option));

    const QString saved = MainWindow::savedLanguageChoice();
    return saved.isEmpty() ? QString(Translations::SystemChoice) : saved;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ChargeDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ChargeDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHARGEDESK_VERSION));

    // The options are parsed before a translation is installed, because
    // --language chooses it, so the help text is in English.
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("ChargeDesk: enter supplementary charges on customer accounts and bills."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QStringLiteral("SQLite database file to open, created and migrated if needed "
                       "(default: %1).")
            .arg(Database::defaultPath()),
        QStringLiteral("path"), Database::defaultPath());
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QStringLiteral("User interface language: zh_CN, zh_TW, en or system. Overrides the "
                       "language chosen in the Language menu (default: that choice, else the "
                       "system language)."),
        QStringLiteral("language"));
    parser.addOption(databaseOption);
    parser.addOption(languageOption);
    parser.process(app);

    const QString languageChoice = chooseLanguage(parser, languageOption);
    if (languageChoice.isEmpty()) {
        std::fprintf(stderr, "chargedesk: invalid --language \"%s\". Use zh_CN, zh_TW, en or "
                             "system.\n",
                     qPrintable(parser.value(languageOption)));
        return 2;
    }
    Translations::applyChoice(languageChoice);

    const QString path = parser.value(databaseOption);
    qCInfo(lcApp) << "ChargeDesk" << QCoreApplication::applicationVersion() << "starting,"
                  << "database" << path;

    QString error;
    if (!Database::open(path, ConnectionName, &error)) {
        qCWarning(lcApp) << "Could not open the database:" << error;
        QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("main", "ChargeDesk"),
                        error, QMessageBox::Ok);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return 1;
    }

    int exitCode = 0;
    {
        MainWindow window(QSqlDatabase::database(ConnectionName));
        window.show();
        QTimer::singleShot(0, &window, &MainWindow::offerSampleDataIfEmpty);
        exitCode = app.exec();
    }

    Database::close(ConnectionName);
    qCInfo(lcApp) << "ChargeDesk stopped with exit code" << exitCode;
    return exitCode;
}
