#include "timings.h"

#include <algorithm>
#include <cmath>

qint64 Timings::percentile(double fraction) const
{
    if (m_samples.isEmpty())
        return 0;
    QList<qint64> sorted = m_samples;
    std::sort(sorted.begin(), sorted.end());
    const auto index = qsizetype(std::floor(fraction * double(sorted.size() - 1) + 0.5));
    return sorted.at(std::clamp<qsizetype>(index, 0, sorted.size() - 1));
}

QString Timings::summary() const
{
    return QStringLiteral("median %1 ms, p90 %2 ms, %3 runs")
        .arg(double(median()) / 1e6, 0, 'f', 3)
        .arg(double(percentile(0.9)) / 1e6, 0, 'f', 3)
        .arg(m_samples.size());
}
