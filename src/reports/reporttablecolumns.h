#pragma once

#include "reportdocument.h"

#include <QList>

#include <functional>

class ReportTypesetter;

// The column widths of a report table in points. measure() reads the width
// of every cell once; fit() then sizes the columns for a page width:
//
// 1. Every column gets the width of its widest cell and title, and stretch
//    columns share what is left of the page.
// 2. A table wider than the page shrinks its wrapping columns, then wraps
//    long titles, down to the minimum widths, where no non-wrapping cell
//    is cut.
// 3. Past that, as a last resort: wrapping columns narrow further, then
//    left-aligned and centred non-wrapping columns elide their cells, then
//    right-aligned columns (amounts) wrap, so an amount is never cut.
class ReportTableColumns
{
public:
    // Space between a cell's text and the cell's left and right edges.
    static constexpr qreal HorizontalPadding = 3;

    // Measures the cells of table, which must outlive this object. Calls
    // rowDone() after each row and stops, returning false, when it returns
    // false.
    bool measure(const ReportTable &table, const ReportTypesetter &typesetter,
                 const std::function<bool()> &rowDone = {});

    // The table width at which no column is narrower than its minimum.
    qreal minimumWidth() const;

    // Sizes the columns for a table at most width points wide.
    void fit(qreal width);

    qsizetype count() const { return m_columns.size(); }
    qreal width(qsizetype column) const { return m_columns.at(column).width; }
    qreal left(qsizetype column) const;
    qreal tableWidth() const;

    // Returns whether cells of column wrap (a wrapping column, or an
    // amount column that the last resort of fit() made wrap).
    bool wraps(qsizetype column) const { return m_columns.at(column).wraps; }
    // Returns whether cells of column that are wider than it are elided.
    bool elides(qsizetype column) const { return m_columns.at(column).elides; }

    // Returns the column after the last one that cell column of row covers.
    // A subtotal's or total's label ("Subtotal (12 charges)") covers the
    // empty cells to its right, so it does not widen its column. Every
    // other cell covers its own column.
    static qsizetype spanEnd(const ReportTable &table, const ReportRow &row, qsizetype column);

    // Returns the measured width of the text of a cell. A group header's
    // first cell has the width of its whole text, and its other cells 0.
    qreal cellTextWidth(qsizetype row, qsizetype column) const
    {
        return m_cellWidths.at(row * m_columns.size() + column);
    }

private:
    struct Column
    {
        qreal natural = 0; // widest cell or title, with padding
        qreal minimum = 0; // narrowest without cutting a cell
        qreal floor = 0;   // narrowest in the last resort
        qreal width = 0;
        qreal widestCell = 0; // without padding
        bool wraps = false;
        bool elides = false;
    };

    // Narrows the columns that accept does not reject toward their floor
    // (or minimum), the widest first, until excess points are gained.
    // Returns the excess still left.
    qreal shrink(qreal excess, bool toFloor, const std::function<bool(qsizetype)> &accept);

    const ReportTable *m_table = nullptr;
    QList<Column> m_columns;
    QList<float> m_cellWidths; // rows × columns
};
