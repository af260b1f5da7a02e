#pragma once

#include <QtGlobal>

#include <functional>

// Called by the report queries while they read: done of total rows or
// steps. Returning false cancels the query. The queries call it from the
// thread they run in, which may be a worker thread.
using ReportProgress = std::function<bool(qsizetype done, qsizetype total)>;

// The outcome of a report query.
enum class ReportQueryStatus {
    Completed,
    Canceled, // the progress callback returned false; the result is incomplete
    Failed,   // a statement failed or the input is invalid; see the error message
};

// Calls progress when it is set. Returns false when progress returns false
// to cancel.
inline bool continueReport(const ReportProgress &progress, qsizetype done, qsizetype total)
{
    return !progress || progress(done, total);
}
