#include "widgetinput.h"

#include <QDialog>
#include <QInputMethodEvent>
#include <QTest>

namespace WidgetInput {

void typeText(QWidget *widget, const QString &text)
{
    bool ascii = true;
    for (const QChar character : text)
        ascii = ascii && character.unicode() < 0x80;
    if (ascii) {
        QTest::keyClicks(widget, text);
        return;
    }

    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

void closeIfOpen(QDialog *dialog)
{
    if (dialog->isVisible())
        dialog->done(QDialog::Rejected);
}

} // namespace WidgetInput
