// Times the import of a customer CSV file into a new database through
// CsvImporter, as "chargedesk-cli import-csv customers FILE" runs it: every
// check, an audit record per customer, one transaction. Beside it, in the
// same run, the sqlite3 shell's ".import" loads the same file into a plain
// table. The file is generated first, half with Chinese names.
//
//   bench_import [--customers N] [--runs N] [--seed S] [--keep DIR]

#include "cputime.h"
#include "csvimporter.h"
#include "customercsvfile.h"
#include "database.h"
#include "sqliteshellimport.h"
#include "timings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

namespace {

const QString ConnectionName = QStringLiteral("bench");
const QString CheckConnectionName = QStringLiteral("bench-check");

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_import: %s\n", qPrintable(message));
    return 1;
}

QString milliseconds(qint64 nanoseconds)
{
    return QString::number(double(nanoseconds) / 1e6, 'f', 1) + QStringLiteral(" ms");
}

QString ratio(qint64 numerator, qint64 denominator)
{
    return QString::number(double(numerator) / double(std::max<qint64>(denominator, 1)), 'f',
                           2);
}

QString rate(qsizetype rows, qint64 nanoseconds)
{
    return QLocale::c().toString(double(rows) / (double(nanoseconds) / 1e9), 'f', 0);
}

// Imports csvPath into a new database at databasePath and returns the
// duration of CsvImporter::run(), or -1 with *error set. Sets *cpu to the
// processor time of the import.
qint64 importThroughChargeDesk(const QString &csvPath, const QString &databasePath,
                               qsizetype expected, qint64 *cpu, QString *error)
{
    QFile::remove(databasePath);
    if (!Database::open(databasePath, ConnectionName, error))
        return -1;

    CsvImportPlan plan;
    plan.kind = CsvImportKind::Customers;
    plan.filePath = csvPath;
    QElapsedTimer timer;
    qint64 elapsed = -1;
    {
        CsvImporter importer(QSqlDatabase::database(ConnectionName), QStringLiteral("bench"));
        const qint64 cpuBefore = CpuTime::process();
        timer.start();
        const CsvImportSummary summary = importer.run(plan);
        elapsed = timer.nsecsElapsed();
        *cpu = CpuTime::process() - cpuBefore;
        if (!summary.written || summary.added != expected) {
            *error = QStringLiteral("the import added %1 of %2 customers: %3")
                         .arg(summary.added)
                         .arg(expected)
                         .arg(summary.fileError);
            elapsed = -1;
        }
    }
    Database::close(ConnectionName);
    return elapsed;
}

// Returns the number of rows of table in the SQLite file at path, or -1.
qsizetype countRows(const QString &path, const QString &table)
{
    qsizetype count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    CheckConnectionName);
        db.setDatabaseName(path);
        QSqlQuery query(db);
        // The table name is one of two fixed names, never input.
        if (db.open()
            && query.prepare(QStringLiteral("SELECT COUNT(*) AS row_count FROM %1").arg(table))
            && query.exec() && query.next()) {
            count = query.value(QStringLiteral("row_count")).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(CheckConnectionName);
    return count;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);

    // A log line per import would be timed along with it.
    QLoggingCategory::setFilterRules(QStringLiteral("chargedesk.*.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times the customer CSV import against the sqlite3 shell's .import."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("customers"), QStringLiteral("Customers in the file (default 100000)."),
         QStringLiteral("N"), QStringLiteral("100000")},
        {QStringLiteral("runs"), QStringLiteral("Timed imports per path (default 5)."),
         QStringLiteral("N"), QStringLiteral("5")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the generated names (default 1)."),
         QStringLiteral("S"), QStringLiteral("1")},
        {QStringLiteral("keep"), QStringLiteral("Folder that keeps the CSV file and the last "
                                                "databases."),
         QStringLiteral("DIR")},
    });
    parser.process(app);

    bool ok = false;
    const qsizetype customers = parser.value(QStringLiteral("customers")).toLongLong(&ok);
    if (!ok || customers < 1 || customers > 999999)
        return fail(QStringLiteral("--customers must be a whole number from 1 to 999999"));
    const int runs = parser.value(QStringLiteral("runs")).toInt(&ok);
    if (!ok || runs < 1)
        return fail(QStringLiteral("--runs must be a whole number above 0"));
    const quint32 seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed must be a whole number from 0 to 4294967295"));

    QTemporaryDir temporary;
    const QString keep = parser.value(QStringLiteral("keep"));
    if (!keep.isEmpty() && !QDir().mkpath(keep))
        return fail(QStringLiteral("cannot create the folder %1 of --keep").arg(keep));
    const QDir dir(keep.isEmpty() ? temporary.path() : keep);
    const QString csvPath = dir.filePath(QStringLiteral("customers-%1.csv").arg(customers));
    const QString chargeDeskPath = dir.filePath(QStringLiteral("chargedesk.sqlite"));
    const QString shellPath = dir.filePath(QStringLiteral("sqlite3-import.sqlite"));

    QString error;
    QTextStream out(stdout);
    QElapsedTimer timer;
    timer.start();
    if (!CustomerCsvFile::write(csvPath, customers, seed, &error))
        return fail(error);
    out << customers << " customers written to " << csvPath << " ("
        << QFile(csvPath).size() / 1024 << " KiB) in "
        << QString::number(double(timer.nsecsElapsed()) / 1e9, 'f', 2) << " s\n";
    out.flush();

    // The paths take turns, so that a busy moment of a shared machine slows
    // both alike. One untimed run of each fills the file cache.
    Timings chargeDesk, chargeDeskCpu;
    Timings shell, shellCpu;
    for (int run = -1; run < runs; ++run) {
        qint64 importCpu = 0;
        const qint64 imported = importThroughChargeDesk(csvPath, chargeDeskPath, customers,
                                                        &importCpu, &error);
        if (imported < 0)
            return fail(error);

        const qint64 childrenBefore = CpuTime::children();
        timer.start();
        if (!SqliteShellImport::run(csvPath, shellPath, &error))
            return fail(error);
        const qint64 shellImported = timer.nsecsElapsed();
        if (run >= 0) {
            chargeDesk.add(imported);
            chargeDeskCpu.add(importCpu);
            shell.add(shellImported);
            shellCpu.add(CpuTime::children() - childrenBefore);
        }
    }
    if (countRows(shellPath, QStringLiteral("customers")) != customers)
        return fail(QStringLiteral("sqlite3 .import did not write %1 rows").arg(customers));
    if (countRows(chargeDeskPath, QStringLiteral("audit_log")) < customers)
        return fail(QStringLiteral("the import wrote fewer than %1 audit records")
                        .arg(customers));

    out << "CsvImporter (customers):  " << chargeDesk.summary() << ", "
        << rate(customers, chargeDesk.median()) << " rows/s; processor time median "
        << milliseconds(chargeDeskCpu.median()) << '\n'
        << "sqlite3 .import:          " << shell.summary() << ", "
        << rate(customers, shell.median()) << " rows/s; processor time median "
        << milliseconds(shellCpu.median()) << '\n'
        << "ratio of medians:         " << ratio(chargeDesk.median(), shell.median())
        << " (processor time " << ratio(chargeDeskCpu.median(), shellCpu.median())
        << "; target at most 2.00, and at least 250,000 rows/s)\n";
    return 0;
}
