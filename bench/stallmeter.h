#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QObject>
#include <QString>

class QTimer;

// Measures how long the event loop goes without running: a precise timer of
// 1 ms takes the time at every timeout, and the longest gap between two
// timeouts, less the 1 ms interval, is the longest stall. Each gap is
// charged to the step named by setStep() when the gap ended.
class StallMeter : public QObject
{
    Q_OBJECT

public:
    explicit StallMeter(QObject *parent = nullptr);

    // Starts or stops measuring; gaps while stopped are not counted.
    void start();
    void stop();

    // Names the work that runs from now on, for the report of the longest
    // stall.
    void setStep(const QString &step) { m_step = step; }

    qint64 maxStallNs() const { return m_maxStall; }

    // The longest stall of each step, in the order the steps first ran.
    QList<QPair<QString, qint64>> stepMaxima() const { return m_stepMaxima; }
    QString maxStallStep() const { return m_maxStallStep; }

    // The number of stalls so far over 16 ms (a frame at 60 Hz) and over
    // 50 ms.
    int stallsOver16Ms() const { return m_over16; }
    int stallsOver50Ms() const { return m_over50; }

private:
    void tick();

    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    qint64 m_maxStall = 0;
    QString m_step;
    QString m_maxStallStep;
    QList<QPair<QString, qint64>> m_stepMaxima;
    int m_over16 = 0;
    int m_over50 = 0;
};
