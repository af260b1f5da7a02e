#pragma once

#include <QtGlobal>

// The memory of this process as Linux reports it in /proc/self/status.
namespace PeakMemory {

// The peak resident set size (VmHWM) and the current one (VmRSS) in
// kilobytes, or -1 where /proc/self/status is missing.
qint64 peakResidentKb();
qint64 residentKb();

} // namespace PeakMemory
