#pragma once

#include "sqllistmodel.h"

// The installments of a charge's active installment plan (回款计划), in
// order: number, due date, amount, paid, open amount and payment status.
// Settled installments are shown greyed out.
class InstallmentListModel : public SqlListModel
{
    Q_OBJECT

public:
    explicit InstallmentListModel(QSqlDatabase db, QObject *parent = nullptr);

    // Shows the installments of the active plan of chargeId, or none when
    // it is 0 or the charge has no active plan.
    void setCharge(qint64 chargeId);
    qint64 chargeId() const { return m_chargeId; }

    void refresh() override;

    // Returns the id of the plan shown, or 0 when there is none.
    qint64 planId() const;

    // Returns the id of the installment in row, or 0.
    qint64 installmentId(int row) const;

    // Returns the row of installmentId, or -1.
    int rowOfInstallment(qint64 installmentId) const;

    // Returns true if any installment of the plan has a payment.
    bool hasPayments() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QString columnTitle(const QString &field) const override;
    QVariant displayText(int row, const QString &field) const override;

private:
    bool isSettled(int row) const;

    qint64 m_chargeId = 0;
};
