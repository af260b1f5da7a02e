#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

class MainWindow;
class QTableView;

// The ChargeDesk main window as src/app/main.cpp starts it, for the GUI
// benchmarks: the database opened and migrated by Database::open(), the
// access check, the window shown and the sample data offer queued.
namespace BenchWindow {

// The connection the window uses.
inline const QString ConnectionName = QStringLiteral("chargedesk");

// Sets the application names and applies the UI language choice ("zh_CN",
// "zh_TW", "en" or "system"). Returns false for an unknown choice.
bool setUpApplication(const QString &languageChoice);

// Opens location (an SQLite file or a postgresql:// URL) and checks that
// the current user may use it. Returns false with *error set.
bool openDatabase(const QString &location, QString *error);

// Creates and shows the main window on the open connection, and queues
// MainWindow::offerSampleDataIfEmpty() as main.cpp does.
std::unique_ptr<MainWindow> showWindow();

// The customer list's table.
QTableView *customerTable(const MainWindow &window);

} // namespace BenchWindow
