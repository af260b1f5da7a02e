#pragma once

#include "chargereportfilter.h"
#include "reportdocument.h"

#include <QDialog>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

class ReportOutputController;
class ReportPeriodFields;
struct ReportRequest;

namespace Ui {
class ChargeReportDialog;
}

// The 补费明细表 dialog. It collects the filters of the charge report (the
// period and its date basis, customers, fee types, reasons, statuses,
// payment methods, who entered the charges) and the page orientation. It
// sends the report to a preview, a printer, a PDF or a CSV file through a
// ReportOutputController, which queries, builds and lays it out in a
// worker thread.
//
// "Print Notices for These Charges…" opens the ChargeNoticeDialog with the
// posted charges that match the filters. While the period ends before it
// starts or a filter has nothing checked, the output buttons are disabled
// and the reason is shown next to the field.
class ChargeReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChargeReportDialog(QSqlDatabase db, QWidget *parent = nullptr);
    ~ChargeReportDialog() override;

    // Returns the filter as the form sets it. A list is empty while its
    // "All" box is checked.
    ChargeReportFilter filter() const;

    ReportDocument::Orientation orientation() const;

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
    void fillChoices();
    void retranslateUi();
    void updateButtons();
    ReportRequest request() const;
    void printNotices();

    // Opens the notice dialog for postedIds, naming voidIds as left out, or
    // shows a message explaining why there is nothing to print.
    void openNotices(const QList<qint64> &postedIds, const QList<qint64> &voidIds);

    std::unique_ptr<Ui::ChargeReportDialog> ui;
    QSqlDatabase m_db;
    ReportPeriodFields *m_period = nullptr;
    ReportOutputController *m_output = nullptr;

    // Errors from reading the filter choices, shown under the filters.
    QStringList m_loadErrors;
};
