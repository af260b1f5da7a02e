#pragma once

#include "csvwriter.h"
#include "statementdata.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

// Writes a customer statement as CSV for spreadsheets. After the header()
// row come an "opening_balance" row dated the first day, one "detail" row
// per movement with its running balance, "total_debits" and
// "total_credits" rows with the period's sums, and a "closing_balance" row
// dated the last day. The row_type column comes first so that a
// spreadsheet filter can pick one kind, and entry_type names the movement
// (StatementEntry::kindName()).
//
// Dates are yyyy-MM-dd, amounts are plain major units ("-1234.50", the
// currency's decimals, no grouping or symbol) beside a currency column.
// A detail row's amount is signed as it moves the balance: positive for
// debits (bills, charges, payment reversals), negative for credits (voids,
// payments). The total_debits and total_credits rows hold positive sums,
// as the credit column of the printed statement does, so opening balance +
// total_debits - total_credits = closing balance. reversal_reason contains the
// reason of a void or of a payment reversal. Text fields pass through
// CsvWriter::guardFormula().
class StatementCsv
{
public:
    // The column names, in English whatever the language.
    static QStringList header();

    static void write(const StatementData &data, QTextStream &out,
                      CsvWriter::ByteOrderMark byteOrderMark = CsvWriter::ByteOrderMark::Omit);

    // Writes the file at path with a byte order mark, which spreadsheets
    // need to read UTF-8. Returns false with a translated message.
    static bool writeFile(const StatementData &data, const QString &path, QString *error);
};
