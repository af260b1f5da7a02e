#pragma once

#include "reportprogress.h"

#include <QtGlobal>

// Counts the steps of one CSV check or import and reports them to a
// ReportProgress callback: first the rows of the file as they are read,
// then the records as they are written. done only grows. Until the writing
// starts, total counts every row twice, because each row may become a
// record. startWriting() then sets the number of records to write, which
// is at most the number of rows, so done / total never goes backwards.
//
// NOTE: steps are not time. Reading a charge row takes a small fraction of
// the time that writing it through the charge service takes, so the first
// half of a charge import passes quickly.
//
// Once the callback returns false, the import is canceled: every later call
// returns false without calling the callback again, and the caller stops
// and rolls back.
class CsvImportProgress
{
public:
    // Steps between two reports.
    static constexpr qsizetype Interval = 50;

    // rows is the number of rows of the file. An empty callback reports
    // nothing and never cancels.
    CsvImportProgress(ReportProgress callback, qsizetype rows);

    // Reports the start, 0 of total. Returns false when canceled.
    bool start();

    // Counts one more row or record before it is handled, and reports every
    // Interval steps. Returns false when canceled.
    bool next();

    // Ends the reading: done becomes the number of rows, and total the rows
    // plus records, the number of records write() will write. Reports and
    // returns false when canceled.
    bool startWriting(qsizetype records);

    // Reports done as total. Returns false when canceled.
    bool finish();

    bool isCanceled() const { return m_canceled; }

    qsizetype done() const { return m_done; }
    qsizetype total() const { return m_total; }

private:
    bool report();

    ReportProgress m_callback;
    qsizetype m_rows = 0;
    qsizetype m_done = 0;
    qsizetype m_total = 0;
    bool m_canceled = false;
};
