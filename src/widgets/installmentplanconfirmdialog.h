#pragma once

#include "installmentplanrequest.h"
#include "installmentservice.h"
#include "summaryconfirmdialog.h"

#include <QSqlDatabase>

// The confirmation step of 回款计划: shows the plan's summary and creates the
// plan through InstallmentService::createPlan().
//
// exec() returns Accepted once the plan is written or its request key was
// replayed (see committedPlanId()), and Rejected on Back to Edit with
// nothing written.
class InstallmentPlanConfirmDialog : public SummaryConfirmDialog
{
    Q_OBJECT

public:
    // request must be valid: InstallmentService::validate() returned no
    // errors for it.
    InstallmentPlanConfirmDialog(QSqlDatabase db, const InstallmentPlanRequest &request,
                                 QWidget *parent = nullptr);

    // Returns the id of the created (or replayed) plan, 0 until then.
    qint64 committedPlanId() const { return m_committedPlanId; }

protected:
    CommitOutcome commitOnce() override;
    void retranslateTexts() override;

private:
    InstallmentService m_service;
    InstallmentPlanRequest m_request;
    qint64 m_committedPlanId = 0;
};
