#pragma once

#include <QLabel>

// A one-line label that shortens its text with "…" to the width it gets,
// instead of asking its window to grow to the whole text. The whole text is
// its tool tip. A customer's company name in a page header can be longer
// than any screen.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateShownText();

    QString m_fullText;
};
