#pragma once

#include "csvcolumnmapping.h"
#include "csvimportfile.h"
#include "csvimportsummary.h"

#include <QString>

// The part of a CSV import that handles one kind of record. CsvImporter
// reads the file and owns the transaction, and an implementation checks
// the rows and then writes the records.
class CsvRecordImporter
{
public:
    virtual ~CsvRecordImporter() = default;

    // Parses every row of file and checks it against the database, reading
    // only. Each problem goes to summary with its line and field, and every
    // record with a problem is counted as rejected. Returns false only when
    // a query failed, with the reason in *error.
    virtual bool check(const CsvImportFile &file, const CsvColumnMapping &mapping,
                       CsvImportSummary *summary, QString *error) = 0;

    // Writes the records that check() accepted, in file order, inside the
    // caller's transaction, and adds an entry for each. A record the
    // database or the charge service rejects becomes a problem and the
    // others go on. Returns false when the database failed, with the reason
    // in *error; the caller then rolls back.
    virtual bool write(CsvImportSummary *summary, QString *error) = 0;
};
