#pragma once

#include "reportdocument.h"
#include "reporttypesetter.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

class ReportPager;
class ReportTableColumns;

// Places the rows of a table on pages. The header row heads the table and
// every page the table continues on. A row never splits across pages, but
// a row taller than a whole page body continues line by line on the next
// pages, so no text is lost. A group header stays with the row after it.
// When a page break falls inside a group, after its group header and before
// its first subtotal row, the next page repeats the group header below the
// header row, marked "(continued)".
//
// Rows look as ReportRow documents them: group headers bold on a shaded
// band, subtotals bold below a rule, totals bold below a double rule.
// An empty table prints the header row and its emptyText.
class ReportTablePaginator
{
    Q_DECLARE_TR_FUNCTIONS(ReportTablePaginator)

public:
    // columns must be measured and fitted for table.
    ReportTablePaginator(const ReportTable &table, const ReportTableColumns &columns,
                         const ReportTypesetter &typesetter, ReportPager &pager);

    // Returns the height that place() keeps on one page at the start of the
    // table: the header row with the first row (and the row after it when
    // the first row is a group header), or with the empty-table text. It is
    // at most a page body. A heading before the table needs this much room
    // below it to stay on the page of the table.
    qreal startHeight() const;

    // Places the table below the pager's position. Calls rowDone() after
    // each row and stops, returning false, when it returns false.
    bool place(const std::function<bool()> &rowDone = {});

private:
    struct Cell
    {
        QList<ReportTextLine> lines;
        qreal left = 0;
        qreal width = 0; // inside the padding
        Qt::Alignment alignment = Qt::AlignLeft;
    };

    struct RowLayout
    {
        ReportRow::Kind kind = ReportRow::Kind::Detail;
        ReportTextStyle style = ReportTextStyle::Cell;
        bool isHeader = false;
        QList<Cell> cells;
        int lineCount = 1;
    };

    RowLayout layoutHeader() const;
    RowLayout layoutRow(qsizetype row) const;
    RowLayout layoutSpan(const QString &text, ReportTextStyle style, ReportRow::Kind kind,
                         qreal measuredWidth) const;
    RowLayout layoutEmptyText() const;
    RowLayout layoutContinuedGroup(qsizetype groupRow) const;

    // Space above the text of a row, for its rules or the gap before a group
    // that does not follow the header row.
    qreal spaceAbove(const RowLayout &row, bool afterHeader) const;
    qreal height(const RowLayout &row, bool afterHeader) const;
    qreal height(const RowLayout &row) const { return height(row, m_afterHeader); }

    // Places the header row, and the continued group header when a page
    // break falls inside a group.
    void placeHeader();
    qreal headerHeight() const;
    void placeRow(const RowLayout &row, qreal keepHeight);
    void placeSplitRow(const RowLayout &row);
    void placeLines(const RowLayout &row, int firstLine, int endLine);

    const ReportTable &m_table;
    const ReportTableColumns &m_columns;
    const ReportTypesetter &m_typesetter;
    ReportPager &m_pager;
    RowLayout m_header;
    bool m_afterHeader = false; // the last row placed is the header row

    // The group header that continuation pages repeat. It is placed only
    // while m_inGroup, that is while the rows being placed belong to it.
    RowLayout m_continuedGroup;
    bool m_inGroup = false;
};
