#pragma once

#include "reportprogress.h"

// Counts the rows that the passes of an integrity check read, and reports
// them to the caller's progress callback every Interval rows. Once the
// callback returns false the check is canceled, and next() returns false
// from then on.
class IntegrityProgress
{
public:
    // Rows between two reports.
    static constexpr qint64 Interval = 256;

    // total is the number of rows all passes read, for the progress bar.
    IntegrityProgress(ReportProgress progress, qint64 total)
        : m_progress(std::move(progress))
        , m_total(total)
    {}

    // Counts one row. Returns false when the check was canceled.
    bool next()
    {
        ++m_done;
        if (!m_canceled && m_done % Interval == 0)
            m_canceled = !continueReport(m_progress, m_done, qMax(m_total, m_done));
        return !m_canceled;
    }

    // Reports the end. Returns false when the check was canceled.
    bool finish()
    {
        if (!m_canceled)
            m_canceled = !continueReport(m_progress, m_done, qMax(m_total, m_done));
        return !m_canceled;
    }

    bool isCanceled() const { return m_canceled; }

private:
    ReportProgress m_progress;
    qint64 m_total = 0;
    qint64 m_done = 0;
    bool m_canceled = false;
};
