#include "stallmeter.h"

#include <QTimer>

#include <algorithm>

namespace {

constexpr qint64 IntervalNs = 1000000;

} // namespace

StallMeter::StallMeter(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(1);
    connect(m_timer, &QTimer::timeout, this, &StallMeter::tick);
    m_clock.start();
}

void StallMeter::start()
{
    m_last = m_clock.nsecsElapsed();
    m_timer->start();
}

void StallMeter::stop()
{
    m_timer->stop();
    m_last = -1;
}

void StallMeter::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    if (m_last >= 0) {
        const qint64 stall = now - m_last - IntervalNs;
        if (stall > m_maxStall) {
            m_maxStall = stall;
            m_maxStallStep = m_step;
        }
        auto step = std::find_if(m_stepMaxima.begin(), m_stepMaxima.end(),
                                 [this](const auto &entry) { return entry.first == m_step; });
        if (step == m_stepMaxima.end())
            step = m_stepMaxima.insert(m_stepMaxima.end(), {m_step, 0});
        step->second = std::max(step->second, stall);
        if (stall > 16 * IntervalNs)
            ++m_over16;
        if (stall > 50 * IntervalNs)
            ++m_over50;
    }
    m_last = now;
}
