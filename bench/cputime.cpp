#include "cputime.h"

#include <sys/resource.h>

#include <ctime>

namespace {

qint64 nanoseconds(const timeval &time)
{
    return qint64(time.tv_sec) * 1000000000 + qint64(time.tv_usec) * 1000;
}

} // namespace

qint64 CpuTime::process()
{
    timespec time{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time);
    return qint64(time.tv_sec) * 1000000000 + time.tv_nsec;
}

qint64 CpuTime::children()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return nanoseconds(usage.ru_utime) + nanoseconds(usage.ru_stime);
}
