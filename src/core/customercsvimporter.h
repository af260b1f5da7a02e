#pragma once

#include "csvrecordimporter.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Imports customers, one per row. code and company_name are required. The
// contact, address, phone and fax fields are optional and stored as the
// file has them, and currency defaults to CNY.
//
// A customer whose code exists with the same values in the mapped fields is
// already present. One whose mapped fields differ is a problem naming each
// differing field, because an import never changes an existing customer.
// A new customer is written with an audit record (customer.import).
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
    // The values of one row: database column -> value. Unmapped columns
    // hold an empty string, and currency the default.
    struct Customer
    {
        int line = 0;
        QHash<QString, QString> values;
        QStringList mappedColumns; // the columns the file gives, compared with existing rows
    };

    // Reads and checks one row; returns false when it has a problem.
    bool readRow(const CsvColumnMapping &mapping, const CsvImportFile::Row &row,
                 CsvImportSummary *summary, Customer *customer) const;

    // Compares customer with the stored one of the same code, if any, and
    // records the outcome. Returns false when the query failed.
    bool compareWithStored(const Customer &customer, CsvImportSummary *summary, bool *isNew,
                           QString *error) const;

    // Adds a problem for each mapped column where customer and other
    // differ; returns the number of differences.
    static int reportDifferences(const Customer &customer,
                                 const QHash<QString, QString> &other,
                                 const QString &otherName, CsvImportSummary *summary);

    QSqlDatabase m_db;
    QString m_actor;
    QList<Customer> m_pending;
};
