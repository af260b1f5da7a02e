#pragma once

#include "sqllistmodel.h"

// The payments (回款) of one customer, newest first. The columns are the
// date paid, the item paid (a bill's own lines, a charge or one of its
// installments), the amount, the payment method in the UI language, the
// reference, the status (posted or reversed, 已冲销) and the reason of a
// reversal. Reversed rows are shown greyed out.
class PaymentListModel : public SqlListModel
{
    Q_OBJECT

public:
    explicit PaymentListModel(QSqlDatabase db, QObject *parent = nullptr);

    // Shows the payments of customerId, or none when it is 0.
    void setCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }

    void refresh() override;

    // Returns the id of the payment in row, or 0.
    qint64 paymentId(int row) const;

    // Returns the row of paymentId, or -1.
    int rowOfPayment(qint64 paymentId) const;

    // Returns true if the payment in row is posted, that is, may be reversed.
    bool isPosted(int row) const;

    // Returns what the payment in row paid, as the list shows it.
    QString itemText(int row) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QString columnTitle(const QString &field) const override;
    QVariant displayText(int row, const QString &field) const override;

private:
    qint64 m_customerId = 0;
};
