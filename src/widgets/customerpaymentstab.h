#pragma once

#include "customerpagetab.h"
#include "usercontext.h"

#include <QSqlDatabase>

class InstallmentListModel;
class ListTableView;
class PaymentListModel;
class QGroupBox;
class QPushButton;
class ReceivableListModel;

// The 回款 tab of the customer detail page. It lists what the customer can
// pay: the own lines of each bill and each posted charge, with paid and
// open amounts and status. Beside them are the installments of the
// selected charge's active plan, and below the customer's payments, posted
// and reversed (已冲销).
//
// Its actions open the dialogs that write: Record Payment… (登记回款) for
// the selected item or installment, Installment Plan… (回款计划) and
// Cancel Plan… for the selected charge, and Reverse Payment… (冲销) for the
// selected posted payment. After each write the tab rereads its lists and
// emits customerMoneyChanged().
class CustomerPaymentsTab : public CustomerPageTab
{
    Q_OBJECT

public:
    explicit CustomerPaymentsTab(QSqlDatabase db, QWidget *parent = nullptr);

    void setCustomer(qint64 customerId) override;
    void refresh() override;
    QString title() const override;

    // Opens 登记回款 for the selected item; for a charge with a plan, for the
    // selected installment or else the first open one.
    void recordPayment();

    // Opens 回款计划 for the selected charge.
    void createPlan();

    // Opens the cancel dialog for the active plan of the selected charge.
    void cancelPlan();

    // Opens 冲销 for the selected posted payment.
    void reversePayment();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showInstallmentsOfSelectedItem();
    void updateActions();
    void readUser();
    void rereadAfterCancel();
    void finishWrite();

    // Selects the row of the bill's own lines (chargeId 0) or the charge.
    void selectItem(qint64 billId, qint64 chargeId);
    void selectInstallment(qint64 installmentId);
    void selectPayment(qint64 paymentId);
    qint64 selectedInstallmentId() const;
    qint64 selectedPaymentId() const;

    QSqlDatabase m_db;
    qint64 m_customerId = 0;
    UserContext m_user; // read again on every setCustomer() and refresh()

    ReceivableListModel *m_items = nullptr;
    InstallmentListModel *m_installments = nullptr;
    PaymentListModel *m_payments = nullptr;

    QGroupBox *m_itemsGroup = nullptr;
    QGroupBox *m_installmentsGroup = nullptr;
    QGroupBox *m_paymentsGroup = nullptr;
    ListTableView *m_itemTable = nullptr;
    ListTableView *m_installmentTable = nullptr;
    ListTableView *m_paymentTable = nullptr;
    QPushButton *m_recordButton = nullptr;
    QPushButton *m_planButton = nullptr;
    QPushButton *m_cancelPlanButton = nullptr;
    QPushButton *m_reverseButton = nullptr;
};
