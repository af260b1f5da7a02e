#pragma once

#include "receivablequery.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

// The receivables of one customer (see ReceivableQuery): what is paid, the
// due date, amount, paid, open amount, payment status and whether an
// installment plan is active. Money is formatted in the item's currency and
// settled items are shown greyed out.
class ReceivableListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ItemColumn, DueColumn, AmountColumn, PaidColumn, OpenColumn, StatusColumn,
                  PlanColumn, ColumnCount };

    explicit ReceivableListModel(QSqlDatabase db, QObject *parent = nullptr);

    // Shows the receivables of customerId, or none when it is 0.
    void setCustomer(qint64 customerId);

    // Reads the list again, for example after a payment. Returns false and
    // keeps the list empty when the query fails; see lastError().
    bool refresh();

    // Rereads the labels and the column titles after a language change.
    void retranslate();

    QString lastError() const { return m_lastError; }

    // Returns the item in row; a default Receivable for a row out of range.
    Receivable item(int row) const;

    // Returns the row of the bill's own lines (chargeId 0) or of the charge,
    // or -1.
    int rowOf(qint64 billId, qint64 chargeId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayText(const Receivable &item, int column) const;

    QSqlDatabase m_db;
    qint64 m_customerId = 0;
    QList<Receivable> m_items;
    QString m_lastError;
};
