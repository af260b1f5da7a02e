#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

class QWidget;
class ReportOutputController;

// Input for driving real widgets the way a user does, including dialogs
// that run their own exec() loop.
namespace WidgetInput {

// How often whenModalOpens() looks for its dialog.
constexpr int PollIntervalMs = 20;

// Runs action on the next modal dialog of type T once its exec() loop runs.
// exec() blocks the caller, so this is called before the click that opens
// the dialog. Returns the timer that looks for the dialog; it deletes
// itself once the dialog opened.
template<typename T>
QTimer *whenModalOpens(QObject *context, std::function<void(T *)> action)
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
    return timer;
}

// Calls open, which opens a modal dialog of type T, and runs drive on that
// dialog inside its exec() loop. Closes the dialog if drive left it open.
// Returns the result of drive, or false when open showed no dialog of
// type T.
template<typename T>
bool driveModal(QObject *context, const std::function<void()> &open,
                std::function<bool(T *)> drive)
{
    bool driven = false;
    const QPointer<QTimer> timer = whenModalOpens<T>(context, [&driven, drive](T *dialog) {
        driven = drive(dialog);
        if (dialog->isVisible())
            dialog->done(QDialog::Rejected);
    });
    open();

    // Without a dialog the timer would wait on and take the next one.
    delete timer.data();
    return driven;
}

// Clicks the button named buttonName in parent and runs drive on the
// modal dialog of type T that the click opens, as driveModal() does.
// Returns the result of drive, or false with *error set when the button is
// missing or disabled or no dialog of type T opened.
template<typename T>
bool clickAndDrive(QWidget *parent, const char *buttonName, std::function<bool(T *)> drive,
                   QString *error)
{
    auto *button = parent->findChild<QAbstractButton *>(QLatin1String(buttonName));
    if (!button || !button->isEnabled()) {
        *error = QStringLiteral("The button %1 is missing or disabled.").arg(buttonName);
        return false;
    }

    bool opened = false;
    const bool driven = driveModal<T>(parent, [button] { button->click(); },
                                      [&opened, drive](T *dialog) {
                                          opened = true;
                                          return drive(dialog);
                                      });
    if (!opened)
        *error = QStringLiteral("The button %1 opened no dialog.").arg(buttonName);
    return driven;
}

// Types text into widget. QTest::keyClicks() maps characters to keys and
// handles only ASCII, so other text arrives as an input method commits it,
// the way a Chinese input method enters it.
void typeText(QWidget *widget, const QString &text);

// Closes a dialog that a failed step left open, without the discard prompt
// that AddChargeDialog shows for typed values.
void closeIfOpen(QDialog *dialog);

// Returns the child of parent named name, or nullptr with *error set.
template<typename T>
T *namedChild(QObject *parent, const char *name, QString *error)
{
    auto *child = parent->findChild<T *>(QLatin1String(name));
    if (!child)
        *error = QStringLiteral("%1 has no child named %2.").arg(parent->objectName(), name);
    return child;
}

// Triggers the checkable action named actionName in window, as a click on
// its menu entry does, unless it is already checked or unchecked as asked.
// Returns false with *error set when window has no such action.
bool setActionChecked(QWidget *window, const char *actionName, bool checked, QString *error);

// Waits until the report job of output has ended. Returns false with
// *error set when it runs longer than a minute.
bool waitUntilIdle(ReportOutputController *output, QString *error);

// Clicks the Save PDF… button of a report dialog, with path chosen in place
// of the file dialog, and waits until the file is written. Returns false
// with *error set when the button is disabled or the file was not saved.
bool saveReportPdf(QWidget *dialog, ReportOutputController *output, const QString &path,
                   QString *error);

} // namespace WidgetInput
