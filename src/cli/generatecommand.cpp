#include "generatecommand.h"

#include "databasesession.h"
#include "datagenerator.h"
#include "dateformat.h"
#include "logging.h"

#include <QElapsedTimer>
#include <QLocale>

namespace {

// Milliseconds between two progress lines on standard error.
constexpr qint64 ProgressIntervalMs = 3000;

// Returns milliseconds as seconds with one decimal, e.g. "84.3".
QString seconds(qint64 milliseconds)
{
    return QStringLiteral("%1.%2").arg(milliseconds / 1000).arg(milliseconds % 1000 / 100);
}

} // namespace

QString GenerateCommand::summary() const
{
    return tr("Fill an empty database with realistic customers, bills and charges for "
              "benchmarks, the same for the same seed.");
}

QString GenerateCommand::details() const
{
    const QStringList paragraphs = {
        tr("Half of the customers have Chinese company and contact names, addresses in "
           "Chinese cities and Chinese telephone numbers, and pay in CNY (a few in HKD or "
           "TWD). The other half are shaped like the Northwind sample customers and pay in "
           "USD, EUR, GBP or JPY. Bills carry Northwind products and freight. Charges use "
           "the active fee types, reasons and payment methods, with amounts that depend on "
           "the fee type, over the %1 years that end on --end-date. A few customers have "
           "many bills and charges and most have a few; from 2,000 charges on, one customer "
           "has at least 1,000. About 3.5 % of the charges are voided with a reason. "
           "With --payments, most bills and charges due before the last two weeks are paid "
           "around their due date, some in part.")
            .arg(DataGenerator::PeriodYears),
        tr("The same counts, seed and end date give the same rows, byte for byte, because "
           "nothing is taken from the clock. Every charge and payment gets the audit records "
           "and stored totals that add-charge, void-charge and record-payment would write, so "
           "verify finds no mismatch. Everything is written in one transaction: after an "
           "error nothing is written. On PostgreSQL, ANALYZE then updates the planner "
           "statistics."),
        tr("The database must have no customers yet; generate into a new database file or "
           "an empty PostgreSQL database. Progress goes to standard error every few "
           "seconds, and the counts and the time taken to standard output."),
    };
    return paragraphs.join(QLatin1String("\n\n"));
}

void GenerateCommand::declareArguments(ArgumentParser &parser) const
{
    const QString noValue;
    parser.addOption({QStringLiteral("customers"), noValue, QStringLiteral("N"),
                      tr("Number of customers, 1 to %1.").arg(DataGenerator::MaxCustomers),
                      true});
    parser.addOption({QStringLiteral("bills"), noValue, QStringLiteral("N"),
                      tr("Number of bills, 0 to %1. Customers without bills are charged on "
                         "their account.")
                          .arg(DataGenerator::MaxBills),
                      true});
    parser.addOption({QStringLiteral("charges"), noValue, QStringLiteral("N"),
                      tr("Number of charges, 0 to %1.").arg(DataGenerator::MaxCharges), true});
    parser.addOption({QStringLiteral("seed"), noValue, QStringLiteral("S"),
                      tr("Seed of the random choices, a whole number from 0 to 4294967295. "
                         "The same seed gives the same data."),
                      true});
    parser.addOption({QStringLiteral("payments"), noValue, QString(),
                      tr("Also pay most bills and charges due before the last two weeks, in "
                         "full or in part. This doubles the audit records and takes about "
                         "2.5 times as long.")});
    parser.addOption({QStringLiteral("end-date"), noValue, QStringLiteral("DATE"),
                      tr("Last day of the generated period, as YYYY-MM-DD, not after today. "
                         "Default: %1.")
                          .arg(DataGenerator::defaultLastDay().toString(Qt::ISODate))});
}

QString GenerateCommand::readCount(const ArgumentParser &arguments, const QString &option,
                                   qint64 minimum, qint64 maximum, qint64 *value)
{
    const QString text = arguments.value(option);
    bool isNumber = false;
    *value = text.trimmed().toLongLong(&isNumber);
    if (isNumber && *value >= minimum && *value <= maximum)
        return QString();
    return tr("Invalid --%1 “%2”: give a whole number from %3 to %4.")
        .arg(option, text)
        .arg(minimum)
        .arg(maximum);
}

ExitCode GenerateCommand::run(const ArgumentParser &arguments, CliContext &context)
{
    DataGenerator::Settings settings;
    qint64 seed = 0;
    const QString invalid[] = {
        readCount(arguments, QStringLiteral("customers"), 1, DataGenerator::MaxCustomers,
                  &settings.customers),
        readCount(arguments, QStringLiteral("bills"), 0, DataGenerator::MaxBills,
                  &settings.bills),
        readCount(arguments, QStringLiteral("charges"), 0, DataGenerator::MaxCharges,
                  &settings.charges),
        readCount(arguments, QStringLiteral("seed"), 0, 4294967295LL, &seed),
    };
    for (const QString &message : invalid) {
        if (!message.isEmpty())
            return context.fail(ExitCode::Rejected, message + QLatin1Char('\n')
                                                        + tr("Nothing was written."));
    }
    settings.seed = quint32(seed);
    settings.payments = arguments.isSet(QStringLiteral("payments"));

    if (arguments.isSet(QStringLiteral("end-date"))) {
        const QString text = arguments.value(QStringLiteral("end-date"));
        settings.lastDay = QDate::fromString(text, Qt::ISODate);
        if (!settings.lastDay.isValid() || settings.lastDay > QDate::currentDate()) {
            return context.fail(ExitCode::Rejected,
                                tr("Invalid --end-date “%1”: give a date as YYYY-MM-DD, not "
                                   "after today.")
                                        .arg(text)
                                    + QLatin1Char('\n') + tr("Nothing was written."));
        }
    }

    DatabaseSession session(context.databasePath());
    if (!session.isOpen())
        return context.fail(ExitCode::DatabaseError, session.errorMessage());

    QTextStream &err = context.err();
    QElapsedTimer elapsed;
    elapsed.start();
    qint64 lastReportMs = 0;
    const auto progress = [&](const GenerationCounts &counts) {
        if (elapsed.elapsed() - lastReportMs < ProgressIntervalMs)
            return;
        lastReportMs = elapsed.elapsed();
        err << tr("%1 s: %2 of %3 customers, %4 of %5 bills, %6 of %7 charges written…")
                   .arg(seconds(lastReportMs))
                   .arg(counts.customers)
                   .arg(settings.customers)
                   .arg(counts.bills)
                   .arg(settings.bills)
                   .arg(counts.charges)
                   .arg(settings.charges)
            << '\n';
        err.flush();
    };

    const DataGenerator::Result result
        = DataGenerator(session.database()).generate(settings, progress);
    if (result.status == DataGenerator::Result::Status::Rejected)
        return context.fail(ExitCode::Rejected, result.errorMessage);
    if (result.status == DataGenerator::Result::Status::Failed)
        return context.fail(ExitCode::DatabaseError, result.errorMessage);

    QTextStream &out = context.out();
    out << tr("Generated %1 customers, %2 bills with %3 lines, %4 charges (%5 voided, %6 "
              "pending) and %7 payments with %8 audit records in %9 s.")
               .arg(result.counts.customers)
               .arg(result.counts.bills)
               .arg(result.counts.billLines)
               .arg(result.counts.charges)
               .arg(result.voidedCharges)
               .arg(result.pendingCharges)
               .arg(result.counts.payments)
               .arg(result.counts.auditRecords)
               .arg(seconds(elapsed.elapsed()))
        << '\n';
    if (!result.statisticsError.isEmpty()) {
        err << tr("The data was written, but updating the planner statistics failed: %1. "
                  "Searches may be slow until ANALYZE runs on the database.")
                   .arg(result.statisticsError)
            << '\n';
    }
    if (result.busiestCustomerCharges > 0) {
        out << tr("Customer %1 has the most charges: %2.")
                   .arg(result.busiestCustomerCode)
                   .arg(result.busiestCustomerCharges)
            << '\n';
    }
    qCInfo(lcCli) << "Generated data with seed" << settings.seed << "in" << elapsed.elapsed()
                  << "ms";
    return ExitCode::Success;
}
