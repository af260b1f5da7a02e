#include "northwindimporter.h"

#include "logging.h"
#include "northwindfiles.h"
#include "transaction.h"

#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtNumeric>

namespace {

using CsvTable = NorthwindFiles::CsvTable;
using Bill = NorthwindFiles::Bill;
using BillLine = NorthwindFiles::BillLine;

const QString Currency = NorthwindFiles::currency();

// bills.source of every bill this importer writes.
const QString Source = QStringLiteral("northwind");

// Prepares query with sql; on failure stores a message in errorMessage.
bool prepare(QSqlQuery *query, const QString &sql, QString *errorMessage)
{
    if (query->prepare(sql))
        return true;
    *errorMessage = NorthwindImporter::tr("Could not prepare the import: %1")
                        .arg(query->lastError().text());
    return false;
}

// Adds each customer's newly imported bill totals to its balance. The sum
// is checked here because SQLite turns an overflowing integer sum into a
// floating-point value instead of failing.
bool addToBalances(const QSqlDatabase &db, const QHash<qint64, qint64> &addedBalances,
                   const QString &now, QString *errorMessage)
{
    QSqlQuery read(db);
    QSqlQuery update(db);
    if (!prepare(&read, QStringLiteral("SELECT balance_minor FROM customers WHERE id = :id"),
                 errorMessage)
        || !prepare(&update,
                    QStringLiteral("UPDATE customers SET balance_minor = :balance_minor, "
                                   "updated_at = :updated_at WHERE id = :id"),
                    errorMessage)) {
        return false;
    }

    for (auto it = addedBalances.cbegin(); it != addedBalances.cend(); ++it) {
        read.bindValue(QStringLiteral(":id"), it.key());
        if (!read.exec() || !read.next()) {
            *errorMessage = NorthwindImporter::tr("Could not read the balance of customer %1: %2")
                                .arg(it.key())
                                .arg(read.lastError().text());
            return false;
        }
        qint64 balance = read.value(QStringLiteral("balance_minor")).toLongLong();
        read.finish();

        if (qAddOverflow(balance, it.value(), &balance)) {
            *errorMessage = NorthwindImporter::tr("The balance of customer %1 would be too large.")
                                .arg(it.key());
            return false;
        }
        update.bindValue(QStringLiteral(":balance_minor"), balance);
        update.bindValue(QStringLiteral(":updated_at"), now);
        update.bindValue(QStringLiteral(":id"), it.key());
        if (!update.exec()) {
            *errorMessage = NorthwindImporter::tr("Could not update the balance of customer "
                                                  "%1: %2")
                                .arg(it.key())
                                .arg(update.lastError().text());
            return false;
        }
    }
    return true;
}

// Inserts the customers whose code is not in the database yet.
bool writeCustomers(const QSqlDatabase &db, const CsvTable &customers, const QString &now,
                    NorthwindImporter::Result *result)
{
    // Bound parameter -> customers.csv column.
    const QList<QPair<QString, QString>> fields = {
        {QStringLiteral(":code"), QStringLiteral("customerID")},
        {QStringLiteral(":company_name"), QStringLiteral("companyName")},
        {QStringLiteral(":contact_name"), QStringLiteral("contactName")},
        {QStringLiteral(":contact_title"), QStringLiteral("contactTitle")},
        {QStringLiteral(":address"), QStringLiteral("address")},
        {QStringLiteral(":city"), QStringLiteral("city")},
        {QStringLiteral(":region"), QStringLiteral("region")},
        {QStringLiteral(":postal_code"), QStringLiteral("postalCode")},
        {QStringLiteral(":country"), QStringLiteral("country")},
        {QStringLiteral(":phone"), QStringLiteral("phone")},
        {QStringLiteral(":fax"), QStringLiteral("fax")},
    };

    QSqlQuery find(db);
    QSqlQuery insert(db);
    if (!prepare(&find, QStringLiteral("SELECT id FROM customers WHERE code = :code"),
                 &result->errorMessage)
        || !prepare(&insert,
                    QStringLiteral(
                        "INSERT INTO customers (code, company_name, contact_name, contact_title, "
                        "address, city, region, postal_code, country, phone, fax, currency, "
                        "balance_minor, created_at, updated_at) VALUES (:code, :company_name, "
                        ":contact_name, :contact_title, :address, :city, :region, :postal_code, "
                        ":country, :phone, :fax, :currency, 0, :created_at, :updated_at)"),
                    &result->errorMessage)) {
        return false;
    }

    for (const CsvTable::Row &row : customers.rows) {
        const QString code = customers.value(row, QStringLiteral("customerID"));
        if (code.isEmpty() || customers.value(row, QStringLiteral("companyName")).isEmpty()) {
            result->errorMessage = NorthwindFiles::importError(
                customers.path, NorthwindImporter::tr("Line %1: customerID and companyName must "
                                                      "not be empty.")
                                    .arg(row.line));
            return false;
        }

        find.bindValue(QStringLiteral(":code"), code);
        if (!find.exec()) {
            result->errorMessage = NorthwindFiles::importError(
                customers.path, NorthwindImporter::tr("Line %1: could not look up customer "
                                                      "“%2”: %3")
                                    .arg(row.line)
                                    .arg(code, find.lastError().text()));
            return false;
        }
        const bool exists = find.next();
        find.finish();
        if (exists) {
            ++result->customersSkipped;
            continue;
        }

        for (const auto &[parameter, column] : fields)
            insert.bindValue(parameter, customers.value(row, column));
        insert.bindValue(QStringLiteral(":currency"), Currency);
        insert.bindValue(QStringLiteral(":created_at"), now);
        insert.bindValue(QStringLiteral(":updated_at"), now);
        if (!insert.exec()) {
            result->errorMessage = NorthwindFiles::importError(
                customers.path, NorthwindImporter::tr("Line %1: the database rejected customer "
                                                      "“%2”: %3")
                                    .arg(row.line)
                                    .arg(code, insert.lastError().text()));
            return false;
        }
        ++result->customersAdded;
    }
    return true;
}

// Inserts the bills whose number is not in the database yet, with their
// lines, and adds their totals to their customers' balances.
bool writeBills(const QSqlDatabase &db, const QString &directory, const QList<Bill> &bills,
                const QString &now, NorthwindImporter::Result *result)
{
    const QString ordersPath = QDir(directory).filePath(QStringLiteral("orders.csv"));
    const QString detailsPath = QDir(directory).filePath(QStringLiteral("order-details.csv"));

    QSqlQuery findCustomer(db);
    QSqlQuery findBill(db);
    QSqlQuery insertBill(db);
    QSqlQuery insertLine(db);
    QString &error = result->errorMessage;
    if (!prepare(&findCustomer, QStringLiteral("SELECT id FROM customers WHERE code = :code"),
                 &error)
        || !prepare(&findBill, QStringLiteral("SELECT id FROM bills WHERE bill_no = :bill_no"),
                    &error)
        || !prepare(&insertBill,
                    QStringLiteral(
                        "INSERT INTO bills (bill_no, customer_id, issue_date, due_date, currency, "
                        "lines_total_minor, charges_total_minor, paid_minor, source, created_at) "
                        "VALUES (:bill_no, :customer_id, :issue_date, :due_date, :currency, "
                        ":lines_total_minor, 0, 0, :source, :created_at)"),
                    &error)
        || !prepare(&insertLine,
                    QStringLiteral(
                        "INSERT INTO bill_lines (bill_id, line_no, kind, description, quantity, "
                        "unit_price_minor, discount_bp, amount_minor) VALUES (:bill_id, "
                        ":line_no, :kind, :description, :quantity, :unit_price_minor, "
                        ":discount_bp, :amount_minor)"),
                    &error)) {
        return false;
    }

    // Customer id -> sum of the bills added for that customer.
    QHash<qint64, qint64> addedBalances;
    for (const Bill &bill : bills) {
        const auto failAt = [&](const QString &path, const QString &detail) {
            error = NorthwindFiles::importError(path, detail);
            return false;
        };

        findBill.bindValue(QStringLiteral(":bill_no"), bill.billNo);
        if (!findBill.exec()) {
            return failAt(ordersPath, NorthwindImporter::tr("Line %1: could not look up bill "
                                                            "“%2”: %3")
                                          .arg(bill.line)
                                          .arg(bill.billNo, findBill.lastError().text()));
        }
        const bool exists = findBill.next();
        findBill.finish();
        if (exists) {
            ++result->billsSkipped;
            continue;
        }

        findCustomer.bindValue(QStringLiteral(":code"), bill.customerCode);
        if (!findCustomer.exec()) {
            return failAt(ordersPath, NorthwindImporter::tr("Line %1: could not look up customer "
                                                            "“%2”: %3")
                                          .arg(bill.line)
                                          .arg(bill.customerCode,
                                               findCustomer.lastError().text()));
        }
        if (!findCustomer.next()) {
            return failAt(ordersPath, NorthwindImporter::tr("Line %1: customer “%2” is neither in "
                                                            "customers.csv nor in the database.")
                                          .arg(bill.line)
                                          .arg(bill.customerCode));
        }
        const qint64 customerId = findCustomer.value(QStringLiteral("id")).toLongLong();
        findCustomer.finish();

        // Freight follows the goods as a line of its own. No order in the
        // published data has zero freight. A zero freight would be a line
        // that adds nothing, so it is left out.
        QList<BillLine> lines = bill.lines;
        if (bill.freightMinor > 0) {
            BillLine freight;
            freight.line = bill.line;
            freight.kind = QStringLiteral("freight");
            freight.description = bill.shipper;
            freight.quantity = 1;
            freight.unitPriceMinor = bill.freightMinor;
            freight.amountMinor = bill.freightMinor;
            lines.append(freight);
        }

        qint64 total = 0;
        for (const BillLine &line : std::as_const(lines)) {
            if (qAddOverflow(total, line.amountMinor, &total)) {
                return failAt(ordersPath, NorthwindImporter::tr("Line %1: the total of bill "
                                                                "“%2” is too large.")
                                              .arg(bill.line)
                                              .arg(bill.billNo));
            }
        }

        insertBill.bindValue(QStringLiteral(":bill_no"), bill.billNo);
        insertBill.bindValue(QStringLiteral(":customer_id"), customerId);
        insertBill.bindValue(QStringLiteral(":issue_date"), bill.issueDate.toString(Qt::ISODate));
        insertBill.bindValue(QStringLiteral(":due_date"), bill.dueDate.toString(Qt::ISODate));
        insertBill.bindValue(QStringLiteral(":currency"), Currency);
        insertBill.bindValue(QStringLiteral(":lines_total_minor"), total);
        insertBill.bindValue(QStringLiteral(":source"), Source);
        insertBill.bindValue(QStringLiteral(":created_at"), now);
        if (!insertBill.exec()) {
            return failAt(ordersPath, NorthwindImporter::tr("Line %1: the database rejected bill "
                                                            "“%2”: %3")
                                          .arg(bill.line)
                                          .arg(bill.billNo, insertBill.lastError().text()));
        }
        const qint64 billId = insertBill.lastInsertId().toLongLong();

        for (int i = 0; i < lines.size(); ++i) {
            const BillLine &line = lines.at(i);
            insertLine.bindValue(QStringLiteral(":bill_id"), billId);
            insertLine.bindValue(QStringLiteral(":line_no"), i + 1);
            insertLine.bindValue(QStringLiteral(":kind"), line.kind);
            // A null QString would bind as SQL NULL, which the column rejects.
            insertLine.bindValue(QStringLiteral(":description"),
                                 line.description.isNull() ? QString(QLatin1String(""))
                                                           : line.description);
            insertLine.bindValue(QStringLiteral(":quantity"), line.quantity);
            insertLine.bindValue(QStringLiteral(":unit_price_minor"), line.unitPriceMinor);
            insertLine.bindValue(QStringLiteral(":discount_bp"), line.discountBp);
            insertLine.bindValue(QStringLiteral(":amount_minor"), line.amountMinor);
            if (!insertLine.exec()) {
                const bool isFreight = i >= bill.lines.size();
                return failAt(isFreight ? ordersPath : detailsPath,
                              NorthwindImporter::tr("Line %1: the database rejected a line of "
                                                    "bill “%2”: %3")
                                  .arg(line.line)
                                  .arg(bill.billNo, insertLine.lastError().text()));
            }
        }

        qint64 &added = addedBalances[customerId];
        if (qAddOverflow(added, total, &added)) {
            return failAt(ordersPath, NorthwindImporter::tr("Line %1: the balance of customer "
                                                            "“%2” is too large.")
                                          .arg(bill.line)
                                          .arg(bill.customerCode));
        }
        ++result->billsAdded;
        result->billLinesAdded += int(lines.size());
    }

    return addToBalances(db, addedBalances, now, &error);
}

} // namespace

QString NorthwindImporter::builtInDirectory()
{
    return QStringLiteral(":/chargedesk/northwind");
}

NorthwindImporter::Result NorthwindImporter::import(const QString &directory)
{
    qCInfo(lcImport) << "Northwind import started from" << directory;

    Result result;
    const std::optional<NorthwindFiles> files =
        NorthwindFiles::read(directory, &result.errorMessage);
    bool ok = files.has_value();

    Transaction transaction(m_db);
    if (ok && !transaction.begin()) {
        result.errorMessage = tr("Could not start the import: %1")
                                  .arg(transaction.error().text());
        ok = false;
    }

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    ok = ok && writeCustomers(m_db, files->customers(), now, &result)
         && writeBills(m_db, directory, files->bills(), now, &result);

    if (ok && !transaction.commit()) {
        result.errorMessage = tr("Could not commit the import: %1")
                                  .arg(transaction.error().text());
        ok = false;
    }

    if (!ok) {
        qCWarning(lcImport) << "Northwind import failed, nothing written:" << result.errorMessage;
        Result failure;
        failure.errorMessage = result.errorMessage;
        return failure;
    }

    result.ok = true;
    qCInfo(lcImport) << "Northwind import finished:" << result.customersAdded
                     << "customers added," << result.customersSkipped << "skipped;"
                     << result.billsAdded << "bills added," << result.billsSkipped
                     << "skipped;" << result.billLinesAdded << "bill lines added";
    return result;
}
