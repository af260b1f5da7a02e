#include "csvimportprogress.h"

CsvImportProgress::CsvImportProgress(ReportProgress callback, qsizetype rows)
    : m_callback(std::move(callback))
    , m_rows(rows)
    , m_total(2 * rows)
{
}

bool CsvImportProgress::start()
{
    return report();
}

bool CsvImportProgress::next()
{
    if (m_canceled)
        return false;
    ++m_done;
    if (m_done % Interval != 0)
        return true;
    return report();
}

bool CsvImportProgress::startWriting(qsizetype records)
{
    // Rows that a record importer reads in more than one pass are counted
    // once.
    m_done = m_rows;
    m_total = m_rows + records;
    return report();
}

bool CsvImportProgress::finish()
{
    m_done = m_total;
    return report();
}

bool CsvImportProgress::report()
{
    if (m_canceled)
        return false;
    m_canceled = !continueReport(m_callback, m_done, m_total);
    return !m_canceled;
}
