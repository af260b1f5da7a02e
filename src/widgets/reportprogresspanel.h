#pragma once

#include "reportjobrunner.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

// The strip at the bottom of a report dialog. While a job runs, it shows
// what the job does, a progress bar and Cancel. Once the job has ended, it
// shows the outcome, such as the file saved or that the job was canceled.
class ReportProgressPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReportProgressPanel(QWidget *parent = nullptr);

    // Follows runner's jobs: shows their progress and cancels on Cancel.
    void setRunner(ReportJobRunner *runner);

    // Shows text beside the progress bar, e.g. "Building the report…" or
    // "Saved to …".
    void setStatusText(const QString &text);
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showRunning(bool running);
    void showProgress(qsizetype done, qsizetype total);

    ReportJobRunner *m_runner = nullptr;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_cancelButton = nullptr;
};
