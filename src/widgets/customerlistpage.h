#pragma once

#include <QWidget>

class CustomerListModel;
class ListTableView;
class QLabel;
class QLineEdit;

// The customer list (客户管理): a search field that filters as the user
// types over code, company name, contact name and phone, and the table of
// matching customers, read a page at a time (CustomerListModel). Enter or a double-click on a row opens the customer,
// and so does Enter in the search field when exactly one customer matches.
class CustomerListPage : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerListPage(CustomerListModel *customers, QWidget *parent = nullptr);

    // Moves the keyboard focus to the search field and selects its text.
    void focusSearch();

    // Makes the row of the customer with id current, if it is shown.
    void selectCustomer(qint64 id);

    // Counts the customers again and rereads the rows shown, keeping the
    // current customer and the scroll position, for example after another
    // program's import.
    void reloadCustomers();

    // Rereads the rows shown, for example after a balance changed.
    void refreshRows();

    // Returns the number of customers the search matches.
    int matchCount() const;

signals:
    void customerActivated(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateCount();
    void fitBalanceColumn();
    void activateRow(const QModelIndex &index);
    void openSingleMatch();

    CustomerListModel *m_customers = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    ListTableView *m_table = nullptr;
    QLabel *m_countLabel = nullptr;
};
