#include "summaryconfirmdialog.h"
#include "ui_summaryconfirmdialog.h"

#include "errorlabel.h"

#include <QEvent>
#include <QGuiApplication>
#include <QPushButton>
#include <QScopeGuard>
#include <QScopedValueRollback>
#include <QStyle>

SummaryConfirmDialog::SummaryConfirmDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::SummaryConfirmDialog>())
{
    ui->setupUi(this);
    ErrorLabel::style(ui->errorLabel);

    // Room for eight lines of the summary in the current font, plus the
    // frame and QTextDocument's default margin of 4 pixels above and below.
    const int frames = 2 * ui->summaryView->style()->pixelMetric(QStyle::PM_DefaultFrameWidth);
    ui->summaryView->setMinimumHeight(ui->summaryView->fontMetrics().lineSpacing() * 8 + frames
                                      + 2 * 4);

    connect(ui->confirmButton, &QPushButton::clicked, this, &SummaryConfirmDialog::confirm);
    connect(ui->backButton, &QPushButton::clicked, this, &QDialog::reject);

    updateState();
    ui->summaryView->setFocus();
}

SummaryConfirmDialog::~SummaryConfirmDialog() = default;

void SummaryConfirmDialog::setIntro(const QString &text)
{
    ui->introLabel->setText(text);
}

void SummaryConfirmDialog::setSummary(const QString &text)
{
    // Plain text, so names and notes in the summary are never read as markup.
    ui->summaryView->setPlainText(text);
}

void SummaryConfirmDialog::addSection(QWidget *widget, int stretch)
{
    ui->mainLayout->insertWidget(ui->mainLayout->indexOf(ui->errorLabel), widget, stretch);
}

void SummaryConfirmDialog::updateConfirmButton()
{
    updateState();
}

void SummaryConfirmDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslateTexts();
        // NOTE: the message of a failed commit keeps the language it was
        // written in, because the services return it as finished text.
    }
    QDialog::changeEvent(event);
}

void SummaryConfirmDialog::confirm()
{
    // A second click queued while the first commit ran, or a re-entrant
    // signal, must not start another commit.
    if (m_committing || m_done || m_blocked || !canConfirm())
        return;

    CommitOutcome outcome;
    {
        const QScopedValueRollback<bool> committing(m_committing, true);
        ui->confirmButton->setEnabled(false);
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const auto restoreCursor = qScopeGuard([] { QGuiApplication::restoreOverrideCursor(); });

        outcome = commitOnce();
    }

    m_errorMessage = outcome.message;
    switch (outcome.kind) {
    case CommitOutcome::Kind::Done:
        m_done = true;
        m_errorMessage.clear();
        updateState();
        accept();
        return;
    case CommitOutcome::Kind::Blocked:
        m_blocked = true;
        break;
    case CommitOutcome::Kind::Retry:
        break;
    }
    updateState();
}

void SummaryConfirmDialog::updateState()
{
    ui->confirmButton->setEnabled(!m_committing && !m_done && !m_blocked && canConfirm());
    ErrorLabel::setMessages(ui->errorLabel, m_errorMessage.isEmpty()
                                                ? QStringList()
                                                : QStringList{m_errorMessage});
}
