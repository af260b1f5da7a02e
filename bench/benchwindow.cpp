#include "benchwindow.h"

#include "database.h"
#include "mainwindow.h"
#include "translations.h"
#include "uilanguage.h"
#include "usercontext.h"

#include <QCoreApplication>
#include <QTableView>
#include <QTimer>

bool BenchWindow::setUpApplication(const QString &languageChoice)
{
    // A name of its own, so that the benchmarks neither read nor change
    // the settings of the installed program.
    QCoreApplication::setOrganizationName(QStringLiteral("ChargeDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ChargeDesk Benchmarks"));
    const QString choice = Translations::normalizedChoice(languageChoice);
    return !choice.isEmpty() && Translations::applyChoice(choice);
}

bool BenchWindow::openDatabase(const QString &location, QString *error)
{
    if (!Database::open(location, ConnectionName, error))
        return false;
    const QSqlDatabase db = QSqlDatabase::database(ConnectionName);
    *error = UserContext::accessRefusalFor(db, currentActor(db));
    return error->isEmpty();
}

std::unique_ptr<MainWindow> BenchWindow::showWindow()
{
    auto window = std::make_unique<MainWindow>(QSqlDatabase::database(ConnectionName));
    window->show();
    QTimer::singleShot(0, window.get(), &MainWindow::offerSampleDataIfEmpty);
    return window;
}

QTableView *BenchWindow::customerTable(const MainWindow &window)
{
    return window.findChild<QTableView *>(QStringLiteral("customerTable"));
}
