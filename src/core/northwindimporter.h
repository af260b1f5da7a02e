#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Imports the Northwind sample data (CSV, as shipped in resources/northwind)
// as customers, bills and bill lines, all in US dollars:
//   customers.csv      -> customers (code = customerID)
//   orders.csv         -> one bill per order, bill_no = orderID, issued on
//                         orderDate, due on requiredDate
//   order-details.csv  -> bill lines 1, 2, ... in file order; amount =
//                         unitPrice x quantity x (1 - discount), computed
//                         exactly and rounded half-up to the cent once
//   orders.freight     -> one more, last line per bill, "Freight – <shipper>"
//                         (shipper from shippers.csv); zero freight adds none
//   products.csv       -> line descriptions (product names)
// NorthwindFiles reads and checks the files before anything is written. A
// bill's lines_total_minor is the sum of its rounded lines, and each
// customer's balance grows by the bills added for it. Rows that exist
// already (same customer code or bill number) are skipped and left as they
// are, so importing twice adds nothing. Everything is written in one
// transaction, so on any error nothing is written.
class NorthwindImporter
{
    Q_DECLARE_TR_FUNCTIONS(NorthwindImporter)

public:
    struct Result
    {
        bool ok = false;
        int customersAdded = 0;
        int billsAdded = 0;
        int billLinesAdded = 0; // goods and freight lines
        int customersSkipped = 0;
        int billsSkipped = 0;
        QString errorMessage; // translated; names the file and line
    };

    // The folder of the copy built into the program as a Qt resource.
    static QString builtInDirectory();

    explicit NorthwindImporter(QSqlDatabase db) : m_db(std::move(db)) {}

    // Imports from directory, a folder or a Qt resource path that contains the
    // CSV files named above. On failure Result::ok is false, every count is
    // 0 and the database is as it was.
    Result import(const QString &directory);

private:
    QSqlDatabase m_db;
};
