#pragma once

#include "usercontext.h"

#include <QSqlDatabase>
#include <QWidget>

class BillLineListModel;
class BillListModel;
class ChargeListModel;
class ListTableView;
class QGroupBox;
class QPushButton;

// The 费用管理 tab of the customer detail page: the customer's bills, the
// lines of the selected bill, and the customer's charges, with the actions
// Add Charge… (新增费用), Void Charge… (作废), Record Payment… (登记回款) and
// Print Charge Notice… (补费通知单). The charges are written and voided by
// the dialogs these actions open, through ChargeService, and payments
// through PaymentService. Several charges may be selected for notices;
// voiding and paying take exactly one.
class CustomerChargesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerChargesPanel(QSqlDatabase db, QWidget *parent = nullptr);

    // Shows the bills and charges of customerId, or none when it is 0.
    void setCustomer(qint64 customerId);

    // Requeries the bills, the selected bill's lines and the charges,
    // keeping the selected bill and charge.
    void refresh();

    // Opens the 新增费用 dialog for the customer, on the selected bill.
    void addCharge();

    // Opens the void dialog for the selected posted charge.
    void voidCharge();

    // Opens 登记回款 for what was selected last: the selected charge, or the
    // own lines of the selected bill.
    void recordPayment();

    // Opens the notice dialog for the selected posted charges. Selected
    // void charges are left out and named. With only void charges selected,
    // a message explains why no dialog opens.
    void printNotices();

signals:
    // A charge was added or voided or a payment recorded, so the balances
    // changed.
    void chargesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setChargeColumnSamples();
    void showLinesOfSelectedBill();
    void updateActions();
    void readUser();
    void selectBill(qint64 billId);
    void selectCharge(qint64 chargeId);

    // Selects the rows of the charges in chargeIds that are listed, all of
    // them, and scrolls to the first.
    void selectCharges(const QList<qint64> &chargeIds);
    qint64 selectedBillId() const;
    qint64 selectedChargeId() const;
    QList<qint64> selectedChargeIds() const;
    QList<int> selectedChargeRows() const;

    QSqlDatabase m_db;
    qint64 m_customerId = 0;
    UserContext m_user; // read again on every setCustomer() and refresh()

    BillListModel *m_bills = nullptr;
    BillLineListModel *m_lines = nullptr;
    ChargeListModel *m_charges = nullptr;

    QGroupBox *m_billsGroup = nullptr;
    QGroupBox *m_linesGroup = nullptr;
    QGroupBox *m_chargesGroup = nullptr;
    ListTableView *m_billTable = nullptr;
    ListTableView *m_lineTable = nullptr;
    ListTableView *m_chargeTable = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_voidButton = nullptr;
    QPushButton *m_noticeButton = nullptr;
    QPushButton *m_paymentButton = nullptr;

    // Whether a bill was selected after the last charge, so Record Payment…
    // pays the bill's own lines rather than the charge.
    bool m_payBillLines = false;
};
