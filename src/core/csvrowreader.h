#pragma once

#include "csvcolumnmapping.h"
#include "csvimportfile.h"
#include "csvimportsummary.h"
#include "money.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

// Reads the target fields of one CSV row and parses them, adding a problem
// to the summary for each invalid value: the line, the field, the value and
// what to write instead.
//
// Text fields lose one leading apostrophe (CsvWriter::unguardFormula()),
// which CSV exports put in front of text a spreadsheet would take for a
// formula. Numbers and dates are read as they are. Every field loses the
// characters U+FEFF and U+FFFE, which SQLite would drop or misread at the
// start of a value.
class CsvRowReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvRowReader)

public:
    // The largest quantity and line number accepted.
    static constexpr qint64 MaxCount = 1'000'000'000;

    CsvRowReader(const CsvColumnMapping &mapping, const CsvImportFile::Row &row,
                 CsvImportSummary *summary);

    int line() const { return m_row.line; }

    // Returns the field of target, with a text target unguarded, and
    // otherwise as the file has it: an empty string, never a null one, when
    // the field is empty or the target unmapped.
    QString text(const QString &target) const;

    // Returns text(target) without surrounding white space, for codes,
    // numbers and names of things.
    QString trimmed(const QString &target) const;

    // Returns trimmed(target), and reports a problem when it is empty.
    QString required(const QString &target);

    // Parses a required date: YYYY-MM-DD, or YYYY/M/D and YYYY-M-D as
    // spreadsheets write them.
    std::optional<QDate> date(const QString &target);

    // Parses a whole number from 1 to MaxCount. An empty field gives
    // defaultValue.
    std::optional<qint64> count(const QString &target, qint64 defaultValue);

    // Parses an amount of currency with Money::parse() in the C locale (a '.'
    // decimal point) and reports an amount outside range.
    std::optional<Money> amount(const QString &target, const QString &currency,
                                Money::Range range = Money::Range::NonNegative);

    // Parses a discount in percent, 0 to 100 with at most two decimals and
    // an optional '%', into basis points. An empty field gives 0.
    std::optional<int> discountBasisPoints(const QString &target);

    // Reports a problem with target on this row.
    void addProblem(const QString &target, const QString &message);

    // Returns the number of problems reported through this reader.
    int problemCount() const { return m_problems; }

    // Parses a date as date() does, or returns an invalid QDate.
    static QDate parseDate(const QString &text);

private:
    const CsvColumnMapping &m_mapping;
    const CsvImportFile::Row &m_row;
    CsvImportSummary *m_summary = nullptr;
    int m_problems = 0;
};
