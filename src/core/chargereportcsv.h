#pragma once

#include "chargereportdata.h"
#include "csvwriter.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

// Writes the charge report as CSV for spreadsheets: the header() row, one
// "detail" row per listed charge (void ones included, with status void),
// then "subtotal_customer", "subtotal_fee_type" and "total" rows, one per
// group and currency. The row_type column comes first so that a
// spreadsheet filter can pick one kind.
//
// Dates are yyyy-MM-dd (entry_date is the local calendar day), amounts are
// plain major units ("1234.50", the currency's decimals, no grouping or
// symbol) beside a currency column. A posted detail row has its amount in
// amount; a void one has amount empty and its amount in void_amount, so the
// sum of amount over the detail rows of a currency equals its total row.
// Subtotal and total rows sum the posted charges in amount and the void
// ones in void_amount; their count and void_count columns give the number
// of posted and of void charges the group lists. Labels follow the
// report's language; codes and column names do not. Text fields pass
// through CsvWriter::guardFormula().
class ChargeReportCsv
{
public:
    // The column names, in English whatever the language.
    static QStringList header();

    static void write(const ChargeReportData &data, QTextStream &out,
                      CsvWriter::ByteOrderMark byteOrderMark = CsvWriter::ByteOrderMark::Omit);

    // Writes the file at path with a byte order mark, which spreadsheets
    // need to read UTF-8. Returns false with a translated message.
    static bool writeFile(const ChargeReportData &data, const QString &path, QString *error);
};
