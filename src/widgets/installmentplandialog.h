#pragma once

#include "installmentplanrequest.h"
#include "receivablequery.h"

#include <QDialog>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>
#include <optional>

class InstallmentDraftModel;

namespace Ui {
class InstallmentPlanDialog;
}

// The 回款计划 dialog: splits one unpaid posted charge into 2 to 60
// installments (分期) that fall due monthly.
//
// InstallmentPlanner fills equal amounts, the last one taking the
// remainder, and monthly due dates from the first due date. Each date and
// amount can be changed in the table. A line under the table compares the
// sum of the installments with the charge amount, and Review… stays
// disabled while they differ or an amount is invalid. Review… checks the
// plan with InstallmentService::validate() and opens
// InstallmentPlanConfirmDialog, which creates the plan. One request key is
// kept for the dialog's lifetime, so a second confirmation writes no second
// plan.
//
// exec() returns Accepted only after the plan was written or replayed.
class InstallmentPlanDialog : public QDialog
{
    Q_OBJECT

public:
    InstallmentPlanDialog(QSqlDatabase db, qint64 chargeId, QWidget *parent = nullptr);
    ~InstallmentPlanDialog() override;

    // Returns the id of the created plan, 0 until it was written.
    qint64 committedPlanId() const { return m_committedPlanId; }

    QString requestKey() const { return m_requestKey; }

    // Returns the plan as the table shows it; invalid amounts are left
    // out.
    InstallmentPlanRequest buildRequest() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadCharge();
    void retranslateUi();
    void updateChargeLabels();
    void updateDateFormat();
    void splitEvenly();
    void fitColumns();
    void updateDueDates();
    void updateSum();
    void showMessages();
    void review();

    std::unique_ptr<Ui::InstallmentPlanDialog> ui;
    QSqlDatabase m_db;
    qint64 m_chargeId = 0;
    std::optional<Receivable> m_charge;
    InstallmentDraftModel *m_drafts = nullptr;

    const QString m_requestKey = InstallmentPlanRequest::newRequestKey();
    qint64 m_committedPlanId = 0;

    QString m_loadError;
    QStringList m_reviewProblems;
};
