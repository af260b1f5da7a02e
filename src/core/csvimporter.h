#pragma once

#include "csvimportplan.h"
#include "csvimportpreview.h"
#include "csvimportprogress.h"
#include "csvrecordimporter.h"
#include "csvimportsummary.h"
#include "reportprogress.h"

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
//
// Both take an optional progress callback, called in the thread they run
// in with done of total steps (see CsvImportProgress): at the start, every
// CsvImportProgress::Interval rows while reading, when the writing starts,
// every Interval records while writing, and with done equal to total just
// before the commit or the rollback. When it returns false, the import
// stops, rolls the whole file back and returns a summary with canceled set.
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
    CsvImportSummary check(const CsvImportPlan &plan, const ReportProgress &progress = {});

    // Imports the file: everything in one transaction, or nothing when any
    // line has a problem or progress cancels.
    CsvImportSummary run(const CsvImportPlan &plan, const ReportProgress &progress = {});

private:
    CsvImportSummary execute(const CsvImportPlan &plan, bool dryRun,
                             const ReportProgress &callback);

    // Reads the file and builds the mapping into summary; false when the
    // import cannot start.
    static bool prepare(const CsvImportPlan &plan, CsvImportFile *file,
                        CsvImportSummary *summary);

    // Writes the checked records in one transaction and commits it unless
    // this is a dry run, any line has a problem or progress was canceled.
    void writeAll(CsvRecordImporter &importer, bool dryRun, CsvImportProgress *progress,
                  CsvImportSummary *summary);

    // Clears what summary found before the cancel, because it covers only
    // part of the file, and sets the message that nothing was written.
    static void setCanceled(CsvImportSummary *summary);

    static void logFinish(const CsvImportSummary &summary);

    QSqlDatabase m_db;
    QString m_actor;
};
