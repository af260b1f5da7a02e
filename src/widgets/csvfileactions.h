#pragma once

#include "csvexporter.h"

#include <QObject>
#include <QSqlDatabase>

class QAction;
class QMainWindow;
class QMenu;

// The CSV entries of the File menu: 导入 CSV… (Import CSV…), which opens
// CsvImportWizard, and the 导出 CSV (Export CSV) submenu with 客户… / 账单…
// / 补费… (Customers…, Bills…, Charges…). An export opens a file dialog
// that suggests a name by table and date, writes the file through
// CsvExporter with a progress dialog whose Cancel stops it, and shows the
// path and the row count in the window's status bar. When the status bar
// is not visible, a message box shows them.
//
// The export runs in the GUI thread: CsvExporter reports its progress every
// CsvExporter::ProgressInterval rows, and the progress dialog processes the
// window's events then, so the window repaints and Cancel responds.
class CsvFileActions : public QObject
{
    Q_OBJECT

public:
    // Appends the entries to fileMenu. window parents the dialogs and this
    // object and shows the export results in its status bar.
    CsvFileActions(QSqlDatabase db, QMenu *fileMenu, QMainWindow *window);

    QAction *importAction() const { return m_importAction; }
    QMenu *exportMenu() const { return m_exportMenu; }

    // Opens the import wizard and emits imported() once it has written
    // records.
    void importCsv();

    // Exports table to path with a progress dialog. Shows the path and the
    // row count in the status bar, the cancellation there too, and a failure
    // in a message box. Returns true when the file was written.
    bool exportTable(CsvExporter::Table table, const QString &path);

    // Returns the file name suggested for an export of table on date, in
    // the UI language, e.g. "charges-2025-03-31.csv".
    static QString suggestedFileName(CsvExporter::Table table, const QDate &date);

signals:
    // An import wrote customers, bills or charges, so lists that show them
    // are out of date.
    void imported();

protected:
    // Retranslates the entries on QEvent::LanguageChange, which reaches the
    // submenu but not this object.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseExportFile(CsvExporter::Table table);

    // Shows the outcome of an export in the status bar, and also in a
    // message box when the status bar is not visible.
    void showResult(const QString &message);
    void retranslateUi();

    QSqlDatabase m_db;
    QMainWindow *m_window = nullptr;
    QAction *m_importAction = nullptr;
    QMenu *m_exportMenu = nullptr;
    QAction *m_exportCustomersAction = nullptr;
    QAction *m_exportBillsAction = nullptr;
    QAction *m_exportChargesAction = nullptr;
};
