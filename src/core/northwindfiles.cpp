#include "northwindfiles.h"

#include "csvreader.h"
#include "money.h"
#include "northwindimporter.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTime>
#include <QtNumeric>

namespace {

using CsvTable = NorthwindFiles::CsvTable;
using Bill = NorthwindFiles::Bill;
using BillLine = NorthwindFiles::BillLine;

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
    const std::optional<Money> money =
        Money::parse(text, NorthwindFiles::currency(), QLocale::c(), errorMessage);
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
        *errorMessage = NorthwindFiles::importError(table->path, detail);
        return false;
    }
    for (int i = 0; i < header.size(); ++i) {
        const QString column = header.at(i).trimmed();
        if (table->columns.contains(column)) {
            const QString detail = NorthwindImporter::tr("Line %1: the column “%2” appears "
                                                         "twice in the header.")
                                       .arg(reader.lineNumber())
                                       .arg(column);
            *errorMessage = NorthwindFiles::importError(table->path, detail);
            return false;
        }
        table->columns.insert(column, i);
    }
    for (const QString &column : required) {
        if (!table->columns.contains(column)) {
            const QString detail = NorthwindImporter::tr("Line %1: the column “%2” is missing.")
                                       .arg(reader.lineNumber())
                                       .arg(column);
            *errorMessage = NorthwindFiles::importError(table->path, detail);
            return false;
        }
    }

    const int spillIndex = table->columns.value(spillColumn, -1);
    QStringList fields;
    while (reader.readRecord(&fields)) {
        rejoinSplitField(&fields, int(header.size()), spillIndex);
        if (fields.size() != header.size()) {
            const QString detail = NorthwindImporter::tr("Line %1: the row has %2 fields but "
                                                         "the header has %3. Quote fields "
                                                         "that contain commas.")
                                       .arg(reader.lineNumber())
                                       .arg(fields.size())
                                       .arg(header.size());
            *errorMessage = NorthwindFiles::importError(table->path, detail);
            return false;
        }
        table->rows.append({reader.lineNumber(), fields});
    }
    if (!reader.error().isEmpty()) {
        *errorMessage = NorthwindFiles::importError(table->path, reader.error());
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
            *errorMessage = NorthwindFiles::importError(orders.path, detail);
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
            *errorMessage = NorthwindFiles::importError(details.path, detail);
            return false;
        }

        (*bills)[billIndex.value(billNo)].lines.append(line);
    }
    return true;
}

} // namespace

std::optional<NorthwindFiles> NorthwindFiles::read(const QString &directory,
                                                   QString *errorMessage)
{
    NorthwindFiles files;
    const QStringList customerColumns = {
        QStringLiteral("customerID"), QStringLiteral("companyName"),
        QStringLiteral("contactName"), QStringLiteral("contactTitle"),
        QStringLiteral("address"), QStringLiteral("city"), QStringLiteral("region"),
        QStringLiteral("postalCode"), QStringLiteral("country"), QStringLiteral("phone"),
        QStringLiteral("fax")};
    if (!readTable(directory, QStringLiteral("customers.csv"), customerColumns,
                   QStringLiteral("address"), &files.m_customers, errorMessage)
        || !readBills(directory, &files.m_bills, errorMessage)) {
        return std::nullopt;
    }
    return files;
}

QString NorthwindFiles::importError(const QString &path, const QString &detail)
{
    return NorthwindImporter::tr("Could not import “%1”. %2")
        .arg(QDir::toNativeSeparators(path), detail);
}

QString NorthwindFiles::currency()
{
    return QStringLiteral("USD");
}
