#pragma once

#include <QtGlobal>

// Processor time, beside the wall-clock time of a benchmark: on a shared
// machine other programs stretch the wall-clock time of a run, but not
// the processor time it uses.
class CpuTime
{
public:
    // Returns the user and system time of this process so far, in
    // nanoseconds.
    static qint64 process();

    // Returns the user and system time of the child processes that have
    // ended and been waited for (with their own children), in nanoseconds.
    static qint64 children();
};
