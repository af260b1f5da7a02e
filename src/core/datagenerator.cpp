#include "datagenerator.h"

#include "auditchainhead.h"
#include "dateformat.h"
#include "generatedchargewriter.h"
#include "generateddatawriter.h"
#include "generationplanner.h"
#include "logging.h"
#include "northwindfiles.h"
#include "northwindimporter.h"
#include "periodlock.h"
#include "transaction.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

// Lookup codes, approval thresholds and first ids, read from the database
// for the plan.
struct GenerationInputs
{
    QStringList feeTypes;
    QStringList reasons;
    QStringList paymentMethods;
    QHash<QString, qint64> approvalThresholds;
    qint64 firstCustomerId = 1;
    qint64 firstBillId = 1;
    qint64 firstBillLineId = 1;
    qint64 firstChargeId = 1;
    qint64 firstPaymentId = 1;
};

namespace {

// Returns the active codes of a lookup table, in sort order. The table
// name is a literal.
QStringList activeCodes(const QSqlDatabase &db, const char *table, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QStringList codes;
    if (!query.prepare(QStringLiteral("SELECT code FROM %1 WHERE active = 1 "
                                      "ORDER BY sort_order, code")
                           .arg(QLatin1String(table)))
        || !query.exec()) {
        *error = query.lastError().text();
        return codes;
    }
    while (query.next())
        codes << query.value(QStringLiteral("code")).toString();
    return codes;
}

// Returns the value of a query of one integer column named value, or -1
// with *error set.
qint64 singleValue(const QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (!query.prepare(statement) || !query.exec() || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    return query.value(QStringLiteral("value")).toLongLong();
}

// Raises SQLite's page cache of the connection for the generator's one
// large transaction and restores it afterwards. With the default cache,
// inserts into the charge and audit indexes read and spill pages all the
// time once the file outgrows it. Does nothing on PostgreSQL.
class LargeSqliteCache
{
public:
    explicit LargeSqliteCache(QSqlDatabase db) : m_db(std::move(db))
    {
        if (m_db.driverName() != QLatin1String("QSQLITE"))
            return;
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
            m_previous = query.value(0).toLongLong();
        query.finish();
        // A negative size is in KiB: 256 MiB.
        if (m_previous != 0 && !query.exec(QStringLiteral("PRAGMA cache_size = -262144")))
            qCWarning(lcDatabase) << "Could not raise the page cache:" << query.lastError().text();
    }

    ~LargeSqliteCache()
    {
        if (m_previous == 0)
            return;
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous)))
            qCWarning(lcDatabase) << "Could not restore the page cache:"
                                  << query.lastError().text();
    }

private:
    QSqlDatabase m_db;
    qint64 m_previous = 0; // 0 when unchanged
};

// Runs ANALYZE on the whole PostgreSQL database. Until autovacuum gets to
// the new rows, the planner prices the generated tables as nearly empty: a
// three-character customer search took 444 ms at 100,000 customers, and 3
// to 6 ms after ANALYZE (docs/benchmarks.md). Returns false with *error
// set when the statement failed.
bool analyzePostgresql(const QSqlDatabase &db, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("ANALYZE"))) {
        *error = query.lastError().text();
        qCWarning(lcImport) << "ANALYZE after the generation failed:" << *error;
        return false;
    }
    qCInfo(lcImport) << "ANALYZE after the generation took" << timer.elapsed() << "ms";
    return true;
}

} // namespace

DataGenerator::Result::Status DataGenerator::prepare(const Settings &settings,
                                                     GenerationInputs *inputs, QString *message)
{
    using Status = Result::Status;
    QString error;

    const qint64 customers = singleValue(
        m_db, QStringLiteral("SELECT COUNT(*) AS value FROM customers"), &error);
    if (customers < 0) {
        *message = error;
        return Status::Failed;
    }
    if (customers > 0) {
        *message = tr("The database already has customers (%1 of them). Generated data goes "
                      "only into a database without customers: give a new database file or an "
                      "empty PostgreSQL database.")
                       .arg(customers);
        return Status::Rejected;
    }

    // Charges are entered from the first day of the period on, which in a
    // time zone behind UTC can be the day before.
    const QDate firstDay = settings.lastDay.addYears(-PeriodYears).addDays(1);
    const PeriodLockMove lock = PeriodLock(m_db).current(&error);
    if (!error.isEmpty()) {
        *message = error;
        return Status::Failed;
    }
    if (lock.lockDate.isValid() && lock.lockDate >= firstDay.addDays(-1)) {
        *message = tr("The period is locked up to %1, but the generated charges start on %2. "
                      "Generate into a database without a period lock.")
                       .arg(formatDate(lock.lockDate), formatDate(firstDay));
        return Status::Rejected;
    }

    inputs->feeTypes = activeCodes(m_db, "fee_types", &error);
    inputs->reasons = activeCodes(m_db, "charge_reasons", &error);
    inputs->paymentMethods = activeCodes(m_db, "payment_methods", &error);
    if (!error.isEmpty()) {
        *message = error;
        return Status::Failed;
    }
    if (inputs->feeTypes.isEmpty() || inputs->reasons.isEmpty()
        || inputs->paymentMethods.isEmpty()) {
        *message = tr("The database has no active fee type, charge reason or payment method, "
                      "which every charge needs. Activate at least one of each.");
        return Status::Rejected;
    }

    QSqlQuery thresholds(m_db);
    if (!thresholds.prepare(QStringLiteral("SELECT currency, amount_minor "
                                           "FROM approval_thresholds"))
        || !thresholds.exec()) {
        *message = thresholds.lastError().text();
        return Status::Failed;
    }
    while (thresholds.next()) {
        inputs->approvalThresholds.insert(
            thresholds.value(QStringLiteral("currency")).toString(),
            thresholds.value(QStringLiteral("amount_minor")).toLongLong());
    }

    // Rows with explicit ids continue after any rows already there.
    const struct
    {
        const char *statement;
        qint64 *firstId;
    } nextIds[] = {
        {"SELECT COALESCE(MAX(id), 0) + 1 AS value FROM customers", &inputs->firstCustomerId},
        {"SELECT COALESCE(MAX(id), 0) + 1 AS value FROM bills", &inputs->firstBillId},
        {"SELECT COALESCE(MAX(id), 0) + 1 AS value FROM bill_lines", &inputs->firstBillLineId},
        {"SELECT COALESCE(MAX(id), 0) + 1 AS value FROM charges", &inputs->firstChargeId},
        {"SELECT COALESCE(MAX(id), 0) + 1 AS value FROM payments", &inputs->firstPaymentId},
    };
    for (const auto &next : nextIds) {
        *next.firstId = singleValue(m_db, QLatin1String(next.statement), &error);
        if (*next.firstId < 0) {
            *message = error;
            return Status::Failed;
        }
    }
    return Status::Written;
}

DataGenerator::Result DataGenerator::generate(
    const Settings &settings, const std::function<void(const GenerationCounts &)> &progress)
{
    qCInfo(lcImport) << "Generation started:" << settings.customers << "customers,"
                     << settings.bills << "bills," << settings.charges << "charges, seed"
                     << settings.seed << "until" << settings.lastDay;

    Result result;
    const auto fail = [&](Result::Status status, const QString &message) {
        if (status == Result::Status::Rejected)
            qCInfo(lcImport) << "Generation rejected, nothing written:" << message;
        else
            qCWarning(lcImport) << "Generation failed, nothing written:" << message;
        result.status = status;
        result.errorMessage = status == Result::Status::Rejected
            ? message
            : tr("Generating the data failed; nothing was written. %1").arg(message);
        result.counts = GenerationCounts();
        return result;
    };

    if (settings.customers < 1 || settings.customers > MaxCustomers || settings.bills < 0
        || settings.bills > MaxBills || settings.charges < 0 || settings.charges > MaxCharges
        || !settings.lastDay.isValid()) {
        return fail(Result::Status::Rejected,
                    tr("The counts must be 1 to %1 customers, 0 to %2 bills and 0 to %3 "
                       "charges, with a valid last day.")
                        .arg(MaxCustomers)
                        .arg(MaxBills)
                        .arg(MaxCharges));
    }

    QString message;
    const std::optional<NorthwindFiles> northwind
        = NorthwindFiles::read(NorthwindImporter::builtInDirectory(), &message);
    if (!northwind)
        return fail(Result::Status::Failed, message);

    const LargeSqliteCache cache(m_db);
    Transaction transaction(m_db);
    if (!transaction.begin())
        return fail(Result::Status::Failed, transaction.error().text());

    GenerationInputs inputs;
    const Result::Status prepared = prepare(settings, &inputs, &message);
    if (prepared != Result::Status::Written)
        return fail(prepared, message);

    AuditChainHead head(m_db);
    const auto position = head.lock(&message);
    if (!position)
        return fail(Result::Status::Failed, message);

    GenerationPlanner::Settings planSettings;
    planSettings.customers = settings.customers;
    planSettings.bills = settings.bills;
    planSettings.charges = settings.charges;
    planSettings.seed = settings.seed;
    planSettings.payments = settings.payments;
    planSettings.lastDay = settings.lastDay;
    planSettings.firstDay = settings.lastDay.addYears(-PeriodYears).addDays(1);
    planSettings.feeTypes = inputs.feeTypes;
    planSettings.reasons = inputs.reasons;
    planSettings.paymentMethods = inputs.paymentMethods;
    planSettings.approvalThresholds = inputs.approvalThresholds;
    planSettings.firstCustomerId = inputs.firstCustomerId;
    planSettings.firstBillId = inputs.firstBillId;
    planSettings.firstChargeId = inputs.firstChargeId;
    planSettings.firstPaymentId = inputs.firstPaymentId;
    GenerationPlan plan = GenerationPlanner(planSettings, *northwind).build();
    qCInfo(lcImport) << "Generation planned:" << plan.billLines.size() << "bill lines,"
                     << plan.voidedCharges << "voided and" << plan.pendingCharges
                     << "pending charges," << plan.payments.size() << "payments";

    GeneratedDataWriter dataWriter(m_db, plan);
    if (!dataWriter.write(inputs.firstBillLineId, progress, &result.counts, &message))
        return fail(Result::Status::Failed, message);

    qint64 lastAuditId = position->lastId;
    QString lastHash = position->lastHash;
    GeneratedChargeWriter chargeWriter(m_db, plan);
    if (!chargeWriter.write(&lastAuditId, &lastHash, progress, &result.counts, &message))
        return fail(Result::Status::Failed, message);
    if (lastAuditId != position->lastId && !head.advance(lastAuditId, lastHash, &message))
        return fail(Result::Status::Failed, message);
    if (!dataWriter.advanceIdSequences(&message))
        return fail(Result::Status::Failed, message);

    if (!transaction.commit())
        return fail(Result::Status::Failed, transaction.error().text());

    // The data is committed, so a failure here is a warning, not a failed
    // generation. SQLite gets no statistics, because its planner follows
    // its fixed rules without sqlite_stat1, and tst_queryplans checks the
    // plans under those rules. With sqlite_stat1 from generated data (no
    // installments), the reminder query walked the whole charges_open_due
    // index instead of searching installments_due by date.
    if (m_db.driverName() == QLatin1String("QPSQL")) {
        QString statisticsError;
        if (!analyzePostgresql(m_db, &statisticsError))
            result.statisticsError = statisticsError;
    }

    // The customer with the most charges, for the summary.
    std::vector<qint64> chargesPerCustomer(plan.customers.size());
    for (const GenerationPlan::Charge &charge : plan.charges) {
        const qint64 count = ++chargesPerCustomer[size_t(charge.customer)];
        if (count > result.busiestCustomerCharges) {
            result.busiestCustomerCharges = count;
            result.busiestCustomerCode
                = GeneratedDataWriter::customerCode(plan.customers[size_t(charge.customer)]);
        }
    }
    result.voidedCharges = plan.voidedCharges;
    result.pendingCharges = plan.pendingCharges;
    result.status = Result::Status::Written;
    qCInfo(lcImport) << "Generation committed:" << result.counts.customers << "customers,"
                     << result.counts.bills << "bills," << result.counts.billLines
                     << "bill lines," << result.counts.charges << "charges,"
                     << result.counts.payments << "payments," << result.counts.auditRecords
                     << "audit records";
    return result;
}
