#include "chargeconfirmdialog.h"
#include "ui_chargeconfirmdialog.h"

#include "errorlabel.h"
#include "logging.h"
#include "uilanguage.h"

#include <QEvent>
#include <QGuiApplication>
#include <QPushButton>
#include <QScopeGuard>
#include <QScopedValueRollback>
#include <QStyle>

ChargeConfirmDialog::ChargeConfirmDialog(QSqlDatabase db, const ChargeRequest &request,
                                         const ChargeReview &review, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ChargeConfirmDialog>())
    , m_service(db, currentActor(db))
    , m_request(request)
    , m_review(review)
{
    ui->setupUi(this);
    ErrorLabel::style(ui->errorLabel);
    fitHeightsToText();

    connect(ui->confirmButton, &QPushButton::clicked, this, &ChargeConfirmDialog::confirm);
    connect(ui->backButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(ui->acknowledgementEdit, &QPlainTextEdit::textChanged, this,
            &ChargeConfirmDialog::updateConfirmButton);

    setAcknowledgement(request.duplicateAcknowledgement);
    showReview();
    updateErrorLabel();
    ui->summaryView->setFocus();
}

ChargeConfirmDialog::~ChargeConfirmDialog() = default;

QString ChargeConfirmDialog::acknowledgement() const
{
    return ui->acknowledgementEdit->toPlainText().trimmed();
}

void ChargeConfirmDialog::setAcknowledgement(const QString &note)
{
    ui->acknowledgementEdit->setPlainText(note);
}

void ChargeConfirmDialog::fitHeightsToText()
{
    // Heights in lines of the current font, so the summary keeps room for
    // its sentences and the duplicate list and the note do not crowd it out
    // at any font size.
    const auto linesHigh = [](const QWidget *widget, int lines) {
        // QTextDocument's default margin is 4 pixels at the top and bottom.
        const int documentMargins = 2 * 4;
        const int frames = 2 * widget->style()->pixelMetric(QStyle::PM_DefaultFrameWidth);
        return widget->fontMetrics().lineSpacing() * lines + frames + documentMargins;
    };
    ui->summaryView->setMinimumHeight(linesHigh(ui->summaryView, 8));
    ui->findingsView->setMaximumHeight(linesHigh(ui->findingsView, 8));
    ui->acknowledgementEdit->setMaximumHeight(linesHigh(ui->acknowledgementEdit, 4));
}

void ChargeConfirmDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void ChargeConfirmDialog::retranslateUi()
{
    // The summary and the findings are sentences the service wrote in the
    // previous language, so they are written again. A fresh review also
    // shows any charge another user added meanwhile.
    if (m_committedChargeId == 0 && !m_committing && !m_blocked) {
        ChargeRequest request = m_request;
        request.duplicateAcknowledgement = acknowledgement();
        const ChargeReview fresh = m_service.review(request);
        if (fresh.isValid())
            m_review = fresh;
    }
    showReview();

    // NOTE: the message of a rejected or failed commit keeps the language it
    // was written in, because the service returns it as finished text.
}

void ChargeConfirmDialog::showReview()
{
    ui->summaryView->setPlainText(m_review.summary);

    // One bulleted paragraph per finding, as plain text so that notes and
    // names in the descriptions are never read as markup.
    QStringList findings;
    for (const DuplicateFinding &finding : std::as_const(m_review.exactDuplicates))
        findings << QStringLiteral("• ") + finding.description;
    for (const DuplicateFinding &finding : std::as_const(m_review.possibleDuplicates))
        findings << QStringLiteral("• ") + finding.description;
    ui->findingsView->setPlainText(findings.join(QStringLiteral("\n\n")));
    ui->findingsGroup->setVisible(!findings.isEmpty());

    const bool needsNote = m_review.needsAcknowledgement();
    ui->acknowledgementCaptionLabel->setVisible(needsNote);
    ui->acknowledgementEdit->setVisible(needsNote);
    ui->acknowledgementCounterLabel->setVisible(needsNote);

    updateConfirmButton();
}

void ChargeConfirmDialog::updateConfirmButton()
{
    const int length = int(acknowledgement().toUcs4().size());
    ui->acknowledgementCounterLabel->setText(
        tr("%1/%2").arg(length).arg(ChargeService::MaxNoteLength));
    ErrorLabel::setAlarm(ui->acknowledgementCounterLabel,
                         length > ChargeService::MaxNoteLength);

    const bool canCommit = !m_committing && !m_blocked && m_committedChargeId == 0
                           && length <= ChargeService::MaxNoteLength
                           && m_review.canCommit(acknowledgement());
    ui->confirmButton->setEnabled(canCommit);
}

bool ChargeConfirmDialog::onlyAcknowledgementErrors(const ChargeReview &review)
{
    if (!review.failure.isEmpty() || review.existingChargeId != 0 || review.errors.isEmpty())
        return false;
    for (const FieldError &error : review.errors) {
        if (error.field != QLatin1String("duplicate_ack_note"))
            return false;
    }
    return true;
}

void ChargeConfirmDialog::updateErrorLabel()
{
    ErrorLabel::setMessages(ui->errorLabel, m_errorMessage.isEmpty()
                                                ? QStringList()
                                                : QStringList{m_errorMessage});
}

void ChargeConfirmDialog::confirm()
{
    // A second click queued while the first commit ran, or a re-entrant
    // signal, must not start another commit.
    if (m_committing || m_committedChargeId != 0)
        return;

    ChargeRequest request = m_request;
    request.duplicateAcknowledgement = acknowledgement();
    if (!m_review.canCommit(request.duplicateAcknowledgement))
        return;

    ChargeService::CommitResult result;
    {
        const QScopedValueRollback<bool> committing(m_committing, true);
        ui->confirmButton->setEnabled(false);
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const auto restoreCursor = qScopeGuard([] { QGuiApplication::restoreOverrideCursor(); });

        result = m_service.commit(request, m_review);
    }

    switch (result.status) {
    case ChargeService::CommitResult::Status::Committed:
    case ChargeService::CommitResult::Status::Replayed:
        m_committedChargeId = result.chargeId;
        m_errorMessage.clear();
        updateErrorLabel();
        accept();
        return;

    case ChargeService::CommitResult::Status::Rejected:
        qCWarning(lcUi) << "Commit of request" << m_request.requestKey
                        << "rejected:" << result.errorMessage;
        m_errorMessage = result.errorMessage;

        // The review run inside the transaction replaces the confirmed one,
        // so new duplicates show up and need the user's confirmation again.
        // A charge that became invalid, or a request key used for another
        // charge, can only be fixed in the form.
        if (result.review.isValid() && result.review.existingChargeId == 0) {
            if (!result.review.fingerprint.isEmpty())
                m_review = result.review;
            m_blocked = result.review.hasExactDuplicate();
        } else {
            m_blocked = !onlyAcknowledgementErrors(result.review);
        }
        if (m_blocked)
            m_errorMessage += QLatin1Char('\n') + tr("Go back to edit the charge.");
        break;

    case ChargeService::CommitResult::Status::Failed:
        qCWarning(lcUi) << "Commit of request" << m_request.requestKey
                        << "failed:" << result.errorMessage;
        m_errorMessage = result.errorMessage;
        break;
    }

    showReview();
    updateErrorLabel();
}
