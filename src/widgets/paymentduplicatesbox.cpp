#include "paymentduplicatesbox.h"

#include "errorlabel.h"
#include "paymentservice.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

// Returns the height of lines of widget's font in a text view, with its
// frame and QTextDocument's default margin of 4 pixels above and below.
int linesHigh(const QWidget *widget, int lines)
{
    const int documentMargins = 2 * 4;
    const int frames = 2 * widget->style()->pixelMetric(QStyle::PM_DefaultFrameWidth);
    return widget->fontMetrics().lineSpacing() * lines + frames + documentMargins;
}

} // namespace

PaymentDuplicatesBox::PaymentDuplicatesBox(QWidget *parent)
    : QGroupBox(parent)
    , m_introLabel(new QLabel(this))
    , m_findingsView(new QTextBrowser(this))
    , m_captionLabel(new QLabel(this))
    , m_noteEdit(new QPlainTextEdit(this))
    , m_counterLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("duplicatesBox"));
    m_findingsView->setObjectName(QStringLiteral("findingsView"));
    m_noteEdit->setObjectName(QStringLiteral("acknowledgementEdit"));
    m_counterLabel->setObjectName(QStringLiteral("acknowledgementCounterLabel"));

    m_introLabel->setWordWrap(true);
    m_findingsView->setOpenLinks(false);
    m_captionLabel->setWordWrap(true);
    m_captionLabel->setBuddy(m_noteEdit);
    m_noteEdit->setTabChangesFocus(true);
    m_counterLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    // Heights in lines of the current font, so that the list and the note
    // do not crowd the summary out at any font size.
    m_findingsView->setMinimumHeight(linesHigh(m_findingsView, 3));
    m_findingsView->setMaximumHeight(linesHigh(m_findingsView, 8));
    m_noteEdit->setMaximumHeight(linesHigh(m_noteEdit, 4));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_findingsView, 2);
    layout->addWidget(m_captionLabel);
    layout->addWidget(m_noteEdit, 1);
    layout->addWidget(m_counterLabel);

    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, [this] {
        updateCounter();
        emit acknowledgementChanged();
    });

    retranslateUi();
    updateCounter();
    setVisible(false);
}

void PaymentDuplicatesBox::setFindings(const QList<PaymentDuplicateFinding> &findings)
{
    // Plain text, so that references and names are never read as markup.
    QStringList paragraphs;
    for (const PaymentDuplicateFinding &finding : findings)
        paragraphs << QStringLiteral("• ") + finding.description;
    m_findingsView->setPlainText(paragraphs.join(QStringLiteral("\n\n")));
    setVisible(!findings.isEmpty());
}

QString PaymentDuplicatesBox::acknowledgement() const
{
    return m_noteEdit->toPlainText().trimmed();
}

void PaymentDuplicatesBox::setAcknowledgement(const QString &note)
{
    m_noteEdit->setPlainText(note);
}

bool PaymentDuplicatesBox::isAcknowledgementTooLong() const
{
    return acknowledgement().toUcs4().size() > PaymentService::MaxNoteLength;
}

void PaymentDuplicatesBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void PaymentDuplicatesBox::retranslateUi()
{
    setTitle(tr("Payments That Look Identical"));
    m_introLabel->setText(tr("These payments of the customer were already recorded and look "
                             "identical to the new one. If the new payment is real, explain why "
                             "in a note; the note is kept with the payment and in the audit "
                             "log."));
    m_captionLabel->setText(tr("&Acknowledgement note (required):"));
    updateCounter();
}

void PaymentDuplicatesBox::updateCounter()
{
    const int length = int(acknowledgement().toUcs4().size());
    m_counterLabel->setText(tr("%1/%2").arg(length).arg(PaymentService::MaxNoteLength));
    ErrorLabel::setAlarm(m_counterLabel, length > PaymentService::MaxNoteLength);
}
