#pragma once

#include "paymentrequest.h"
#include "paymentreview.h"
#include "paymentservice.h"
#include "summaryconfirmdialog.h"

#include <QSqlDatabase>

class PaymentDuplicatesBox;

// The confirmation step of 登记回款: shows the review's summary and any
// posted payments that look identical, requires an acknowledgement note
// when there are such payments, and commits the payment through
// PaymentService.
//
// exec() returns Accepted once the payment is committed or its request key
// was replayed (see committedPaymentId()), and Rejected on Back to Edit
// with nothing written. When the service rejects the commit because the
// open amount changed meanwhile, or an identical payment was recorded
// meanwhile, and the payment is still valid, the new review replaces the
// old one and the user confirms again.
class PaymentConfirmDialog : public SummaryConfirmDialog
{
    Q_OBJECT

public:
    // review must be the result of PaymentService::review(request).
    PaymentConfirmDialog(QSqlDatabase db, const PaymentRequest &request,
                         const PaymentReview &review, QWidget *parent = nullptr);

    // Returns the id of the committed (or replayed) payment, 0 until then.
    qint64 committedPaymentId() const { return m_committedPaymentId; }

    // Returns the acknowledgement note as typed, trimmed, so that the form
    // can offer it again after Back to Edit.
    QString acknowledgement() const;

protected:
    CommitOutcome commitOnce() override;
    void retranslateTexts() override;
    bool canConfirm() const override;

private:
    void showReview();

    PaymentService m_service;
    PaymentRequest m_request;
    PaymentReview m_review;
    PaymentDuplicatesBox *m_duplicatesBox = nullptr;
    qint64 m_committedPaymentId = 0;

    // False while the constructor shows the review it was given.
    bool m_reviewOnLanguageChange = false;
};
