#pragma once

#include "agingdata.h"
#include "csvwriter.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

// Writes aged receivables as CSV for spreadsheets: the header() row, then
// per currency (by code) one "customer" row per customer and a "total" row
// whose amounts are the sums of the customer rows above it. The row_type
// column comes first so that a spreadsheet filter can pick one kind; a
// total row leaves the customer columns empty.
//
// Amounts are plain major units ("1234.50", the currency's decimals, no
// grouping or symbol) beside the currency column. The columns not_due to
// over_90 are the buckets of AgingBucket, and total is their sum. Text
// fields pass through CsvWriter::guardFormula().
class AgingCsv
{
public:
    // The column names, in English whatever the language.
    static QStringList header();

    static void write(const AgingData &data, QTextStream &out,
                      CsvWriter::ByteOrderMark byteOrderMark = CsvWriter::ByteOrderMark::Omit);

    // Writes the file at path with a byte order mark, which spreadsheets
    // need to read UTF-8. Returns false with a translated message.
    static bool writeFile(const AgingData &data, const QString &path, QString *error);
};
