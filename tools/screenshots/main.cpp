// chargedesk-screenshots: saves a PNG of each step of the main flow and of
// the follow-up features, in one UI language, for the user guide in docs/.
// Run it through tools/make-screenshots, which builds it and starts it
// under Xvfb.

#include "database.h"
#include "followuptour.h"
#include "imagefolder.h"
#include "northwindimporter.h"
#include "screenshottour.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace {

const QString ConnectionName = QStringLiteral("screenshots");

// The due date entered in every charge. A fixed date keeps the summaries
// and lists the same on every run. Once the date has passed, the summary
// adds a sentence that the charge is overdue, so pass a later --due-date.
const QString DefaultDueDate = QStringLiteral("2027-03-31");

int failWith(const QString &message)
{
    std::fprintf(stderr, "chargedesk-screenshots: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Its own name, so the tour never reads or writes the settings of the
    // ChargeDesk program.
    QCoreApplication::setOrganizationName(QStringLiteral("ChargeDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("chargedesk-screenshots"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Saves screenshots of the ChargeDesk main flow for the user guide. "
                       "Needs a display, e.g. xvfb-run."));
    parser.addHelpOption();
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("UI language: zh_CN, zh_TW or en."),
                                            QStringLiteral("language"));
    const QCommandLineOption outputOption(
        QStringLiteral("output"),
        QStringLiteral("Folder for the PNG files, created if missing. Files of the same name "
                       "are replaced."),
        QStringLiteral("dir"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QStringLiteral("SQLite file to create for the tour. It must not exist yet."),
        QStringLiteral("path"));
    const QCommandLineOption dueDateOption(
        QStringLiteral("due-date"),
        QStringLiteral("Due date entered in the charges, as YYYY-MM-DD (default: %1). Keep it "
                       "in the future.")
            .arg(DefaultDueDate),
        QStringLiteral("date"), DefaultDueDate);
    parser.addOptions({languageOption, outputOption, databaseOption, dueDateOption});
    parser.process(app);

    for (const QCommandLineOption &option : {languageOption, outputOption, databaseOption}) {
        if (!parser.isSet(option)) {
            return failWith(
                QStringLiteral("missing --%1. See --help.").arg(option.names().constFirst()));
        }
    }

    UiLanguage language = UiLanguage::English;
    if (!Translations::parseLanguageName(parser.value(languageOption), &language)
        || parser.value(languageOption) == QLatin1String("system")) {
        return failWith(QStringLiteral("invalid --language \"%1\": use zh_CN, zh_TW or en.")
                            .arg(parser.value(languageOption)));
    }

    const QDate dueDate = QDate::fromString(parser.value(dueDateOption), Qt::ISODate);
    if (!dueDate.isValid()) {
        return failWith(QStringLiteral("invalid --due-date \"%1\": use YYYY-MM-DD.")
                            .arg(parser.value(dueDateOption)));
    }
    if (dueDate < QDate::currentDate()) {
        std::fprintf(stderr, "chargedesk-screenshots: --due-date %s has passed, so the "
                             "summaries will call the charges overdue.\n",
                     qPrintable(dueDate.toString(Qt::ISODate)));
    }

    // The sample notes name charge 1, so the charges must be the first in
    // the database. A file that exists could also be someone's real data.
    const QString databasePath = parser.value(databaseOption);
    if (QFileInfo::exists(databasePath)) {
        return failWith(QStringLiteral("%1 exists already. Give the path of a new file.")
                            .arg(databasePath));
    }

    const QDir outputDir(parser.value(outputOption));
    if (!QDir().mkpath(outputDir.path()))
        return failWith(QStringLiteral("could not create the folder %1.").arg(outputDir.path()));

    Translations::apply(language);

    QString error;
    if (!Database::open(databasePath, ConnectionName, &error))
        return failWith(error);

    int exitCode = 0;
    {
        const QSqlDatabase db = QSqlDatabase::database(ConnectionName);
        const NorthwindImporter::Result imported
            = NorthwindImporter(db).import(NorthwindImporter::builtInDirectory());
        ImageFolder images(outputDir);
        ScreenshotTour tour(db, language, images, dueDate);
        FollowUpTour followUps(db, language, images);
        if (!imported.ok) {
            exitCode = failWith(QStringLiteral("the sample data import failed: %1")
                                    .arg(imported.errorMessage));
        } else if (!tour.run()) {
            exitCode = failWith(tour.errorMessage());
        } else if (!followUps.run()) {
            exitCode = failWith(followUps.errorMessage());
        }
        for (const QString &path : images.savedFiles())
            std::printf("%s\n", qPrintable(QDir::toNativeSeparators(path)));
    }

    Database::close(ConnectionName);
    return exitCode;
}
