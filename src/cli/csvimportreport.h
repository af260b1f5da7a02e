#pragma once

#include "csvimportsummary.h"
#include "exitcode.h"

#include <QCoreApplication>
#include <QTextStream>

// Writes the outcome of import-csv: the encoding and the column mapping,
// then one line per record to standard output and one per problem to
// standard error, each with its line number, and the counts.
class CsvImportReport
{
    Q_DECLARE_TR_FUNCTIONS(CsvImportReport)

public:
    explicit CsvImportReport(const CsvImportSummary &summary) : m_summary(summary) {}

    // Writes the encoding the file was read in, detected, guessed or as
    // given with --encoding, and which column feeds which field.
    void writeSource(QTextStream &out, bool encodingGiven) const;

    // Writes the record lines and the counts to out and the problems to
    // err.
    void writeLines(QTextStream &out, QTextStream &err) const;

    // Returns the exit status: Success when the file imported (or, for a
    // dry run, would import) without problems, DatabaseError when the
    // database failed, Rejected otherwise.
    ExitCode exitCode() const;

    // Returns the closing sentence: what was written, or why nothing was.
    QString conclusion() const;

private:
    QString recordLine(const CsvImportSummary::Entry &entry) const;

    // Returns the line for a Rejected entry: its line number and field,
    // then the message.
    QString problemLine(const CsvImportSummary::Entry &entry) const;

    const CsvImportSummary &m_summary;
};
