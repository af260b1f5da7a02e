#pragma once

#include "customerlistquery.h"

#include <QHash>
#include <QIdentityProxyModel>
#include <QList>
#include <QSqlDatabase>

class CustomerListModel;

// The customers a search finds, as a checkable list for a report filter.
// Column 0 reads "code  company name" and carries a check box. The rows come
// from a CustomerListModel, which searches in SQL and reads only the pages a
// view shows, so the list costs the same with a hundred customers or a
// hundred thousand.
//
// The checked customers are kept here, apart from the rows: a customer stays
// checked while a later search hides it, and the report header can name it.
class CustomerCheckModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    // The customer's id in column 0.
    static constexpr int CustomerIdRole = Qt::UserRole;

    // Lists the customers of db by company name. Nothing is read until
    // customers()->reload() or a search.
    explicit CustomerCheckModel(QSqlDatabase db, QObject *parent = nullptr);

    CustomerListModel *customers() const { return m_customers; }

    // The label of a customer in the list and in report headers.
    static QString label(const CustomerListRow &customer);

    // Returns the checked customers, by company name and then code.
    QList<CustomerListRow> checkedCustomers() const;
    QList<qint64> checkedIds() const;
    int checkedCount() const { return int(m_checked.size()); }
    bool isChecked(qint64 id) const { return m_checked.contains(id); }

    // Checks exactly the customers with ids, reading their codes and names.
    // Returns false with *error set when one could not be read; an id that
    // no customer has is left out.
    bool setCheckedIds(const QList<qint64> &ids, QString *error);

    // Writes the labels again after the UI language changed.
    void retranslate();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value,
                 int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // A customer was checked or unchecked.
    void checkedChanged();

private:
    // The customer in row with the fields the label needs, or an id of 0.
    CustomerListRow rowCustomer(int row) const;

    QSqlDatabase m_db;
    CustomerListModel *m_customers = nullptr;
    QHash<qint64, CustomerListRow> m_checked;
};
