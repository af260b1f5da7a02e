#pragma once

#include <QApplication>
#include <QObject>
#include <QString>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <functional>
#include <memory>

// Helpers shared by the GUI tests.

// How often and how many times whenModalOpens() looks for its dialog: long
// enough for a slow machine, short enough that a dialog that never opens
// ends the wait instead of hanging the test.
constexpr int PollIntervalMs = 10;
constexpr int MaxPolls = 1000;

// Runs action on the next modal dialog of type T once it is open. exec()
// blocks the test, so the action is scheduled before the click that opens
// the dialog.
template<typename T>
void whenModalOpens(std::function<void(T *)> action)
{
    auto *timer = new QTimer;
    auto polls = std::make_shared<int>(0);
    timer->setInterval(PollIntervalMs);

    // A wait that outlives its test row would run the action, which refers
    // to that row's locals, on a later row's dialog, so it ends with the row.
    const QByteArray armedIn = QByteArray(QTest::currentTestFunction()) + '/'
                               + QTest::currentDataTag();
    QObject::connect(timer, &QTimer::timeout, [timer, polls, action, armedIn] {
        const QByteArray running = QByteArray(QTest::currentTestFunction()) + '/'
                                   + QTest::currentDataTag();
        if (running != armedIn) {
            timer->stop();
            timer->deleteLater();
            return;
        }
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog && ++*polls < MaxPolls)
            return;
        timer->stop();
        timer->deleteLater();
        if (dialog)
            action(dialog);
    });
    timer->start();
}

// Returns every source text in double brackets, so a test can see which
// texts went through tr() and were set again after a language change.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        return QStringLiteral("[[%1]]").arg(QString::fromUtf8(sourceText));
    }

    bool isEmpty() const override { return false; }
};
