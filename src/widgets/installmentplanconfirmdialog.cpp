#include "installmentplanconfirmdialog.h"

#include "logging.h"
#include "uilanguage.h"

InstallmentPlanConfirmDialog::InstallmentPlanConfirmDialog(QSqlDatabase db,
                                                           const InstallmentPlanRequest &request,
                                                           QWidget *parent)
    : SummaryConfirmDialog(parent)
    , m_service(db, currentActor(db))
    , m_request(request)
{
    setObjectName(QStringLiteral("InstallmentPlanConfirmDialog"));
    retranslateTexts();
}

SummaryConfirmDialog::CommitOutcome InstallmentPlanConfirmDialog::commitOnce()
{
    const InstallmentService::Result result = m_service.createPlan(m_request);

    switch (result.status) {
    case InstallmentService::Result::Status::Committed:
    case InstallmentService::Result::Status::Replayed:
        m_committedPlanId = result.planId;
        qCInfo(lcUi) << "Installment plan" << result.planId << "created for charge"
                     << m_request.chargeId;
        return {CommitOutcome::Kind::Done, QString()};

    case InstallmentService::Result::Status::Rejected: {
        QStringList messages;
        if (!result.errorMessage.isEmpty())
            messages << result.errorMessage;
        for (const FieldError &error : result.errors)
            messages << error.message;
        messages << tr("Go back to edit the plan.");
        qCWarning(lcUi) << "Installment plan for charge" << m_request.chargeId
                        << "rejected:" << messages;
        return {CommitOutcome::Kind::Blocked, messages.join(QLatin1Char('\n'))};
    }

    case InstallmentService::Result::Status::Failed:
        qCWarning(lcUi) << "Installment plan for charge" << m_request.chargeId
                        << "failed:" << result.errorMessage;
        return {CommitOutcome::Kind::Retry, result.errorMessage};
    }
    return {CommitOutcome::Kind::Retry, result.errorMessage};
}

void InstallmentPlanConfirmDialog::retranslateTexts()
{
    setWindowTitle(tr("Confirm Installment Plan"));
    setIntro(tr("Check the installment plan below. Nothing has been saved yet: Confirm and "
                "Submit saves it, Back to Edit returns to the plan."));
    setSummary(m_service.summary(m_request));
}
