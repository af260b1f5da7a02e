#include "paymentconfirmdialog.h"

#include "logging.h"
#include "uilanguage.h"

PaymentConfirmDialog::PaymentConfirmDialog(QSqlDatabase db, const PaymentRequest &request,
                                           const PaymentReview &review, QWidget *parent)
    : SummaryConfirmDialog(parent)
    , m_service(db, currentActor(db))
    , m_request(request)
    , m_review(review)
{
    setObjectName(QStringLiteral("PaymentConfirmDialog"));
    retranslateTexts();
    m_reviewOnLanguageChange = true;
}

SummaryConfirmDialog::CommitOutcome PaymentConfirmDialog::commitOnce()
{
    const PaymentService::CommitResult result = m_service.commit(m_request, m_review);

    switch (result.status) {
    case PaymentService::CommitResult::Status::Committed:
    case PaymentService::CommitResult::Status::Replayed:
        m_committedPaymentId = result.paymentId;
        qCInfo(lcUi) << "Payment" << result.paymentId << "recorded for request"
                     << m_request.requestKey;
        return {CommitOutcome::Kind::Done, QString()};

    case PaymentService::CommitResult::Status::Rejected:
        qCWarning(lcUi) << "Payment request" << m_request.requestKey
                        << "rejected:" << result.errorMessage;
        // A review that is still valid, such as one with a new open amount,
        // replaces the confirmed one and is shown for a new confirmation.
        if (result.review.isValid() && result.review.existingPaymentId == 0
            && !result.review.fingerprint.isEmpty()) {
            m_review = result.review;
            setSummary(m_review.summary);
            return {CommitOutcome::Kind::Retry, result.errorMessage};
        }
        return {CommitOutcome::Kind::Blocked,
                result.errorMessage + QLatin1Char('\n') + tr("Go back to edit the payment.")};

    case PaymentService::CommitResult::Status::Failed:
        qCWarning(lcUi) << "Payment request" << m_request.requestKey
                        << "failed:" << result.errorMessage;
        return {CommitOutcome::Kind::Retry, result.errorMessage};
    }
    return {CommitOutcome::Kind::Retry, result.errorMessage};
}

void PaymentConfirmDialog::retranslateTexts()
{
    setWindowTitle(tr("Confirm Payment"));
    setIntro(tr("Check the payment below. Nothing has been saved yet: Confirm and Submit "
                "saves it, Back to Edit returns to the form."));

    // The summary contains sentences the service wrote in the previous
    // language, so it is written again. A fresh review also shows a payment
    // another user recorded meanwhile.
    if (m_reviewOnLanguageChange && !isFinished()) {
        const PaymentReview fresh = m_service.review(m_request);
        if (fresh.isValid())
            m_review = fresh;
    }
    setSummary(m_review.summary);
}
