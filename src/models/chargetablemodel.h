#pragma once

#include <QSqlTableModel>

// The charges table for views and for the 新增费用 dialog's pending row.
//
// Manual submit. Money and lookup columns display formatted and labelled in
// the UI language. The model never writes: insertRowIntoTable(),
// updateRowInTable() and deleteRowFromTable() fail with an error that points
// to ChargeService, so submitAll() cannot bypass the service's checks.
class ChargeTableModel : public QSqlTableModel
{
    Q_OBJECT

public:
    explicit ChargeTableModel(QObject *parent = nullptr, const QSqlDatabase &db = QSqlDatabase());

    // Shows only the charges of one customer (0 shows all).
    void setCustomerFilter(qint64 customerId);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    bool insertRowIntoTable(const QSqlRecord &values) override;
    bool updateRowInTable(int row, const QSqlRecord &values) override;
    bool deleteRowFromTable(int row) override;
};
