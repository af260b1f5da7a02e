#pragma once

#include "reasondialog.h"
#include "records.h"

#include <QSqlDatabase>

class QLabel;

// 驳回: rejects one charge that waits for approval, through
// ChargeService::reject() with a required reason. The charge stays on
// record as rejected and never counts in any balance.
class RejectChargeDialog : public ReasonDialog
{
    Q_OBJECT

public:
    RejectChargeDialog(QSqlDatabase db, qint64 chargeId, QWidget *parent = nullptr);

protected:
    bool apply(const QString &reason, QString *error) override;
    bool canApply() const override;
    int maxReasonLength() const override;
    QStringList retranslateTexts() override;

private:
    QSqlDatabase m_db;
    qint64 m_chargeId = 0;
    std::optional<ChargeRecord> m_charge;
    QString m_loadError;

    QLabel *m_chargeLabel = nullptr;
    QLabel *m_amountLabel = nullptr;
    QLabel *m_enteredLabel = nullptr;
};
