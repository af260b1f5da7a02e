#pragma once

#include "reportdocument.h"
#include "reportjobrunner.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QPrinter;
class QWidget;
class ReportProgressPanel;
class ReportRenderer;

// One report as a dialog requests it, with the filter values copied in, so
// the worker thread never reads the dialog's widgets.
struct ReportRequest
{
    // Queries the database and fills *document, in the worker thread.
    // Returns false with a translated message in *error, or false when
    // progress returned false.
    std::function<bool(QSqlDatabase db, const ReportProgress &progress, ReportDocument *document,
                       QString *error)>
        build;

    // Writes the report as CSV to path, in the worker thread. Must leave no
    // file behind when it fails or is canceled. Empty for reports without a
    // CSV form.
    std::function<bool(QSqlDatabase db, const QString &path, const ReportProgress &progress,
                       QString *error)>
        writeCsv;

    // The file name without folder and extension that Save PDF… and Save
    // CSV… suggest, e.g. "charge-report_2026-11".
    QString fileBaseName;
};

// The output buttons of the report dialogs: Preview, Print…, Save PDF… and
// Save CSV…. Each gets a ReportRequest from its dialog, runs the slow part
// in a ReportJobRunner with progress and Cancel in the dialog's
// ReportProgressPanel, and then shows the preview, the print dialog or
// where the file was saved. While a job runs, further requests are ignored.
//
// Every report prints on one printer per session, so the choices made in
// the print dialog (printer, copies, duplex) are kept for the next report.
// The page size and orientation always come from the laid-out report, so
// the preview, the print-out and the PDF have the same pages.
class ReportOutputController : public QObject
{
    Q_OBJECT

public:
    using RequestFactory = std::function<ReportRequest()>;

    // Returns the path to save to, or an empty string when the user
    // cancels. suggestedPath is a full path, filter a QFileDialog filter.
    using SavePathChooser =
        std::function<QString(const QString &suggestedPath, const QString &filter)>;

    // Runs jobs on clones of db and shows their progress in panel. dialog
    // parents the windows this opens and supplies each ReportRequest
    // through requestFactory, which is called in the GUI thread.
    ReportOutputController(QSqlDatabase db, QWidget *dialog, ReportProgressPanel *panel,
                           RequestFactory requestFactory);
    ~ReportOutputController() override;

    ReportJobRunner *runner() const { return m_runner; }

    // Returns true while a job runs or a preview or print dialog is open.
    bool isBusy() const { return m_busy; }

    // Lays out the report and shows it in a QPrintPreviewDialog, whose
    // Print button prints on the shared printer.
    void preview();

    // Lays out the report, lets the user choose a printer in a QPrintDialog
    // and prints. The single print entry point of every report.
    void print();

    // Asks for a file name and writes the report as PDF.
    void savePdf();

    // Asks for a file name and writes the report as CSV. Does nothing for a
    // request without writeCsv.
    void saveCsv();

    // Runs job like the output buttons do: busy, with progress and Cancel
    // in the panel and statusText beside it, and with failureText and the
    // job's error in a message box when it fails. Calls onSuccess in the
    // GUI thread once it succeeded. Returns false, starting nothing, while
    // busy.
    bool run(const QString &statusText, const QString &failureText,
             const ReportJobRunner::Job &job, std::function<void()> onSuccess);

    // Replaces the QFileDialog that Save PDF… and Save CSV… open, e.g. in
    // tests.
    void setSavePathChooser(SavePathChooser chooser) { m_chooseSavePath = std::move(chooser); }

    // The path of the last file written, or an empty string.
    QString lastSavedPath() const { return m_lastSavedPath; }

    // The printer all reports of this session print on. Deleted when the
    // application ends.
    static QPrinter *sharedPrinter();

signals:
    // A job started or ended, or a preview or print dialog opened or
    // closed. Dialogs disable their output buttons while busy.
    void busyChanged(bool busy);

    // The report went to the printer, from print().
    void printed();

    // A report file was written at path, by savePdf() or saveCsv().
    void fileSaved(const QString &path);

private:
    struct BuiltReport;

    // Checks the report fonts and gets the request. Returns false, with a
    // message box shown, when output is not possible.
    bool prepare(ReportRequest *request);

    // Runs request.build and then layout in the worker, and calls then
    // with the laid-out report in the GUI thread.
    void buildAndLayOut(const ReportRequest &request,
                        std::function<void(std::shared_ptr<BuiltReport>)> then);

    void showPreview(const std::shared_ptr<BuiltReport> &report);
    void printReport(const std::shared_ptr<BuiltReport> &report);

    // Runs write in the worker and reports the saved file or the error.
    void saveFile(const QString &path, const ReportJobRunner::Job &write);

    QString chooseSavePath(const QString &baseName, const QString &extension,
                           const QString &filter);
    void setBusy(bool busy);
    void showStatus(const QString &text);
    void showError(const QString &title, const QString &text);

    // Shows the outcome of a job that did not succeed. Returns true when
    // the job succeeded.
    bool handleOutcome(ReportJobRunner::Outcome outcome, const QString &error,
                       const QString &failureText);

    QPointer<QWidget> m_dialog;
    ReportProgressPanel *m_panel = nullptr;
    ReportJobRunner *m_runner = nullptr;
    RequestFactory m_requestFactory;
    SavePathChooser m_chooseSavePath;
    QString m_lastSavedPath;
    bool m_busy = false;
};
