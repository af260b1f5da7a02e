#pragma once

#include "reasondialog.h"
#include "records.h"

#include <QSqlDatabase>

class QLabel;

// 冲销: reverses one posted payment through PaymentService::reversePayment()
// with a required reason. The payment stays on record as reversed, and the
// amounts it paid are open again.
class ReversePaymentDialog : public ReasonDialog
{
    Q_OBJECT

public:
    ReversePaymentDialog(QSqlDatabase db, qint64 paymentId, QWidget *parent = nullptr);

protected:
    bool apply(const QString &reason, QString *error) override;
    bool canApply() const override;
    int maxReasonLength() const override;
    QStringList retranslateTexts() override;

private:
    void loadPayment();
    QString paidForText() const;

    QSqlDatabase m_db;
    qint64 m_paymentId = 0;
    PaymentRecord m_payment;
    QString m_loadError;

    QLabel *m_paymentLabel = nullptr;
    QLabel *m_paidForLabel = nullptr;
    QLabel *m_amountLabel = nullptr;
    QLabel *m_methodLabel = nullptr;
    QLabel *m_referenceLabel = nullptr;
};
