#pragma once

#include <QObject>

#include <functional>

class QElapsedTimer;
class QEventLoop;
class QWidget;

// Waits for a widget to paint new content. Installed as an event filter on
// a widget (a view's viewport), it lets the widget handle each QEvent::Paint
// itself and takes the time right after that paint finished, so a figure
// "to painted" covers the action, the queries the paint runs and the
// painting, but not the copy of the backing store to the screen.
class PaintProbe : public QObject
{
    Q_OBJECT

public:
    explicit PaintProbe(QWidget *widget);
    ~PaintProbe() override;

    // Starts a wait: the next paint after which ready() returns true ends it.
    // An empty ready accepts the next paint. timer is the clock that
    // paintedAfter() reads; it must outlive the wait.
    void arm(const QElapsedTimer *timer, std::function<bool()> ready = {});

    // Processes events until the paint that arm() waits for has finished.
    // Returns the nanoseconds of timer up to the end of that paint, or -1
    // when timeoutMs passed first.
    qint64 wait(int timeoutMs = 60000);

    // Whether the paint that arm() waits for has happened.
    bool hasPainted() const { return m_paintedAt >= 0; }
    qint64 paintedAfter() const { return m_paintedAt; }

    // Called once right after the awaited paint, for example to print a
    // marker and quit.
    void setOnPainted(std::function<void()> onPainted) { m_onPainted = std::move(onPainted); }

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_widget = nullptr;
    const QElapsedTimer *m_timer = nullptr;
    std::function<bool()> m_ready;
    std::function<void()> m_onPainted;
    bool m_armed = false;
    bool m_painting = false;
    qint64 m_paintedAt = -1;
    QEventLoop *m_loop = nullptr;
};
