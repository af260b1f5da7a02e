#include "paymentconfirmdialog.h"

#include "logging.h"
#include "paymentduplicatesbox.h"
#include "uilanguage.h"

PaymentConfirmDialog::PaymentConfirmDialog(QSqlDatabase db, const PaymentRequest &request,
                                           const PaymentReview &review, QWidget *parent)
    : SummaryConfirmDialog(parent)
    , m_service(db, currentActor(db))
    , m_request(request)
    , m_review(review)
    , m_duplicatesBox(new PaymentDuplicatesBox(this))
{
    setObjectName(QStringLiteral("PaymentConfirmDialog"));
    addSection(m_duplicatesBox, 1);
    m_duplicatesBox->setAcknowledgement(request.duplicateAcknowledgement);
    connect(m_duplicatesBox, &PaymentDuplicatesBox::acknowledgementChanged, this,
            &PaymentConfirmDialog::updateConfirmButton);

    retranslateTexts();
    m_reviewOnLanguageChange = true;
}

QString PaymentConfirmDialog::acknowledgement() const
{
    return m_duplicatesBox->acknowledgement();
}

bool PaymentConfirmDialog::canConfirm() const
{
    return !m_duplicatesBox->isAcknowledgementTooLong()
           && m_review.canCommit(m_duplicatesBox->acknowledgement());
}

SummaryConfirmDialog::CommitOutcome PaymentConfirmDialog::commitOnce()
{
    PaymentRequest request = m_request;
    request.duplicateAcknowledgement = acknowledgement();
    const PaymentService::CommitResult result = m_service.commit(request, m_review);

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
        // A review that is still valid, such as one with a new open amount
        // or a payment that looks identical, replaces the confirmed one and
        // is shown for a new confirmation.
        if (result.review.isValid() && result.review.existingPaymentId == 0
            && !result.review.fingerprint.isEmpty()) {
            m_review = result.review;
            showReview();
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

    // The summary and the findings contain sentences the service wrote in
    // the previous language, so they are written again. A fresh review also
    // shows a payment another user recorded meanwhile.
    if (m_reviewOnLanguageChange && !isFinished()) {
        PaymentRequest request = m_request;
        request.duplicateAcknowledgement = acknowledgement();
        const PaymentReview fresh = m_service.review(request);
        if (fresh.isValid())
            m_review = fresh;
    }
    showReview();
}

void PaymentConfirmDialog::showReview()
{
    setSummary(m_review.summary);
    m_duplicatesBox->setFindings(m_review.duplicates);

    // The form's size leaves no room for the list and the note, so the
    // dialog grows when they appear.
    if (m_review.needsAcknowledgement())
        resize(size().expandedTo(sizeHint()));
    updateConfirmButton();
}
