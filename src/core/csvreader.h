#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

// Reads RFC 4180 CSV from UTF-8 bytes or from decoded text: comma-separated
// fields, and fields in double quotes that may hold commas, doubled quotes
// ("") and line breaks. Lines end with CRLF or LF; a byte order mark at the
// start is skipped; empty lines between records are skipped. A line break
// inside a quoted field is returned as "\n" whatever the file used. The
// reader does not interpret a header row: the caller reads it as the first
// record. Text in other encodings is decoded first (see TextEncoding) and
// read with the QString constructor.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Reads from device, which must be open for reading. The reader does
    // not take ownership.
    explicit CsvReader(QIODevice *device);

    // Reads from text that is already decoded. The reader keeps its own
    // copy, which shares the data with text.
    explicit CsvReader(const QString &text);

    // Reads the next record into fields. Returns false at the end of input
    // or on malformed input: an unterminated quoted field, a character
    // between a closing quote and the next comma, a double quote inside an
    // unquoted field, or bytes that are not UTF-8. error() is empty at the
    // end of input and set on malformed input.
    bool readRecord(QStringList *fields);

    // The 1-based line number where the last record read started.
    int lineNumber() const { return m_recordLine; }

    // A translated sentence that names the line, e.g. "Line 7: the quoted
    // field is not closed."; empty unless the input was malformed.
    QString error() const { return m_error; }

private:
    // Reads the next record into fields, which may hold part of it when
    // parsing fails.
    bool parseRecord(QStringList *fields);

    // Reads one physical line into line, without its line break, and counts
    // it. Returns false at the end of input or when the line is not UTF-8.
    bool readLine(QString *line);

    // readLine() for the QString constructor.
    bool readTextLine(QString *line);

    // Stores message as error() and returns false.
    bool fail(const QString &message);

    QIODevice *m_device = nullptr;
    QString m_text;
    qsizetype m_textPosition = 0;
    QStringDecoder m_decoder;
    bool m_atStart = true;
    int m_line = 0;
    int m_recordLine = 0;
    QString m_error;
};
