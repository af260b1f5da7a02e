#include "reportoutputcontroller.h"

#include "logging.h"
#include "reportfonts.h"
#include "reportpdfwriter.h"
#include "reportpreview.h"
#include "reportprogresspanel.h"
#include "reportrenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QStatusBar>

namespace {

// How long the main window's status bar shows where a file was saved.
constexpr int StatusMessageMs = 15000;

QPrinter *s_sharedPrinter = nullptr;

// The folder of the last file saved in this session, where the next save
// starts.
QString &lastSaveFolder()
{
    static QString folder;
    return folder;
}

// The steps of a progress bar that shows two stages of a job, each with
// its own total: the first stage fills the first half, the second the rest.
constexpr qsizetype StageSteps = 500;

ReportProgress scaledProgress(const ReportProgress &progress, qsizetype offset)
{
    return [progress, offset](qsizetype done, qsizetype total) {
        if (total <= 0)
            return progress(0, 0);
        return progress(offset + std::min(done, total) * StageSteps / total, 2 * StageSteps);
    };
}

// Reports the stage that queries and builds the document.
ReportProgress firstHalf(const ReportProgress &progress)
{
    return scaledProgress(progress, 0);
}

// Reports the stage that lays out or writes the document.
ReportProgress secondHalf(const ReportProgress &progress)
{
    return scaledProgress(progress, StageSteps);
}

} // namespace

// A laid-out report: the document, whose title names the preview and the
// print job, and the renderer with its pages.
struct ReportOutputController::BuiltReport
{
    ReportDocument document;
    std::unique_ptr<ReportRenderer> renderer;
};

ReportOutputController::ReportOutputController(QSqlDatabase db, QWidget *dialog,
                                               ReportProgressPanel *panel,
                                               RequestFactory requestFactory)
    : QObject(dialog)
    , m_dialog(dialog)
    , m_panel(panel)
    , m_runner(new ReportJobRunner(std::move(db), this))
    , m_requestFactory(std::move(requestFactory))
{
    m_panel->setRunner(m_runner);
}

ReportOutputController::~ReportOutputController() = default;

QPrinter *ReportOutputController::sharedPrinter()
{
    if (!s_sharedPrinter) {
        s_sharedPrinter = new QPrinter(QPrinter::HighResolution);

        // A QPrinter must go before the platform plugin does, which a
        // static destructor would run after.
        qAddPostRoutine([] {
            delete s_sharedPrinter;
            s_sharedPrinter = nullptr;
        });
    }
    return s_sharedPrinter;
}

void ReportOutputController::preview()
{
    ReportRequest request;
    if (!prepare(&request))
        return;
    showStatus(tr("Laying out the report…"));
    buildAndLayOut(request, [this](const std::shared_ptr<BuiltReport> &report) {
        showPreview(report);
    });
}

void ReportOutputController::print()
{
    ReportRequest request;
    if (!prepare(&request))
        return;
    showStatus(tr("Laying out the report…"));
    buildAndLayOut(request, [this](const std::shared_ptr<BuiltReport> &report) {
        printReport(report);
    });
}

void ReportOutputController::savePdf()
{
    ReportRequest request;
    if (!prepare(&request))
        return;

    const QString path = chooseSavePath(request.fileBaseName, QStringLiteral("pdf"),
                                        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;

    const auto build = request.build;
    saveFile(path, [build, path](QSqlDatabase db, const ReportProgress &progress,
                                 QString *error) {
        ReportDocument document;
        if (!build(db, firstHalf(progress), &document, error))
            return false;
        return ReportPdfWriter::write(document, path, error, secondHalf(progress));
    });
}

void ReportOutputController::saveCsv()
{
    ReportRequest request;
    if (!prepare(&request))
        return;
    if (!request.writeCsv)
        return;

    const QString path = chooseSavePath(request.fileBaseName, QStringLiteral("csv"),
                                        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;

    const auto writeCsv = request.writeCsv;
    saveFile(path, [writeCsv, path](QSqlDatabase db, const ReportProgress &progress,
                                    QString *error) { return writeCsv(db, path, progress, error); });
}

bool ReportOutputController::run(const QString &statusText, const QString &failureText,
                                 const ReportJobRunner::Job &job,
                                 std::function<void()> onSuccess)
{
    if (m_busy || m_runner->isRunning()) {
        qCInfo(lcUi) << "Report job requested while busy; ignored";
        return false;
    }

    setBusy(true);
    showStatus(statusText);
    const bool started = m_runner->start(job, [this, failureText, onSuccess](
                                                  ReportJobRunner::Outcome outcome,
                                                  const QString &error) {
        const bool ok = handleOutcome(outcome, error, failureText);
        setBusy(false);
        if (ok) {
            showStatus(QString());
            onSuccess();
        }
    });
    if (!started)
        setBusy(false);
    return started;
}

bool ReportOutputController::prepare(ReportRequest *request)
{
    if (m_busy || m_runner->isRunning()) {
        qCInfo(lcUi) << "Report output requested while busy; ignored";
        return false;
    }

    // Loading the fonts reads two large font collections once per session,
    // so the wait cursor shows that something happens.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const QString fontError = ReportFonts::ensureAvailable();
    QGuiApplication::restoreOverrideCursor();
    if (!fontError.isEmpty()) {
        qCWarning(lcUi) << "Report fonts unavailable:" << fontError;
        showError(tr("Fonts Missing"), fontError);
        return false;
    }

    *request = m_requestFactory();
    return bool(request->build);
}

void ReportOutputController::buildAndLayOut(
    const ReportRequest &request, std::function<void(std::shared_ptr<BuiltReport>)> then)
{
    auto report = std::make_shared<BuiltReport>();
    const auto build = request.build;
    const ReportJobRunner::Job job = [report, build](QSqlDatabase db,
                                                     const ReportProgress &progress,
                                                     QString *error) {
        if (!build(db, firstHalf(progress), &report->document, error))
            return false;

        report->renderer = std::make_unique<ReportRenderer>(report->document);
        if (!report->renderer->layout(secondHalf(progress))) {
            *error = tr("The report could not be laid out in pages.");
            return false;
        }
        return true;
    };

    setBusy(true);
    const bool started = m_runner->start(job, [this, report, then](ReportJobRunner::Outcome outcome,
                                                                   const QString &error) {
        const bool ok = handleOutcome(outcome, error, tr("The report could not be built."));
        if (!ok) {
            setBusy(false);
            return;
        }
        showStatus(tr("%n page(s).", nullptr, report->renderer->pageCount()));
        then(report);
    });
    if (!started)
        setBusy(false);
}

void ReportOutputController::showPreview(const std::shared_ptr<BuiltReport> &report)
{
    const auto idle = qScopeGuard([this] { setBusy(false); });
    ReportPreview::exec(sharedPrinter(), *report->renderer,
                        tr("Print Preview — %1").arg(report->document.title), m_dialog);
}

void ReportOutputController::printReport(const std::shared_ptr<BuiltReport> &report)
{
    QPrinter *printer = sharedPrinter();
    printer->setPageLayout(report->renderer->pageLayout());
    printer->setDocName(report->document.title);

    QPrintDialog dialog(printer, m_dialog);
    dialog.setObjectName(QStringLiteral("reportPrintDialog"));
    dialog.setMinMax(1, report->renderer->pageCount());
    if (dialog.exec() != QDialog::Accepted) {
        showStatus(tr("Printing canceled."));
        setBusy(false);
        return;
    }

    // Qt allows painting on a QPrinter in a worker thread, so the window
    // stays responsive while the pages go to the printer.
    // NOTE: the shared printer is not locked. Only one print job runs at a
    // time because every report dialog is modal and runs one job at most.
    showStatus(tr("Printing…"));
    const ReportJobRunner::Job job = [report, printer](QSqlDatabase, const ReportProgress &progress,
                                                       QString *error) {
        return report->renderer->print(printer, progress, error);
    };
    const bool started = m_runner->start(job, [this](ReportJobRunner::Outcome outcome,
                                                     const QString &error) {
        const bool ok = handleOutcome(outcome, error, tr("The report could not be printed."));
        if (ok)
            showStatus(tr("Sent to the printer."));
        setBusy(false);
        if (ok)
            emit printed();
    });
    if (!started)
        setBusy(false);
}

void ReportOutputController::saveFile(const QString &path, const ReportJobRunner::Job &write)
{
    setBusy(true);
    showStatus(tr("Writing “%1”…").arg(QDir::toNativeSeparators(path)));
    const bool existedBefore = QFileInfo::exists(path);
    const bool started = m_runner->start(write, [this, path, existedBefore](
                                                    ReportJobRunner::Outcome outcome,
                                                    const QString &error) {
        const auto idle = qScopeGuard([this] { setBusy(false); });

        // The writers leave no file when they stop early. This removes one
        // anyway, should a writer break that promise, but never a file the
        // user had before.
        if (outcome != ReportJobRunner::Outcome::Succeeded && !existedBefore
            && QFileInfo::exists(path)) {
            qCWarning(lcUi) << "Removing the incomplete report file" << path;
            QFile::remove(path);
        }

        if (outcome == ReportJobRunner::Outcome::Canceled) {
            showStatus(tr("Canceled. No file was written."));
            return;
        }
        if (outcome == ReportJobRunner::Outcome::Failed) {
            showStatus(tr("The file was not saved."));
            showError(tr("Could Not Save"),
                      tr("Could not save “%1”: %2\n\nCheck that the folder exists and that "
                         "you may write there, or choose another file name, then save again.")
                          .arg(QDir::toNativeSeparators(path), error));
            return;
        }

        m_lastSavedPath = path;
        lastSaveFolder() = QFileInfo(path).absolutePath();
        qCInfo(lcUi) << "Report saved to" << path;
        const QString message = tr("Saved “%1”.").arg(QDir::toNativeSeparators(path));
        showStatus(message);
        for (QWidget *widget = m_dialog; widget; widget = widget->parentWidget()) {
            if (auto *window = qobject_cast<QMainWindow *>(widget)) {
                window->statusBar()->showMessage(message, StatusMessageMs);
                break;
            }
        }
        emit fileSaved(path);
    });
    if (!started)
        setBusy(false);
}

QString ReportOutputController::chooseSavePath(const QString &baseName, const QString &extension,
                                               const QString &filter)
{
    QString folder = lastSaveFolder();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(baseName + QLatin1Char('.') + extension);

    setBusy(true);
    QString path;
    if (m_chooseSavePath) {
        path = m_chooseSavePath(suggested, filter);
    } else {
        path = QFileDialog::getSaveFileName(m_dialog, tr("Save Report"), suggested, filter);
    }
    setBusy(false);

    // Not every platform's file dialog adds the extension, and a file
    // without one does not open in a viewer.
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + extension;
    return path;
}

void ReportOutputController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void ReportOutputController::showStatus(const QString &text)
{
    m_panel->setStatusText(text);
}

void ReportOutputController::showError(const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, m_dialog);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

bool ReportOutputController::handleOutcome(ReportJobRunner::Outcome outcome, const QString &error,
                                           const QString &failureText)
{
    switch (outcome) {
    case ReportJobRunner::Outcome::Succeeded:
        return true;
    case ReportJobRunner::Outcome::Canceled:
        showStatus(tr("Canceled."));
        return false;
    case ReportJobRunner::Outcome::Failed:
        showStatus(failureText);
        showError(tr("Report Failed"), failureText + QStringLiteral("\n\n") + error);
        return false;
    }
    return false;
}
