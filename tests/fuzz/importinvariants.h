#pragma once

#include "csvimportfile.h"
#include "csvimportplan.h"
#include "csvimportsummary.h"
#include "databasestate.h"

#include <QSqlDatabase>
#include <QString>

// The invariants of a CSV import that the import fuzz targets check: every
// row is imported or reported with a reason, the summary's counts match its
// entries and the database, and an import writes all of its records or
// none. Each check aborts the process with the input's description and the
// summary when it fails.
class ImportInvariants
{
public:
    // description names the input in failure messages.
    ImportInvariants(CsvImportKind kind, QString description);

    // Checks a summary of check() or run() against the file it read. A file
    // error leaves no record counted. Otherwise every row has an entry on
    // its line, or for a bill on a line of the same bill. The counts match
    // the entries and add up to the number of records, and run() wrote
    // exactly when no record has a problem. A fresh database never fails,
    // so a database failure is an error too.
    void checkSummary(const CsvImportSummary &summary, const CsvImportFile &file) const;

    // Checks that check() and run() reported the same entries and counts.
    void checkSameOutcome(const CsvImportSummary &checked,
                          const CsvImportSummary &imported) const;

    // Checks the database after an import against the state before it:
    // unchanged unless the summary reports it written; otherwise grown by
    // the records the summary counts, with every added record's id in its
    // table, every stored total equal to the sum of its rows, and no amount
    // above Money::maxMinorUnits().
    void checkDatabase(const CsvImportSummary &summary, const DatabaseState &before,
                       const DatabaseState &after, const QSqlDatabase &db) const;

    // Checks the import of a written file once more: every record is already
    // present, and nothing changes.
    void checkReimport(const CsvImportSummary &again, const DatabaseState &before,
                       const DatabaseState &after) const;

    // Returns the description, the summary's file error, counts and entries.
    QString describe(const CsvImportSummary &summary) const;

private:
    // Returns the number of records in file: rows, or for bills the
    // distinct bill numbers plus the rows without one.
    qsizetype recordCount(const CsvImportSummary &summary, const CsvImportFile &file) const;

    CsvImportKind m_kind;
    QString m_description;
};
