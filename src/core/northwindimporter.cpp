#include "northwindimporter.h"

#include "csvreader.h"
#include "logging.h"
#include "money.h"
#include "transaction.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QTime>
#include <QVariant>
#include <QtNumeric>

namespace {

const QString Currency = QStringLiteral("USD");

// bills.source of every bill this importer writes.
const QString Source = QStringLiteral("northwind");

// One CSV file read whole, with its columns by header name. The Northwind
// files are small (orders.csv, the largest, is about 130 kB).
struct CsvTable
{
    struct Row
    {
        int line = 0;
        QStringList fields;
    };

    QString path;
    QHash<QString, int> columns;
    QList<Row> rows;

    // Returns the field of row in the named column, with the text NULL as
    // an empty string. The column must be one that readTable() required.
    // The result is never a null QString, which would bind as SQL NULL.
    QString value(const Row &row, const QString &column) const
    {
        const QString text = row.fields.at(columns.value(column));
        if (text.isNull() || text == QLatin1String("NULL"))
            return QStringLiteral("");
        return text;
    }
};

struct BillLine
{
    int line = 0; // in order-details.csv
    QString description;
    int quantity = 0;
    qint64 unitPriceMinor = 0;
    int discountBp = 0;
    qint64 amountMinor = 0;
};

struct Bill
{
    int line = 0; // in orders.csv
    QString billNo;
    QString customerCode;
    QDate issueDate;
    QDate dueDate;
    qint64 freightMinor = 0;
    QString shipper;
    QList<BillLine> lines;
};

// Builds the message of Result::errorMessage: the file, then a sentence
// that starts with "Line N:".
QString importError(const QString &path, const QString &detail)
{
    return NorthwindImporter::tr("Could not import “%1”. %2")
        .arg(QDir::toNativeSeparators(path), detail);
}

bool isAsciiDigits(const QString &text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// Parses a Northwind date such as "1996-07-04 00:00:00.000", or a plain
// "1996-07-04". The time part, midnight throughout the published data, is
// checked and dropped. It is parsed apart from the date so that no time
// zone applies.
QDate parseDate(const QString &text)
{
    const QString dateFormat = QStringLiteral("yyyy-MM-dd");
    if (text.size() == dateFormat.size())
        return QDate::fromString(text, dateFormat);

    if (text.size() <= dateFormat.size() || text.at(dateFormat.size()) != QLatin1Char(' '))
        return {};
    const QTime time = QTime::fromString(text.mid(dateFormat.size() + 1),
                                         QStringLiteral("HH:mm:ss.zzz"));
    return time.isValid() ? QDate::fromString(text.left(dateFormat.size()), dateFormat) : QDate();
}

// Parses a decimal fraction from 0 to 1 ("0", "0.05", "0.1") into basis
// points ("0.05" is 500) with integer arithmetic, so no binary fraction
// ever rounds it. Digits after the fourth decimal must be zeros. Returns -1
// when text is not such a fraction.
int parseBasisPoints(const QString &text)
{
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    if (whole.isEmpty() || (dot >= 0 && fraction.isEmpty()))
        return -1;
    if (!isAsciiDigits(whole) || !isAsciiDigits(fraction))
        return -1;
    if (fraction.size() > 4 && fraction.mid(4).count(QLatin1Char('0')) != fraction.size() - 4)
        return -1;

    bool ok = false;
    const int wholeUnits = whole.toInt(&ok);
    if (!ok || wholeUnits > 1)
        return -1;
    const int fractionBp = fraction.left(4).leftJustified(4, QLatin1Char('0')).toInt();
    const int basisPoints = wholeUnits * 10000 + fractionBp;
    return basisPoints <= 10000 ? basisPoints : -1;
}

// Parses a non-negative amount in US dollars, e.g. "14.00".
std::optional<qint64> parseAmount(const QString &text, QString *errorMessage)
{
    const std::optional<Money> money = Money::parse(text, Currency, QLocale::c(), errorMessage);
    if (!money)
        return std::nullopt;
    if (money->isNegative()) {
        *errorMessage = NorthwindImporter::tr("The amount “%1” is negative.").arg(text);
        return std::nullopt;
    }
    return money->minorUnits();
}

// Rejoins an address that the published files split at an unquoted comma.
// The Northwind CSV leaves commas in addresses unquoted ("24, place
// Kléber"), so such a row has more fields than the header. The extra fields
// belong to spillColumn when each of them starts with the space that follows
// the comma. Any other surplus is left for the caller to reject.
void rejoinSplitField(QStringList *fields, int headerSize, int spillColumn)
{
    const int extra = int(fields->size()) - headerSize;
    if (extra <= 0 || spillColumn < 0)
        return;
    for (int i = spillColumn + 1; i <= spillColumn + extra; ++i) {
        if (!fields->at(i).startsWith(QLatin1Char(' ')))
            return;
    }
    (*fields)[spillColumn] = fields->mid(spillColumn, extra + 1).join(QLatin1Char(','));
    fields->remove(spillColumn + 1, extra);
}

// Reads the file name in directory into table and checks that its header
// names every column in required. spillColumn names the column that may
// contain unquoted commas (see rejoinSplitField), or is empty.
bool readTable(const QString &directory, const QString &name, const QStringList &required,
               const QString &spillColumn, CsvTable *table, QString *errorMessage)
{
    table->path = QDir(directory).filePath(name);
    QFile file(table->path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = NorthwindImporter::tr("Could not open “%1”: %2. Choose a folder that "
                                              "contains the Northwind CSV files.")
                            .arg(QDir::toNativeSeparators(table->path), file.errorString());
        return false;
    }

    CsvReader reader(&file);
    QStringList header;
    if (!reader.readRecord(&header)) {
        const QString detail = reader.error().isEmpty()
                                   ? NorthwindImporter::tr("Line 1: the header row is missing.")
                                   : reader.error();
        *errorMessage = importError(table->path, detail);
        return false;
    }
    for (int i = 0; i < header.size(); ++i) {
        const QString column = header.at(i).trimmed();
        if (table->columns.contains(column)) {
            *errorMessage = importError(table->path,
                                        NorthwindImporter::tr("Line %1: the column “%2” appears "
                                                              "twice in the header.")
                                            .arg(reader.lineNumber())
                                            .arg(column));
            return false;
        }
        table->columns.insert(column, i);
    }
    for (const QString &column : required) {
        if (!table->columns.contains(column)) {
            const QString detail = NorthwindImporter::tr("Line %1: the column “%2” is missing.")
                                       .arg(reader.lineNumber())
                                       .arg(column);
            *errorMessage = importError(table->path, detail);
            return false;
        }
    }

    const int spillIndex = table->columns.value(spillColumn, -1);
    QStringList fields;
    while (reader.readRecord(&fields)) {
        rejoinSplitField(&fields, int(header.size()), spillIndex);
        if (fields.size() != header.size()) {
            *errorMessage = importError(table->path,
                                        NorthwindImporter::tr("Line %1: the row has %2 fields but "
                                                              "the header has %3. Quote fields "
                                                              "that contain commas.")
                                            .arg(reader.lineNumber())
                                            .arg(fields.size())
                                            .arg(header.size()));
            return false;
        }
        table->rows.append({reader.lineNumber(), fields});
    }
    if (!reader.error().isEmpty()) {
        *errorMessage = importError(table->path, reader.error());
        return false;
    }
    return true;
}

// Reads a two-column lookup, e.g. productID -> productName.
bool readNames(const QString &directory, const QString &name, const QString &keyColumn,
               const QString &nameColumn, QHash<QString, QString> *names, QString *errorMessage)
{
    CsvTable table;
    if (!readTable(directory, name, {keyColumn, nameColumn}, QString(), &table, errorMessage))
        return false;
    for (const CsvTable::Row &row : std::as_const(table.rows))
        names->insert(table.value(row, keyColumn), table.value(row, nameColumn));
    return true;
}

// Reads orders.csv and order-details.csv into bills, with product names
// from products.csv and shipper names from shippers.csv. Lines keep the
// order of order-details.csv.
bool readBills(const QString &directory, QList<Bill> *bills, QString *errorMessage)
{
    QHash<QString, QString> products;
    QHash<QString, QString> shippers;
    if (!readNames(directory, QStringLiteral("products.csv"), QStringLiteral("productID"),
                   QStringLiteral("productName"), &products, errorMessage)
        || !readNames(directory, QStringLiteral("shippers.csv"), QStringLiteral("shipperID"),
                      QStringLiteral("companyName"), &shippers, errorMessage)) {
        return false;
    }

    CsvTable orders;
    const QStringList orderColumns = {QStringLiteral("orderID"), QStringLiteral("customerID"),
                                      QStringLiteral("orderDate"), QStringLiteral("requiredDate"),
                                      QStringLiteral("shipVia"), QStringLiteral("freight")};
    if (!readTable(directory, QStringLiteral("orders.csv"), orderColumns,
                   QStringLiteral("shipAddress"), &orders, errorMessage)) {
        return false;
    }

    QHash<QString, qsizetype> billIndex;
    for (const CsvTable::Row &row : std::as_const(orders.rows)) {
        Bill bill;
        bill.line = row.line;
        bill.billNo = orders.value(row, QStringLiteral("orderID"));
        bill.customerCode = orders.value(row, QStringLiteral("customerID"));
        bill.issueDate = parseDate(orders.value(row, QStringLiteral("orderDate")));
        bill.dueDate = parseDate(orders.value(row, QStringLiteral("requiredDate")));
        bill.shipper = shippers.value(orders.value(row, QStringLiteral("shipVia")));

        QString detail;
        if (bill.billNo.isEmpty() || bill.customerCode.isEmpty()) {
            detail = NorthwindImporter::tr("Line %1: orderID and customerID must not be empty.")
                         .arg(row.line);
        } else if (billIndex.contains(bill.billNo)) {
            detail = NorthwindImporter::tr("Line %1: order “%2” appears twice.")
                         .arg(row.line)
                         .arg(bill.billNo);
        } else if (!bill.issueDate.isValid() || !bill.dueDate.isValid()) {
            detail = NorthwindImporter::tr("Line %1: orderDate “%2” or requiredDate “%3” is not "
                                           "a date such as 1996-07-04.")
                         .arg(row.line)
                         .arg(orders.value(row, QStringLiteral("orderDate")),
                              orders.value(row, QStringLiteral("requiredDate")));
        } else if (bill.dueDate < bill.issueDate) {
            detail = NorthwindImporter::tr("Line %1: requiredDate is before orderDate.")
                         .arg(row.line);
        } else if (const auto freight = parseAmount(orders.value(row, QStringLiteral("freight")),
                                                    &detail)) {
            bill.freightMinor = *freight;
        } else {
            detail = NorthwindImporter::tr("Line %1: invalid freight. %2")
                         .arg(row.line)
                         .arg(detail);
        }
        if (!detail.isEmpty()) {
            *errorMessage = importError(orders.path, detail);
            return false;
        }

        billIndex.insert(bill.billNo, bills->size());
        bills->append(bill);
    }

    CsvTable details;
    const QStringList detailColumns = {QStringLiteral("orderID"), QStringLiteral("productID"),
                                       QStringLiteral("unitPrice"), QStringLiteral("quantity"),
                                       QStringLiteral("discount")};
    if (!readTable(directory, QStringLiteral("order-details.csv"), detailColumns, QString(),
                   &details, errorMessage)) {
        return false;
    }

    for (const CsvTable::Row &row : std::as_const(details.rows)) {
        const QString billNo = details.value(row, QStringLiteral("orderID"));
        const QString productId = details.value(row, QStringLiteral("productID"));
        const QString quantityText = details.value(row, QStringLiteral("quantity"));
        const QString discountText = details.value(row, QStringLiteral("discount"));

        BillLine line;
        line.line = row.line;
        line.description = products.value(productId);
        line.quantity = isAsciiDigits(quantityText) ? quantityText.toInt() : 0;
        line.discountBp = parseBasisPoints(discountText);

        QString detail;
        qint64 exactAmount = 0; // in 1/10000 of a cent
        if (!billIndex.contains(billNo)) {
            detail = NorthwindImporter::tr("Line %1: order “%2” is not in orders.csv.")
                         .arg(row.line)
                         .arg(billNo);
        } else if (!products.contains(productId)) {
            detail = NorthwindImporter::tr("Line %1: product “%2” is not in products.csv.")
                         .arg(row.line)
                         .arg(productId);
        } else if (line.quantity <= 0) {
            detail = NorthwindImporter::tr("Line %1: quantity “%2” is not a positive whole "
                                           "number.")
                         .arg(row.line)
                         .arg(quantityText);
        } else if (line.discountBp < 0) {
            detail = NorthwindImporter::tr("Line %1: discount “%2” is not a fraction from 0 to 1 "
                                           "with at most four decimals.")
                         .arg(row.line)
                         .arg(discountText);
        } else if (const auto price = parseAmount(details.value(row, QStringLiteral("unitPrice")),
                                                  &detail)) {
            line.unitPriceMinor = *price;
            // price x quantity x (10000 - discount in basis points) is
            // exact, so the line is rounded once, half-up, to the cent.
            if (qMulOverflow(line.unitPriceMinor, qint64(line.quantity), &exactAmount)
                || qMulOverflow(exactAmount, qint64(10000 - line.discountBp), &exactAmount)) {
                detail = NorthwindImporter::tr("Line %1: the line amount is too large.")
                             .arg(row.line);
            } else {
                line.amountMinor = Money::roundHalfUp(exactAmount, 10000);
            }
        } else {
            detail = NorthwindImporter::tr("Line %1: invalid unitPrice. %2")
                         .arg(row.line)
                         .arg(detail);
        }
        if (!detail.isEmpty()) {
            *errorMessage = importError(details.path, detail);
            return false;
        }

        (*bills)[billIndex.value(billNo)].lines.append(line);
    }
    return true;
}

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
            result->errorMessage = importError(
                customers.path, NorthwindImporter::tr("Line %1: customerID and companyName must "
                                                      "not be empty.")
                                    .arg(row.line));
            return false;
        }

        find.bindValue(QStringLiteral(":code"), code);
        if (!find.exec()) {
            result->errorMessage = importError(
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
            result->errorMessage = importError(
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
                        "INSERT INTO bill_lines (bill_id, line_no, description, quantity, "
                        "unit_price_minor, discount_bp, amount_minor) VALUES (:bill_id, "
                        ":line_no, :description, :quantity, :unit_price_minor, :discount_bp, "
                        ":amount_minor)"),
                    &error)) {
        return false;
    }

    // Customer id -> sum of the bills added for that customer.
    QHash<qint64, qint64> addedBalances;
    for (const Bill &bill : bills) {
        const auto failAt = [&](const QString &path, const QString &detail) {
            error = importError(path, detail);
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
            // Stored data, not interface text, so it is not translated.
            freight.description = bill.shipper.isEmpty()
                                      ? QStringLiteral("Freight")
                                      : QStringLiteral("Freight – %1").arg(bill.shipper);
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
            insertLine.bindValue(QStringLiteral(":description"), line.description);
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
    CsvTable customers;
    QList<Bill> bills;
    const QStringList customerColumns = {
        QStringLiteral("customerID"), QStringLiteral("companyName"),
        QStringLiteral("contactName"), QStringLiteral("contactTitle"),
        QStringLiteral("address"), QStringLiteral("city"), QStringLiteral("region"),
        QStringLiteral("postalCode"), QStringLiteral("country"), QStringLiteral("phone"),
        QStringLiteral("fax")};
    bool ok = readTable(directory, QStringLiteral("customers.csv"), customerColumns,
                        QStringLiteral("address"), &customers, &result.errorMessage)
              && readBills(directory, &bills, &result.errorMessage);

    Transaction transaction(m_db);
    if (ok && !transaction.begin()) {
        result.errorMessage = tr("Could not start the import: %1")
                                  .arg(transaction.error().text());
        ok = false;
    }

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    ok = ok && writeCustomers(m_db, customers, now, &result)
         && writeBills(m_db, directory, bills, now, &result);

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
