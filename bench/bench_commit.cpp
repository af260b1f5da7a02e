// Times the duplicate check plus the commit of one charge through
// ChargeService. Each run charges another customer's bill with its own
// amount, so no run is a duplicate of another.
//
// On an SQLite file the benchmark works on two copies of it and times,
// beside the service, the same writes through the bare sqlite3 C API in
// one BEGIN IMMEDIATE transaction (BareChargeWriter).
//
// On a PostgreSQL database it writes to the database itself. There is no
// bare baseline there, because ChargeDesk does not link libpq, so its
// figures are compared with those of the SQLite run on the same generated
// data. Every charge the run posted is voided again through ChargeService
// at the end, also after a failed run, so that balances and duplicate
// checks stay as the other benchmarks expect. A void keeps the row: each
// run leaves --runs void charges on the customers of the newest bills,
// with their audit records.
//
//   bench_commit --database FILE|URL [--runs N]

#include "barechargewriter.h"
#include "benchdatabase.h"
#include "chargerequest.h"
#include "chargeservice.h"
#include "cputime.h"
#include "database.h"
#include "databaselocation.h"
#include "money.h"
#include "timings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace {

const QString ConnectionName = QStringLiteral("bench");
const QString Actor = QStringLiteral("bench");

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_commit: %s\n", qPrintable(message));
    return 1;
}

// The lookup codes every charge of the run uses.
struct ChargeCodes
{
    QString feeType;
    QString reason;
    QString method;
};

// The charge of run number run on target: its amount and due date differ
// from every other run's.
ChargeRequest requestFor(const BenchDatabase::Target &target, int run, const ChargeCodes &codes)
{
    ChargeRequest request;
    request.requestKey = ChargeRequest::newRequestKey();
    request.customerId = target.customerId;
    request.billId = target.billId;
    request.feeTypeCode = codes.feeType;
    request.amountText = Money(100000 + run, target.currency).toPlainString();
    request.reasonCode = codes.reason;
    request.paymentMethodCode = codes.method;
    request.dueDate = QDate(2031, 1, 1).addDays(run);
    request.note = QStringLiteral("benchmark");
    request.duplicateAcknowledgement = QStringLiteral("benchmark run %1").arg(run);
    return request;
}

// The same charge for the bare sqlite3 path.
BareChargeWriter::Charge bareChargeFor(const BenchDatabase::Target &target, int run,
                                       const ChargeRequest &request, const ChargeCodes &codes)
{
    BareChargeWriter::Charge charge;
    charge.requestKey = request.requestKey;
    charge.customerId = target.customerId;
    charge.billId = target.billId;
    charge.feeTypeCode = codes.feeType;
    charge.amountMinor = 100000 + run;
    charge.currency = target.currency;
    charge.reasonCode = codes.reason;
    charge.paymentMethodCode = codes.method;
    charge.dueDate = request.dueDate.toString(Qt::ISODate);
    charge.actor = Actor;
    return charge;
}

// The figures of one run of the benchmark.
struct Results
{
    Timings review;
    Timings service;
    Timings reviewAndCommit;
    Timings bare;
    Timings voided;

    // Processor time of the same runs. Other programs on a shared machine
    // stretch the wall-clock times, mostly the waits for the CPU and for
    // fsync(), which processor time leaves out. On PostgreSQL it is the
    // time of this process only, not of the server's.
    Timings serviceCpu;
    Timings bareCpu;
};

// Voids the charges chargeIds through service, each in its own
// transaction as a user would, timing every void after the first warmUp.
// Returns false with *error set when a void fails; the rest are still
// voided.
bool voidCharges(ChargeService &service, const QList<qint64> &chargeIds, int warmUp,
                 Timings *timings, QString *error)
{
    QElapsedTimer timer;
    QStringList failures;
    for (qsizetype index = 0; index < chargeIds.size(); ++index) {
        timer.start();
        const ChargeService::VoidResult result = service.voidCharge(
            chargeIds.at(index), QStringLiteral("benchmark charge, voided after timing"));
        const qint64 elapsed = timer.nsecsElapsed();
        if (!result.ok)
            failures << QStringLiteral("charge %1: %2").arg(chargeIds.at(index))
                            .arg(result.errorMessage);
        else if (index >= warmUp)
            timings->add(elapsed);
    }
    if (!failures.isEmpty()) {
        *error = QStringLiteral("%1 of the %2 charges were not voided; %3")
                     .arg(failures.size())
                     .arg(chargeIds.size())
                     .arg(failures.join(QLatin1String("; ")));
        return false;
    }
    return true;
}

QString ratio(const Timings &measured, const Timings &baseline)
{
    return QString::number(double(measured.median())
                                / double(std::max<qint64>(baseline.median(), 1)),
                            'f', 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);

    // A log line per commit would be timed along with it.
    QLoggingCategory::setFilterRules(QStringLiteral("chargedesk.*.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times ChargeService's check and commit against the same writes through sqlite3."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("database"),
                      QStringLiteral("Generated SQLite file (copied first) or postgresql:// URL "
                                     "(written to, the charges voided again)."),
                      QStringLiteral("location")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Charges per path (default 200)."),
                      QStringLiteral("N"), QStringLiteral("200")});
    parser.process(app);

    bool ok = false;
    const int runs = parser.value(QStringLiteral("runs")).toInt(&ok);
    if (!ok || runs < 1)
        return fail(QStringLiteral("--runs must be a whole number above 0"));
    if (!parser.isSet(QStringLiteral("database")))
        return fail(QStringLiteral("give --database FILE or URL, made by chargedesk-cli "
                                   "generate"));

    // An SQLite file is copied twice, one copy per path; a PostgreSQL
    // database is written to.
    QTemporaryDir dir;
    QString location = parser.value(QStringLiteral("database"));
    const bool postgresql = DatabaseLocation::isPostgresqlUrl(location);
    QString barePath;
    QString error;
    if (!postgresql) {
        const QString servicePath = dir.filePath(QStringLiteral("service.sqlite"));
        barePath = dir.filePath(QStringLiteral("bare.sqlite"));
        if (!BenchDatabase::copy(location, servicePath, &error)
            || !BenchDatabase::copy(location, barePath, &error)) {
            return fail(error);
        }
        location = servicePath;
    }

    if (!Database::open(location, ConnectionName, &error))
        return fail(error);
    QSqlDatabase db = QSqlDatabase::database(ConnectionName);
    const QList<BenchDatabase::Target> targets = BenchDatabase::targets(db, runs, &error);
    ChargeCodes codes;
    codes.feeType = BenchDatabase::firstCode(db, QStringLiteral("fee_types"), &error);
    codes.reason = BenchDatabase::firstCode(db, QStringLiteral("charge_reasons"), &error);
    codes.method = BenchDatabase::firstCode(db, QStringLiteral("payment_methods"), &error);
    if (!error.isEmpty())
        return fail(error);
    if (targets.size() < runs) {
        return fail(QStringLiteral("the database has %1 customers with bills; --runs needs %2")
                        .arg(targets.size())
                        .arg(runs));
    }

    std::optional<BareChargeWriter> writer;
    if (!postgresql) {
        writer.emplace();
        if (!writer->open(barePath, &error))
            return fail(error);
    }

    // On SQLite the two paths take turns, so that a busy moment of a shared
    // machine slows both alike. The first runs fill the caches and are not
    // timed.
    const int warmUp = std::min(10, runs / 10);
    Results results;
    QList<qint64> committedIds;
    QString runError;
    {
        ChargeService charges(db, Actor);
        QElapsedTimer timer;
        for (int run = 0; run < runs; ++run) {
            const BenchDatabase::Target &target = targets.at(run);
            const ChargeRequest request = requestFor(target, run, codes);
            timer.start();
            const ChargeReview confirmed = charges.review(request);
            const qint64 reviewed = timer.nsecsElapsed();

            qint64 cpuStart = CpuTime::process();
            timer.start();
            const ChargeService::CommitResult result = charges.commit(request, confirmed);
            const qint64 committed = timer.nsecsElapsed();
            const qint64 committedCpu = CpuTime::process() - cpuStart;
            if (!result.succeeded()) {
                runError = QStringLiteral("run %1: %2").arg(run).arg(result.errorMessage);
                break;
            }
            committedIds.append(result.chargeId);

            qint64 written = 0;
            qint64 writtenCpu = 0;
            if (writer) {
                const BareChargeWriter::Charge charge = bareChargeFor(target, run, request,
                                                                      codes);
                qint64 chargeId = 0;
                cpuStart = CpuTime::process();
                timer.start();
                if (!writer->commit(charge, &chargeId, &error)) {
                    runError = QStringLiteral("bare run %1: %2").arg(run).arg(error);
                    break;
                }
                written = timer.nsecsElapsed();
                writtenCpu = CpuTime::process() - cpuStart;
            }

            if (run >= warmUp) {
                results.review.add(reviewed);
                results.service.add(committed);
                results.reviewAndCommit.add(reviewed + committed);
                results.serviceCpu.add(committedCpu);
                if (writer) {
                    results.bare.add(written);
                    results.bareCpu.add(writtenCpu);
                }
            }
        }

        // The charges are voided on either backend, so that both runs print
        // the figure. On SQLite the copy is deleted with its folder anyway.
        if (!voidCharges(charges, committedIds, warmUp, &results.voided, &error)) {
            if (!runError.isEmpty())
                runError += QLatin1String("; ");
            runError += error;
        }
    }
    db = QSqlDatabase();
    Database::close(ConnectionName);
    if (!runError.isEmpty())
        return fail(runError);

    QTextStream out(stdout);
    out << "review (confirmation step):        " << results.review.summary() << '\n'
        << "check + commit, ChargeService:     " << results.service.summary() << '\n'
        << "review + commit, ChargeService:    " << results.reviewAndCommit.summary() << '\n';
    if (writer) {
        out << "same writes, bare sqlite3:         " << results.bare.summary() << '\n'
            << "ratio of medians:                  " << ratio(results.service, results.bare)
            << " (target at most 2.00)\n";
    }
    out << "processor time, ChargeService:     " << results.serviceCpu.summary() << '\n';
    if (writer)
        out << "processor time, bare sqlite3:      " << results.bareCpu.summary() << '\n';
    out << "void, ChargeService:               " << results.voided.summary() << '\n';
    if (postgresql) {
        out << "no bare baseline on PostgreSQL: compare with the SQLite run on the same data "
               "(target at most 2x its figures)\n"
            << "processor time is this process's only, without the server's\n"
            << "left behind: " << committedIds.size()
            << " charges committed and voided again, with their audit records\n";
    }
    return 0;
}
