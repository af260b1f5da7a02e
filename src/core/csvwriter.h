#pragma once

#include <QStringList>
#include <QTextStream>

// Writes comma-separated values as RFC 4180 describes them: CRLF line ends,
// and a field that contains a comma, a double quote, CR or LF is enclosed in
// double quotes with its quotes doubled. Text is UTF-8 (QTextStream's
// default encoding) and written verbatim otherwise.
//
// NOTE: a spreadsheet that opens the file may read a field starting with
// '=', '+', '-' or '@' as a formula. Fields are not altered to prevent that,
// because the output is meant to round-trip exactly.
class CsvWriter
{
public:
    explicit CsvWriter(QTextStream &out) : m_out(out) {}

    void writeRow(const QStringList &fields);

    // Returns field quoted as the rules above require.
    static QString quoted(const QString &field);

private:
    QTextStream &m_out;
};
