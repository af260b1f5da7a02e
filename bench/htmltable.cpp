#include "htmltable.h"

#include "reportdocument.h"

namespace {

QString alignment(Qt::Alignment align)
{
    return align.testFlag(Qt::AlignRight) ? QStringLiteral(" align=\"right\"") : QString();
}

} // namespace

QString HtmlTable::page(const QString &title, const ReportTable &table)
{
    QString html;
    html.reserve(table.rows.size() * 400);
    html += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
            + title.toHtmlEscaped()
            + QStringLiteral("</title><style>body { font-family: 'Noto Sans CJK SC'; "
                             "font-size: 8pt; } th, td { padding: 1px 4px; }</style>"
                             "</head><body>\n<h2>")
            + title.toHtmlEscaped()
            + QStringLiteral("</h2>\n<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\">"
                             "\n<thead><tr>");
    for (const ReportColumn &column : table.columns)
        html += QStringLiteral("<th>") + column.title.toHtmlEscaped() + QStringLiteral("</th>");
    html += QStringLiteral("</tr></thead>\n<tbody>\n");

    for (const ReportRow &row : table.rows) {
        html += QStringLiteral("<tr>");
        if (row.kind == ReportRow::Kind::GroupHeader) {
            html += QStringLiteral("<td colspan=\"%1\"><b>").arg(table.columns.size())
                    + row.cells.value(0).toHtmlEscaped() + QStringLiteral("</b></td></tr>\n");
            continue;
        }
        const bool bold = row.kind != ReportRow::Kind::Detail;
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            const QString text = row.cells.value(i).toHtmlEscaped();
            html += QStringLiteral("<td") + alignment(table.columns.at(i).alignment)
                    + QLatin1Char('>')
                    + (bold ? QStringLiteral("<b>") + text + QStringLiteral("</b>") : text)
                    + QStringLiteral("</td>");
        }
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</tbody></table>\n</body></html>\n");
    return html;
}
