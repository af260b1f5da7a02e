#pragma once

#include "reminderletter.h"

#include <QDialog>
#include <QList>
#include <QSqlDatabase>

#include <memory>

class ReportOutputController;
struct ReportRequest;

namespace Ui {
class ReminderLetterDialog;
}

// The 催款通知 (Reminder Letters) dialog: the customers with amounts
// overdue on the letter date, each with the overdue total and the date of
// the last letter recorded, and check boxes to choose whom to write to.
// The letters go to a preview, a printer or a PDF through a
// ReportOutputController.
//
// Once the letters were printed or saved as PDF, a question box offers to
// record them as sent. LetterRecorder then records the items and amounts
// they printed, and the dialog reads the list again.
// NOTE: printing from the preview window does not ask, because the
// preview does not report that it printed.
class ReminderLetterDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReminderLetterDialog(QSqlDatabase db, QWidget *parent = nullptr);
    ~ReminderLetterDialog() override;

    QDate letterDate() const;

    // Returns the letters listed, one per customer, in list order.
    const QList<ReminderLetter> &listedLetters() const { return m_letters; }

    // Returns the ids of the checked customers, in list order.
    QList<qint64> checkedCustomerIds() const;

    ReportOutputController *output() const { return m_output; }

public slots:
    // Cancels a running job before the dialog closes.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // Reads the letters for the letter date in the worker, keeping the
    // checked customers checked, or once the running job has ended.
    void reload();
    void fillTable(const QList<qint64> &checkedIds);
    void setAllChecked(bool checked);

    // Asks whether the letters of the last output were sent and records
    // them if so.
    void askToRecord();
    void retranslateUi();
    void updateButtons();
    ReportRequest request() const;

    std::unique_ptr<Ui::ReminderLetterDialog> ui;
    QSqlDatabase m_db;
    ReportOutputController *m_output = nullptr;
    QList<ReminderLetter> m_letters;

    // The letters of the last document built, filled in the worker.
    std::shared_ptr<QList<ReminderLetter>> m_builtLetters;
    bool m_reloadPending = false;

    // Shown under the list once it was read again, e.g. that letters were
    // recorded.
    QString m_statusAfterReload;
};
