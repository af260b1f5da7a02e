#include "reasondialog.h"
#include "ui_reasondialog.h"

#include "errorlabel.h"

#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QScopedValueRollback>

ReasonDialog::ReasonDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ReasonDialog>())
{
    ui->setupUi(this);
    ErrorLabel::style(ui->errorLabel);

    connect(ui->reasonEdit, &QPlainTextEdit::textChanged, this,
            &ReasonDialog::updateApplyButton);
    connect(ui->applyButton, &QPushButton::clicked, this, &ReasonDialog::run);
    connect(ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    ui->reasonEdit->setFocus();
}

ReasonDialog::~ReasonDialog() = default;

QString ReasonDialog::reason() const
{
    return ui->reasonEdit->toPlainText().trimmed();
}

void ReasonDialog::setIntro(const QString &text)
{
    ui->introLabel->setText(text);
}

void ReasonDialog::setReasonCaption(const QString &text)
{
    ui->reasonCaptionLabel->setText(text);
}

void ReasonDialog::setApplyText(const QString &text)
{
    ui->applyButton->setText(text);
}

void ReasonDialog::setCloseText(const QString &text)
{
    ui->cancelButton->setText(text);
}

QLabel *ReasonDialog::addDetail(const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ui->detailsLayout->addRow(new QLabel(this), value);
    return value;
}

void ReasonDialog::setDetail(QLabel *value, const QString &caption, const QString &text)
{
    if (auto *captionLabel = qobject_cast<QLabel *>(ui->detailsLayout->labelForField(value)))
        captionLabel->setText(caption);
    value->setText(text);
}

void ReasonDialog::refreshTexts()
{
    QStringList problems = retranslateTexts();
    if (!m_failure.isEmpty())
        problems << m_failure;
    ErrorLabel::setMessages(ui->errorLabel, problems);
    updateApplyButton();
}

void ReasonDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        // NOTE: the message of a failed action keeps the language it was
        // written in, because the services return it as finished text.
        refreshTexts();
    }
    QDialog::changeEvent(event);
}

void ReasonDialog::updateApplyButton()
{
    const qsizetype length = reason().toUcs4().size();
    ui->reasonCounterLabel->setText(tr("%1/%2").arg(length).arg(maxReasonLength()));
    ErrorLabel::setAlarm(ui->reasonCounterLabel, length > maxReasonLength());

    ui->applyButton->setEnabled(!m_running && canApply() && length > 0
                                && length <= maxReasonLength());
}

void ReasonDialog::run()
{
    // A click queued while the action ran must not run it again.
    if (m_running || !ui->applyButton->isEnabled())
        return;

    bool ok = false;
    QString error;
    {
        const QScopedValueRollback<bool> running(m_running, true);
        ui->applyButton->setEnabled(false);
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const auto restoreCursor = qScopeGuard([] { QGuiApplication::restoreOverrideCursor(); });

        ok = apply(reason(), &error);
    }

    if (ok) {
        accept();
        return;
    }

    // The subclass rereads its record in retranslateTexts(), so a record
    // another user changed meanwhile shows its state now.
    m_failure = error;
    refreshTexts();
}
