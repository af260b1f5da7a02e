#pragma once

#include <QList>
#include <QString>

// The durations of repeated runs of one piece of work, in nanoseconds, and
// the figures a benchmark prints from them.
class Timings
{
public:
    void add(qint64 nanoseconds) { m_samples.append(nanoseconds); }
    qsizetype count() const { return m_samples.size(); }

    // The median, the smallest and the value below which fraction (0 to 1)
    // of the runs lie; 0 without runs.
    qint64 median() const { return percentile(0.5); }
    qint64 minimum() const { return percentile(0.0); }
    qint64 percentile(double fraction) const;

    // One line for the results table: the median and the 90th percentile in
    // milliseconds with three decimals, and the number of runs.
    QString summary() const;

private:
    QList<qint64> m_samples;
};
