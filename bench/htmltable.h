#pragma once

#include <QString>

struct ReportTable;

// Writes a report table as an HTML page, the input of the rich-text
// baselines of bench_report: QTextDocument and LibreOffice print the same
// cells that ChargeDesk's report engine prints.
class HtmlTable
{
public:
    // Returns a UTF-8 HTML page with title as heading and table as one
    // <table>: a <thead> row of the column titles, then a row per table
    // row. Group headers span the row, and group and total rows are bold.
    static QString page(const QString &title, const ReportTable &table);
};
