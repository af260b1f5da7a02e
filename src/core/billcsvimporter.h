#pragma once

#include "csvrecordimporter.h"
#include "records.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Imports bills, one bill line per row; the rows with the same bill_no form
// one bill, in any order. Each row gives the bill's header (customer_code,
// issue_date, due_date, optional currency) and one line: line_no (optional:
// file order), kind (goods or freight, default goods), description,
// quantity (default 1), unit_price and discount_percent (default 0). A row
// whose line fields are all empty gives the header only, so a bill without
// lines, as the CSV export writes it, imports as one.
//
// A line's amount is unit price x quantity x (1 - discount), computed
// exactly and rounded half-up once. An amount field, when the file has one,
// must equal it. The bill's total is the sum of its rounded lines, in the
// customer's currency. A new bill is written with its
// lines and an audit record (bill.import), and its total is added to the
// customer's stored balance, as the Northwind import does. A bill whose
// number exists with the same header and lines is already present; one
// that differs is a problem naming each difference.
class BillCsvImporter : public CsvRecordImporter
{
    Q_DECLARE_TR_FUNCTIONS(BillCsvImporter)

public:
    BillCsvImporter(QSqlDatabase db, QString actor);

    bool check(const CsvImportFile &file, const CsvColumnMapping &mapping,
               CsvImportSummary *summary, CsvImportProgress *progress,
               QString *error) override;
    qsizetype recordsToWrite() const override { return m_pending.size(); }
    bool write(CsvImportSummary *summary, CsvImportProgress *progress,
               QString *error) override;

private:
    struct Line
    {
        bool present = true; // false for a row that only gives a bill header
        int fileLine = 0;
        int lineNo = 0;
        QString kind;
        QString description;
        qint64 quantity = 1;
        qint64 unitPriceMinor = 0;
        int discountBasisPoints = 0;
        qint64 amountMinor = 0;
    };

    struct Bill
    {
        int line = 0; // the line of its first row
        QString billNo;
        QString customerCode;
        qint64 customerId = 0;
        QString currency;
        QDate issueDate;
        QDate dueDate;
        QString currencyText; // as the first row gives it, compared with later rows
        QList<Line> lines;
        qint64 totalMinor = 0;
        bool rejected = false;
    };

    // Reads one row into bill (header) and line. Returns false when the
    // row has a problem, or when a query failed (*error set).
    bool readRow(const CsvColumnMapping &mapping, const CsvImportFile::Row &row,
                 CsvImportSummary *summary, Bill *bill, Line *line, QString *error);

    // Adds a problem for each header field where row differs from bill.
    static bool sameHeader(const Bill &bill, const Bill &row, CsvImportSummary *summary);

    // Orders the lines, numbers them, checks the dates and computes the
    // total. Returns false with problems in summary.
    static bool complete(Bill *bill, bool numberedInFile, CsvImportSummary *summary);

    // Compares bill with the stored bill of the same number, if any, and
    // records the outcome. Returns false when a query failed.
    bool compareWithStored(const Bill &bill, CsvImportSummary *summary, bool *isNew,
                           QString *error) const;

    // Returns the customer with code, from a cache.
    std::optional<CustomerRecord> customer(const QString &code, QString *error);

    QSqlDatabase m_db;
    QString m_actor;
    QHash<QString, std::optional<CustomerRecord>> m_customers;
    QList<Bill> m_pending;
};
