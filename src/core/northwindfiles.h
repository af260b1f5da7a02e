#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The Northwind sample data of one folder (CSV, as shipped in
// resources/northwind), read whole and checked, for NorthwindImporter to
// write. All amounts are in US dollars (currency()).
//   customers.csv      -> customers(), rows with their columns by name
//   orders.csv         -> bills(), one per order in file order, with the
//                         shipper's name from shippers.csv
//   order-details.csv  -> the lines of each bill in file order; amount =
//                         unitPrice x quantity x (1 - discount), computed
//                         exactly and rounded half-up to the cent once
//   products.csv       -> line descriptions (product names)
// Columns are found by header name; the text NULL is an empty value. The
// published customers.csv and orders.csv leave commas in addresses
// unquoted, so a row with surplus fields is rejoined in its address column.
// The messages use the NorthwindImporter translation context, because users
// see them as import errors.
class NorthwindFiles
{
public:
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
        // an empty string. The column must be one that read() required.
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
        QString kind = QStringLiteral("goods");
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

    // Reads and checks the CSV files named above in directory, a folder or a
    // Qt resource path. On failure returns std::nullopt and stores in
    // errorMessage a translated message that names the file and line.
    static std::optional<NorthwindFiles> read(const QString &directory, QString *errorMessage);

    // Builds an import error message: the file, then detail, a sentence that
    // starts with "Line N:".
    static QString importError(const QString &path, const QString &detail);

    // The ISO 4217 code of every amount in the files: "USD".
    static QString currency();

    // The rows of customers.csv.
    const CsvTable &customers() const { return m_customers; }

    // The orders with their lines, in the order of orders.csv.
    const QList<Bill> &bills() const { return m_bills; }

private:
    NorthwindFiles() = default;

    CsvTable m_customers;
    QList<Bill> m_bills;
};
