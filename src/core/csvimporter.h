#pragma once

#include "csvimportplan.h"
#include "csvimportpreview.h"
#include "csvrecordimporter.h"
#include "csvimportsummary.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Imports customers, bills or charges from a CSV file written by another
// system, or exported by this one.
//
//   CsvImporter importer(db, currentActor());
//   CsvImportPreview preview = importer.preview(plan);  // headers, rows, mapping
//   CsvImportSummary checked = importer.check(plan);    // dry run, writes nothing
//   CsvImportSummary done = importer.run(plan);         // writes all or nothing
//
// Both check() and run() read every line first and report every problem by
// line and field. Then they write the records that passed, in file order,
// inside one transaction, so that the problems a record only meets there
// (a charge that duplicates an earlier line of the file) are reported too.
// check() always rolls that transaction back, and run() commits it only
// when no line has a problem. On SQLite both hold the write lock while they
// write, so other writers wait. Charges are written only through
// ChargeService.
class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)

public:
    // Rows of the file that preview() returns by default.
    static constexpr int DefaultPreviewRows = 20;

    // actor is recorded as the author of every write; see currentActor().
    CsvImporter(QSqlDatabase db, QString actor);

    // Reads plan.filePath and returns its headers, its first rowLimit rows
    // and the mapping. Reads no database.
    CsvImportPreview preview(const CsvImportPlan &plan, int rowLimit = DefaultPreviewRows) const;

    // Checks the file as run() would import it, and writes nothing.
    CsvImportSummary check(const CsvImportPlan &plan);

    // Imports the file: everything in one transaction, or nothing when any
    // line has a problem.
    CsvImportSummary run(const CsvImportPlan &plan);

private:
    CsvImportSummary execute(const CsvImportPlan &plan, bool dryRun);

    // Reads the file and builds the mapping into summary; false when the
    // import cannot start.
    static bool prepare(const CsvImportPlan &plan, CsvImportFile *file,
                        CsvImportSummary *summary);

    // Writes the checked records in one transaction and commits it unless
    // this is a dry run or any line has a problem.
    void writeAll(CsvRecordImporter &importer, bool dryRun, CsvImportSummary *summary);

    static void logFinish(const CsvImportSummary &summary);

    QSqlDatabase m_db;
    QString m_actor;
};
