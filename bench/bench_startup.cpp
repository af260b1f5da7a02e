// Times the cold start of the ChargeDesk window: from process start to the
// end of the first paint of the customer list's viewport with rows, for
// the window on a generated database, the same window on an empty (new,
// migrated) database, and a minimal Qt program that opens the same file
// with QSqlDatabase and shows one page of customers in a QTableView
// (QSqlQueryModel with LIMIT 100). Each start is a process of its own; the
// three take turns, and the figures are medians.
//
// The window is built as src/app/main.cpp builds it (BenchWindow). Run it
// under a display, e.g. xvfb-run -a; see docs/benchmarks.md.
//
//   bench_startup --database FILE [--runs N] [--language zh_CN]
//
// Each run is measured twice: "cold", after the database file was dropped
// from the page cache (posix_fadvise DONTNEED; the program and its
// libraries stay cached), and "warm", right after a start that read it.

#include "benchwindow.h"
#include "database.h"
#include "mainwindow.h"
#include "paintprobe.h"
#include "timings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace {

// The kinds of start a child process makes.
const QString WindowKind = QStringLiteral("window");
const QString EmptyWindowKind = QStringLiteral("window-empty");
const QString MinimalKind = QStringLiteral("minimal");

// The line a child prints once the list has painted.
const QByteArray PaintedMarker = "painted";

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_startup: %s\n", qPrintable(message));
    return 1;
}

// Drops a file, and its write-ahead log, from the page cache.
void evictFromPageCache(const QString &path)
{
    for (const QString &file : {path, path + QStringLiteral("-wal"),
                                path + QStringLiteral("-shm")}) {
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY);
        if (fd < 0)
            continue;
        ::fdatasync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

void printMarker(const QElapsedTimer &sinceMain)
{
    std::printf("%s %lld\n", PaintedMarker.constData(), sinceMain.nsecsElapsed());
    std::fflush(stdout);
}

// The child process: starts one window, prints the marker at its first
// paint with rows and quits.
int runChild(const QString &kind, const QString &database, const QString &language,
             const QElapsedTimer &sinceMain)
{
    if (kind == MinimalKind) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("minimal"));
        db.setDatabaseName(database);
        if (!db.open())
            return fail(db.lastError().text());
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral(
                "SELECT id, code, company_name, contact_name, phone, country, balance_minor "
                "FROM customers ORDER BY code LIMIT 100"))) {
            return fail(query.lastError().text());
        }
        QSqlQueryModel model;
        model.setQuery(std::move(query));
        QTableView view;
        view.setModel(&model);
        view.resize(1200, 760);
        PaintProbe probe(view.viewport());
        probe.arm(&sinceMain, [&model] { return model.rowCount() > 0; });
        probe.setOnPainted([&sinceMain] {
            printMarker(sinceMain);
            QCoreApplication::quit();
        });
        view.show();
        return QApplication::exec();
    }

    if (!BenchWindow::setUpApplication(language))
        return fail(QStringLiteral("unknown --language %1").arg(language));
    QString error;
    if (!BenchWindow::openDatabase(database, &error))
        return fail(error);
    int exitCode = 0;
    {
        const std::unique_ptr<MainWindow> window = BenchWindow::showWindow();
        QTableView *table = BenchWindow::customerTable(*window);
        if (!table)
            return fail(QStringLiteral("the window has no customerTable"));
        PaintProbe probe(table->viewport());
        const bool expectRows = kind == WindowKind;
        QAbstractItemModel *model = table->model();
        probe.arm(&sinceMain, [expectRows, model] { return !expectRows || model->rowCount() > 0; });

        // quit() also ends the event loop of the sample data question, which
        // the empty database shows.
        probe.setOnPainted([&sinceMain] {
            printMarker(sinceMain);
            QCoreApplication::quit();
        });
        exitCode = QApplication::exec();
    }
    Database::close(BenchWindow::ConnectionName);
    return exitCode;
}

// Starts one child and returns the nanoseconds from its start to its
// marker, or -1 with *error set. *inChild is the child's own figure, from
// the start of main().
qint64 timeChild(const QString &kind, const QString &database, const QString &language,
                 qint64 *inChild, QString *error)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--child"), kind, QStringLiteral("--database"), database,
                 QStringLiteral("--language"), language});
    qint64 elapsed = -1;
    while (elapsed < 0 && child.waitForReadyRead(60000)) {
        while (child.canReadLine()) {
            const QByteArray line = child.readLine().trimmed();
            if (line.startsWith(PaintedMarker)) {
                elapsed = timer.nsecsElapsed();
                *inChild = line.mid(PaintedMarker.size()).trimmed().toLongLong();
            }
        }
    }
    child.waitForFinished(60000);
    if (elapsed < 0 || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        *error = QStringLiteral("the %1 start on %2 failed (exit code %3)")
                     .arg(kind, database)
                     .arg(child.exitCode());
        return -1;
    }
    return elapsed;
}

QString milliseconds(qint64 nanoseconds)
{
    return QString::number(double(nanoseconds) / 1e6, 'f', 1) + QStringLiteral(" ms");
}

QString ratio(qint64 numerator, qint64 denominator)
{
    return QString::number(double(numerator) / double(std::max<qint64>(denominator, 1)), 'f', 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("chargedesk.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times the start of the ChargeDesk window to its first painted customer page."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("database"), QStringLiteral("Generated SQLite file."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("runs"),
                      QStringLiteral("Starts of each kind, cold and warm (default 10)."),
                      QStringLiteral("N"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("language"),
                      QStringLiteral("UI language of the window (default zh_CN)."),
                      QStringLiteral("language"), QStringLiteral("zh_CN")});
    parser.addOption({QStringLiteral("child"),
                      QStringLiteral("Internal: start one window of kind and exit."),
                      QStringLiteral("kind")});
    parser.process(app);

    const QString database = parser.value(QStringLiteral("database"));
    const QString language = parser.value(QStringLiteral("language"));
    if (database.isEmpty())
        return fail(QStringLiteral("give --database FILE, made by chargedesk-cli generate"));
    if (parser.isSet(QStringLiteral("child")))
        return runChild(parser.value(QStringLiteral("child")), database, language, sinceMain);

    bool ok = false;
    const int runs = parser.value(QStringLiteral("runs")).toInt(&ok);
    if (!ok || runs < 1)
        return fail(QStringLiteral("--runs must be a whole number above 0"));
    if (!QFile::exists(database))
        return fail(QStringLiteral("%1 does not exist").arg(database));

    // The empty database: new and migrated, as the first start makes it.
    QTemporaryDir dir;
    const QString emptyPath = dir.filePath(QStringLiteral("empty.sqlite"));
    QString error;
    if (!Database::open(emptyPath, QStringLiteral("empty"), &error))
        return fail(error);
    Database::close(QStringLiteral("empty"));

    struct Kind
    {
        QString name;
        QString database;
        Timings cold;
        Timings warm;
        Timings coldInChild;
        Timings warmInChild;
    };
    QList<Kind> kinds = {{WindowKind, database, {}, {}, {}, {}},
                         {EmptyWindowKind, emptyPath, {}, {}, {}, {}},
                         {MinimalKind, database, {}, {}, {}, {}}};

    // One start of each kind before the runs puts the program and its
    // libraries in the page cache, so "cold" is cold for the database only.
    qint64 inChild = 0;
    for (const Kind &kind : std::as_const(kinds)) {
        if (timeChild(kind.name, kind.database, language, &inChild, &error) < 0)
            return fail(error);
    }

    // The kinds take turns, in an order that rotates every run.
    for (int run = 0; run < runs; ++run) {
        for (int turn = 0; turn < kinds.size(); ++turn) {
            Kind &kind = kinds[(run + turn) % kinds.size()];
            evictFromPageCache(kind.database);
            const qint64 cold = timeChild(kind.name, kind.database, language, &inChild, &error);
            if (cold < 0)
                return fail(error);
            kind.cold.add(cold);
            kind.coldInChild.add(inChild);
            const qint64 warm = timeChild(kind.name, kind.database, language, &inChild, &error);
            if (warm < 0)
                return fail(error);
            kind.warm.add(warm);
            kind.warmInChild.add(inChild);
        }
    }

    QTextStream out(stdout);
    const QStringList titles = {QStringLiteral("window, generated database:"),
                                QStringLiteral("window, empty database:    "),
                                QStringLiteral("minimal QTableView program:")};
    for (int i = 0; i < kinds.size(); ++i) {
        const Kind &kind = kinds.at(i);
        out << titles.at(i) << " cold " << kind.cold.summary() << " (in process "
            << milliseconds(kind.coldInChild.median()) << ")\n"
            << "                            warm " << kind.warm.summary() << " (in process "
            << milliseconds(kind.warmInChild.median()) << ")\n";
    }
    out << "ratio to minimal program, cold / warm: "
        << ratio(kinds[0].cold.median(), kinds[2].cold.median()) << " / "
        << ratio(kinds[0].warm.median(), kinds[2].warm.median()) << " (target at most 3.00)\n"
        << "ratio to empty database, cold / warm:  "
        << ratio(kinds[0].cold.median(), kinds[1].cold.median()) << " / "
        << ratio(kinds[0].warm.median(), kinds[1].warm.median()) << " (target at most 1.20)\n";
    return 0;
}
