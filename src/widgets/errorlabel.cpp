#include "errorlabel.h"

#include <QLabel>
#include <QPalette>

namespace {

// Dark red on a light window background, light red on a dark one, so the
// text keeps its contrast in either colour scheme.
QPalette errorPalette(const QLabel *label)
{
    QPalette palette = label->palette();
    const bool darkWindow = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText,
                     darkWindow ? QColor(0xff, 0x8a, 0x8a) : QColor(0xb0, 0x00, 0x20));
    return palette;
}

} // namespace

void ErrorLabel::style(QLabel *label)
{
    label->setPalette(errorPalette(label));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    // Under a narrow field such as a date edit, a wrapped label gets fewer
    // lines of height than it wraps to. The column's full width avoids that.
    QSizePolicy policy = label->sizePolicy();
    policy.setHorizontalPolicy(QSizePolicy::Expanding);
    label->setSizePolicy(policy);
    label->hide();
}

void ErrorLabel::setMessages(QLabel *label, const QStringList &messages)
{
    label->setText(messages.join(QLatin1Char('\n')));
    label->setVisible(!messages.isEmpty());
}

void ErrorLabel::setAlarm(QLabel *label, bool alarm)
{
    label->setPalette(alarm ? errorPalette(label) : QPalette());
}
