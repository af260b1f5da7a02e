#pragma once

#include "agingdata.h"

#include <QDialog>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

class ReportOutputController;
struct ReportRequest;

namespace Ui {
class AgingDialog;
}

// The 账龄分析 (Aged Receivables) dialog. It has an as-of day, a customer
// filter and a table of the open amounts per customer and currency by age
// bucket. A ReportOutputController sends the same figures to a preview, a
// printer, a PDF or a CSV file.
//
// The table is read in a worker thread when the dialog opens and again
// whenever the day or the filter changes. The output buttons read the
// database again, so a file has the figures of the moment it is written.
class AgingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AgingDialog(QSqlDatabase db, QWidget *parent = nullptr);
    ~AgingDialog() override;

    QDate asOf() const;

    // Returns the checked customers, or an empty list while "All
    // customers" is checked.
    QList<qint64> customerIds() const;

    // Returns the figures the table shows.
    const AgingData &shownData() const { return m_data; }

    // Returns the problems that keep the output buttons disabled, or an
    // empty list.
    QStringList problems() const;

    ReportOutputController *output() const { return m_output; }

public slots:
    // Cancels a running job before the dialog closes.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // Reads the figures for the form's day and filter in the worker, or
    // once the running job has ended.
    void reload();
    void fillTable();
    void retranslateUi();
    void updateButtons();
    ReportRequest request() const;

    std::unique_ptr<Ui::AgingDialog> ui;
    QSqlDatabase m_db;
    ReportOutputController *m_output = nullptr;
    AgingData m_data;
    bool m_reloadPending = false;
    QStringList m_loadErrors;
};
