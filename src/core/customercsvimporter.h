#pragma once

#include "csvrecordimporter.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

class StoredCustomers;

// Imports customers, one per row. code and company_name are required. The
// contact, address, phone and fax fields are optional and stored as the
// file has them, and currency defaults to CNY.
//
// A customer whose code exists with the same values in the mapped fields is
// already present. One whose mapped fields differ is a problem naming each
// differing field, because an import never changes an existing customer.
// A new customer is written with an audit record (customer.import).
// write() inserts up to BatchedInsert::RowsPerStatement customers per
// statement, and calls progress->next() for each customer of a batch after
// the batch is written.
class CustomerCsvImporter : public CsvRecordImporter
{
    Q_DECLARE_TR_FUNCTIONS(CustomerCsvImporter)

public:
    // The currency of every customer when the file has no currency column, as
    // in the schema.
    static constexpr auto DefaultCurrency = "CNY";

    CustomerCsvImporter(QSqlDatabase db, QString actor);

    bool check(const CsvImportFile &file, const CsvColumnMapping &mapping,
               CsvImportSummary *summary, CsvImportProgress *progress,
               QString *error) override;
    qsizetype recordsToWrite() const override { return m_pending.size(); }
    bool write(CsvImportSummary *summary, CsvImportProgress *progress,
               QString *error) override;

private:
    // The values of one row, one per customers column that an import
    // writes, in the order of the INSERT. Unmapped columns hold an empty
    // string, and currency the default.
    struct Customer
    {
        int line = 0;
        QStringList values;
        // The indexes in values of the columns the file gives, which are
        // compared with existing rows.
        QList<qsizetype> mappedColumns;
    };

    // Returns the codes of the file's rows, each once, as readRow() reads
    // them, so that the stored customers can be read up front, 100 codes
    // per query, and no line needs a query of its own. Adds no problem.
    static QStringList codesOf(const CsvImportFile &file, const CsvColumnMapping &mapping,
                               CsvImportSummary *summary);

    // Reads and checks one row; returns false when it has a problem.
    bool readRow(const CsvColumnMapping &mapping, const CsvImportFile::Row &row,
                 CsvImportSummary *summary, Customer *customer) const;

    // Compares customer with the stored one of the same code, if any, and
    // records the outcome. Returns true when no stored customer has its
    // code, so that customer is new.
    static bool compareWithStored(const Customer &customer, const StoredCustomers &stored,
                                  CsvImportSummary *summary);

    // Adds a problem for each mapped column where customer and other
    // differ; returns the number of differences.
    static int reportDifferences(const Customer &customer, const QStringList &other,
                                 const QString &otherName, CsvImportSummary *summary);

    // Writes count customers of m_pending from first on, with their audit
    // records, in one INSERT inside a savepoint, and returns their ids in
    // *ids. Leaves *ids empty and nothing written when the database rejects
    // any of them. Returns false only when the savepoint cannot begin.
    bool writeBatch(qsizetype first, qsizetype count, const QString &now, QList<qint64> *ids,
                    QString *error);

    // Writes one customer and its audit record inside a savepoint and sets
    // *id. A customer the database rejects becomes a problem of its line,
    // with *id 0. Returns false when a statement cannot be prepared or the
    // savepoint cannot begin.
    bool writeOne(const Customer &customer, const QString &now, qint64 *id,
                  CsvImportSummary *summary, QString *error);

    // Returns the details of the customer.import audit record: the
    // customer's columns, the source and the line.
    static QVariantMap auditDetails(const Customer &customer);

    QSqlDatabase m_db;
    QString m_actor;
    QList<Customer> m_pending;
    QList<qsizetype> m_mappedColumns; // Customer::mappedColumns of the file being checked
};
