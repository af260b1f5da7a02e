#include "csvimporter.h"

#include "billcsvimporter.h"
#include "chargecsvimporter.h"
#include "customercsvimporter.h"
#include "logging.h"
#include "sqlstatementcache.h"
#include "transaction.h"

#include <memory>

namespace {

std::unique_ptr<CsvRecordImporter> makeImporter(const CsvImportPlan &plan,
                                                const QSqlDatabase &db, const QString &actor)
{
    switch (plan.kind) {
    case CsvImportKind::Customers:
        return std::make_unique<CustomerCsvImporter>(db, actor);
    case CsvImportKind::Bills:
        return std::make_unique<BillCsvImporter>(db, actor);
    case CsvImportKind::Charges:
        break;
    }
    return std::make_unique<ChargeCsvImporter>(db, actor, plan.duplicateAcknowledgement);
}

} // namespace

CsvImporter::CsvImporter(QSqlDatabase db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{
}

CsvImportPreview CsvImporter::preview(const CsvImportPlan &plan, int rowLimit) const
{
    CsvImportPreview preview;
    const CsvImportFile file = CsvImportFile::read(plan.filePath, plan.encoding);
    preview.encoding = file.encoding();
    preview.byteOrderMark = file.byteOrderMark();
    preview.encodingGuessed = file.encodingGuessed();
    preview.headers = file.headers();
    preview.rows = file.rows().mid(0, rowLimit);
    preview.totalRows = int(file.rows().size());
    preview.ok = file.isValid();
    preview.errorMessage = file.errorMessage();
    preview.errorLine = file.errorLine();

    preview.mapping = CsvColumnMapping::build(plan.kind, file.headers(), plan.mapping,
                                              &preview.mappingErrors);
    const QString missing = preview.mapping.missingRequiredMessage();
    if (!file.headers().isEmpty() && !missing.isEmpty())
        preview.mappingErrors << missing;
    return preview;
}

CsvImportSummary CsvImporter::check(const CsvImportPlan &plan, const ReportProgress &progress)
{
    return execute(plan, true, progress);
}

CsvImportSummary CsvImporter::run(const CsvImportPlan &plan, const ReportProgress &progress)
{
    return execute(plan, false, progress);
}

CsvImportSummary CsvImporter::execute(const CsvImportPlan &plan, bool dryRun,
                                      const ReportProgress &callback)
{
    qCInfo(lcImport) << "CSV import of" << CsvImportPlan::kindName(plan.kind) << "started from"
                     << plan.filePath << (dryRun ? "(check only)" : "");

    CsvImportSummary summary;
    summary.kind = plan.kind;
    summary.filePath = plan.filePath;
    summary.dryRun = dryRun;

    CsvImportFile file;
    if (!prepare(plan, &file, &summary)) {
        logFinish(summary);
        return summary;
    }

    // The repositories and the charge service run the same few statements
    // for every row; the cache compiles each of them once per file.
    const SqlStatementCache statements(m_db);
    CsvImportProgress progress(callback, file.rows().size());
    const std::unique_ptr<CsvRecordImporter> importer = makeImporter(plan, m_db, m_actor);
    QString error;
    if (!progress.start()
        || !importer->check(file, summary.mapping, &summary, &progress, &error)) {
        if (progress.isCanceled()) {
            setCanceled(&summary);
            logFinish(summary);
            return summary;
        }
        summary.databaseFailure = true;
        summary.fileError = tr("The file could not be checked because the database reported "
                               "an error: %1. Nothing was written; try again.")
                                .arg(error);
        qCWarning(lcImport) << "CSV check failed:" << error;
        logFinish(summary);
        return summary;
    }

    writeAll(*importer, dryRun, &progress, &summary);
    logFinish(summary);
    return summary;
}

bool CsvImporter::prepare(const CsvImportPlan &plan, CsvImportFile *file,
                          CsvImportSummary *summary)
{
    *file = CsvImportFile::read(plan.filePath, plan.encoding);
    summary->encoding = file->encoding();
    summary->byteOrderMark = file->byteOrderMark();
    summary->encodingGuessed = file->encodingGuessed();
    if (!file->isValid()) {
        summary->fileError = file->errorMessage();
        summary->fileErrorLine = file->errorLine();
        if (file->errorLine() > 0) {
            summary->addProblem(file->errorLine(), QString(), file->errorMessage(),
                                CsvImportSummary::Problem::File);
        }
        return false;
    }

    QStringList mappingErrors;
    summary->mapping = CsvColumnMapping::build(plan.kind, file->headers(), plan.mapping,
                                               &mappingErrors);
    const QString missing = summary->mapping.missingRequiredMessage();
    if (!missing.isEmpty())
        mappingErrors << missing;
    if (!mappingErrors.isEmpty()) {
        summary->fileError = mappingErrors.join(QLatin1Char('\n'));
        summary->fileErrorLine = 1;
        return false;
    }
    return true;
}

void CsvImporter::writeAll(CsvRecordImporter &importer, bool dryRun,
                           CsvImportProgress *progress, CsvImportSummary *summary)
{
    Transaction transaction(m_db);
    if (!transaction.begin()) {
        summary->databaseFailure = true;
        summary->fileError = tr("The import could not start a transaction: %1. Nothing was "
                                "written; try again.")
                                 .arg(transaction.error().text());
        return;
    }

    QString error;
    const bool wrote = progress->startWriting(importer.recordsToWrite())
                       && importer.write(summary, progress, &error) && progress->finish();
    if (progress->isCanceled()) {
        transaction.rollback();
        setCanceled(summary);
        return;
    }
    if (!wrote) {
        summary->databaseFailure = true;
        summary->fileError = tr("The import failed because the database reported an error: "
                                "%1. Nothing was written; try again.")
                                 .arg(error);
        qCWarning(lcImport) << "CSV import failed, rolled back:" << error;
    } else if (!dryRun && summary->rejected == 0 && !summary->hasProblems()) {
        if (transaction.commit()) {
            summary->written = true;
            return;
        }
        summary->databaseFailure = true;
        summary->fileError = tr("The import could not be committed: %1. Nothing was written; "
                                "try again.")
                                 .arg(transaction.error().text());
    }
    transaction.rollback();

    // The ids of records that were rolled back would name nothing.
    for (CsvImportSummary::Entry &entry : summary->entries) {
        if (entry.status == CsvImportSummary::Status::Added)
            entry.recordId = 0;
    }
}

void CsvImporter::setCanceled(CsvImportSummary *summary)
{
    summary->entries.clear();
    summary->added = 0;
    summary->alreadyPresent = 0;
    summary->rejected = 0;
    summary->billLinesAdded = 0;
    summary->written = false;
    summary->canceled = true;
    summary->fileError = summary->dryRun
        ? tr("The check was canceled before the end of the file, so it lists no problems. "
             "Nothing was written; check the file again to see its result.")
        : tr("The import was canceled and rolled back, so nothing was written. Import the "
             "file again to add its records.");
}

void CsvImporter::logFinish(const CsvImportSummary &summary)
{
    const QString kind = CsvImportPlan::kindName(summary.kind);
    if (summary.canceled) {
        qCInfo(lcImport) << "CSV import of" << kind << "from" << summary.filePath
                         << "canceled, nothing written" << (summary.dryRun ? "(check only)" : "");
        return;
    }
    if (summary.written) {
        qCInfo(lcImport) << "CSV import of" << kind << "committed from" << summary.filePath
                         << ":" << summary.added << "added," << summary.alreadyPresent
                         << "already present," << summary.billLinesAdded << "bill lines added";
        return;
    }
    qCInfo(lcImport) << "CSV import of" << kind << "finished without writing"
                     << (summary.dryRun ? "(check only)" : "") << ":" << summary.added
                     << "new," << summary.alreadyPresent << "already present,"
                     << summary.rejected << "rejected"
                     << (summary.fileError.isEmpty() ? QString() : summary.fileError);
}
