#pragma once

#include "textencoding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// A CSV file read whole for an import: decoded (see TextEncoding), split
// into records by CsvReader, with the first record as the header row and
// every later record as a row with the line it starts on.
//
// Every row must have as many fields as the header: a different count
// usually means a stray comma or quote, so it is an error naming the line.
class CsvImportFile
{
    Q_DECLARE_TR_FUNCTIONS(CsvImportFile)

public:
    struct Row
    {
        int line = 0; // 1-based line where the record starts
        QStringList fields;
    };

    // Reads path in encoding. On failure isValid() is false and
    // errorMessage() names the file, and the line when there is one.
    static CsvImportFile read(const QString &path, TextEncoding::Encoding encoding);

    // Parses bytes as read() parses a file's contents.
    static CsvImportFile fromBytes(const QByteArray &bytes, TextEncoding::Encoding encoding);

    bool isValid() const { return m_errorMessage.isEmpty(); }
    QString errorMessage() const { return m_errorMessage; }
    int errorLine() const { return m_errorLine; }

    TextEncoding::Encoding encoding() const { return m_encoding; }
    bool byteOrderMark() const { return m_byteOrderMark; }

    // True when encoding() was guessed between GB18030 and Big5 (see
    // TextEncoding::Decoded::guessed).
    bool encodingGuessed() const { return m_encodingGuessed; }
    QStringList headers() const { return m_headers; }

    // The rows after the header read before any error.
    const QList<Row> &rows() const { return m_rows; }

private:
    void fail(const QString &message, int line);

    TextEncoding::Encoding m_encoding = TextEncoding::Encoding::Auto;
    bool m_byteOrderMark = false;
    bool m_encodingGuessed = false;
    QStringList m_headers;
    QList<Row> m_rows;
    QString m_errorMessage;
    int m_errorLine = 0;
};
