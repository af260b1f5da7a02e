#pragma once

#include "chargerequest.h"
#include "chargereview.h"
#include "computedcharge.h"
#include "records.h"

#include <QDialog>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>
#include <optional>

class ChargeTableModel;
class QDataWidgetMapper;

namespace Ui {
class AddChargeDialog;
}

// The 新增费用 dialog: enters a supplementary charge for one customer,
// optionally on one of the customer's bills.
//
// The fields are bound through a QDataWidgetMapper to a pending row of a
// ChargeTableModel, which never writes. Review… hands the row to
// ChargeService::review(); field errors and exact duplicates stay in the
// form, anything else opens ChargeConfirmDialog, which commits. One request
// key is kept for the dialog's lifetime, so a second confirmation or a retry
// after an error replays the first commit instead of writing another charge.
//
// exec() returns Accepted only after a successful commit or replay.
class AddChargeDialog : public QDialog
{
    Q_OBJECT

public:
    AddChargeDialog(QSqlDatabase db, qint64 customerId, QWidget *parent = nullptr);
    ~AddChargeDialog() override;

    // Preselects one of the customer's bills; 0 selects "no bill".
    void setBill(qint64 billId);

    // Returns the id of the committed charge, 0 until the commit succeeded.
    qint64 committedChargeId() const { return m_committedChargeId; }

    // Returns the request key sent with every review and commit of this
    // dialog.
    QString requestKey() const { return m_requestKey; }

public slots:
    // Asks before a form with typed values is closed by Cancel, Escape or the
    // window's close button, so a filled-in charge is not lost by accident.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpMapper();
    void loadCustomer();
    void loadBills();
    void fillLookupCombos();
    void retranslateUi();
    void updateCustomerLabel();
    void updateNoteCounter();
    void updateDueDateFormat();
    void selectBill(qint64 billId);
    void showBill(qint64 billId);

    // Opens ComputedChargeDialog and copies its amount, fee type, reason
    // and formula into the form; nothing is written until Review….
    void computeAmount();
    void applyComputedCharge(bool lateFee, const ComputedCharge &charge);

    ChargeRequest buildRequest();
    void review();
    bool showProblems(const ChargeReview &review, bool moveFocus);
    void showMessages();
    QWidget *widgetForField(const QString &field) const;
    bool hasTypedValues() const;

    std::unique_ptr<Ui::AddChargeDialog> ui;
    QSqlDatabase m_db;
    qint64 m_customerId = 0;
    std::optional<CustomerRecord> m_customer;
    ChargeTableModel *m_model = nullptr;
    QDataWidgetMapper *m_mapper = nullptr;

    const QString m_requestKey = ChargeRequest::newRequestKey();
    QString m_acknowledgement;
    qint64 m_committedChargeId = 0;

    // The database's errors from loading the customer and the bills when
    // the dialog opened, or empty strings.
    QString m_customerLoadError;
    QString m_billsLoadError;

    // Messages shown together in the error label after the load errors:
    // from the lookup lists, the selected bill, and the last review.
    QStringList m_lookupErrors;
    QStringList m_billErrors;
    QStringList m_reviewProblems;

    // The formula the last computation added to the note, replaced by the
    // next one, and the message shown when it did not fit.
    QString m_computedFormula;
    QStringList m_computeMessages;
};
