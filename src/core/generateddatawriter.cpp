#include "generateddatawriter.h"

#include "batchedinsert.h"
#include "generatedtexts.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Rows between two progress calls.
constexpr qint64 ProgressInterval = 4096;

} // namespace

GeneratedDataWriter::GeneratedDataWriter(QSqlDatabase db, const GenerationPlan &plan)
    : m_db(std::move(db))
    , m_plan(plan)
{
}

QString GeneratedDataWriter::customerCode(const GenerationPlan::Customer &customer)
{
    const QString letters = customer.values.codePrefix.isEmpty() ? QStringLiteral("C")
                                                                 : customer.values.codePrefix;
    return letters + QStringLiteral("%1").arg(customer.id, 6, 10, QLatin1Char('0'));
}

QString GeneratedDataWriter::billNumber(const GenerationPlan::Bill &bill)
{
    return QStringLiteral("INV%1-%2")
        .arg(QDate::fromJulianDay(bill.issueDay).year())
        .arg(bill.id, 7, 10, QLatin1Char('0'));
}

bool GeneratedDataWriter::write(qint64 firstBillLineId,
                                const std::function<void(const GenerationCounts &)> &progress,
                                GenerationCounts *counts, QString *error)
{
    return writeCustomers(progress, counts, error)
           && writeBills(firstBillLineId, progress, counts, error);
}

bool GeneratedDataWriter::writeCustomers(
    const std::function<void(const GenerationCounts &)> &progress, GenerationCounts *counts,
    QString *error)
{
    BatchedInsert insert(m_db, QStringLiteral("customers"),
                         {QStringLiteral("id"), QStringLiteral("code"),
                          QStringLiteral("company_name"), QStringLiteral("contact_name"),
                          QStringLiteral("contact_title"), QStringLiteral("address"),
                          QStringLiteral("city"), QStringLiteral("region"),
                          QStringLiteral("postal_code"), QStringLiteral("country"),
                          QStringLiteral("phone"), QStringLiteral("fax"),
                          QStringLiteral("currency"), QStringLiteral("balance_minor"),
                          QStringLiteral("created_at"), QStringLiteral("updated_at")});

    // A null QString would bind as SQL NULL, which the NOT NULL columns
    // reject, so empty values are bound as "".
    const auto text = [](const QString &value) {
        return value.isNull() ? QStringLiteral("") : value;
    };
    for (const GenerationPlan::Customer &customer : m_plan.customers) {
        const GeneratedCustomer &values = customer.values;
        const QString createdAt = GenerationPlan::timestampText(customer.createdAtMs);
        const QVariantList row = {
            customer.id, customerCode(customer), values.companyName,
            text(values.contactName), text(values.contactTitle), text(values.address),
            text(values.city), text(values.region), text(values.postalCode),
            text(values.country), text(values.phone), text(values.fax), values.currency,
            customer.balanceMinor, createdAt, createdAt,
        };
        if (!insert.add(row, error))
            return false;
        ++counts->customers;
        if (progress && counts->customers % ProgressInterval == 0)
            progress(*counts);
    }
    return insert.flush(error);
}

bool GeneratedDataWriter::writeBills(qint64 firstBillLineId,
                                     const std::function<void(const GenerationCounts &)> &progress,
                                     GenerationCounts *counts, QString *error)
{
    BatchedInsert insertBill(m_db, QStringLiteral("bills"),
                             {QStringLiteral("id"), QStringLiteral("bill_no"),
                              QStringLiteral("customer_id"), QStringLiteral("issue_date"),
                              QStringLiteral("due_date"), QStringLiteral("currency"),
                              QStringLiteral("lines_total_minor"),
                              QStringLiteral("charges_total_minor"), QStringLiteral("paid_minor"),
                              QStringLiteral("source"), QStringLiteral("created_at")});
    BatchedInsert insertLine(m_db, QStringLiteral("bill_lines"),
                             {QStringLiteral("id"), QStringLiteral("bill_id"),
                              QStringLiteral("line_no"), QStringLiteral("kind"),
                              QStringLiteral("description"), QStringLiteral("quantity"),
                              QStringLiteral("unit_price_minor"), QStringLiteral("discount_bp"),
                              QStringLiteral("amount_minor")});
    insertLine.flushFirst(&insertBill);

    qint64 lineId = firstBillLineId;
    for (const GenerationPlan::Bill &bill : m_plan.bills) {
        const GenerationPlan::Customer &customer = m_plan.customers[size_t(bill.customer)];
        const QVariantList billRow = {
            bill.id, billNumber(bill), customer.id, GenerationPlan::dateText(bill.issueDay),
            GenerationPlan::dateText(bill.dueDay), customer.values.currency,
            bill.linesTotalMinor, bill.chargesTotalMinor, bill.paidMinor, billSource(),
            GenerationPlan::timestampText(bill.createdAtMs),
        };
        if (!insertBill.add(billRow, error))
            return false;

        for (qint32 i = 0; i < bill.lineCount; ++i) {
            const GenerationPlan::BillLine &line = m_plan.billLines[size_t(bill.firstLine + i)];
            const bool freight = line.product < 0;
            QString description = QStringLiteral("");
            if (!freight)
                description = m_plan.products.at(line.product);
            else if (customer.values.chinese && line.carrier >= 0)
                description = GeneratedTexts::chineseCarrier(line.carrier);
            else if (line.carrier >= 0)
                description = m_plan.shippers.at(line.carrier);
            const QVariantList lineRow = {
                lineId, bill.id, i + 1,
                freight ? QStringLiteral("freight") : QStringLiteral("goods"), description,
                line.quantity, line.unitPriceMinor, line.discountBasisPoints, line.amountMinor,
            };
            if (!insertLine.add(lineRow, error))
                return false;
            ++lineId;
            ++counts->billLines;
        }

        ++counts->bills;
        if (progress && counts->bills % ProgressInterval == 0)
            progress(*counts);
    }

    return insertLine.flush(error);
}

bool GeneratedDataWriter::advanceIdSequences(QString *error)
{
    if (m_db.driverName() != QLatin1String("QPSQL"))
        return true;

    // setval(..., false) makes the next identity value the one given: one
    // more than the largest id. Table names are literals.
    for (const char *table : {"customers", "bills", "bill_lines", "charges", "payments"}) {
        QSqlQuery query(m_db);
        const bool ok = query.prepare(
                            QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                           "(SELECT COALESCE(MAX(id), 0) + 1 FROM %1), false)")
                                .arg(QLatin1String(table)))
                        && query.exec();
        if (!ok) {
            *error = tr("could not advance the id sequence of %1: %2")
                         .arg(QLatin1String(table), query.lastError().text());
            return false;
        }
    }
    return true;
}
