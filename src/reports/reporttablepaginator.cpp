#include "reporttablepaginator.h"

#include "reportpager.h"
#include "reporttablecolumns.h"

#include <algorithm>

namespace {

// Space between a row's rules and its text.
constexpr qreal VerticalPadding = 2;

// The gap before a group header that does not follow the header row.
constexpr qreal GroupGap = 4;

// The double rule above a total: two rules this far apart.
constexpr qreal DoubleRuleGap = 1.5;

// A row that must split starts on a new page unless this many of its
// lines fit on the current one.
constexpr int MinimumSplitLines = 3;

const QColor ShadeColor(0xe8, 0xe8, 0xe8);
const QColor SeparatorColor(0xc8, 0xc8, 0xc8);

} // namespace

ReportTablePaginator::ReportTablePaginator(const ReportTable &table,
                                           const ReportTableColumns &columns,
                                           const ReportTypesetter &typesetter, ReportPager &pager)
    : m_table(table)
    , m_columns(columns)
    , m_typesetter(typesetter)
    , m_pager(pager)
{
}

qreal ReportTablePaginator::startHeight() const
{
    const RowLayout header = layoutHeader();
    const qreal headerHeight = height(header, false);
    const qreal rowRoom = m_pager.bodyHeight() - headerHeight;
    if (m_table.rows.isEmpty())
        return headerHeight + std::min(height(layoutEmptyText(), true), rowRoom);

    // The first row follows the header row. A group header keeps the row
    // after it, and a row too tall for a page only needs room for the lines
    // that placeSplitRow() puts below the header row.
    // NOTE: a group header followed by a row taller than a page keeps a
    // whole page body, as place() does, so a heading before such a table
    // is left alone on its page.
    const RowLayout first = layoutRow(0);
    const qreal lineHeight = m_typesetter.lineHeight(first.style);
    qreal keep = height(first, true);
    if (keep > rowRoom)
        keep = height(first, true) - (first.lineCount - MinimumSplitLines) * lineHeight;
    else if (first.kind == ReportRow::Kind::GroupHeader && m_table.rows.size() > 1)
        keep += height(layoutRow(1), false);
    return headerHeight + std::min(keep, rowRoom);
}

bool ReportTablePaginator::place(const std::function<bool()> &rowDone)
{
    m_header = layoutHeader();
    m_inGroup = false;

    // The header row never ends a page alone.
    m_pager.ensureSpace(startHeight());
    placeHeader();

    if (m_table.rows.isEmpty()) {
        const RowLayout empty = layoutEmptyText();
        placeRow(empty, height(empty));
        return true;
    }

    RowLayout next = layoutRow(0);
    for (qsizetype row = 0; row < m_table.rows.size(); ++row) {
        const RowLayout current = std::move(next);

        // A group runs from its group header to its first subtotal. A page
        // break before either row needs no repeated group header, because
        // the group header is placed itself and the subtotals end the group.
        if (current.kind != ReportRow::Kind::Detail)
            m_inGroup = false;

        qreal keepHeight = height(current);
        if (row + 1 < m_table.rows.size()) {
            next = layoutRow(row + 1);
            // The next row follows this row, not the header row.
            if (current.kind == ReportRow::Kind::GroupHeader)
                keepHeight += height(next, false);
        }
        // A row taller than the room below the repeated headers is split,
        // so it keeps at most that room.
        placeRow(current, std::min(keepHeight, m_pager.bodyHeight() - headerHeight()));

        if (current.kind == ReportRow::Kind::GroupHeader) {
            m_continuedGroup = layoutContinuedGroup(row);
            m_inGroup = true;
        }

        if (rowDone && !rowDone())
            return false;
    }
    return true;
}

ReportTablePaginator::RowLayout ReportTablePaginator::layoutHeader() const
{
    RowLayout header;
    header.style = ReportTextStyle::CellBold;
    header.isHeader = true;
    for (qsizetype column = 0; column < m_columns.count(); ++column) {
        Cell cell;
        cell.left = m_columns.left(column) + ReportTableColumns::HorizontalPadding;
        cell.width = m_columns.width(column) - 2 * ReportTableColumns::HorizontalPadding;
        cell.alignment = m_table.columns.at(column).alignment;
        cell.lines = m_typesetter.wrapped(header.style, m_table.columns.at(column).title,
                                          cell.width);
        header.lineCount = std::max(header.lineCount, int(cell.lines.size()));
        header.cells.append(cell);
    }
    return header;
}

ReportTablePaginator::RowLayout ReportTablePaginator::layoutRow(qsizetype row) const
{
    const ReportRow &source = m_table.rows.at(row);
    if (source.kind == ReportRow::Kind::GroupHeader) {
        const qreal measured = m_columns.count() > 0 ? m_columns.cellTextWidth(row, 0) : -1;
        return layoutSpan(source.cells.value(0), ReportTextStyle::CellBold, source.kind,
                          measured);
    }

    RowLayout layout;
    layout.kind = source.kind;
    layout.style = source.kind == ReportRow::Kind::Detail ? ReportTextStyle::Cell
                                                          : ReportTextStyle::CellBold;
    for (qsizetype column = 0; column < m_columns.count(); ++column) {
        const qsizetype spanEnd = ReportTableColumns::spanEnd(m_table, source, column);
        Cell cell;
        cell.left = m_columns.left(column) + ReportTableColumns::HorizontalPadding;
        cell.width = m_columns.left(spanEnd) - m_columns.left(column)
                     - 2 * ReportTableColumns::HorizontalPadding;
        cell.alignment = m_table.columns.at(column).alignment;

        const QString text = source.cells.value(column);
        const qreal measured = m_columns.cellTextWidth(row, column);
        const bool hasBreaks = text.contains(QLatin1Char('\n'));
        if (text.isEmpty()) {
            // An empty cell adds no line.
        } else if ((m_columns.wraps(column) || spanEnd > column + 1)
                   && (hasBreaks || measured > cell.width)) {
            cell.lines = m_typesetter.wrapped(layout.style, text, cell.width);
        } else if (m_columns.elides(column) && measured > cell.width) {
            cell.lines = {m_typesetter.elided(layout.style, text, cell.width)};
        } else {
            cell.lines = {{ReportTypesetter::singleLine(text), measured}};
        }
        layout.lineCount = std::max(layout.lineCount, int(cell.lines.size()));
        layout.cells.append(cell);
    }
    return layout;
}

ReportTablePaginator::RowLayout ReportTablePaginator::layoutSpan(const QString &text,
                                                                 ReportTextStyle style,
                                                                 ReportRow::Kind kind,
                                                                 qreal measuredWidth) const
{
    RowLayout layout;
    layout.kind = kind;
    layout.style = style;

    Cell cell;
    cell.left = ReportTableColumns::HorizontalPadding;
    cell.width = std::max<qreal>(m_columns.tableWidth(), m_pager.width() / 2)
                 - 2 * ReportTableColumns::HorizontalPadding;
    if (measuredWidth >= 0 && measuredWidth <= cell.width && !text.contains(QLatin1Char('\n')))
        cell.lines = {{text, measuredWidth}};
    else
        cell.lines = m_typesetter.wrapped(style, text, cell.width);
    layout.lineCount = int(cell.lines.size());
    layout.cells.append(cell);
    return layout;
}

ReportTablePaginator::RowLayout ReportTablePaginator::layoutEmptyText() const
{
    return layoutSpan(m_table.emptyText, ReportTextStyle::Cell, ReportRow::Kind::Detail, -1);
}

ReportTablePaginator::RowLayout ReportTablePaginator::layoutContinuedGroup(
    qsizetype groupRow) const
{
    const QString text = tr("%1 (continued)", "group heading repeated on the next page")
                             .arg(m_table.rows.at(groupRow).cells.value(0));
    return layoutSpan(text, ReportTextStyle::CellBold, ReportRow::Kind::GroupHeader, -1);
}

qreal ReportTablePaginator::spaceAbove(const RowLayout &row, bool afterHeader) const
{
    switch (row.kind) {
    case ReportRow::Kind::GroupHeader:
        return afterHeader ? 0 : GroupGap;
    case ReportRow::Kind::Total:
        return DoubleRuleGap;
    case ReportRow::Kind::Detail:
    case ReportRow::Kind::Subtotal:
        break;
    }
    return 0;
}

qreal ReportTablePaginator::height(const RowLayout &row, bool afterHeader) const
{
    return spaceAbove(row, afterHeader) + row.lineCount * m_typesetter.lineHeight(row.style)
           + 2 * VerticalPadding;
}

void ReportTablePaginator::placeHeader()
{
    placeLines(m_header, 0, m_header.lineCount);
    m_afterHeader = true;
    if (!m_inGroup)
        return;

    // The rows after the continued group header are placed as after the
    // header row: a split row may start on this page whatever its height.
    placeLines(m_continuedGroup, 0, m_continuedGroup.lineCount);
    m_afterHeader = true;
}

qreal ReportTablePaginator::headerHeight() const
{
    const qreal header = height(m_header, false);
    return m_inGroup ? header + height(m_continuedGroup, true) : header;
}

void ReportTablePaginator::placeRow(const RowLayout &row, qreal keepHeight)
{
    if (height(row) > m_pager.bodyHeight() - headerHeight()) {
        placeSplitRow(row);
        return;
    }
    if (m_pager.ensureSpace(keepHeight))
        placeHeader();
    placeLines(row, 0, row.lineCount);
}

void ReportTablePaginator::placeSplitRow(const RowLayout &row)
{
    const qreal lineHeight = m_typesetter.lineHeight(row.style);
    int line = 0;
    while (line < row.lineCount) {
        const qreal room =
            m_pager.remainingHeight() - spaceAbove(row, m_afterHeader) - 2 * VerticalPadding;
        int fitting = int(room / lineHeight);
        const bool fresh = m_afterHeader;
        if (!fresh && (fitting < 1 || (line == 0 && fitting < MinimumSplitLines))) {
            m_pager.breakPage();
            placeHeader();
            continue;
        }

        // A page body has room for the header row and a line. On a smaller
        // page, the line overflows the page rather than looping forever.
        fitting = std::max(fitting, 1);
        const int end = std::min(row.lineCount, line + fitting);
        placeLines(row, line, end);
        line = end;
        if (line < row.lineCount) {
            m_pager.breakPage();
            placeHeader();
        }
    }
}

void ReportTablePaginator::placeLines(const RowLayout &row, int firstLine, int endLine)
{
    const qreal top = m_pager.y();
    const qreal gap = spaceAbove(row, m_afterHeader);
    const qreal lineHeight = m_typesetter.lineHeight(row.style);
    const qreal ascent = m_typesetter.ascent(row.style);
    const qreal textTop = top + gap + VerticalPadding;
    const qreal bottom = textTop + (endLine - firstLine) * lineHeight + VerticalPadding;
    const qreal right = std::max<qreal>(m_columns.tableWidth(),
                                        row.cells.size() == 1 && !row.isHeader
                                            ? row.cells.first().width
                                                  + 2 * ReportTableColumns::HorizontalPadding
                                            : 0);

    // Shades and rules go first, so that the text is drawn over them.
    if (row.isHeader || row.kind == ReportRow::Kind::GroupHeader)
        m_pager.addShade(QRectF(0, top + gap, right, bottom - top - gap));
    if (row.kind == ReportRow::Kind::Subtotal)
        m_pager.addRule(QLineF(0, top, right, top), 0.5);
    if (row.kind == ReportRow::Kind::Total) {
        m_pager.addRule(QLineF(0, top, right, top), 0.5);
        m_pager.addRule(QLineF(0, top + DoubleRuleGap, right, top + DoubleRuleGap), 0.5);
    }

    for (const Cell &cell : row.cells) {
        const int end = std::min<int>(endLine, cell.lines.size());
        for (int line = firstLine; line < end; ++line) {
            const ReportTextLine &text = cell.lines.at(line);
            if (text.text.isEmpty())
                continue;
            qreal x = cell.left;
            if (cell.alignment & Qt::AlignRight)
                x = cell.left + cell.width - text.width;
            else if (cell.alignment & Qt::AlignHCenter)
                x = cell.left + (cell.width - text.width) / 2;
            const qreal baseline = textTop + (line - firstLine) * lineHeight + ascent;
            m_pager.addText(QPointF(x, baseline), text.text, row.style);
        }
    }

    if (row.isHeader)
        m_pager.addRule(QLineF(0, bottom, right, bottom), 0.75);
    else if (row.kind == ReportRow::Kind::Detail)
        m_pager.addRule(QLineF(0, bottom, right, bottom), 0.25, SeparatorColor);

    m_pager.advance(bottom - top);
    m_afterHeader = row.isHeader;
}
