#include "csvfileactions.h"

#include "csvimportwizard.h"
#include "logging.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

#include <limits>

namespace {

// The QSettings key of the folder of the last export.
const char ExportFolderSettingsKey[] = "csv/exportFolder";

// How long an export runs before its progress dialog appears, so a small
// export does not flash a window.
constexpr int ProgressDelayMs = 400;

// How long the status bar shows the outcome of an export.
constexpr int ResultMessageMs = 30000;

} // namespace

CsvFileActions::CsvFileActions(QSqlDatabase db, QMenu *fileMenu, QMainWindow *window)
    : QObject(window)
    , m_db(std::move(db))
    , m_window(window)
{
    m_importAction = fileMenu->addAction(QString());
    m_importAction->setObjectName(QStringLiteral("importCsvAction"));
    connect(m_importAction, &QAction::triggered, this, &CsvFileActions::importCsv);

    m_exportMenu = fileMenu->addMenu(QString());
    m_exportMenu->setObjectName(QStringLiteral("exportCsvMenu"));
    m_exportMenu->menuAction()->setObjectName(QStringLiteral("exportCsvMenuAction"));
    const auto addExport = [this](const char *name, CsvExporter::Table table) {
        QAction *action = m_exportMenu->addAction(QString());
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, [this, table] { chooseExportFile(table); });
        return action;
    };
    m_exportCustomersAction = addExport("exportCustomersAction", CsvExporter::Table::Customers);
    m_exportBillsAction = addExport("exportBillsAction", CsvExporter::Table::Bills);
    m_exportChargesAction = addExport("exportChargesAction", CsvExporter::Table::Charges);

    m_exportMenu->installEventFilter(this);
    retranslateUi();
}

void CsvFileActions::importCsv()
{
    CsvImportWizard wizard(m_db, m_window);
    wizard.exec();
    if (wizard.hasWritten())
        emit imported();
}

bool CsvFileActions::exportTable(CsvExporter::Table table, const QString &path)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QProgressDialog progress(tr("Writing %1…").arg(shownPath), tr("Cancel"), 0, 0, m_window);
    progress.setWindowTitle(tr("Export CSV"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(ProgressDelayMs);
    progress.setAutoReset(false);

    // setValue() of a modal progress dialog processes the window's events,
    // which delivers a click on Cancel.
    CsvExporter exporter(m_db);
    exporter.setProgress([&progress](qsizetype done, qsizetype total) {
        constexpr qsizetype maxValue = std::numeric_limits<int>::max();
        progress.setMaximum(int(qMin(total, maxValue)));
        progress.setValue(int(qMin(done, maxValue)));
        return !progress.wasCanceled();
    });
    const CsvExporter::Result result = exporter.exportToFile(table, path);
    progress.close();

    switch (result.status) {
    case CsvExporter::Result::Status::Written:
        qCInfo(lcUi) << "Exported" << result.rows << CsvExporter::tableName(table) << "rows to"
                     << path;
        showResult(tr("Exported %n row(s) to %1.", nullptr, int(result.rows)).arg(shownPath));
        return true;
    case CsvExporter::Result::Status::Canceled:
        qCInfo(lcUi) << "Export of" << CsvExporter::tableName(table) << "to" << path
                     << "canceled";
        showResult(tr("Export canceled. No file was written."));
        return false;
    case CsvExporter::Result::Status::DatabaseFailed:
    case CsvExporter::Result::Status::OutputFailed:
        break;
    }

    qCWarning(lcUi) << "Export of" << CsvExporter::tableName(table) << "to" << path
                    << "failed:" << result.errorMessage;
    QMessageBox box(QMessageBox::Warning, tr("Export Failed"), result.errorMessage,
                    QMessageBox::Ok, m_window);
    box.setTextFormat(Qt::PlainText);
    box.exec();
    return false;
}

QString CsvFileActions::suggestedFileName(CsvExporter::Table table, const QDate &date)
{
    // The translations are file names, so they use no characters that file
    // names forbid.
    QString name;
    switch (table) {
    case CsvExporter::Table::Customers:
        //: Suggested CSV file name; %1 is the date, e.g. 2026-12-04.
        name = tr("customers-%1");
        break;
    case CsvExporter::Table::Bills:
        //: Suggested CSV file name; %1 is the date, e.g. 2026-12-04.
        name = tr("bills-%1");
        break;
    case CsvExporter::Table::Charges:
        //: Suggested CSV file name; %1 is the date, e.g. 2026-12-04.
        name = tr("charges-%1");
        break;
    }
    return name.arg(date.toString(Qt::ISODate)) + QStringLiteral(".csv");
}

void CsvFileActions::showResult(const QString &message)
{
    QStatusBar *statusBar = m_window->statusBar();
    statusBar->showMessage(message, ResultMessageMs);
    if (statusBar->isVisible())
        return;

    // A hidden window or status bar would show nothing at all.
    QMessageBox box(QMessageBox::Information, tr("Export CSV"), message, QMessageBox::Ok,
                    m_window);
    box.setObjectName(QStringLiteral("exportResultBox"));
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

bool CsvFileActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_exportMenu && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void CsvFileActions::chooseExportFile(CsvExporter::Table table)
{
    QSettings settings;
    QString folder = settings.value(QLatin1String(ExportFolderSettingsKey)).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);

    const QString suggested =
        QDir(folder).filePath(suggestedFileName(table, QDate::currentDate()));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export CSV"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;

    settings.setValue(QLatin1String(ExportFolderSettingsKey), QFileInfo(path).absolutePath());
    exportTable(table, path);
}

void CsvFileActions::retranslateUi()
{
    m_importAction->setText(tr("&Import CSV…"));
    m_importAction->setStatusTip(tr("Import customers, bills or charges from a CSV file. "
                                    "Nothing is written until the file passes the check."));
    m_exportMenu->setTitle(tr("&Export CSV"));
    m_exportCustomersAction->setText(tr("&Customers…"));
    m_exportCustomersAction->setStatusTip(tr("Write every customer to a CSV file."));
    m_exportBillsAction->setText(tr("&Bills…"));
    m_exportBillsAction->setStatusTip(tr("Write every bill, one row per bill line, to a CSV "
                                         "file."));
    m_exportChargesAction->setText(tr("C&harges…"));
    m_exportChargesAction->setStatusTip(tr("Write every charge, voided ones included, to a CSV "
                                           "file."));
}
