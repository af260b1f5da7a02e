#pragma once

#include "sqllistmodel.h"

// The bills of one customer, newest first: number, issue and due date, the
// lines total, the posted charges, the amount paid and what is still owed,
// formatted in the bill's currency.
class BillListModel : public SqlListModel
{
    Q_OBJECT

public:
    explicit BillListModel(QSqlDatabase db, QObject *parent = nullptr);

    // Shows the bills of customerId, or none when it is 0.
    void setCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }

    void refresh() override;

    // Returns the id of the bill in row, or 0.
    qint64 billId(int row) const;

    // Returns the row of billId, or -1.
    int rowOfBill(qint64 billId) const;

protected:
    QString columnTitle(const QString &field) const override;

private:
    qint64 m_customerId = 0;
};
