#pragma once

#include "paymentrequest.h"
#include "paymentreview.h"
#include "receivablequery.h"
#include "records.h"

#include <QDialog>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>
#include <optional>

class QLabel;

namespace Ui {
class RecordPaymentDialog;
}

// The 登记回款 dialog: records a payment of one customer's bill lines, charge
// or installment.
//
// The caller chooses what is paid with setBillLines() or setCharge(). The
// form shows it with its open amount. For a charge with an active
// installment plan it offers the open installments, the first one chosen.
// The amount is pre-filled with the open amount. Review… hands the form to
// PaymentService::review(); each field error is shown under its field, and
// a valid payment opens PaymentConfirmDialog, which commits. One request key
// is kept for the dialog's lifetime, so a second confirmation or a retry
// after an error replays the first commit instead of writing another
// payment.
//
// exec() returns Accepted only after a successful commit or replay.
class RecordPaymentDialog : public QDialog
{
    Q_OBJECT

public:
    RecordPaymentDialog(QSqlDatabase db, qint64 customerId, QWidget *parent = nullptr);
    ~RecordPaymentDialog() override;

    // Pays the own lines of billId, one of the customer's bills.
    void setBillLines(qint64 billId);

    // Pays the posted charge chargeId. With an active plan, installmentId
    // chooses the installment; 0 chooses the first one still open.
    void setCharge(qint64 chargeId, qint64 installmentId = 0);

    // Returns the id of the committed payment, 0 until the commit succeeded.
    qint64 committedPaymentId() const { return m_committedPaymentId; }

    // Returns the request key sent with every review and commit of this
    // dialog.
    QString requestKey() const { return m_requestKey; }

public slots:
    // Asks before a form with a typed reference or note is closed by Cancel,
    // Escape or the window's close button.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadCustomer();
    void fillPaymentMethods();
    void fillInstallments(qint64 installmentId);
    void retranslateUi();
    void updateCustomerLabel();
    void updateTargetLabel();
    void updateNoteCounter();
    void updatePaidOnFormat();
    void prefillAmount();

    PaymentRequest buildRequest() const;
    void review();
    bool showProblems(const PaymentReview &review, bool moveFocus);
    void showMessages();
    QLabel *errorLabelForField(const QString &field) const;
    QWidget *widgetForField(const QString &field) const;

    std::unique_ptr<Ui::RecordPaymentDialog> ui;
    QSqlDatabase m_db;
    qint64 m_customerId = 0;
    std::optional<CustomerRecord> m_customer;
    std::optional<Receivable> m_target;
    InstallmentPlanRecord m_plan;

    const QString m_requestKey = PaymentRequest::newRequestKey();
    qint64 m_committedPaymentId = 0;

    // The acknowledgement note last typed in the confirmation step, offered
    // again when the user comes back from Back to Edit.
    QString m_duplicateAcknowledgement;

    // The amount text last filled in, so choosing another installment
    // replaces it but never an amount the user typed.
    QString m_prefilledAmount;

    // The database's errors from loading the customer, what is paid and the
    // payment methods, or empty strings.
    QString m_customerLoadError;
    QString m_targetLoadError;
    QString m_methodsLoadError;

    // The last review's messages: by field, and those of no field.
    QHash<QString, QStringList> m_fieldProblems;
    QStringList m_otherProblems;
};
