#pragma once

#include "csvreader.h"
#include "money.h"

#include <QBuffer>
#include <QByteArray>
#include <QDebug>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringEncoder>
#include <QStringList>

#include <optional>

// Helpers shared by the tests that read CSV output or write CSV input.

// Parses RFC 4180 text: CRLF between records, quoted fields with doubled
// quotes and line breaks inside. It does not use CsvReader, so tests of
// the CSV that the program writes do not depend on the program's reader.
inline QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (quoted) {
            if (c == QLatin1Char('"') && next == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && next == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

// Returns the minor units of a plain two-decimal amount such as "1234.50",
// or -1 when the text is not one.
inline qint64 plainMinor(const QString &text)
{
    const std::optional<Money> money = Money::parse(text, QStringLiteral("CNY"));
    return money ? money->minorUnits() : -1;
}

// Reads every record from device with CsvReader, and warns when the CSV
// is malformed.
inline QList<QStringList> readCsvRecords(QIODevice *device)
{
    CsvReader reader(device);
    QList<QStringList> records;
    QStringList fields;
    while (reader.readRecord(&fields))
        records << fields;
    if (!reader.error().isEmpty())
        qWarning() << "Malformed CSV:" << reader.error();
    return records;
}

inline QList<QStringList> readCsvRecords(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readCsvRecords(&buffer);
}

// Reads every record of the file at path. Warns and returns no records when
// the file cannot be opened.
inline QList<QStringList> readCsvFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning() << "Could not open" << path << file.errorString();
        return {};
    }
    return readCsvRecords(&file);
}

// Returns the content of the file at path, or no bytes when it cannot be
// opened.
inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Returns text in encoding (a name QStringEncoder accepts), or no bytes
// when the encoding is unknown or cannot encode every character.
inline QByteArray encoded(const char *encoding, const QString &text)
{
    QStringEncoder encoder(encoding);
    const QByteArray bytes = encoder.encode(text);
    return encoder.isValid() && !encoder.hasError() ? bytes : QByteArray();
}

inline QByteArray gb18030(const QString &text)
{
    return encoded("GB18030", text);
}

inline QByteArray big5(const QString &text)
{
    return encoded("Big5", text);
}
