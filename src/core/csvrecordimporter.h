#pragma once

#include "csvcolumnmapping.h"
#include "csvimportfile.h"
#include "csvimportprogress.h"
#include "csvimportsummary.h"

#include <QString>

// The part of a CSV import that handles one kind of record. CsvImporter
// reads the file and owns the transaction, and an implementation checks
// the rows and then writes the records.
class CsvRecordImporter
{
public:
    virtual ~CsvRecordImporter() = default;

    // Parses every row of file and checks it, reading only. Each problem
    // goes to summary with its line and field, and every record with a
    // problem is counted as rejected. Calls progress->next() before each
    // row. Returns false when a query failed, with the reason in *error, or
    // when progress was canceled.
    virtual bool check(const CsvImportFile &file, const CsvColumnMapping &mapping,
                       CsvImportSummary *summary, CsvImportProgress *progress,
                       QString *error) = 0;

    // Returns the number of records that check() accepted for write().
    virtual qsizetype recordsToWrite() const = 0;

    // Writes the records that check() accepted, in file order, inside the
    // caller's transaction, and adds an entry for each. A record the
    // database or the charge service rejects becomes a problem and the
    // others go on. Calls progress->next() before each record. Returns
    // false when the database failed, with the reason in *error, or when
    // progress was canceled; the caller then rolls back.
    virtual bool write(CsvImportSummary *summary, CsvImportProgress *progress,
                       QString *error) = 0;
};
