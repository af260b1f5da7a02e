#pragma once

#include "integrityresult.h"
#include "reportjobrunner.h"

#include <QDialog>
#include <QSqlDatabase>

#include <functional>

class IntegrityMismatchModel;
class ListTableView;
class QLabel;
class QPushButton;
class ReportProgressPanel;

// The 数据一致性检查 (Check Data Integrity) dialog. It runs IntegrityChecker
// in a worker thread on a read-only connection of its own (ReportJobRunner),
// with progress and Cancel, so the window stays responsive on a large
// database. It then shows the rows checked, the last audit record with its
// hash, and a table of the mismatches, each with its full sentence below the
// table when selected, and saves the mismatches as CSV (IntegrityCsv).
//
// The check starts when the dialog opens; Check Again runs it anew.
class IntegrityCheckDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IntegrityCheckDialog(QSqlDatabase db, QWidget *parent = nullptr);
    ~IntegrityCheckDialog() override;

    // Starts the check in the worker, unless one is running.
    void startCheck();

    bool isChecking() const;

    // Waits at most timeoutMs for the running check and shows its result.
    // For tests.
    bool waitForCheck(int timeoutMs);

    // Returns the result shown; its status is Canceled or Failed while
    // nothing was checked to the end.
    const IntegrityResult &result() const { return m_result; }

    IntegrityMismatchModel *mismatchModel() const { return m_model; }

    // Writes the mismatches shown to path as CSV. Shows the outcome in the
    // status line; returns false when the file could not be written.
    bool saveCsv(const QString &path);

    // Returns the path to save the CSV file at, given a suggested path, or
    // an empty string when the user cancels.
    using SavePathChooser = std::function<QString(const QString &suggestedPath)>;

    // Replaces the QFileDialog that Save CSV… opens, e.g. in tests.
    void setSavePathChooser(SavePathChooser chooser) { m_chooseSavePath = std::move(chooser); }

    // Returns the text of the status line under the table.
    QString statusText() const;

public slots:
    // Cancels a running check before the dialog closes.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void createWidgets();
    void finishCheck(ReportJobRunner::Outcome outcome, const QString &error);
    void showResult();
    void showSelectedDescription();
    void chooseCsvFile();
    void retranslateUi();
    void updateButtons();

    QSqlDatabase m_db;
    ReportJobRunner *m_runner = nullptr;
    IntegrityMismatchModel *m_model = nullptr;
    IntegrityResult m_result;
    bool m_hasResult = false;
    SavePathChooser m_chooseSavePath;

    QLabel *m_introLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_outcomeLabel = nullptr;
    QLabel *m_chainLabel = nullptr;
    ListTableView *m_table = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    ReportProgressPanel *m_progressPanel = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_saveCsvButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};
