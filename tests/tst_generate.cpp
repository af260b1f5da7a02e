// DataGenerator and chargedesk-cli generate: the counts, the share of
// Chinese names, the same rows for the same seed, a clean verify, the
// customer with many charges, and the checks of the arguments.

#include "auditlog.h"
#include "clitestsupport.h"
#include "chargeservice.h"
#include "datagenerator.h"
#include "duplicatefinder.h"
#include "integritychecker.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlRecord>
#include <QtTest>

#include <memory>

class tst_Generate : public QObject
{
    Q_OBJECT

private slots:
    void countsMatchSettings();
    void halfOfCustomersHaveChineseNames();
    void sameSeedWritesSameRows();
    void otherSeedWritesOtherRows();
    void verifyFindsNoMismatch();
    void busiestCustomerHasThousandCharges();
    void possibleDuplicatesAreAcknowledged();
    void possibleDuplicatesMatchDuplicateFinder();
    void rowsFollowChargeRules();
    void paymentsFollowPaymentRules();
    void laterWritesContinueIdsAndChain();
    void databaseWithCustomersIsRejected();
    void lockedPeriodIsRejected();
    void chargesAboveThresholdArePending();
    void chargesWithoutBillsGoOnAccounts();

    void cliPrintsSummary();
    void cliPaymentsOptionPays();
    void cliAnalyzesPostgresql();
    void cliRejectsInvalidArguments_data();
    void cliRejectsInvalidArguments();
    void cliRequiresEveryCount();
    void helpListsGenerate();

private:
    // Generates the small data set into database: 200 customers, 600 bills
    // and 2,000 charges, with payments.
    static DataGenerator::Result generateSmall(const TestDatabase &database, quint32 seed);

    // Returns every row of the generated tables, ordered by id, one string
    // per row with the values separated by a unit separator.
    static QStringList dump(const TestDatabase &database);
};

namespace {

// Exit statuses of chargedesk-cli (ExitCode).
constexpr int UsageErrorStatus = 1;
constexpr int RejectedStatus = 2;

const QRegularExpression Han(QStringLiteral("\\p{Han}"));

CliResult generateCli(const QString &location, const QStringList &arguments)
{
    return runCli(QStringList{QStringLiteral("--language"), QStringLiteral("en"),
                              QStringLiteral("--database"), location,
                              QStringLiteral("generate")}
                  + arguments);
}

} // namespace

DataGenerator::Result tst_Generate::generateSmall(const TestDatabase &database, quint32 seed)
{
    DataGenerator::Settings settings;
    settings.customers = 200;
    settings.bills = 600;
    settings.charges = 2000;
    settings.seed = seed;
    settings.payments = true;
    return DataGenerator(database.db()).generate(settings);
}

QStringList tst_Generate::dump(const TestDatabase &database)
{
    QStringList rows;
    for (const char *table : {"customers", "bills", "bill_lines", "charges", "audit_log",
                              "audit_chain_head"}) {
        QSqlQuery query(database.db());
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table))))
            return {QStringLiteral("failed: ") + query.lastError().text()};
        while (query.next()) {
            QStringList values{QLatin1String(table)};
            const QSqlRecord record = query.record();
            for (int i = 0; i < record.count(); ++i) {
                values << record.fieldName(i) + QLatin1Char('=')
                              + (query.isNull(i) ? QStringLiteral("NULL")
                                                 : query.value(i).toString());
            }
            rows << values.join(QChar(0x1f));
        }
    }
    return rows;
}

void tst_Generate::countsMatchSettings()
{
    TestDatabase database;
    QVERIFY2(database.isOpen(), qPrintable(database.error()));

    const DataGenerator::Result result = generateSmall(database, 7);
    QVERIFY2(result.status == DataGenerator::Result::Status::Written,
             qPrintable(result.errorMessage));
    QCOMPARE(result.counts.customers, 200);
    QCOMPARE(result.counts.bills, 600);
    QCOMPARE(result.counts.charges, 2000);
    QCOMPARE(database.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")), 200);
    QCOMPARE(database.scalar(QStringLiteral("SELECT COUNT(*) FROM bills")), 600);
    QCOMPARE(database.scalar(QStringLiteral("SELECT COUNT(*) FROM charges")), 2000);
    QCOMPARE(database.scalar(QStringLiteral("SELECT COUNT(*) FROM bill_lines")),
             result.counts.billLines);
    QVERIFY(result.counts.billLines >= 600);

    // One charge.add per charge and one charge.void per voided charge.
    QVERIFY(result.voidedCharges > 0);
    QCOMPARE(database.scalar(QStringLiteral("SELECT COUNT(*) FROM charges "
                                            "WHERE status = 'void'")),
             result.voidedCharges);
    QCOMPARE(database.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log "
                                            "WHERE action = 'charge.add'")),
             2000);
    QCOMPARE(database.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log "
                                            "WHERE action = 'charge.void'")),
             result.voidedCharges);
    // One payment.add per payment.
    QVERIFY(result.counts.payments > 0);
    QCOMPARE(database.scalar(QStringLiteral("SELECT COUNT(*) FROM payments")),
             result.counts.payments);
    QCOMPARE(database.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log "
                                            "WHERE action = 'payment.add'")),
             result.counts.payments);
    QCOMPARE(result.counts.auditRecords,
             2000 + result.voidedCharges + result.counts.payments);
}

void tst_Generate::halfOfCustomersHaveChineseNames()
{
    TestDatabase database;
    QVERIFY2(database.isOpen(), qPrintable(database.error()));
    QVERIFY(generateSmall(database, 7).status == DataGenerator::Result::Status::Written);

    QSqlQuery query(database.db());
    VERIFY_SQL(query, query.exec(QStringLiteral(
                          "SELECT company_name, contact_name, city, phone, currency "
                          "FROM customers ORDER BY id")));
    int chinese = 0;
    int western = 0;
    QSet<QString> currencies;
    while (query.next()) {
        const QString company = query.value(QStringLiteral("company_name")).toString();
        const QString currency = query.value(QStringLiteral("currency")).toString();
        const QString phone = query.value(QStringLiteral("phone")).toString();
        currencies.insert(currency);
        if (company.contains(Han)) {
            ++chinese;
            QVERIFY2(query.value(QStringLiteral("contact_name")).toString().contains(Han),
                     qPrintable(company));
            QVERIFY2(query.value(QStringLiteral("city")).toString().contains(Han),
                     qPrintable(company));
            QVERIFY2(company.endsWith(QStringLiteral("公司"))
                         || company.endsWith(QStringLiteral("商行")),
                     qPrintable(company));
            QVERIFY2(QStringList({QStringLiteral("CNY"), QStringLiteral("HKD"),
                                  QStringLiteral("TWD")})
                         .contains(currency),
                     qPrintable(company + QLatin1Char(' ') + currency));
            // A mobile "138 1234 5678", a landline "021-6234 5678" or an
            // international number "+852 2345 6789".
            static const QRegularExpression chinesePhone(
                QStringLiteral("^(1[3-9]\\d \\d{4} \\d{4}|0\\d{2,3}-\\d{3,4} \\d{4}"
                               "|\\+8(52|86 2) \\d{4} \\d{4})$"));
            QVERIFY2(chinesePhone.match(phone).hasMatch(), qPrintable(phone));
        } else {
            ++western;
            QVERIFY2(!query.value(QStringLiteral("contact_name")).toString().contains(Han),
                     qPrintable(company));
            QVERIFY2(QStringList({QStringLiteral("USD"), QStringLiteral("EUR"),
                                  QStringLiteral("GBP"), QStringLiteral("JPY")})
                         .contains(currency),
                     qPrintable(company + QLatin1Char(' ') + currency));
        }
    }
    QCOMPARE(chinese, 100);
    QCOMPARE(western, 100);
    const QString seen = currencies.values().join(QLatin1Char(','));
    QVERIFY2(currencies.contains(QStringLiteral("CNY")), qPrintable(seen));
    QVERIFY2(currencies.contains(QStringLiteral("USD")), qPrintable(seen));
    QVERIFY2(currencies.contains(QStringLiteral("EUR")), qPrintable(seen));
}

void tst_Generate::sameSeedWritesSameRows()
{
    TestDatabase first(QStringLiteral("first"));
    TestDatabase second(QStringLiteral("second"));
    QVERIFY2(first.isOpen(), qPrintable(first.error()));
    QVERIFY2(second.isOpen(), qPrintable(second.error()));
    QVERIFY(generateSmall(first, 7).status == DataGenerator::Result::Status::Written);
    QVERIFY(generateSmall(second, 7).status == DataGenerator::Result::Status::Written);

    const QStringList firstRows = dump(first);
    const QStringList secondRows = dump(second);
    QVERIFY(firstRows.size() > 5000);
    QCOMPARE(secondRows.size(), firstRows.size());
    for (qsizetype i = 0; i < firstRows.size(); ++i)
        QCOMPARE(secondRows.at(i), firstRows.at(i));
}

void tst_Generate::otherSeedWritesOtherRows()
{
    TestDatabase first(QStringLiteral("first"));
    TestDatabase second(QStringLiteral("second"));
    QVERIFY2(first.isOpen(), qPrintable(first.error()));
    QVERIFY2(second.isOpen(), qPrintable(second.error()));
    QVERIFY(generateSmall(first, 7).status == DataGenerator::Result::Status::Written);
    QVERIFY(generateSmall(second, 8).status == DataGenerator::Result::Status::Written);

    const QStringList firstRows = dump(first);
    const QStringList secondRows = dump(second);
    QVERIFY(firstRows != secondRows);

    // The customers differ, not only the charges.
    QVERIFY(firstRows.constFirst() != secondRows.constFirst());
}

void tst_Generate::verifyFindsNoMismatch()
{
    TestDatabase database;
    QVERIFY2(database.isOpen(), qPrintable(database.error()));
    const DataGenerator::Result generated = generateSmall(database, 11);
    QVERIFY(generated.status == DataGenerator::Result::Status::Written);

    const IntegrityResult result = IntegrityChecker(database.db()).run();
    QVERIFY2(result.status == ReportQueryStatus::Completed, qPrintable(result.errorMessage));
    QStringList mismatches;
    for (const IntegrityMismatch &mismatch : result.mismatches)
        mismatches << mismatch.description();
    QVERIFY2(result.mismatches.isEmpty(), qPrintable(mismatches.mid(0, 5).join('\n')));
    QCOMPARE(result.charges, 2000);
    QCOMPARE(result.bills, 600);
    QCOMPARE(result.customers, 200);
    QCOMPARE(result.auditRecords, generated.counts.auditRecords);
    QCOMPARE(result.payments, generated.counts.payments);
    QCOMPARE(result.firstBrokenAuditId, 0);
}

void tst_Generate::busiestCustomerHasThousandCharges()
{
    TestDatabase database;
    QVERIFY2(database.isOpen(), qPrintable(database.error()));
    const DataGenerator::Result result = generateSmall(database, 7);
    QVERIFY(result.status == DataGenerator::Result::Status::Written);

    QSqlQuery query(database.db());
    VERIFY_SQL(query, query.exec(QStringLiteral(
                          "SELECT cu.code, COUNT(*) AS charge_count FROM charges c "
                          "JOIN customers cu ON cu.id = c.customer_id "
                          "GROUP BY cu.code ORDER BY charge_count DESC, cu.code")));
    QVERIFY(query.next());
    const qint64 most = query.value(QStringLiteral("charge_count")).toLongLong();
    QVERIFY2(most >= 1000, qPrintable(QString::number(most)));
    QCOMPARE(result.busiestCustomerCharges, most);
    QCOMPARE(result.busiestCustomerCode, query.value(QStringLiteral("code")).toString());

    // The distribution is skewed: the second busiest has far fewer.
    QVERIFY(query.next());
    QVERIFY(query.value(QStringLiteral("charge_count")).toLongLong() < most / 2);
}

void tst_Generate::possibleDuplicatesAreAcknowledged()
{
    TestDatabase database;
    QVERIFY2(database.isOpen(), qPrintable(database.error()));
    QVERIFY(generateSmall(database, 7).status == DataGenerator::Result::Status::Written);

    // The service writes the acknowledgement exactly when it found
    // possible duplicates, and the same text as the record's note.
    QSqlQuery query(database.db());
    VERIFY_SQL(query, query.exec(QStringLiteral(
                          "SELECT c.id, c.duplicate_ack_note, a.details, a.note FROM charges c "
                          "JOIN audit_log a ON a.entity = 'charge' AND a.entity_id = c.id "
                          "AND a.action = 'charge.add' ORDER BY c.id")));
    int acknowledged = 0;
    while (query.next()) {
        const QJsonObject details = QJsonDocument::fromJson(
            query.value(QStringLiteral("details")).toString().toUtf8()).object();
        const QJsonArray duplicates
            = details.value(QStringLiteral("possible_duplicates")).toArray();
        const QString note = query.value(QStringLiteral("duplicate_ack_note")).toString();
        const QString id = query.value(QStringLiteral("id")).toString();
        QCOMPARE(note.isEmpty(), duplicates.isEmpty());
        QCOMPARE(query.value(QStringLiteral("note")).toString(), note);
        for (const QJsonValue &duplicate : duplicates)
            QVERIFY2(duplicate.toInteger() < id.toLongLong(), qPrintable(id));
        if (!note.isEmpty())
            ++acknowledged;
    }
    QVERIFY(acknowledged > 0);

    // No two counted charges are exact duplicates, which the service rejects.
    QCOMPARE(database.scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM (SELECT customer_id FROM charges "
                 "WHERE status IN ('posted', 'pending') "
                 "GROUP BY customer_id, bill_id, fee_type_code, amount_minor, due_date "
                 "HAVING COUNT(*) > 1) exact")),
             0);
}

void tst_Generate::possibleDuplicatesMatchDuplicateFinder()
{
    TestDatabase database;
    QVERIFY2(database.isOpen(), qPrintable(database.error()));
    QVERIFY(generateSmall(database, 7).status == DataGenerator::Result::Status::Written);

    // The newest charge of a customer saw every other charge of that
    // customer as it is now, unless one of them was voided after it was
    // entered. For those charges DuplicateFinder must find today what the
    // generator recorded.
    QSqlQuery query(database.db());
    VERIFY_SQL(query, query.exec(QStringLiteral(
                          "SELECT c.id, c.request_key, c.customer_id, c.bill_id, "
                          "c.fee_type_code, c.amount_minor, c.due_date, a.details "
                          "FROM charges c JOIN audit_log a ON a.entity = 'charge' "
                          "AND a.entity_id = c.id AND a.action = 'charge.add' "
                          "WHERE c.id = (SELECT MAX(n.id) FROM charges n "
                          "WHERE n.customer_id = c.customer_id) "
                          "AND NOT EXISTS (SELECT 1 FROM charges v "
                          "WHERE v.customer_id = c.customer_id AND v.voided_at > c.created_at) "
                          "ORDER BY c.id")));
    const DuplicateFinder finder(database.db(), ChargeService::PossibleDuplicateWindowDays);
    int compared = 0;
    int withDuplicates = 0;
    while (query.next()) {
        DuplicateFinder::Candidate candidate;
        candidate.customerId = query.value(QStringLiteral("customer_id")).toLongLong();
        candidate.billId = query.value(QStringLiteral("bill_id")).toLongLong();
        candidate.feeTypeCode = query.value(QStringLiteral("fee_type_code")).toString();
        candidate.amountMinor = query.value(QStringLiteral("amount_minor")).toLongLong();
        candidate.dueDate = QDate::fromString(query.value(QStringLiteral("due_date")).toString(),
                                              Qt::ISODate);
        candidate.requestKey = query.value(QStringLiteral("request_key")).toString();
        ChargeReview review;
        QString error;
        QVERIFY2(finder.find(candidate, &review, &error), qPrintable(error));
        QVERIFY(review.exactDuplicates.isEmpty());

        QList<qint64> found;
        for (const DuplicateFinding &finding : std::as_const(review.possibleDuplicates))
            found << finding.existing.id;
        QList<qint64> recorded;
        const QJsonObject details = QJsonDocument::fromJson(
            query.value(QStringLiteral("details")).toString().toUtf8()).object();
        for (const QJsonValue &id : details.value(QStringLiteral("possible_duplicates")).toArray())
            recorded << id.toInteger();
        QCOMPARE(recorded, found);
        ++compared;
        if (!found.isEmpty())
            ++withDuplicates;
    }
    QVERIFY(compared > 50);
    QVERIFY(withDuplicates > 0);
}

void tst_Generate::rowsFollowChargeRules()
{
    TestDatabase database;
    QVERIFY2(database.isOpen(), qPrintable(database.error()));
    QVERIFY(generateSmall(database, 7).status == DataGenerator::Result::Status::Written);

    // Charges are due on or after their bill's issue, in the customer's
    // currency, entered after the bill and before they were voided.
    QCOMPARE(database.scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM charges c JOIN bills b ON b.id = c.bill_id "
                 "WHERE c.due_date < b.issue_date OR c.created_at < b.created_at")),
             0);
    QCOMPARE(database.scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM charges c JOIN customers cu ON cu.id = c.customer_id "
                 "WHERE c.currency <> cu.currency")),
             0);
    QCOMPARE(database.scalar(QStringLiteral("SELECT COUNT(*) FROM charges "
                                            "WHERE voided_at <= created_at")),
             0);
    QCOMPARE(database.scalar(QStringLiteral("SELECT COUNT(*) FROM charges "
                                            "WHERE reason_code = 'OTHER' AND note = ''")),
             0);

    // Ids follow created_at, as when the service writes one after another.
    QCOMPARE(database.scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM charges a JOIN charges b ON b.id = a.id + 1 "
                 "WHERE b.created_at < a.created_at")),
             0);

    // Dates span the four years up to the default last day.
    QCOMPARE(database.scalar(QStringLiteral("SELECT COUNT(*) FROM charges "
                                            "WHERE created_at < '2022-01-01' "
                                            "OR created_at >= '2026-01-01'")),
             0);
    QVERIFY(database.scalar(QStringLiteral("SELECT COUNT(*) FROM charges "
                                           "WHERE created_at < '2023-01-01'"))
            > 0);
    QVERIFY(database.scalar(QStringLiteral("SELECT COUNT(*) FROM charges "
                                           "WHERE created_at >= '2025-01-01'"))
            > 0);
}

void tst_Generate::paymentsFollowPaymentRules()
{
    TestDatabase database;
    QVERIFY2(database.isOpen(), qPrintable(database.error()));
    QVERIFY(generateSmall(database, 7).status == DataGenerator::Result::Status::Written);

    // Void and pending charges are never paid; payments come after the
    // charge's entry day or the bill's issue, and within the period.
    QCOMPARE(database.scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM payments p JOIN charges c ON c.id = p.charge_id "
                 "WHERE c.status <> 'posted' OR p.paid_on <= substr(c.created_at, 1, 10) "
                 "OR p.created_at <= c.created_at")),
             0);
    QCOMPARE(database.scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM payments p JOIN bills b ON b.id = p.bill_id "
                 "WHERE p.paid_on < b.issue_date")),
             0);
    QCOMPARE(database.scalar(QStringLiteral("SELECT COUNT(*) FROM payments "
                                            "WHERE paid_on > '2025-12-31'")),
             0);

    // A payment of a charge names the charge's bill; a bill's own lines are
    // never paid beyond their total.
    QCOMPARE(database.scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM payments p JOIN charges c ON c.id = p.charge_id "
                 "WHERE COALESCE(p.bill_id, 0) <> COALESCE(c.bill_id, 0)")),
             0);
    QCOMPARE(database.scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM bills b WHERE b.lines_total_minor < "
                 "(SELECT COALESCE(SUM(p.amount_minor), 0) FROM payments p "
                 "WHERE p.bill_id = b.id AND p.charge_id IS NULL)")),
             0);

    // Charges are paid in full, in part or not at all.
    QVERIFY(database.scalar(QStringLiteral("SELECT COUNT(*) FROM charges "
                                           "WHERE paid_minor = amount_minor"))
            > 0);
    QVERIFY(database.scalar(QStringLiteral("SELECT COUNT(*) FROM charges "
                                           "WHERE paid_minor > 0 "
                                           "AND paid_minor < amount_minor"))
            > 0);
    QVERIFY(database.scalar(QStringLiteral("SELECT COUNT(*) FROM charges "
                                           "WHERE status = 'posted' AND paid_minor = 0"))
            > 0);
}

void tst_Generate::laterWritesContinueIdsAndChain()
{
    TestDatabase database;
    QVERIFY2(database.isOpen(), qPrintable(database.error()));
    QVERIFY(generateSmall(database, 7).status == DataGenerator::Result::Status::Written);

    // A customer inserted without an id gets the next one, also from a
    // PostgreSQL identity sequence.
    QSqlQuery insert(database.db());
    VERIFY_SQL(insert, insert.exec(QStringLiteral(
                           "INSERT INTO customers (code, company_name, currency, created_at, "
                           "updated_at) VALUES ('LATER', 'Later Ltd.', 'USD', "
                           "'2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z')")));
    QCOMPARE(database.scalar(QStringLiteral("SELECT id FROM customers WHERE code = 'LATER'")),
             201);

    // An audit record appended afterwards links to the last generated one.
    QString error;
    QVERIFY2(AuditLog(database.db()).append(QStringLiteral("tester"),
                                            QStringLiteral("customer.import"),
                                            QStringLiteral("customer"), 201, {}, QString(),
                                            &error),
             qPrintable(error));
    const IntegrityResult result = IntegrityChecker(database.db()).run();
    QVERIFY2(result.status == ReportQueryStatus::Completed, qPrintable(result.errorMessage));
    QVERIFY(result.mismatches.isEmpty());
}

void tst_Generate::databaseWithCustomersIsRejected()
{
    TestDatabase database;
    QVERIFY2(database.isOpen(), qPrintable(database.error()));
    QVERIFY(generateSmall(database, 7).status == DataGenerator::Result::Status::Written);
    const QStringList before = dump(database);

    const DataGenerator::Result again = generateSmall(database, 7);
    QVERIFY(again.status == DataGenerator::Result::Status::Rejected);
    QVERIFY2(again.errorMessage.contains(QStringLiteral("already has customers (200 of them).")),
             qPrintable(again.errorMessage));
    QCOMPARE(again.counts.charges, 0);
    QCOMPARE(dump(database), before);
}

void tst_Generate::lockedPeriodIsRejected()
{
    TestDatabase database;
    QVERIFY2(database.isOpen(), qPrintable(database.error()));
    QSqlQuery lock(database.db());
    VERIFY_SQL(lock, lock.exec(QStringLiteral(
                         "INSERT INTO period_locks (lock_date, reason, moved_by, moved_at) "
                         "VALUES ('2023-06-30', '', 'tester', '2023-07-01T08:00:00.000Z')")));

    const DataGenerator::Result result = generateSmall(database, 7);
    QVERIFY(result.status == DataGenerator::Result::Status::Rejected);
    QVERIFY2(result.errorMessage.contains(QStringLiteral("locked up to")),
             qPrintable(result.errorMessage));
    QVERIFY2(result.errorMessage.contains(QStringLiteral("2022")),
             qPrintable(result.errorMessage));
    QCOMPARE(database.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")), 0);
}

void tst_Generate::chargesAboveThresholdArePending()
{
    TestDatabase database;
    QVERIFY2(database.isOpen(), qPrintable(database.error()));

    // Charges of more than 500.00 CNY wait for approval, as the service
    // writes them.
    QSqlQuery threshold(database.db());
    VERIFY_SQL(threshold, threshold.exec(QStringLiteral(
                              "INSERT INTO approval_thresholds (currency, amount_minor, "
                              "updated_by, updated_at) VALUES ('CNY', 50000, 'tester', "
                              "'2021-01-01T08:00:00.000Z')")));
    const DataGenerator::Result result = generateSmall(database, 7);
    QVERIFY2(result.status == DataGenerator::Result::Status::Written,
             qPrintable(result.errorMessage));

    QVERIFY(result.pendingCharges > 0);
    QCOMPARE(database.scalar(QStringLiteral("SELECT COUNT(*) FROM charges "
                                            "WHERE status = 'pending'")),
             result.pendingCharges);
    QCOMPARE(database.scalar(QStringLiteral("SELECT COUNT(*) FROM charges WHERE status = "
                                            "'pending' AND (currency <> 'CNY' "
                                            "OR amount_minor <= 50000)")),
             0);
    QCOMPARE(database.scalar(QStringLiteral("SELECT COUNT(*) FROM charges WHERE status <> "
                                            "'pending' AND currency = 'CNY' "
                                            "AND amount_minor > 50000")),
             0);
    const IntegrityResult integrity = IntegrityChecker(database.db()).run();
    QVERIFY2(integrity.status == ReportQueryStatus::Completed,
             qPrintable(integrity.errorMessage));
    QVERIFY(integrity.mismatches.isEmpty());
}

void tst_Generate::chargesWithoutBillsGoOnAccounts()
{
    TestDatabase database;
    QVERIFY2(database.isOpen(), qPrintable(database.error()));
    DataGenerator::Settings settings;
    settings.customers = 5;
    settings.bills = 0;
    settings.charges = 40;
    settings.seed = 3;
    const DataGenerator::Result result = DataGenerator(database.db()).generate(settings);
    QVERIFY2(result.status == DataGenerator::Result::Status::Written,
             qPrintable(result.errorMessage));

    QCOMPARE(database.scalar(QStringLiteral("SELECT COUNT(*) FROM charges")), 40);
    QCOMPARE(database.scalar(QStringLiteral("SELECT COUNT(*) FROM charges "
                                            "WHERE bill_id IS NOT NULL")),
             0);

    // Payments are written only when the settings ask for them.
    QCOMPARE(result.counts.payments, 0);
    QCOMPARE(database.scalar(QStringLiteral("SELECT COUNT(*) FROM payments")), 0);
    // The busiest customer gets half of the charges before the others draw.
    QVERIFY(result.busiestCustomerCharges >= 20);
    QVERIFY(IntegrityChecker(database.db()).run().mismatches.isEmpty());
}

void tst_Generate::cliPrintsSummary()
{
    TestDatabase database;
    QVERIFY2(database.isOpen(), qPrintable(database.error()));
    const QStringList arguments = {
        QStringLiteral("--customers"), QStringLiteral("20"), QStringLiteral("--bills"),
        QStringLiteral("30"), QStringLiteral("--charges"), QStringLiteral("100"),
        QStringLiteral("--seed"), QStringLiteral("42"),
    };

    const CliResult result = generateCli(database.location(), arguments);
    QVERIFY(result.finished);
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QVERIFY2(result.out.startsWith(QStringLiteral("Generated 20 customers, 30 bills with ")),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral(" lines, 100 charges (")),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral(" and 0 payments with ")),
             qPrintable(result.out));
    static const QRegularExpression busiest(QStringLiteral("has the most charges: (\\d+)\\."));
    const QRegularExpressionMatch match = busiest.match(result.out);
    QVERIFY2(match.hasMatch(), qPrintable(result.out));
    QVERIFY2(match.captured(1).toInt() >= 50, qPrintable(result.out));
    QCOMPARE(database.scalar(QStringLiteral("SELECT COUNT(*) FROM charges")), 100);

    // A second run finds the customers and writes nothing.
    const CliResult again = generateCli(database.location(), arguments);
    QVERIFY(again.finished);
    QCOMPARE(again.exitCode, RejectedStatus);
    QVERIFY2(again.err.contains(
                 QStringLiteral("The database already has customers (20 of them).")),
             qPrintable(again.err));
    QCOMPARE(database.scalar(QStringLiteral("SELECT COUNT(*) FROM charges")), 100);
}

void tst_Generate::cliPaymentsOptionPays()
{
    TestDatabase database;
    QVERIFY2(database.isOpen(), qPrintable(database.error()));
    const CliResult result = generateCli(
        database.location(),
        {QStringLiteral("--customers"), QStringLiteral("20"), QStringLiteral("--bills"),
         QStringLiteral("60"), QStringLiteral("--charges"), QStringLiteral("200"),
         QStringLiteral("--seed"), QStringLiteral("42"), QStringLiteral("--payments")});
    QVERIFY(result.finished);
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));

    const qint64 payments = database.scalar(QStringLiteral("SELECT COUNT(*) FROM payments"));
    QVERIFY(payments > 0);
    QVERIFY2(result.out.contains(QStringLiteral(" and %1 payments with ").arg(payments)),
             qPrintable(result.out));
    QVERIFY(IntegrityChecker(database.db()).run().mismatches.isEmpty());
}

void tst_Generate::cliAnalyzesPostgresql()
{
    TestDatabase database;
    QVERIFY2(database.isOpen(), qPrintable(database.error()));
    const CliResult result = generateCli(
        database.location(),
        {QStringLiteral("--customers"), QStringLiteral("20"), QStringLiteral("--bills"),
         QStringLiteral("30"), QStringLiteral("--charges"), QStringLiteral("100"),
         QStringLiteral("--seed"), QStringLiteral("42")});
    QVERIFY(result.finished);
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QVERIFY2(!result.err.contains(QStringLiteral("planner statistics")), qPrintable(result.err));

    // SQLite plans by its fixed rules, which sqlite_stat1 would change.
    if (!database.isPostgresql()) {
        QCOMPARE(database.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master "
                                                "WHERE name = 'sqlite_stat1'")),
                 0);
        return;
    }

    // last_analyze is set by ANALYZE only; autovacuum sets last_autoanalyze.
    for (const char *table : {"customers", "bills", "bill_lines", "charges", "audit_log"}) {
        QSqlQuery query(database.db());
        VERIFY_SQL(query, query.prepare(QStringLiteral(
                              "SELECT last_analyze IS NOT NULL AS analyzed "
                              "FROM pg_stat_user_tables WHERE relname = :table")));
        query.bindValue(QStringLiteral(":table"), QLatin1String(table));
        VERIFY_SQL(query, query.exec());
        QVERIFY2(query.next(), table);
        QVERIFY2(query.value(QStringLiteral("analyzed")).toBool(), table);
    }
    QCOMPARE(database.scalar(QStringLiteral("SELECT reltuples::bigint FROM pg_class "
                                            "WHERE relname = 'customers' AND relkind = 'r'")),
             20);
}

void tst_Generate::cliRejectsInvalidArguments_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");

    const QString customers = QStringLiteral("from 1 to 1000000.");
    const QString counts = QStringLiteral("from 0 to 10000000.");
    const QString seed = QStringLiteral("from 0 to 4294967295.");
    QTest::newRow("customers negative") << "customers" << "-5" << customers;
    QTest::newRow("customers zero") << "customers" << "0" << customers;
    QTest::newRow("customers text") << "customers" << "many" << customers;
    QTest::newRow("customers fraction") << "customers" << "1.5" << customers;
    QTest::newRow("customers too many") << "customers" << "1000001" << customers;
    QTest::newRow("bills negative") << "bills" << "-1" << counts;
    QTest::newRow("bills empty") << "bills" << "" << counts;
    QTest::newRow("charges text") << "charges" << "1e6" << counts;
    QTest::newRow("charges too many") << "charges" << "10000001" << counts;
    QTest::newRow("seed negative") << "seed" << "-1" << seed;
    QTest::newRow("seed too large") << "seed" << "4294967296" << seed;
}

void tst_Generate::cliRejectsInvalidArguments()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    QFETCH(QString, message);

    TestDatabase database;
    QVERIFY2(database.isOpen(), qPrintable(database.error()));
    QStringList arguments = {
        QStringLiteral("--customers"), QStringLiteral("10"), QStringLiteral("--bills"),
        QStringLiteral("10"), QStringLiteral("--charges"), QStringLiteral("10"),
        QStringLiteral("--seed"), QStringLiteral("1"),
    };
    arguments[arguments.indexOf(QLatin1String("--") + option) + 1] = value;

    const CliResult result = generateCli(database.location(), arguments);
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, RejectedStatus);
    const QString expected = QStringLiteral("Invalid --%1 “%2”: give a whole number %3")
                                 .arg(option, value, message);
    QVERIFY2(result.err.contains(expected), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("Nothing was written.")), qPrintable(result.err));
    QCOMPARE(database.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")), 0);
}

void tst_Generate::cliRequiresEveryCount()
{
    TestDatabase database;
    QVERIFY2(database.isOpen(), qPrintable(database.error()));

    const CliResult missing = generateCli(
        database.location(), {QStringLiteral("--customers"), QStringLiteral("10"),
                              QStringLiteral("--bills"), QStringLiteral("10"),
                              QStringLiteral("--charges"), QStringLiteral("10")});
    QVERIFY(missing.finished);
    QCOMPARE(missing.exitCode, UsageErrorStatus);
    QVERIFY2(missing.err.contains(QStringLiteral("--seed")), qPrintable(missing.err));

    const CliResult badDate = generateCli(
        database.location(),
        {QStringLiteral("--customers"), QStringLiteral("10"), QStringLiteral("--bills"),
         QStringLiteral("10"), QStringLiteral("--charges"), QStringLiteral("10"),
         QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--end-date"),
         QStringLiteral("2025-02-30")});
    QVERIFY(badDate.finished);
    QCOMPARE(badDate.exitCode, RejectedStatus);
    QVERIFY2(badDate.err.contains(QStringLiteral("Invalid --end-date “2025-02-30”: give a date "
                                                 "as YYYY-MM-DD, not after today.")),
             qPrintable(badDate.err));
    QCOMPARE(database.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")), 0);
}

void tst_Generate::helpListsGenerate()
{
    const CliResult help = runCli({QStringLiteral("--language"), QStringLiteral("en"),
                                   QStringLiteral("--help")});
    QVERIFY(help.finished);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QStringLiteral("generate")), qPrintable(help.out));

    const CliResult commandHelp = runCli({QStringLiteral("--language"), QStringLiteral("en"),
                                          QStringLiteral("generate"), QStringLiteral("--help")});
    QVERIFY(commandHelp.finished);
    QCOMPARE(commandHelp.exitCode, 0);
    for (const char *option : {"--customers", "--bills", "--charges", "--seed", "--end-date"})
        QVERIFY2(commandHelp.out.contains(QLatin1String(option)), qPrintable(commandHelp.out));
}

QTEST_GUILESS_MAIN(tst_Generate)
#include "tst_generate.moc"
