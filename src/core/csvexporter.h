#pragma once

#include "csvwriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

// A column of an exported CSV file: its header name, which the CSV importer
// matches, and whether the writer guards it as text.
struct CsvColumn
{
    QString name;
    CsvWriter::FieldKind kind = CsvWriter::FieldKind::Text;
};

// The filters on the rows CsvExporter writes. Every filter is optional: an
// empty list matches every customer, and an invalid date leaves that end of
// the period open.
struct CsvExportFilter
{
    enum class DateBasis {
        DueDate,   // charges.due_date
        EntryDate, // the local calendar day of charges.created_at
    };

    QStringList customerCodes;

    // Inclusive calendar days. Bills are filtered on their issue date,
    // charges on dateBasis. Customers have no date and ignore the period.
    QDate from;
    QDate to;
    DateBasis dateBasis = DateBasis::DueDate;
};

// Exports customers, bills (one row per bill line) or charges as CSV for
// spreadsheets and for the CSV importer. The files are UTF-8 and RFC 4180,
// with a header row of the English column names that columns() lists. They
// contain codes instead of labels, dates as yyyy-MM-dd, timestamps as UTC
// ISO 8601 with milliseconds, and amounts in major units with '.' and no
// grouping or symbol ("1234.50"). Text fields pass through
// CsvWriter::guardFormula().
//
// Rows are read with forward-only queries and written as they are read, so
// the export keeps one row in memory at a time. The count for the progress
// callback comes from a separate COUNT(*) query, so a charge committed
// between the two queries may make done pass total; the exporter then
// reports done as total.
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)

public:
    enum class Table { Customers, Bills, Charges };

    using Filter = CsvExportFilter;

    // Called with the rows written so far and the rows to write, before the
    // first row, every ProgressInterval rows and after the last one, in the
    // thread that runs the export. Returning false cancels the export.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;

    static constexpr qsizetype ProgressInterval = 500;

    struct Result
    {
        enum class Status {
            Written,
            Canceled,       // the progress callback returned false
            DatabaseFailed, // a query failed
            OutputFailed,   // the file or stream could not be written
        };

        Status status = Status::DatabaseFailed;
        qsizetype rows = 0;   // data rows written, header not counted
        QString errorMessage; // translated, set when the export failed

        bool ok() const { return status == Status::Written; }
    };

    explicit CsvExporter(QSqlDatabase db) : m_db(std::move(db)) {}

    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // Writes table to the file at path with a UTF-8 byte order mark. The file
    // is written through QSaveFile: on failure or cancellation no file is
    // created and an existing file keeps its old content.
    Result exportToFile(Table table, const QString &path, const Filter &filter = {});

    // Writes table to out as the rows are read, for standard output. A
    // failure or cancellation leaves the rows written so far in out.
    Result exportToStream(Table table, QTextStream &out, const Filter &filter,
                          CsvWriter::ByteOrderMark byteOrderMark);

    // The columns of table, in file order.
    static QList<CsvColumn> columns(Table table);

    // Returns "customers", "bills" or "charges", the names the command line
    // and the log use.
    static QString tableName(Table table);

    // Returns the table named by tableName(), or std::nullopt.
    static std::optional<Table> tableFromName(const QString &name);

private:
    Result write(Table table, QTextStream &out, const Filter &filter,
                 CsvWriter::ByteOrderMark byteOrderMark);
    static QString readErrorMessage(Table table, const QString &error);
    bool continueExport(qsizetype done, qsizetype total) const;

    QSqlDatabase m_db;
    Progress m_progress;
};
