#include "connectiondialog.h"
#include "connectionsettings.h"
#include "customerrepository.h"
#include "database.h"
#include "databaselocation.h"
#include "logging.h"
#include "mainwindow.h"
#include "translations.h"
#include "uilanguage.h"
#include "upgradebackup.h"
#include "usercontext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
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
        QStringLiteral("SQLite database file to open, created and migrated if needed, or "
                       "the URL of an existing PostgreSQL database, "
                       "postgresql://user@host:port/dbname, whose password comes from "
                       "PGPASSWORD or ~/.pgpass (default: the connection chosen under "
                       "Settings > Database Connection, else %1).")
            .arg(Database::defaultPath()),
        QStringLiteral("location"));
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

    // --database wins over the connection saved in the settings.
    QSettings settings;
    const QString givenLocation = parser.isSet(databaseOption) ? parser.value(databaseOption)
                                                                : QString();
    const bool savedLocation = givenLocation.isEmpty()
                               && !ConnectionSettings::savedLocation(settings).isEmpty();
    QString path = ConnectionSettings::startupLocation(givenLocation, settings);
    qCInfo(lcApp) << "ChargeDesk" << QCoreApplication::applicationVersion() << "starting,"
                  << "database" << DatabaseLocation::redacted(path);

    QString error;
    while (!Database::open(path, ConnectionName, &error)) {
        qCWarning(lcApp) << "Could not open the database:" << error;

        // A saved connection that fails would fail at every start, so the
        // user may choose another one and try it at once.
        if (savedLocation) {
            if (ConnectionDialog::chooseAfterFailure(error, &path))
                continue;
            return 1;
        }
        QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("main", "ChargeDesk"),
                        error, QMessageBox::Ok);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return 1;
    }

    // Once users are set up, an account that is not one of them, or is
    // deactivated, may not use the database at all.
    const QSqlDatabase db = QSqlDatabase::database(ConnectionName);
    const QString refusal = UserContext::accessRefusalFor(db, currentActor(db));
    if (!refusal.isEmpty()) {
        QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("main", "ChargeDesk"),
                        refusal, QMessageBox::Ok);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        Database::close(ConnectionName);
        return 1;
    }

    int exitCode = 0;
    {
        MainWindow window(QSqlDatabase::database(ConnectionName));
        window.show();
        QTimer::singleShot(0, &window, &MainWindow::offerSampleDataIfEmpty);

        // Tells where the copy made before a schema upgrade is.
        const QString backupNotice = UpgradeBackup::takeNoticeFor(ConnectionName);
        if (!backupNotice.isEmpty()) {
            auto *notice = new QMessageBox(QMessageBox::Information,
                                           QCoreApplication::translate("main", "ChargeDesk"),
                                           backupNotice, QMessageBox::Ok, &window);
            notice->setTextFormat(Qt::PlainText);
            notice->setAttribute(Qt::WA_DeleteOnClose);
            QTimer::singleShot(0, notice, [notice] { notice->open(); });
        }
        exitCode = app.exec();
    }

    Database::close(ConnectionName);
    qCInfo(lcApp) << "ChargeDesk stopped with exit code" << exitCode;
    return exitCode;
}
