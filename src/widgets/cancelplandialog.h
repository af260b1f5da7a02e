#pragma once

#include "reasondialog.h"
#include "records.h"

#include <QSqlDatabase>

class QLabel;

// Cancels an active installment plan (回款计划) through
// InstallmentService::cancelPlan() with a required reason. The plan stays
// on record as cancelled, and the charge is then due as a whole again. A
// plan with a payment on any installment cannot be cancelled.
class CancelPlanDialog : public ReasonDialog
{
    Q_OBJECT

public:
    CancelPlanDialog(QSqlDatabase db, qint64 planId, QWidget *parent = nullptr);

protected:
    bool apply(const QString &reason, QString *error) override;
    bool canApply() const override;
    int maxReasonLength() const override;
    QStringList retranslateTexts() override;

private:
    void loadPlan();
    bool hasPayments() const;

    QSqlDatabase m_db;
    qint64 m_planId = 0;
    InstallmentPlanRecord m_plan;
    QString m_chargeText;
    QString m_loadError;

    QLabel *m_chargeLabel = nullptr;
    QLabel *m_installmentsLabel = nullptr;
};
