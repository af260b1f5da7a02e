#include "paintprobe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QTimer>
#include <QWidget>

PaintProbe::PaintProbe(QWidget *widget)
    : QObject(widget)
    , m_widget(widget)
{
    m_widget->installEventFilter(this);
}

PaintProbe::~PaintProbe()
{
    m_widget->removeEventFilter(this);
}

void PaintProbe::arm(const QElapsedTimer *timer, std::function<bool()> ready)
{
    m_timer = timer;
    m_ready = std::move(ready);
    m_paintedAt = -1;
    m_armed = true;
}

qint64 PaintProbe::wait(int timeoutMs)
{
    if (m_armed) {
        QEventLoop loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        m_loop = &loop;
        loop.exec();
        m_loop = nullptr;
    }
    if (m_armed) {
        m_armed = false;
        return -1;
    }
    return m_paintedAt;
}

bool PaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_widget || event->type() != QEvent::Paint || !m_armed || m_painting)
        return QObject::eventFilter(watched, event);

    // Deliver the paint now, inside the repaint that sent it, so that the
    // time is taken once the widget has painted. The event then counts as
    // handled. m_painting lets the nested delivery pass this filter.
    m_painting = true;
    QCoreApplication::sendEvent(watched, event);
    m_painting = false;
    const qint64 now = m_timer->nsecsElapsed();
    if (!m_ready || m_ready()) {
        m_armed = false;
        m_paintedAt = now;
        if (m_onPainted)
            m_onPainted();
        if (m_loop)
            m_loop->quit();
    }
    return true;
}
