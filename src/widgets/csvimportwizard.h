#pragma once

#include "csvimportplan.h"
#include "csvimportpreview.h"
#include "csvimportsummary.h"

#include <QSqlDatabase>
#include <QWizard>

class CsvImportCheckPage;
class CsvImportJob;
class CsvImportMappingPage;
class CsvImportResultPage;
class CsvImportSourcePage;

// Imports customers, bills or charges from a CSV file through CsvImporter,
// in four pages:
//   1. the kind of records and the file (CsvImportSourcePage);
//   2. the encoding and the column of each field (CsvImportMappingPage);
//   3. the first rows as they will be imported and the dry run
//      (CsvImportCheckPage), with Import as the commit button;
//   4. the import and its summary (CsvImportResultPage).
// The wizard stores the plan that the pages fill in and the preview of the
// file. It writes nothing itself: the check and the import run in a
// CsvImportJob, and the import writes every record of the file or none.
// While a check or an import runs, Cancel (also on the last page), Escape
// and the close button cancel it instead of closing the window, so that
// its page can say that nothing was imported.
class CsvImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { SourcePageId, MappingPageId, CheckPageId, ResultPageId };

    explicit CsvImportWizard(QSqlDatabase db, QWidget *parent = nullptr);
    ~CsvImportWizard() override;

    // Chooses the kind of records on the first page.
    void setKind(CsvImportKind kind);

    // Enters path in the file field of the first page, as Browse… does, so
    // tests and callers need no file dialog.
    void setFilePath(const QString &path);

    // The plan as the pages have filled it in so far.
    const CsvImportPlan &plan() const { return m_plan; }

    // Starts a new plan for kind and filePath when either differs from the
    // current one: the encoding goes back to Auto and the column choices
    // are dropped.
    void choose(CsvImportKind kind, const QString &filePath);

    void setEncoding(TextEncoding::Encoding encoding);

    // Feeds target from the column named header, or from no column when
    // header is empty, instead of the automatic match. A header feeds one
    // target, so another target that had it loses it.
    void setColumn(const QString &target, const QString &header);

    void setDuplicateAcknowledgement(const QString &note);

    // Reads the file again with the plan and returns preview().ok. Column
    // choices that name a header the file no longer has are dropped.
    bool readPreview();

    // The file as readPreview() last read it.
    const CsvImportPreview &preview() const { return m_preview; }

    // The job that runs the check and the import.
    CsvImportJob *job() const { return m_job; }

    // True once an import committed records, so the caller rereads its
    // lists.
    bool hasWritten() const { return m_written; }

    // Marks the import as committed; called by the result page.
    void setWritten() { m_written = true; }

    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateCloseButtons();

    QSqlDatabase m_db;
    CsvImportPlan m_plan;
    CsvImportPreview m_preview;
    CsvImportJob *m_job = nullptr;
    CsvImportSourcePage *m_sourcePage = nullptr;
    CsvImportMappingPage *m_mappingPage = nullptr;
    CsvImportCheckPage *m_checkPage = nullptr;
    CsvImportResultPage *m_resultPage = nullptr;
    bool m_written = false;
};
