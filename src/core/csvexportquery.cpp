#include "csvexportquery.h"

#include "chargerepository.h"
#include "money.h"

#include <QDateTime>
#include <QVariant>

namespace {

using Kind = CsvWriter::FieldKind;
using Table = CsvExporter::Table;
using DateBasis = CsvExporter::Filter::DateBasis;

QString timestamp(const QDateTime &moment)
{
    return moment.isValid() ? moment.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// The UTC timestamp of local midnight at the start of day, in the form of
// charges.created_at, which sorts as text in time order.
QString startOfDayUtc(const QDate &day)
{
    return day.startOfDay().toUTC().toString(Qt::ISODateWithMs);
}

// Writes basis points as a plain percentage without trailing zeros: 500 is
// "5", 250 is "2.5", 1 is "0.01". Integer arithmetic keeps it exact.
QString plainPercent(qint64 basisPoints)
{
    QString percent = QString::number(basisPoints / 100);
    const qint64 hundredths = basisPoints % 100;
    if (hundredths != 0) {
        QString decimals = QString::number(hundredths).rightJustified(2, QLatin1Char('0'));
        while (decimals.endsWith(QLatin1Char('0')))
            decimals.chop(1);
        percent += QLatin1Char('.') + decimals;
    }
    return percent;
}

QString text(const QSqlQuery &query, const char *column)
{
    return query.value(QLatin1String(column)).toString();
}

QString plainAmount(const QSqlQuery &query, const char *column, const QString &currency)
{
    return Money(query.value(QLatin1String(column)).toLongLong(), currency).toPlainString();
}

QStringList customerFields(const QSqlQuery &query)
{
    return {text(query, "code"),        text(query, "company_name"),
            text(query, "contact_name"), text(query, "contact_title"),
            text(query, "address"),     text(query, "city"),
            text(query, "region"),      text(query, "postal_code"),
            text(query, "country"),     text(query, "phone"),
            text(query, "fax"),         text(query, "currency"),
            plainAmount(query, "balance_minor", text(query, "currency"))};
}

QStringList billLineFields(const QSqlQuery &query)
{
    // The dates pass through as stored: the schema's GLOB checks keep them
    // as yyyy-MM-dd.
    const QString currency = text(query, "currency");
    QStringList fields = {text(query, "bill_no"),  text(query, "customer_code"),
                          text(query, "issue_date"), text(query, "due_date"), currency};

    // A bill without lines still gets one row, with the line columns empty.
    if (query.value(QStringLiteral("line_no")).isNull())
        return fields << QString() << QString() << QString() << QString() << QString()
                      << QString() << QString();

    return fields << text(query, "line_no") << text(query, "kind") << text(query, "description")
                  << text(query, "quantity")
                  << plainAmount(query, "unit_price_minor", currency)
                  << plainPercent(query.value(QStringLiteral("discount_bp")).toLongLong())
                  << plainAmount(query, "amount_minor", currency);
}

QStringList chargeFields(const QSqlQuery &query)
{
    const ChargeRecord charge = ChargeRepository::chargeFromQuery(query);
    return {QString::number(charge.id),
            charge.requestKey,
            charge.customerCode,
            charge.billNo,
            charge.feeTypeCode,
            charge.amount.toPlainString(),
            charge.amount.currency(),
            charge.reasonCode,
            charge.note,
            charge.paymentMethodCode,
            charge.dueDate.toString(Qt::ISODate),
            charge.status,
            charge.voidReason,
            charge.duplicateAcknowledgement,
            charge.createdBy,
            timestamp(charge.createdAt),
            charge.voidedBy,
            timestamp(charge.voidedAt)};
}

} // namespace

CsvExportQuery::CsvExportQuery(CsvExporter::Table table, CsvExporter::Filter filter)
    : m_table(table)
    , m_filter(std::move(filter))
{}

QList<CsvColumn> CsvExportQuery::columns(CsvExporter::Table table)
{
    switch (table) {
    case Table::Customers:
        return {{QStringLiteral("code"), Kind::Text},
                {QStringLiteral("company_name"), Kind::Text},
                {QStringLiteral("contact_name"), Kind::Text},
                {QStringLiteral("contact_title"), Kind::Text},
                {QStringLiteral("address"), Kind::Text},
                {QStringLiteral("city"), Kind::Text},
                {QStringLiteral("region"), Kind::Text},
                {QStringLiteral("postal_code"), Kind::Text},
                {QStringLiteral("country"), Kind::Text},
                {QStringLiteral("phone"), Kind::Text},
                {QStringLiteral("fax"), Kind::Text},
                {QStringLiteral("currency"), Kind::Text},
                {QStringLiteral("balance"), Kind::NumberOrDate}};
    case Table::Bills:
        return {{QStringLiteral("bill_no"), Kind::Text},
                {QStringLiteral("customer_code"), Kind::Text},
                {QStringLiteral("issue_date"), Kind::NumberOrDate},
                {QStringLiteral("due_date"), Kind::NumberOrDate},
                {QStringLiteral("currency"), Kind::Text},
                {QStringLiteral("line_no"), Kind::NumberOrDate},
                {QStringLiteral("kind"), Kind::Text},
                {QStringLiteral("description"), Kind::Text},
                {QStringLiteral("quantity"), Kind::NumberOrDate},
                {QStringLiteral("unit_price"), Kind::NumberOrDate},
                {QStringLiteral("discount_percent"), Kind::NumberOrDate},
                {QStringLiteral("amount"), Kind::NumberOrDate}};
    case Table::Charges:
        return {{QStringLiteral("charge_id"), Kind::NumberOrDate},
                {QStringLiteral("request_key"), Kind::Text},
                {QStringLiteral("customer_code"), Kind::Text},
                {QStringLiteral("bill_no"), Kind::Text},
                {QStringLiteral("fee_type"), Kind::Text},
                {QStringLiteral("amount"), Kind::NumberOrDate},
                {QStringLiteral("currency"), Kind::Text},
                {QStringLiteral("reason"), Kind::Text},
                {QStringLiteral("note"), Kind::Text},
                {QStringLiteral("payment_method"), Kind::Text},
                {QStringLiteral("due_date"), Kind::NumberOrDate},
                {QStringLiteral("status"), Kind::Text},
                {QStringLiteral("void_reason"), Kind::Text},
                {QStringLiteral("duplicate_acknowledgement"), Kind::Text},
                {QStringLiteral("created_by"), Kind::Text},
                {QStringLiteral("created_at"), Kind::NumberOrDate},
                {QStringLiteral("voided_by"), Kind::Text},
                {QStringLiteral("voided_at"), Kind::NumberOrDate}};
    }
    return {};
}

QString CsvExportQuery::countStatement() const
{
    return QStringLiteral("SELECT COUNT(*) AS row_count ") + fromClause() + whereClause();
}

QString CsvExportQuery::selectStatement() const
{
    switch (m_table) {
    case Table::Customers:
        return QStringLiteral("SELECT code, company_name, contact_name, contact_title, address, "
                              "city, region, postal_code, country, phone, fax, currency, "
                              "balance_minor ")
               + fromClause() + whereClause() + QStringLiteral(" ORDER BY customers.code");
    case Table::Bills:
        return QStringLiteral(
                   "SELECT bills.bill_no AS bill_no, customers.code AS customer_code, "
                   "bills.issue_date AS issue_date, bills.due_date AS due_date, "
                   "bills.currency AS currency, bill_lines.line_no AS line_no, "
                   "bill_lines.kind AS kind, bill_lines.description AS description, "
                   "bill_lines.quantity AS quantity, "
                   "bill_lines.unit_price_minor AS unit_price_minor, "
                   "bill_lines.discount_bp AS discount_bp, "
                   "bill_lines.amount_minor AS amount_minor ")
               + fromClause() + whereClause()
               + QStringLiteral(" ORDER BY bills.issue_date, bills.bill_no, bill_lines.line_no");
    case Table::Charges:
        // selectClause() contains the same FROM and JOIN part as fromClause().
        return ChargeRepository::selectClause() + whereClause()
               + QStringLiteral(" ORDER BY charges.id");
    }
    return {};
}

void CsvExportQuery::bindValues(QSqlQuery &query) const
{
    const QStringList placeholders = customerPlaceholders();
    for (qsizetype i = 0; i < placeholders.size(); ++i)
        query.bindValue(placeholders.at(i), m_filter.customerCodes.at(i));

    if (m_table == Table::Customers)
        return;

    const bool entryDates = m_table == Table::Charges
                            && m_filter.dateBasis == DateBasis::EntryDate;
    if (m_filter.from.isValid()) {
        query.bindValue(QStringLiteral(":from"),
                        entryDates ? startOfDayUtc(m_filter.from)
                                   : m_filter.from.toString(Qt::ISODate));
    }
    if (m_filter.to.isValid()) {
        query.bindValue(QStringLiteral(":to"),
                        entryDates ? startOfDayUtc(m_filter.to.addDays(1))
                                   : m_filter.to.toString(Qt::ISODate));
    }
}

QStringList CsvExportQuery::fields(const QSqlQuery &query) const
{
    switch (m_table) {
    case Table::Customers:
        return customerFields(query);
    case Table::Bills:
        return billLineFields(query);
    case Table::Charges:
        return chargeFields(query);
    }
    return {};
}

QString CsvExportQuery::fromClause() const
{
    switch (m_table) {
    case Table::Customers:
        return QStringLiteral("FROM customers ");
    case Table::Bills:
        return QStringLiteral("FROM bills "
                              "JOIN customers ON customers.id = bills.customer_id "
                              "LEFT JOIN bill_lines ON bill_lines.bill_id = bills.id ");
    case Table::Charges:
        // The LEFT JOIN to bills in selectClause() adds no rows: bills.id is
        // unique, so the count can leave it out.
        return QStringLiteral("FROM charges "
                              "JOIN customers ON customers.id = charges.customer_id ");
    }
    return {};
}

QString CsvExportQuery::whereClause() const
{
    QStringList conditions;
    if (!m_filter.customerCodes.isEmpty()) {
        conditions << QStringLiteral("customers.code IN (%1)")
                          .arg(customerPlaceholders().join(QStringLiteral(", ")));
    }

    // The stored dates and timestamps have fixed-width ISO forms, so
    // comparing them as text compares them in time order.
    QString dateColumn;
    QString upperBound = QStringLiteral("<=");
    if (m_table == Table::Bills) {
        dateColumn = QStringLiteral("bills.issue_date");
    } else if (m_table == Table::Charges && m_filter.dateBasis == DateBasis::DueDate) {
        dateColumn = QStringLiteral("charges.due_date");
    } else if (m_table == Table::Charges) {
        dateColumn = QStringLiteral("charges.created_at");
        upperBound = QStringLiteral("<"); // before the start of the day after "to"
    }
    if (!dateColumn.isEmpty() && m_filter.from.isValid())
        conditions << dateColumn + QStringLiteral(" >= :from");
    if (!dateColumn.isEmpty() && m_filter.to.isValid())
        conditions << QStringLiteral("%1 %2 :to").arg(dateColumn, upperBound);

    if (conditions.isEmpty())
        return {};
    return QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QStringList CsvExportQuery::customerPlaceholders() const
{
    QStringList placeholders;
    for (qsizetype i = 0; i < m_filter.customerCodes.size(); ++i)
        placeholders << QStringLiteral(":customer_%1").arg(i);
    return placeholders;
}
