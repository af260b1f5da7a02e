#pragma once

#include <QDialog>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

class ReportOutputController;
class ReportPeriodFields;
struct ReportRequest;

namespace Ui {
class StatementDialog;
}

// The 客户对账单 dialog: one customer's statement for a period, sent to a
// preview, a printer, a PDF or a CSV file through a ReportOutputController.
// Opened from the customer's page with that customer chosen, or from the
// Reports menu to choose one. The output buttons stay disabled, with the
// reason next to the field, until a customer from the list is chosen and
// the period starts on or before its end.
class StatementDialog : public QDialog
{
    Q_OBJECT

public:
    // Opens with customerId chosen, or with none when it is 0.
    StatementDialog(QSqlDatabase db, qint64 customerId, QWidget *parent = nullptr);
    ~StatementDialog() override;

    // Returns the chosen customer's id, or 0.
    qint64 customerId() const;

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
    void retranslateUi();
    void updateButtons();
    ReportRequest request() const;

    std::unique_ptr<Ui::StatementDialog> ui;
    QSqlDatabase m_db;
    ReportPeriodFields *m_period = nullptr;
    ReportOutputController *m_output = nullptr;
};
