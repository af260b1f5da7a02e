#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Imports the Northwind sample data (CSV, as shipped in resources/northwind)
// as customers, bills and bill lines:
//   customers.csv      -> customers (code = customerID), currency USD
//   orders.csv         -> one bill per order, bill_no = orderID, issued on
//                         orderDate, due on requiredDate
//   order-details.csv  -> bill lines, amount = unitPrice x quantity x
//                         (1 - discount) rounded half-up to the cent
//   orders.freight     -> one more line per bill, described as freight
//   products.csv       -> line descriptions (product names)
// Customer balances become the sum of their bills. Rows that exist already
// (same customer code or bill number) are skipped, so importing twice adds
// nothing. Everything is written in one transaction.
class NorthwindImporter
{
    Q_DECLARE_TR_FUNCTIONS(NorthwindImporter)

public:
    struct Result
    {
        bool ok = false;
        int customersAdded = 0;
        int billsAdded = 0;
        int billLinesAdded = 0;
        int customersSkipped = 0;
        int billsSkipped = 0;
        QString errorMessage; // translated; names the file and line
    };

    // The folder of the copy built into the program as a Qt resource.
    static QString builtInDirectory();

    explicit NorthwindImporter(QSqlDatabase db) : m_db(std::move(db)) {}

    // Imports from directory, which holds the CSV files named above.
    Result import(const QString &directory);

private:
    QSqlDatabase m_db;
};
