#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

// Reads RFC 4180 CSV from UTF-8 text: comma-separated fields, fields in
// double quotes may hold commas, doubled quotes and line breaks.
class CsvReader
{
public:
    explicit CsvReader(QIODevice *device);

    // Reads the next record into fields; returns false at the end of input
    // or on a malformed record (see error()).
    bool readRecord(QStringList *fields);

    // The 1-based line number where the last record read started.
    int lineNumber() const { return m_recordLine; }

    // Empty unless the input was malformed.
    QString error() const { return m_error; }

private:
    QIODevice *m_device = nullptr;
    int m_line = 1;
    int m_recordLine = 0;
    QString m_error;
};
