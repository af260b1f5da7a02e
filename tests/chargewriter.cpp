// chargewriter: a test-only program that commits numbered charges through
// ChargeService, the product's only write path, and reports every
// acknowledged commit on standard output. tst_crashsafety kills it at random
// moments and starts it again; tst_concurrency runs several copies at once.
//
//   chargewriter --database LOCATION [--first N] [--count C] [--customer ID]
//                [--request-key KEY] [--barrier FILE]
//
// Charge number n always has the same values (see requestFor()), so a
// restarted writer requests exactly the same charge again. Its request key
// is "stream-" and n in eight digits, unless --request-key replaces it.
//
// Standard output, one line per event, each flushed as it is written:
//   READY                                      the database is open; with
//                                              --barrier, the first charge
//                                              is reviewed and the program
//                                              waits for FILE to appear
//   ACK <request_key> <charge_id> committed    a new charge was committed
//   ACK <request_key> <charge_id> replayed     the key had written it before
//   REJECTED <request_key> <message>           exit status 2
//   FAILED <request_key> <message>             exit status 4

#include "chargerequest.h"
#include "chargeservice.h"
#include "database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>

namespace {

enum ExitStatus { Success = 0, UsageError = 1, Rejected = 2, DatabaseError = 4 };

const QString ConnectionName = QStringLiteral("chargewriter");

// How long a writer waits for its --barrier file, in milliseconds.
constexpr int BarrierTimeoutMs = 120000;

// The fee types of schema version 1. Charge n has type n modulo their count.
const QStringList FeeTypes = {
    QStringLiteral("SERVICE"),      QStringLiteral("MATERIAL"),
    QStringLiteral("FREIGHT"),      QStringLiteral("LATE_FEE"),
    QStringLiteral("UPGRADE_DIFF"), QStringLiteral("INSTALLATION"),
    QStringLiteral("OTHER"),
};

// A customer that charges are written to, with its bills in id order.
struct Target
{
    qint64 customerId = 0;
    QList<qint64> billIds;
};

struct Options
{
    QString location;
    qint64 first = 1;
    qint64 count = 1;
    qint64 customerId = 0; // 0: every customer in turn
    QString requestKey;    // replaces the numbered key of the first charge
    QString barrierPath;
};

void writeLine(const QString &line)
{
    static QTextStream out(stdout);
    out << line << '\n';
    out.flush();
}

// Reads the customers (one, or all when customerId is 0) and their bills.
bool loadTargets(QSqlDatabase db, qint64 customerId, QList<Target> *targets, QString *error)
{
    QSqlQuery customers(db);
    const QString where = customerId != 0 ? QStringLiteral(" WHERE id = :id") : QString();
    if (!customers.prepare(QStringLiteral("SELECT id FROM customers") + where
                           + QStringLiteral(" ORDER BY id"))) {
        *error = customers.lastError().text();
        return false;
    }
    if (customerId != 0)
        customers.bindValue(QStringLiteral(":id"), customerId);
    if (!customers.exec()) {
        *error = customers.lastError().text();
        return false;
    }
    while (customers.next())
        targets->append(Target{customers.value(QStringLiteral("id")).toLongLong(), {}});

    QSqlQuery bills(db);
    if (!bills.prepare(QStringLiteral("SELECT id FROM bills WHERE customer_id = :customer_id "
                                      "ORDER BY id"))) {
        *error = bills.lastError().text();
        return false;
    }
    for (Target &target : *targets) {
        bills.bindValue(QStringLiteral(":customer_id"), target.customerId);
        if (!bills.exec()) {
            *error = bills.lastError().text();
            return false;
        }
        while (bills.next())
            target.billIds.append(bills.value(QStringLiteral("id")).toLongLong());
    }

    if (targets->isEmpty())
        *error = QStringLiteral("no customer to charge");
    return !targets->isEmpty();
}

QString numberedRequestKey(qint64 number)
{
    return QStringLiteral("stream-%1").arg(number, 8, 10, QLatin1Char('0'));
}

// Returns charge number n. Its amount is 10.00 plus n minor units, so no two
// numbers make exact duplicates or same-amount possible duplicates of each
// other. Every third charge is on one of the customer's bills, so that the
// bills' stored totals change too.
ChargeRequest requestFor(qint64 number, const QList<Target> &targets)
{
    const Target &target = targets.at(number % targets.size());

    ChargeRequest request;
    request.requestKey = numberedRequestKey(number);
    request.customerId = target.customerId;
    if (number % 3 == 0 && !target.billIds.isEmpty())
        request.billId = target.billIds.at((number / 3) % target.billIds.size());
    request.feeTypeCode = FeeTypes.at(number % FeeTypes.size());

    const qint64 minor = 1000 + number;
    request.amountText = QStringLiteral("%1.%2").arg(minor / 100).arg(minor % 100, 2, 10,
                                                                      QLatin1Char('0'));
    request.amountLocale = QLocale::c();
    request.reasonCode = QStringLiteral("BILLING_ERROR");
    request.note = QStringLiteral("Test charge %1").arg(number);
    request.paymentMethodCode = QStringLiteral("BANK_TRANSFER");
    request.dueDate = QDate(2026, 4, 1).addDays(number % 200);
    return request;
}

bool waitForBarrier(const QString &path)
{
    QDeadlineTimer deadline(BarrierTimeoutMs);
    while (!QFileInfo::exists(path)) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(1);
    }
    return true;
}

// Reviews and commits the charges of options in order. Returns the exit status.
int writeCharges(const Options &options)
{
    const QSqlDatabase db = QSqlDatabase::database(ConnectionName);
    QList<Target> targets;
    QString error;
    if (!loadTargets(db, options.customerId, &targets, &error)) {
        writeLine(QStringLiteral("FAILED - ") + error);
        return DatabaseError;
    }
    if (options.barrierPath.isEmpty())
        writeLine(QStringLiteral("READY"));

    ChargeService service(db, QStringLiteral("chargewriter"));
    for (qint64 number = options.first; number < options.first + options.count; ++number) {
        ChargeRequest request = requestFor(number, targets);
        if (number == options.first && !options.requestKey.isEmpty())
            request.requestKey = options.requestKey;

        const ChargeReview review = service.review(request);
        // Charges on the same bill with the same fee type are possible
        // duplicates, which a user acknowledges with a note.
        if (review.needsAcknowledgement())
            request.duplicateAcknowledgement = QStringLiteral("Separate test charge");

        if (number == options.first && !options.barrierPath.isEmpty()) {
            writeLine(QStringLiteral("READY"));
            if (!waitForBarrier(options.barrierPath)) {
                writeLine(QStringLiteral("FAILED %1 the barrier file %2 did not appear")
                              .arg(request.requestKey, options.barrierPath));
                return DatabaseError;
            }
        }

        const ChargeService::CommitResult result = service.commit(request, review);
        switch (result.status) {
        case ChargeService::CommitResult::Status::Committed:
        case ChargeService::CommitResult::Status::Replayed: {
            const bool committed = result.status
                                   == ChargeService::CommitResult::Status::Committed;
            writeLine(QStringLiteral("ACK %1 %2 %3")
                          .arg(request.requestKey)
                          .arg(result.chargeId)
                          .arg(committed ? QStringLiteral("committed")
                                         : QStringLiteral("replayed")));
            break;
        }
        case ChargeService::CommitResult::Status::Rejected:
            writeLine(QStringLiteral("REJECTED %1 %2").arg(request.requestKey,
                                                           result.errorMessage.simplified()));
            return Rejected;
        case ChargeService::CommitResult::Status::Failed:
            writeLine(QStringLiteral("FAILED %1 %2").arg(request.requestKey,
                                                         result.errorMessage.simplified()));
            return DatabaseError;
        }
    }
    return Success;
}

bool parseOptions(const QCoreApplication &app, Options *options, QString *error)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("database"), QStringLiteral("Database location."),
         QStringLiteral("LOCATION")},
        {QStringLiteral("first"), QStringLiteral("Number of the first charge."),
         QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("count"), QStringLiteral("Number of charges to commit."),
         QStringLiteral("C"), QStringLiteral("1")},
        {QStringLiteral("customer"), QStringLiteral("Charge only this customer id."),
         QStringLiteral("ID")},
        {QStringLiteral("request-key"),
         QStringLiteral("Request key of the first charge instead of its numbered key."),
         QStringLiteral("KEY")},
        {QStringLiteral("barrier"),
         QStringLiteral("Review the first charge, then commit it once this file exists."),
         QStringLiteral("FILE")},
    });
    if (!parser.parse(app.arguments())) {
        *error = parser.errorText();
        return false;
    }

    bool firstOk = false;
    bool countOk = false;
    bool customerOk = true;
    options->location = parser.value(QStringLiteral("database"));
    options->first = parser.value(QStringLiteral("first")).toLongLong(&firstOk);
    options->count = parser.value(QStringLiteral("count")).toLongLong(&countOk);
    if (parser.isSet(QStringLiteral("customer")))
        options->customerId = parser.value(QStringLiteral("customer")).toLongLong(&customerOk);
    options->requestKey = parser.value(QStringLiteral("request-key"));
    options->barrierPath = parser.value(QStringLiteral("barrier"));

    if (options->location.isEmpty() || !firstOk || options->first < 0 || !countOk
        || options->count < 1 || !customerOk) {
        *error = QStringLiteral("usage: chargewriter --database LOCATION [--first N] "
                                "[--count C] [--customer ID] [--request-key KEY] "
                                "[--barrier FILE]");
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);

    Options options;
    QString error;
    if (!parseOptions(app, &options, &error)) {
        QTextStream(stderr) << error << '\n';
        return UsageError;
    }

    if (!Database::open(options.location, ConnectionName, &error)) {
        writeLine(QStringLiteral("FAILED - ") + error.simplified());
        return DatabaseError;
    }
    const int status = writeCharges(options);
    Database::close(ConnectionName);
    return status;
}
