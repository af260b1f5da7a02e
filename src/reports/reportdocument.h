#pragma once

#include "uilanguage.h"

#include <QDateTime>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QPageLayout>
#include <QString>
#include <QStringList>

// A printable document as a list of blocks: headings, paragraphs, label and
// value fields, tables, images and section breaks. Builders fill it with
// translated text and formatted amounts; ReportLayout cuts it into pages
// and ReportRenderer paints the pages on a PDF writer, a printer or a
// preview. Figures are text, so the same figures reach every output; an
// image such as a chart only illustrates figures that a table also lists.

// Builders write columns as aggregates, {title, alignment, stretch, wraps},
// so a change to the order of the members changes their meaning.
struct ReportColumn
{
    QString title;
    Qt::Alignment alignment = Qt::AlignLeft;

    // Share of the free width that the column gets after every column has
    // the width of its widest cell; 0 keeps a column at its content width.
    int stretch = 0;

    // Cells of a wrapping column break into several lines when the row is
    // wider than the page; other columns never wrap.
    bool wraps = false;
};

// Builders write rows as aggregates too, {kind, cells}.
struct ReportRow
{
    enum class Kind {
        Detail,      // an ordinary row
        GroupHeader, // a row that names the group below it, in bold
        Subtotal,    // a group's count and sum, in bold, with a rule above
        Total,       // the grand total, in bold, with a double rule above
    };

    Kind kind = Kind::Detail;
    QStringList cells; // one per column; a GroupHeader's first cell spans the row
};

struct ReportTable
{
    QList<ReportColumn> columns;
    QList<ReportRow> rows;

    // Printed in place of the rows when there are none, e.g. "No charges
    // match these filters."
    QString emptyText;
};

struct ReportField
{
    QString label;
    QString value;
};

struct ReportBlock
{
    enum class Kind {
        Heading,      // text in a larger bold font
        Paragraph,    // wrapped text
        Fields,       // two columns of label: value pairs
        Table,        // a table whose header row repeats on every page
        Spacer,       // a blank line
        SectionBreak, // a new page; page numbers restart ("page 1 of n")
        Image,        // a picture scaled to the page width, never split across pages
    };

    Kind kind = Kind::Paragraph;
    QString text;               // Heading, Paragraph
    QList<ReportField> fields;  // Fields
    ReportTable table;          // Table

    // Image: drawn at the full width of the page body, or smaller when it
    // would be taller than the body. For sharp print, give it about 300
    // pixels per inch of that width (about 2100 pixels across portrait A4).
    QImage image;
};

class ReportDocument
{
public:
    enum class Orientation {
        Automatic, // landscape when a table does not fit across a portrait page
        Portrait,
        Landscape,
    };

    // Printed at the top of every page: the company name, the document
    // title and the header lines (the filters of a report, for example).
    QString companyName;
    QString title;
    QStringList headerLines;

    // Printed at the bottom of every page with "page x of y".
    QDateTime printedAt;

    // The language of the text, which also picks the CJK font variant
    // (simplified or traditional glyph shapes).
    UiLanguage language = UiLanguage::English;

    Orientation orientation = Orientation::Automatic;

    QList<ReportBlock> blocks;

    void addHeading(const QString &text);
    void addParagraph(const QString &text);
    void addFields(const QList<ReportField> &fields);
    void addTable(const ReportTable &table);
    void addSpacer();
    void addSectionBreak();

    // Adds image as an Image block; a null image adds nothing.
    void addImage(const QImage &image);

    // Number of detail rows in all tables, for progress reports.
    qsizetype detailRowCount() const;
};
