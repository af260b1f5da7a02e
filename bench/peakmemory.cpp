#include "peakmemory.h"

#include <QByteArray>
#include <QFile>

namespace {

qint64 statusField(const QByteArray &name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(name + ':')) {
            // "VmHWM:	  123456 kB"
            const QByteArray value = line.mid(name.size() + 1).trimmed();
            return value.left(value.indexOf(' ')).toLongLong();
        }
    }
    return -1;
}

} // namespace

qint64 PeakMemory::peakResidentKb()
{
    return statusField("VmHWM");
}

qint64 PeakMemory::residentKb()
{
    return statusField("VmRSS");
}
