#include "reportprogresspanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace {

// QProgressBar takes int values, so counts are scaled to this many steps.
constexpr qsizetype ProgressSteps = 1000;

} // namespace

ReportProgressPanel::ReportProgressPanel(QWidget *parent)
    : QWidget(parent)
    , m_statusLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_cancelButton(new QPushButton(this))
{
    m_statusLabel->setObjectName(QStringLiteral("jobStatusLabel"));
    m_progressBar->setObjectName(QStringLiteral("jobProgressBar"));
    m_cancelButton->setObjectName(QStringLiteral("cancelJobButton"));

    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumWidth(240);
    m_cancelButton->setAutoDefault(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_statusLabel, 1);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_cancelButton);

    retranslateUi();
    showRunning(false);
}

void ReportProgressPanel::setRunner(ReportJobRunner *runner)
{
    m_runner = runner;
    connect(runner, &ReportJobRunner::runningChanged, this, &ReportProgressPanel::showRunning);
    connect(runner, &ReportJobRunner::progressChanged, this, &ReportProgressPanel::showProgress);
    connect(m_cancelButton, &QPushButton::clicked, runner, &ReportJobRunner::cancel);
    showRunning(runner->isRunning());
}

void ReportProgressPanel::setStatusText(const QString &text)
{
    m_statusLabel->setText(text);
}

QString ReportProgressPanel::statusText() const
{
    return m_statusLabel->text();
}

void ReportProgressPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReportProgressPanel::retranslateUi()
{
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop the report. No file is written."));
}

void ReportProgressPanel::showRunning(bool running)
{
    // The bar and the button keep their room while idle, so the dialog
    // does not change height when a job starts.
    QSizePolicy policy = m_progressBar->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_progressBar->setSizePolicy(policy);
    policy = m_cancelButton->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_cancelButton->setSizePolicy(policy);

    m_progressBar->setVisible(running);
    m_cancelButton->setVisible(running);
    m_cancelButton->setEnabled(running);
    if (running)
        showProgress(0, 0);
}

void ReportProgressPanel::showProgress(qsizetype done, qsizetype total)
{
    // A total of 0 means the job does not know it yet, so the bar shows a
    // busy indicator.
    if (total <= 0) {
        m_progressBar->setRange(0, 0);
        return;
    }
    m_progressBar->setRange(0, int(ProgressSteps));
    m_progressBar->setValue(int(std::min(done, total) * ProgressSteps / total));
}
