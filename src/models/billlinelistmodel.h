#pragma once

#include "sqllistmodel.h"

// The lines of one bill in line order: description, quantity, unit price,
// discount and the rounded line amount.
class BillLineListModel : public SqlListModel
{
    Q_OBJECT

public:
    explicit BillLineListModel(QSqlDatabase db, QObject *parent = nullptr);

    // Shows the lines of billId, or none when it is 0.
    void setBill(qint64 billId);
    qint64 billId() const { return m_billId; }

    void refresh() override;

protected:
    QString columnTitle(const QString &field) const override;
    QVariant displayText(int row, const QString &field) const override;

private:
    qint64 m_billId = 0;
};
