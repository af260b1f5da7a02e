// Times opening a customer with 1,000 charges in the ChargeDesk window:
// from MainWindow::openCustomer() on the customer list to the end of the
// paint of the charges table ("chargeTable") on the 费用管理 tab, which the
// benchmark switches to right after the open. Before each run the window
// opens another customer and goes back to the list, as a user does. The
// baseline lists the same 1,000 charges with the statement that
// ChargeListModel runs for a page (recorded with sqlite3_trace_v2), without
// its limit, prepared once through the bare sqlite3 C API.
//
// The charges are committed through ChargeService in the setup, on a copy
// of an SQLite file, or on the PostgreSQL database itself, where the setup
// adds only what a previous run did not. Run it under a display, e.g.
// xvfb-run -a; see docs/benchmarks.md.
//
//   bench_open --database FILE|URL [--runs N] [--charges N] [--language zh_CN]

#include "barestatement.h"
#include "benchdatabase.h"
#include "benchwindow.h"
#include "chargefiller.h"
#include "chargelistmodel.h"
#include "database.h"
#include "databaselocation.h"
#include "mainwindow.h"
#include "paintprobe.h"
#include "statementcapture.h"
#include "timings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <cstdio>
#include <memory>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_open: %s\n", qPrintable(message));
    return 1;
}

// Prepares, on bare, the statement that reads a page of ChargeListModel
// for customerId, with values that read every charge of the customer.
bool prepareBare(const QSqlDatabase &db, sqlite3 *bare, qint64 customerId,
                 BareStatement *statement, QVariantHash *values, QString *error)
{
    QList<StatementCapture::Statement> statements;
    {
        const StatementCapture capture(db);
        ChargeListModel charges(db);
        charges.setCustomer(customerId);
        statements = capture.statements();
    }
    for (const StatementCapture::Statement &captured : std::as_const(statements)) {
        if (captured.sql.contains(QLatin1String(" LIMIT :limit"))) {
            *values = captured.values;
            // A negative limit is no limit in SQLite.
            values->insert(QStringLiteral(":limit"), qint64(-1));
            values->insert(QStringLiteral(":offset"), qint64(0));
            return statement->prepare(bare, captured.sql, error);
        }
    }
    *error = QStringLiteral("ChargeListModel ran no statement that reads a page of charges");
    return false;
}

// The widgets a run drives.
struct Window
{
    std::unique_ptr<MainWindow> window;
    QTableView *customerTable = nullptr;
    QTabWidget *tabs = nullptr;
    QWidget *chargesTab = nullptr;
    QTableView *chargeTable = nullptr;
    QAbstractButton *backButton = nullptr;
};

QString milliseconds(qint64 nanoseconds)
{
    return QString::number(double(nanoseconds) / 1e6, 'f', 2) + QStringLiteral(" ms");
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("chargedesk.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times opening a customer with many charges in the ChargeDesk window."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("database"),
                      QStringLiteral("Generated SQLite file (copied first) or postgresql:// URL "
                                     "(written to)."),
                      QStringLiteral("location")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Opens to time (default 30)."),
                      QStringLiteral("N"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("charges"),
                      QStringLiteral("Charges of the customer opened (default 1000)."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("language"),
                      QStringLiteral("UI language of the window (default zh_CN)."),
                      QStringLiteral("language"), QStringLiteral("zh_CN")});
    parser.process(app);

    bool ok = false;
    const int runs = parser.value(QStringLiteral("runs")).toInt(&ok);
    if (!ok || runs < 1)
        return fail(QStringLiteral("--runs must be a whole number above 0"));
    const int chargeCount = parser.value(QStringLiteral("charges")).toInt(&ok);
    if (!ok || chargeCount < 1)
        return fail(QStringLiteral("--charges must be a whole number above 0"));
    if (!parser.isSet(QStringLiteral("database")))
        return fail(QStringLiteral("give --database FILE or URL, made by chargedesk-cli "
                                   "generate"));
    if (!BenchWindow::setUpApplication(parser.value(QStringLiteral("language"))))
        return fail(QStringLiteral("unknown --language"));

    // An SQLite file is copied, because the setup writes.
    QString location = parser.value(QStringLiteral("database"));
    QTemporaryDir dir;
    QString error;
    if (!DatabaseLocation::isPostgresqlUrl(location)) {
        const QString copy = dir.filePath(QStringLiteral("open.sqlite"));
        if (!BenchDatabase::copy(location, copy, &error))
            return fail(error);
        location = copy;
    }
    if (!BenchWindow::openDatabase(location, &error))
        return fail(error);
    QSqlDatabase db = QSqlDatabase::database(BenchWindow::ConnectionName);

    ChargeFiller::Customer target = ChargeFiller::pick(db, 0, &error);
    const ChargeFiller::Customer other = ChargeFiller::pick(db, 1, &error);
    if (other.id == 0)
        return fail(error);
    QElapsedTimer setup;
    setup.start();
    const int chargesBefore = target.charges;
    if (!ChargeFiller::fill(db, &target, chargeCount, &error))
        return fail(error);
    std::printf("setup: customer %lld had %d charges; %d committed through ChargeService in "
                "%.1f s\n",
                target.id, chargesBefore, target.charges - chargesBefore,
                double(setup.elapsed()) / 1000.0);
    std::fflush(stdout);

    const bool sqlite = db.driverName() == QLatin1String("QSQLITE");
    sqlite3 *bare = nullptr;
    BareStatement bareList;
    QVariantHash bareValues;
    if (sqlite) {
        if (sqlite3_open_v2(QFile::encodeName(location).constData(), &bare,
                            SQLITE_OPEN_READONLY, nullptr)
            != SQLITE_OK) {
            return fail(QStringLiteral("sqlite3_open_v2 failed on %1").arg(location));
        }
        if (!prepareBare(db, bare, target.id, &bareList, &bareValues, &error))
            return fail(error);
    }

    Timings open;
    Timings openCall;
    Timings tabSwitch;
    Timings bareTimings;
    {
        Window w;
        w.window = BenchWindow::showWindow();
        w.customerTable = BenchWindow::customerTable(*w.window);
        if (!w.customerTable)
            return fail(QStringLiteral("the window has no customerTable"));
        auto *listProbe = new PaintProbe(w.customerTable->viewport());

        QElapsedTimer timer;
        timer.start();
        listProbe->arm(&timer);
        if (listProbe->wait() < 0)
            return fail(QStringLiteral("the customer list did not paint"));

        // The window builds the customer page when it first opens a
        // customer, so the page's widgets are found after that.
        w.window->openCustomer(other.id);
        w.tabs = w.window->findChild<QTabWidget *>(QStringLiteral("tabWidget"));
        w.chargesTab = w.window->findChild<QWidget *>(QStringLiteral("chargesTab"));
        w.chargeTable = w.window->findChild<QTableView *>(QStringLiteral("chargeTable"));
        w.backButton = w.window->findChild<QAbstractButton *>(QStringLiteral("backButton"));
        if (!w.tabs || !w.chargesTab || !w.chargeTable || !w.backButton)
            return fail(QStringLiteral("the window lacks a widget the benchmark drives"));
        auto *chargeProbe = new PaintProbe(w.chargeTable->viewport());
        QAbstractItemModel *charges = w.chargeTable->model();
        listProbe->arm(&timer);
        w.backButton->click();
        if (listProbe->wait() < 0)
            return fail(QStringLiteral("the list did not paint after Back"));

        for (int run = -3; run < runs; ++run) {
            // Another customer's charges, then back to the list.
            timer.start();
            chargeProbe->arm(&timer, [charges, other] {
                return charges->rowCount() == other.charges;
            });
            w.window->openCustomer(other.id);
            w.tabs->setCurrentWidget(w.chargesTab);
            if (chargeProbe->wait() < 0)
                return fail(QStringLiteral("customer %1 did not paint").arg(other.id));
            listProbe->arm(&timer);
            w.backButton->click();
            if (listProbe->wait() < 0)
                return fail(QStringLiteral("the list did not paint after Back"));

            // The customer with many charges.
            chargeProbe->arm(&timer, [charges, &target] {
                return charges->rowCount() == target.charges;
            });
            timer.start();
            w.window->openCustomer(target.id);
            const qint64 opened = timer.nsecsElapsed();
            w.tabs->setCurrentWidget(w.chargesTab);
            const qint64 switched = timer.nsecsElapsed();
            const qint64 painted = chargeProbe->wait();
            if (painted < 0)
                return fail(QStringLiteral("customer %1 did not paint").arg(target.id));

            qint64 bareTime = 0;
            if (sqlite) {
                timer.start();
                const int rows = bareList.run(bareValues, &error);
                bareTime = timer.nsecsElapsed();
                if (rows != target.charges)
                    return fail(QStringLiteral("the bare list read %1 rows: %2")
                                    .arg(rows)
                                    .arg(error));
            }
            if (run >= 0) {
                open.add(painted);
                openCall.add(opened);
                tabSwitch.add(switched - opened);
                bareTimings.add(bareTime);
            }
        }
    }
    if (bare)
        sqlite3_close(bare);
    db = QSqlDatabase();
    Database::close(BenchWindow::ConnectionName);

    QTextStream out(stdout);
    out << "open a customer with " << target.charges << " charges to painted: "
        << open.summary() << '\n'
        << "  of it MainWindow::openCustomer(): " << milliseconds(openCall.median())
        << ", switching to the charges tab: " << milliseconds(tabSwitch.median())
        << ", the rest (layout, paint): "
        << milliseconds(open.median() - openCall.median() - tabSwitch.median()) << '\n';
    if (sqlite) {
        out << "same charges, bare sqlite3:  " << bareTimings.summary() << '\n'
            << "ratio of medians: "
            << QString::number(double(open.median())
                                   / double(std::max<qint64>(bareTimings.median(), 1)),
                               'f', 2)
            << '\n';
    }
    out << "target: at most 10 ms to painted\n";
    return 0;
}
