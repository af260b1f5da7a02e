#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

// Writes comma-separated values as RFC 4180 describes them: CRLF line ends,
// and a field that contains a comma, a double quote, CR or LF is enclosed in
// double quotes with its quotes doubled. Text is UTF-8 (QTextStream's
// default encoding).
//
// writeRow(fields) writes every field verbatim, for programs that read the
// output (list-charges --format csv). Files meant for spreadsheets use
// writeRow(fields, kinds), which passes each Text field through
// guardFormula(), so that Excel or LibreOffice shows "=1+1" as text instead
// of computing it. Such files also start with a byte order mark, without
// which Excel on Chinese Windows reads UTF-8 as the ANSI code page (GBK).
// The CSV importer reverses the guard with unguardFormula(), so text
// round-trips exactly.
//
// NOTE: the guard covers the characters that start a formula in Excel and
// LibreOffice when typed as ASCII. Full-width forms such as '＝' are left
// as they are.
class CsvWriter
{
public:
    // The type of a field, which decides whether writeRow(fields, kinds)
    // guards it.
    enum class FieldKind {
        Text,         // stored or typed text, codes included: guarded
        NumberOrDate, // a number, date or timestamp the program formats: never altered
    };

    enum class ByteOrderMark { Omit, Write };

    // Writes to out. With ByteOrderMark::Write the constructor writes U+FEFF
    // (EF BB BF in UTF-8) first, so create the writer before anything else
    // is written to out.
    explicit CsvWriter(QTextStream &out, ByteOrderMark byteOrderMark = ByteOrderMark::Omit);

    // Writes fields verbatim as one record.
    void writeRow(const QStringList &fields);

    // Writes one record, passing fields[i] through guardFormula() when
    // kinds[i] is Text. A field without a kind is treated as Text.
    void writeRow(const QStringList &fields, const QList<FieldKind> &kinds);

    // Returns field quoted as the rules above require.
    static QString quoted(const QString &field);

    // Returns text with one apostrophe put in front when it starts with '=',
    // '+', '-', '@', a tab, CR or an apostrophe, so that a spreadsheet shows
    // it as text: "=SUM(A1)" becomes "'=SUM(A1)", "'quoted" becomes
    // "''quoted". Returns any other text unchanged.
    static QString guardFormula(const QString &text);

    // Reverses guardFormula(): removes exactly one leading apostrophe.
    // unguardFormula(guardFormula(text)) == text for every text.
    static QString unguardFormula(const QString &text);

private:
    QTextStream &m_out;
};
