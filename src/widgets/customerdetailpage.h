#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSet>
#include <QWidget>

#include <memory>

class CustomerChargesPanel;
class CustomerPageTab;
class CustomerTableModel;
class QDataWidgetMapper;
class QLineEdit;
class QPushButton;

namespace Ui {
class CustomerDetailPage;
}

// One customer: a header with the company name, code and outstanding
// balance, the 基本信息 tab with the customer's fields, and the 费用管理 tab
// with bills, bill lines and charges.
//
// The fields are bound by a QDataWidgetMapper (manual submit) to the
// customer's row in the shared CustomerTableModel and saved only by Save.
// Leaving the customer with unsaved edits opens a Save / Discard / Cancel
// prompt, and only Discard drops the edits.
class CustomerDetailPage : public QWidget
{
    Q_OBJECT

public:
    CustomerDetailPage(CustomerTableModel *customers, QSqlDatabase db,
                       QWidget *parent = nullptr);
    ~CustomerDetailPage() override;

    // Shows the customer with id on the 基本信息 tab. Returns false, and
    // keeps the current customer, when the current one has unsaved edits and
    // the user cancels, or when id is not found.
    bool openCustomer(qint64 id);

    // The id of the customer shown, or 0 before the first openCustomer().
    qint64 customerId() const { return m_customerId; }

    // Returns true if a field differs from the stored value.
    bool hasUnsavedChanges() const;

    // Asks Save / Discard / Cancel when there are unsaved edits, and saves
    // or discards them. Returns true when the page may be left.
    bool confirmLeave();

    // Validates and saves the edits. Shows a message box and returns false
    // when the company name is empty or the database rejects the change.
    bool save();

    // Drops the edits and shows the stored values again.
    void revert();

    // Rereads the header, bills and charges, for example after an import.
    void refresh();

signals:
    // The user pressed Back to Customers and there are no unsaved edits
    // left.
    void backRequested();

    // A charge or payment of the customer shown was written from one of
    // the page's tabs.
    void customerMoneyChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void bindCustomerRow();
    void rebindAfterReset();
    void updateHeader();
    void updateEditState();
    void refreshCustomerRow();
    void handleChargesChanged();
    void addCustomerTab(CustomerPageTab *tab);

    // Reads the customer into the tab at index when it has not yet.
    void loadTab(int index);

    // Rereads the tabs that show the current customer, but except.
    void refreshLoadedTabs(CustomerPageTab *except = nullptr);
    void goBack();
    void openStatement();

    // Returns the text of every mapped field that differs from the stored
    // value, by field.
    QHash<QLineEdit *, QString> editedValues() const;
    void restoreValues(const QHash<QLineEdit *, QString> &values);

    std::unique_ptr<Ui::CustomerDetailPage> m_ui;
    CustomerTableModel *m_customers = nullptr;
    QSqlDatabase m_db;
    QDataWidgetMapper *m_mapper = nullptr;
    CustomerChargesPanel *m_chargesPanel = nullptr;
    QList<CustomerPageTab *> m_extraTabs;
    // Tabs that have not read the current customer yet: a tab reads it when
    // first shown, so that opening a customer fills only what shows.
    QSet<CustomerPageTab *> m_unloadedTabs;
    QPushButton *m_statementButton = nullptr;

    QList<QLineEdit *> m_fields;
    QHash<QLineEdit *, QString> m_storedValues;
    qint64 m_customerId = 0;

    // Whether the list row still shows the balance from before a charge,
    // because rereading it would have overwritten unsaved edits in the form.
    bool m_listRowStale = false;
};
