#pragma once

#include "noticequery.h"

#include <QDialog>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

class ReportOutputController;
struct ReportRequest;

namespace Ui {
class ChargeNoticeDialog;
}

// The 补费通知单 dialog: one charge notice per checked charge, grouped by
// customer, sent to a preview, a printer or a PDF through a
// ReportOutputController. The charges are read in a worker thread when the
// dialog opens and read again when the notices are built.
//
// Opened with a list of charges (from the charges panel or the charge
// report), it lists them all checked, and names the void charges that were
// left out. Opened from the Reports menu, it offers a customer chooser and
// lists the chosen customer's posted charges unchecked.
class ChargeNoticeDialog : public QDialog
{
    Q_OBJECT

public:
    // Lists the posted charges chargeIds, checked. voidChargeIds are the
    // charges the caller left out because they are void; a message names
    // them.
    ChargeNoticeDialog(QSqlDatabase db, const QList<qint64> &chargeIds,
                       const QList<qint64> &voidChargeIds, QWidget *parent = nullptr);

    // Offers a customer chooser and lists the chosen customer's posted
    // charges.
    explicit ChargeNoticeDialog(QSqlDatabase db, QWidget *parent = nullptr);

    ~ChargeNoticeDialog() override;

    // Returns the ids of the listed charges, in list order.
    QList<qint64> listedChargeIds() const;

    // Returns the ids of the checked charges, in list order.
    QList<qint64> checkedChargeIds() const;

    ReportOutputController *output() const { return m_output; }

public slots:
    // Cancels a running job before the dialog closes.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUp();
    void showCustomerCharges(qint64 customerId);

    // Reads the notices of chargeIds in the worker and lists them, with the
    // charges in checkedIds checked.
    void loadCharges(const QList<qint64> &chargeIds, const QList<qint64> &checkedIds);
    void fillTable(const QList<qint64> &checkedIds);
    void setAllChecked(bool checked);
    void retranslateUi();
    void updateButtons();
    ReportRequest request() const;

    std::unique_ptr<Ui::ChargeNoticeDialog> ui;
    QSqlDatabase m_db;
    ReportOutputController *m_output = nullptr;
    bool m_chooseCustomer = false;
    QList<qint64> m_voidChargeIds;
    QList<ChargeNotice> m_notices;
    QString m_loadError;
};
