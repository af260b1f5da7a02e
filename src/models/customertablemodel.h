#pragma once

#include <QSqlTableModel>

// The customer the detail form edits: the customers table filtered to one
// row. The customer list reads its pages through CustomerListModel.
//
// Manual submit: edits stay in the model until save(). Column titles follow
// the UI language, and the balance is formatted in the customer's currency.
// The id, code, currency, balance and timestamps cannot be edited: the
// balance is kept by the importer and the charge service, and the code is
// the key that the importer and the command line find customers by.
class CustomerTableModel : public QSqlTableModel
{
    Q_OBJECT

public:
    explicit CustomerTableModel(QObject *parent = nullptr,
                                const QSqlDatabase &db = QSqlDatabase());

    // Selects the customer with id (0 for none) and returns whether it
    // exists.
    bool showCustomer(qint64 id);

    // Reads the selected customer again.
    bool refresh();

    // Returns the id of the customer in row, or 0.
    qint64 customerId(int row) const;

    // Returns the row of the customer with id, selecting it first, or -1.
    int rowOfCustomer(qint64 id);

    // Rereads one row from the database, for example after a charge changed
    // its balance. Pending edits of that row are dropped.
    bool refreshRow(int row);

    // Writes the pending edits in one transaction and stamps updated_at, then
    // reads the row back inside the transaction, so no read stays open. On
    // failure everything is rolled back, the model shows the stored values
    // again and *error (when given) contains the database's message.
    bool save(QString *error = nullptr);

    // Re-titles the columns and reformats the balance after the UI language
    // changed.
    void retranslate();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The translated title of a customers column, such as "company_name".
    static QString columnTitle(const QString &field);

protected:
    bool updateRowInTable(int row, const QSqlRecord &values) override;
    bool insertRowIntoTable(const QSqlRecord &values) override;

private:
    void showCustomerFilter();

    qint64 m_customerId = 0;

    int m_balanceColumn = -1;
    int m_currencyColumn = -1;
};
