#pragma once

#include "paymentreview.h"

#include <QGroupBox>
#include <QList>

class QLabel;
class QPlainTextEdit;
class QTextBrowser;

// The 疑似重复回款 section of the payment confirmation: the posted payments
// that look identical to the new one, and the acknowledgement note that
// explains why the new payment is real. Hidden while there are none.
class PaymentDuplicatesBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit PaymentDuplicatesBox(QWidget *parent = nullptr);

    // Lists findings, one bulleted paragraph each, and shows the box when
    // there are any.
    void setFindings(const QList<PaymentDuplicateFinding> &findings);

    // Returns the note as typed, trimmed.
    QString acknowledgement() const;
    void setAcknowledgement(const QString &note);

    // True when the note is longer than PaymentService::MaxNoteLength.
    bool isAcknowledgementTooLong() const;

signals:
    void acknowledgementChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateCounter();

    QLabel *m_introLabel = nullptr;
    QTextBrowser *m_findingsView = nullptr;
    QLabel *m_captionLabel = nullptr;
    QPlainTextEdit *m_noteEdit = nullptr;
    QLabel *m_counterLabel = nullptr;
};
