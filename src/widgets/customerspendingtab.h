#pragma once

#include "customerpagetab.h"

#include <QSqlDatabase>

class QLabel;
class QPushButton;
class SpendingChartPanel;
class SpendingPeriodFields;

// The 消费分析 tab of the customer page: the customer's charges and
// payments of charges by month, the split by fee type and by reason, and
// the billing-error share. It covers a period of months (the last 12 by
// default) in the customer's currency.
class CustomerSpendingTab : public CustomerPageTab
{
    Q_OBJECT

public:
    explicit CustomerSpendingTab(QSqlDatabase db, QWidget *parent = nullptr);

    void setCustomer(qint64 customerId) override;
    void refresh() override;
    QString title() const override;

    SpendingChartPanel *panel() const { return m_panel; }
    SpendingPeriodFields *periodFields() const { return m_period; }

    // Returns the message above the charts, or an empty string.
    QString errorText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void savePng();

    QSqlDatabase m_db;
    qint64 m_customerId = 0;
    SpendingPeriodFields *m_period = nullptr;
    QPushButton *m_savePngButton = nullptr;
    QLabel *m_errorLabel = nullptr;
    SpendingChartPanel *m_panel = nullptr;
};
