#include "statementquery.h"

#include "chargereportfilter.h"
#include "chargereportrow.h"
#include "dateformat.h"
#include "logging.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

// Progress steps: customer, currencies, opening balance, bills, charges,
// voids, payments, reversals.
constexpr qsizetype StepCount = 8;

QDateTime timestamp(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

ReportQueryStatus StatementQuery::run(qint64 customerId, const QDate &from, const QDate &to,
                                      StatementData *data, QString *error,
                                      const ReportProgress &progress) const
{
    *data = StatementData();
    if (!from.isValid() || !to.isValid()) {
        *error = tr("A statement needs a period: choose the first and the last day.");
        return ReportQueryStatus::Failed;
    }
    if (from > to) {
        *error = tr("The period starts on %1, after its end on %2. Choose a start date on or "
                    "before the end date.")
                     .arg(formatDate(from), formatDate(to));
        return ReportQueryStatus::Failed;
    }
    data->from = from;
    data->to = to;

    qCInfo(lcReport) << "Statement started for customer" << customerId << "from" << from
                       << "to" << to;
    QList<StatementEntry> entries;
    QString queryError;
    const std::function<bool()> steps[] = {
        [&] { return readCustomer(customerId, data, &queryError); },
        [&] { return checkCurrencies(*data, &queryError); },
        [&] { return readOpening(data, &queryError); },
        [&] { return readBills(*data, &entries, &queryError); },
        [&] { return readCharges(*data, false, &entries, &queryError); },
        [&] { return readCharges(*data, true, &entries, &queryError); },
        [&] { return readPayments(*data, false, &entries, &queryError); },
        [&] { return readPayments(*data, true, &entries, &queryError); },
    };
    qsizetype done = 0;
    for (const auto &step : steps) {
        if (!continueReport(progress, done, StepCount))
            return ReportQueryStatus::Canceled;
        if (!step()) {
            *error = queryError;
            qCWarning(lcReport) << "Statement for customer" << customerId
                                  << "failed:" << queryError;
            return ReportQueryStatus::Failed;
        }
        ++done;
    }

    std::stable_sort(entries.begin(), entries.end(), StatementEntry::before);
    data->entries = entries;
    if (!addUp(data, error)) {
        qCWarning(lcReport) << "Statement for customer" << customerId << "failed:" << *error;
        return ReportQueryStatus::Failed;
    }
    continueReport(progress, StepCount, StepCount);
    qCInfo(lcReport) << "Statement finished for customer" << customerId << "with"
                       << data->entries.size() << "entries";
    return ReportQueryStatus::Completed;
}

bool StatementQuery::exec(QSqlQuery &query, const QString &statement,
                          const BoundValues &values, QString *error) const
{
    query.setForwardOnly(true);
    if (query.prepare(statement)) {
        for (const auto &value : values)
            query.bindValue(value.first, value.second);
        if (query.exec())
            return true;
    }
    *error = tr("The statement could not be read from the database: %1")
                 .arg(query.lastError().text());
    return false;
}

bool StatementQuery::readCustomer(qint64 customerId, StatementData *data, QString *error) const
{
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral("SELECT %1 FROM customers WHERE customers.id = :id")
                  .arg(ReportCustomer::selectColumns()),
              {{QStringLiteral(":id"), customerId}}, error)) {
        return false;
    }
    if (!query.next()) {
        *error = tr("Customer ID %1 not found. Choose a customer from the list.").arg(customerId);
        return false;
    }
    data->customer = ReportCustomer::fromQuery(query);
    return true;
}

bool StatementQuery::checkCurrencies(const StatementData &data, QString *error) const
{
    QSqlQuery query(m_db);
    const QString statement = QStringLiteral(
        "SELECT 'bill' AS kind, bill_no AS reference, currency FROM bills "
        "WHERE customer_id = :customer1 AND currency <> :currency1 "
        "UNION ALL SELECT 'charge', CAST(id AS TEXT), currency FROM charges "
        "WHERE customer_id = :customer2 AND currency <> :currency2 "
        "UNION ALL SELECT 'payment', CAST(id AS TEXT), currency FROM payments "
        "WHERE customer_id = :customer3 AND currency <> :currency3 "
        "LIMIT 1");
    BoundValues values;
    for (int i = 1; i <= 3; ++i) {
        values.append({QStringLiteral(":customer%1").arg(i), data.customer.id});
        values.append({QStringLiteral(":currency%1").arg(i), data.customer.currency});
    }
    if (!exec(query, statement, values, error))
        return false;
    if (!query.next())
        return true;

    // A statement adds up one currency; another one cannot be added in.
    const QString kind = query.value(QStringLiteral("kind")).toString();
    const QString reference = query.value(QStringLiteral("reference")).toString();
    const QString currency = query.value(QStringLiteral("currency")).toString();
    const QString message = kind == QLatin1String("bill")
        ? tr("Bill %1 is in %2, but customer %3 pays in %4, so no statement can add it up. "
             "Correct the bill's currency.")
        : kind == QLatin1String("charge")
        ? tr("Charge %1 is in %2, but customer %3 pays in %4, so no statement can add it up. "
             "Void the charge and enter it again.")
        : tr("Payment %1 is in %2, but customer %3 pays in %4, so no statement can add it up. "
             "Reverse the payment and record it again.");
    *error = message.arg(reference, currency, data.customer.code, data.customer.currency);
    return false;
}

bool StatementQuery::readOpening(StatementData *data, QString *error) const
{
    const QString fromDate = data->from.toString(Qt::ISODate);
    const QString fromUtc = ChargeReportFilter::startOfDayUtc(data->from);
    const QString statement = QStringLiteral(
        "SELECT "
        "(SELECT COALESCE(SUM(lines_total_minor), 0) FROM bills "
        " WHERE customer_id = :customer1 AND issue_date < :from_date1) AS bills_minor, "
        "(SELECT COALESCE(SUM(amount_minor), 0) FROM charges "
        " WHERE customer_id = :customer2 AND status IN ('posted', 'void') "
        " AND created_at < :from_utc1) AS charges_minor, "
        "(SELECT COALESCE(SUM(amount_minor), 0) FROM charges "
        " WHERE customer_id = :customer3 AND status = 'void' AND voided_at < :from_utc2) "
        " AS voids_minor, "
        "(SELECT COALESCE(SUM(amount_minor), 0) FROM payments "
        " WHERE customer_id = :customer4 AND substr(paid_on, 1, 10) < :from_date2) "
        " AS payments_minor, "
        "(SELECT COALESCE(SUM(amount_minor), 0) FROM payments "
        " WHERE customer_id = :customer5 AND status = 'reversed' AND reversed_at < :from_utc3) "
        " AS reversals_minor");
    BoundValues values;
    for (int i = 1; i <= 5; ++i)
        values.append({QStringLiteral(":customer%1").arg(i), data->customer.id});
    for (int i = 1; i <= 2; ++i)
        values.append({QStringLiteral(":from_date%1").arg(i), fromDate});
    for (int i = 1; i <= 3; ++i)
        values.append({QStringLiteral(":from_utc%1").arg(i), fromUtc});

    QSqlQuery query(m_db);
    if (!exec(query, statement, values, error))
        return false;
    if (!query.next()) {
        *error = tr("The statement could not be read from the database: %1")
                     .arg(query.lastError().text());
        return false;
    }

    const QString currency = data->customer.currency;
    const struct
    {
        const char *column;
        int sign;
    } parts[] = {{"bills_minor", 1},
                 {"charges_minor", 1},
                 {"voids_minor", -1},
                 {"payments_minor", -1},
                 {"reversals_minor", 1}};
    std::optional<Money> opening = Money(0, currency);
    for (const auto &part : parts) {
        const qint64 minor = query.value(QLatin1String(part.column)).toLongLong();
        opening = opening->plus(Money(part.sign * minor, currency));
        if (!opening) {
            *error = tr("The opening balance of customer %1 is too large to add up.")
                         .arg(data->customer.code);
            return false;
        }
    }
    data->opening = *opening;
    return true;
}

bool StatementQuery::readBills(const StatementData &data, QList<StatementEntry> *entries,
                               QString *error) const
{
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral("SELECT id, bill_no, issue_date, lines_total_minor, currency "
                             "FROM bills WHERE customer_id = :customer "
                             "AND issue_date BETWEEN :from AND :to ORDER BY issue_date, id"),
              {{QStringLiteral(":customer"), data.customer.id},
               {QStringLiteral(":from"), data.from.toString(Qt::ISODate)},
               {QStringLiteral(":to"), data.to.toString(Qt::ISODate)}},
              error)) {
        return false;
    }
    while (query.next()) {
        StatementEntry entry;
        entry.kind = StatementEntry::Kind::Bill;
        entry.date = QDate::fromString(query.value(QStringLiteral("issue_date")).toString(),
                                       Qt::ISODate);
        entry.billId = query.value(QStringLiteral("id")).toLongLong();
        entry.billNo = query.value(QStringLiteral("bill_no")).toString();
        entry.amount = Money(query.value(QStringLiteral("lines_total_minor")).toLongLong(),
                             query.value(QStringLiteral("currency")).toString());
        entries->append(entry);
    }
    return true;
}

// Reads the charges entered in the period, or with voids the charges voided
// in it; a charge entered and voided in the period appears twice.
bool StatementQuery::readCharges(const StatementData &data, bool voids,
                                 QList<StatementEntry> *entries, QString *error) const
{
    const QString condition = voids
        ? QStringLiteral("charges.status = 'void' AND charges.voided_at >= :from "
                         "AND charges.voided_at < :before ORDER BY charges.voided_at, charges.id")
        : QStringLiteral("charges.status IN ('posted', 'void') "
                         "AND charges.created_at >= :from AND charges.created_at < :before "
                         "ORDER BY charges.created_at, charges.id");
    QSqlQuery query(m_db);
    if (!exec(query,
              ChargeReportRow::selectClause(m_language)
                  + QStringLiteral("WHERE charges.customer_id = :customer AND ") + condition,
              {{QStringLiteral(":customer"), data.customer.id},
               {QStringLiteral(":from"), ChargeReportFilter::startOfDayUtc(data.from)},
               {QStringLiteral(":before"),
                ChargeReportFilter::startOfDayUtc(data.to.addDays(1))}},
              error)) {
        return false;
    }
    while (query.next()) {
        const ChargeReportRow charge = ChargeReportRow::fromQuery(query);
        StatementEntry entry;
        entry.kind = voids ? StatementEntry::Kind::Void : StatementEntry::Kind::Charge;
        entry.moment = voids ? charge.voidedAt : charge.createdAt;
        entry.date = ChargeReportFilter::localDate(entry.moment);
        entry.billId = charge.billId;
        entry.billNo = charge.billNo;
        entry.chargeId = charge.chargeId;
        entry.feeTypeCode = charge.feeTypeCode;
        entry.feeTypeLabel = charge.feeTypeLabel;
        entry.reasonCode = charge.reasonCode;
        entry.reasonLabel = charge.reasonLabel;
        entry.note = charge.note;
        entry.voidReason = voids ? charge.voidReason : QString();
        entry.amount = voids ? Money(-charge.amount.minorUnits(), charge.amount.currency())
                             : charge.amount;
        entries->append(entry);
    }
    return true;
}

// Reads the payments made in the period, or with reversals the payments
// reversed in it. paid_on is a calendar day and reversed_at a UTC
// timestamp, as PaymentService stores them.
bool StatementQuery::readPayments(const StatementData &data, bool reversals,
                                  QList<StatementEntry> *entries, QString *error) const
{
    const QString condition = reversals
        ? QStringLiteral("payments.status = 'reversed' AND payments.reversed_at >= :from "
                         "AND payments.reversed_at < :before "
                         "ORDER BY payments.reversed_at, payments.id")
        : QStringLiteral("substr(payments.paid_on, 1, 10) >= :from "
                         "AND substr(payments.paid_on, 1, 10) < :before "
                         "ORDER BY payments.paid_on, payments.id");
    const QString from = reversals ? ChargeReportFilter::startOfDayUtc(data.from)
                                   : data.from.toString(Qt::ISODate);
    const QString before = reversals ? ChargeReportFilter::startOfDayUtc(data.to.addDays(1))
                                     : data.to.addDays(1).toString(Qt::ISODate);
    const QString statement = QStringLiteral(
        "SELECT payments.id AS id, payments.bill_id AS bill_id, bills.bill_no AS bill_no, "
        "payments.charge_id AS charge_id, installments.seq AS installment_seq, "
        "payments.amount_minor AS amount_minor, payments.currency AS currency, "
        "payments.paid_on AS paid_on, payments.payment_method_code AS payment_method_code, "
        "payment_methods.%1 AS payment_method_label, payments.reference AS reference, "
        "payments.reversed_at AS reversed_at, payments.reverse_reason AS reverse_reason "
        "FROM payments "
        "LEFT JOIN bills ON bills.id = payments.bill_id "
        "LEFT JOIN installments ON installments.id = payments.installment_id "
        "JOIN payment_methods ON payment_methods.code = payments.payment_method_code "
        "WHERE payments.customer_id = :customer AND ")
        .arg(labelColumn(m_language)) + condition;

    QSqlQuery query(m_db);
    if (!exec(query, statement,
              {{QStringLiteral(":customer"), data.customer.id},
               {QStringLiteral(":from"), from},
               {QStringLiteral(":before"), before}},
              error)) {
        return false;
    }
    while (query.next()) {
        const qint64 minor = query.value(QStringLiteral("amount_minor")).toLongLong();
        const QString currency = query.value(QStringLiteral("currency")).toString();
        StatementEntry entry;
        entry.kind = reversals ? StatementEntry::Kind::PaymentReversal
                               : StatementEntry::Kind::Payment;
        if (reversals) {
            entry.moment = timestamp(query.value(QStringLiteral("reversed_at")));
            entry.date = ChargeReportFilter::localDate(entry.moment);
        } else {
            entry.date = QDate::fromString(
                query.value(QStringLiteral("paid_on")).toString().left(10), Qt::ISODate);
        }
        entry.billId = query.value(QStringLiteral("bill_id")).toLongLong();
        entry.billNo = query.value(QStringLiteral("bill_no")).toString();
        entry.paymentId = query.value(QStringLiteral("id")).toLongLong();
        entry.chargeId = query.value(QStringLiteral("charge_id")).toLongLong();
        entry.installmentSeq = query.value(QStringLiteral("installment_seq")).toInt();
        entry.paymentMethodCode = query.value(QStringLiteral("payment_method_code")).toString();
        entry.paymentMethodLabel = query.value(QStringLiteral("payment_method_label")).toString();
        entry.reference = query.value(QStringLiteral("reference")).toString();
        entry.reverseReason = reversals ? query.value(QStringLiteral("reverse_reason")).toString()
                                        : QString();
        entry.amount = Money(reversals ? minor : -minor, currency);
        entries->append(entry);
    }
    return true;
}

bool StatementQuery::addUp(StatementData *data, QString *error) const
{
    const QString currency = data->customer.currency;
    std::optional<Money> balance = data->opening;
    std::optional<Money> debits = Money(0, currency);
    std::optional<Money> credits = Money(0, currency);
    for (StatementEntry &entry : data->entries) {
        balance = balance->plus(entry.amount);
        if (entry.amount.isNegative())
            credits = credits->plus(entry.amount);
        else
            debits = debits->plus(entry.amount);
        if (!balance || !debits || !credits) {
            *error = tr("The balance of customer %1 is too large to add up.")
                         .arg(data->customer.code);
            return false;
        }
        entry.balance = *balance;
    }
    data->closing = *balance;
    data->debits = *debits;
    data->credits = *credits;
    return true;
}
