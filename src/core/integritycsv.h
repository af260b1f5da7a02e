#pragma once

#include "csvwriter.h"
#include "integrityresult.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

// Writes the mismatches of an integrity check as CSV, one row each, under
// header(). kind is IntegrityMismatch::kindCode(), and table, row_id and
// column name the row and column found wrong. row_name is a customer's code
// or a bill's number, empty for other rows. stored_value and
// expected_value are database values as text, so amount columns (*_minor)
// are in minor units, with their currency beside them. audit_id is the
// audit record compared with, empty for none, and message is the
// translated description.
class IntegrityCsv
{
public:
    // The column names, in English whatever the language.
    static QStringList header();

    static void write(const IntegrityResult &result, QTextStream &out,
                      CsvWriter::ByteOrderMark byteOrderMark = CsvWriter::ByteOrderMark::Omit);

    // Writes the file at path with a byte order mark, which spreadsheets
    // need to read UTF-8. Returns false with a translated message.
    static bool writeFile(const IntegrityResult &result, const QString &path, QString *error);
};
