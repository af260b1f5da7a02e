#pragma once

#include "sqllistmodel.h"

// The charges of one customer, newest first. Fee type, reason and payment
// method are labelled in the UI language. Each row shows the amount paid
// and the payment status (未付, 部分回款, 已结清 or 已作废), who entered the
// charge, when (local time) and the reason of a void. Void rows are shown
// greyed out.
class ChargeListModel : public SqlListModel
{
    Q_OBJECT

public:
    explicit ChargeListModel(QSqlDatabase db, QObject *parent = nullptr);

    // Shows the charges of customerId, or none when it is 0.
    void setCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }

    void refresh() override;

    // Returns the id of the charge in row, or 0.
    qint64 chargeId(int row) const;

    // Returns the row of chargeId, or -1.
    int rowOfCharge(qint64 chargeId) const;

    // Returns true if the charge in row is posted, that is, may be voided.
    bool isPosted(int row) const;

    // Returns true if the charge in row is posted and not paid in full, so
    // a payment may be recorded for it.
    bool isOpen(int row) const;

    // Returns true if the charge in row has a posted payment, so it cannot
    // be voided until the payments are reversed.
    bool hasPayments(int row) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QString columnTitle(const QString &field) const override;
    QVariant displayText(int row, const QString &field) const override;

private:
    qint64 m_customerId = 0;
};
