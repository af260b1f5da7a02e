// Times the duplicate check plus the commit of one charge through
// ChargeService, beside the same writes through the bare sqlite3 C API in
// one BEGIN IMMEDIATE transaction (BareChargeWriter), on two copies of one
// generated database. Each run charges another customer's bill with its own
// amount, so no run is a duplicate of another.
//
//   bench_commit --database FILE [--runs N]

#include "barechargewriter.h"
#include "benchdatabase.h"
#include "chargerequest.h"
#include "chargeservice.h"
#include "cputime.h"
#include "database.h"
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

namespace {

const QString ConnectionName = QStringLiteral("bench");

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_commit: %s\n", qPrintable(message));
    return 1;
}

// The charge of run number run on target: its amount and due date differ
// from every other run's.
ChargeRequest requestFor(const BenchDatabase::Target &target, int run, const QString &feeType,
                         const QString &reason, const QString &method)
{
    ChargeRequest request;
    request.requestKey = ChargeRequest::newRequestKey();
    request.customerId = target.customerId;
    request.billId = target.billId;
    request.feeTypeCode = feeType;
    request.amountText = Money(100000 + run, target.currency).toPlainString();
    request.reasonCode = reason;
    request.paymentMethodCode = method;
    request.dueDate = QDate(2031, 1, 1).addDays(run);
    request.note = QStringLiteral("benchmark");
    request.duplicateAcknowledgement = QStringLiteral("benchmark run %1").arg(run);
    return request;
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
    parser.addOption({QStringLiteral("database"), QStringLiteral("Generated SQLite file."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Charges per path (default 200)."),
                      QStringLiteral("N"), QStringLiteral("200")});
    parser.process(app);

    bool ok = false;
    const int runs = parser.value(QStringLiteral("runs")).toInt(&ok);
    if (!ok || runs < 1)
        return fail(QStringLiteral("--runs must be a whole number above 0"));
    if (!parser.isSet(QStringLiteral("database")))
        return fail(QStringLiteral("give --database FILE, made by chargedesk-cli generate"));

    QTemporaryDir dir;
    const QString servicePath = dir.filePath(QStringLiteral("service.sqlite"));
    const QString barePath = dir.filePath(QStringLiteral("bare.sqlite"));
    QString error;
    const QString source = parser.value(QStringLiteral("database"));
    if (!BenchDatabase::copy(source, servicePath, &error)
        || !BenchDatabase::copy(source, barePath, &error)) {
        return fail(error);
    }

    if (!Database::open(servicePath, ConnectionName, &error))
        return fail(error);
    QSqlDatabase db = QSqlDatabase::database(ConnectionName);
    const QList<BenchDatabase::Target> targets = BenchDatabase::targets(db, runs, &error);
    const QString feeType = BenchDatabase::firstCode(db, QStringLiteral("fee_types"), &error);
    const QString reason = BenchDatabase::firstCode(db, QStringLiteral("charge_reasons"), &error);
    const QString method = BenchDatabase::firstCode(db, QStringLiteral("payment_methods"),
                                                    &error);
    if (!error.isEmpty())
        return fail(error);
    if (targets.size() < runs) {
        return fail(QStringLiteral("the database has %1 customers with bills; --runs needs %2")
                        .arg(targets.size())
                        .arg(runs));
    }

    BareChargeWriter writer;
    if (!writer.open(barePath, &error))
        return fail(error);

    // The two paths take turns, so that a busy moment of a shared machine
    // slows both alike. The first runs fill the caches and are not timed.
    const int warmUp = std::min(10, runs / 10);
    Timings review;
    Timings service;
    Timings bare;

    // Processor time of the same runs. Other programs on a shared machine
    // stretch the wall-clock times, mostly the waits for the CPU and for
    // fsync(), which processor time leaves out.
    Timings serviceCpu;
    Timings bareCpu;
    {
        ChargeService charges(db, QStringLiteral("bench"));
        QElapsedTimer timer;
        for (int run = 0; run < runs; ++run) {
            const BenchDatabase::Target &target = targets.at(run);
            const ChargeRequest request = requestFor(target, run, feeType, reason, method);
            timer.start();
            const ChargeReview confirmed = charges.review(request);
            const qint64 reviewed = timer.nsecsElapsed();

            qint64 cpuStart = CpuTime::process();
            timer.start();
            const ChargeService::CommitResult result = charges.commit(request, confirmed);
            const qint64 committed = timer.nsecsElapsed();
            const qint64 committedCpu = CpuTime::process() - cpuStart;
            if (!result.succeeded())
                return fail(QStringLiteral("run %1: %2").arg(run).arg(result.errorMessage));

            BareChargeWriter::Charge charge;
            charge.requestKey = request.requestKey;
            charge.customerId = target.customerId;
            charge.billId = target.billId;
            charge.feeTypeCode = feeType;
            charge.amountMinor = 100000 + run;
            charge.currency = target.currency;
            charge.reasonCode = reason;
            charge.paymentMethodCode = method;
            charge.dueDate = request.dueDate.toString(Qt::ISODate);
            charge.actor = QStringLiteral("bench");
            qint64 chargeId = 0;
            cpuStart = CpuTime::process();
            timer.start();
            if (!writer.commit(charge, &chargeId, &error))
                return fail(QStringLiteral("bare run %1: %2").arg(run).arg(error));
            const qint64 written = timer.nsecsElapsed();
            const qint64 writtenCpu = CpuTime::process() - cpuStart;

            if (run >= warmUp) {
                review.add(reviewed);
                service.add(committed);
                bare.add(written);
                serviceCpu.add(committedCpu);
                bareCpu.add(writtenCpu);
            }
        }
    }
    db = QSqlDatabase();
    Database::close(ConnectionName);

    QTextStream out(stdout);
    out << "review (confirmation step):        " << review.summary() << '\n'
        << "check + commit, ChargeService:     " << service.summary() << '\n'
        << "same writes, bare sqlite3:         " << bare.summary() << '\n'
        << "ratio of medians:                  "
        << QString::number(double(service.median()) / double(std::max<qint64>(bare.median(), 1)),
                           'f', 2)
        << " (target at most 2.00)\n"
        << "processor time, ChargeService:     " << serviceCpu.summary() << '\n'
        << "processor time, bare sqlite3:      " << bareCpu.summary() << '\n';
    return 0;
}
