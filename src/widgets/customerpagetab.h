#pragma once

#include <QWidget>

// A tab of the customer detail page after 基本信息 and 费用管理: payments,
// contacts, spending. The page passes each tab the customer it shows,
// reads its title again after a language change, and refreshes every tab
// when one of them reports that the customer's money changed.
class CustomerPageTab : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Shows the customer with id; called when the page opens a customer.
    virtual void setCustomer(qint64 customerId) = 0;

    // Rereads what the tab shows for the current customer.
    virtual void refresh() = 0;

    // The tab's title in the current language, with an & accelerator.
    virtual QString title() const = 0;

signals:
    // A write from this tab changed the customer's balance or charges.
    void customerMoneyChanged();
};
