#pragma once

#include <QApplication>
#include <QString>
#include <QTimer>

#include <functional>

class QDialog;
class QWidget;

// Input for driving real widgets the way a user does, including dialogs
// that run their own exec() loop.
namespace WidgetInput {

// How often whenModalOpens() looks for its dialog.
constexpr int PollIntervalMs = 20;

// Runs action on the next modal dialog of type T once its exec() loop runs.
// exec() blocks the caller, so this is called before the click that opens
// the dialog.
template<typename T>
void whenModalOpens(QObject *context, std::function<void(T *)> action)
{
    auto *timer = new QTimer(context);
    timer->setInterval(PollIntervalMs);
    QObject::connect(timer, &QTimer::timeout, context, [timer, action] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        action(dialog);
    });
    timer->start();
}

// Types text into widget. QTest::keyClicks() maps characters to keys and
// handles only ASCII, so other text arrives as an input method commits it,
// the way a Chinese input method enters it.
void typeText(QWidget *widget, const QString &text);

// Closes a dialog that a failed step left open, without the discard prompt
// that AddChargeDialog shows for typed values.
void closeIfOpen(QDialog *dialog);

} // namespace WidgetInput
