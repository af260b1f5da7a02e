#include "reporttablecolumns.h"

#include "reporttypesetter.h"


#include <algorithm>

namespace {

// A wrapping column narrower than this breaks most notes into many
// lines, so it counts as not fitting when the orientation is chosen.
constexpr qreal ComfortableWrapWidth = 90;

// The narrowest a column gets in the last resort of fit().
constexpr qreal FloorWidth = 30;

// Halvings of the search for a column cap: 40 narrow a 2000 pt range to
// far below a thousandth of a point.
constexpr int BisectionSteps = 40;

// Returns the width of the widest space-separated word of a column title.
qreal widestUnbreakable(const ReportTypesetter &typesetter, ReportTextStyle style,
                        const QString &text)
{
    // Column titles break only at spaces. Unicode line breaking allows a
    // break between any two ideographs, but a Chinese title broken inside
    // a word (编 / 号, 费用类 / 型) is hard to read. So a table whose titles
    // do not fit across portrait goes to landscape first.
    qreal widest = 0;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words)
        widest = std::max(widest, typesetter.width(style, word));
    return widest;
}

// Returns the width of the widest line of text.
qreal widestLine(const ReportTypesetter &typesetter, ReportTextStyle style, const QString &text)
{
    if (!text.contains(QLatin1Char('\n')))
        return typesetter.width(style, text);

    qreal widest = 0;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        widest = std::max(widest, typesetter.width(style, ReportTypesetter::singleLine(line)));
    return widest;
}

} // namespace

bool ReportTableColumns::measure(const ReportTable &table, const ReportTypesetter &typesetter,
                                 const std::function<bool()> &rowDone)
{
    m_table = &table;
    const qsizetype columnCount = table.columns.size();
    m_columns = QList<Column>(columnCount);
    m_cellWidths = QList<float>(table.rows.size() * columnCount, 0.0f);

    for (qsizetype row = 0; row < table.rows.size(); ++row) {
        const ReportRow &cells = table.rows.at(row);
        const ReportTextStyle style = cells.kind == ReportRow::Kind::Detail
                                          ? ReportTextStyle::Cell
                                          : ReportTextStyle::CellBold;

        // A group header spans the row, so it sizes no column.
        const bool spans = cells.kind == ReportRow::Kind::GroupHeader;
        const qsizetype measured = spans ? std::min<qsizetype>(1, columnCount) : columnCount;
        for (qsizetype column = 0; column < std::min(measured, cells.cells.size()); ++column) {
            const QString &text = cells.cells.at(column);
            if (text.isEmpty())
                continue;
            const bool wraps = !spans && table.columns.at(column).wraps;
            const qreal width =
                wraps ? widestLine(typesetter, style, text)
                      : typesetter.width(style, ReportTypesetter::singleLine(text));
            m_cellWidths[row * columnCount + column] = float(width);
            if (!spans && spanEnd(table, cells, column) == column + 1)
                m_columns[column].widestCell = std::max(m_columns[column].widestCell, width);
        }

        if (rowDone && !rowDone())
            return false;
    }

    for (qsizetype column = 0; column < columnCount; ++column) {
        const ReportColumn &spec = table.columns.at(column);
        Column &sizes = m_columns[column];
        const qreal padding = 2 * HorizontalPadding;
        const qreal title = typesetter.width(ReportTextStyle::CellBold, spec.title);
        const qreal titleWord = widestUnbreakable(typesetter, ReportTextStyle::CellBold,
                                                  spec.title);

        sizes.natural = std::max(sizes.widestCell, title) + padding;
        if (spec.wraps) {
            sizes.minimum = std::min(sizes.natural,
                                     std::max(titleWord + padding, ComfortableWrapWidth));
        } else {
            sizes.minimum = std::max(sizes.widestCell, titleWord) + padding;
        }
        sizes.floor = std::min(sizes.minimum, FloorWidth);
        sizes.width = sizes.natural;
        sizes.wraps = spec.wraps;
    }
    return true;
}

qsizetype ReportTableColumns::spanEnd(const ReportTable &table, const ReportRow &row,
                                      qsizetype column)
{
    const bool isSummary =
        row.kind == ReportRow::Kind::Subtotal || row.kind == ReportRow::Kind::Total;
    const ReportColumn &spec = table.columns.at(column);
    if (!isSummary || spec.wraps || (spec.alignment & (Qt::AlignRight | Qt::AlignHCenter)))
        return column + 1;

    qsizetype end = column + 1;
    while (end < table.columns.size() && row.cells.value(end).isEmpty())
        ++end;
    return end;
}

qreal ReportTableColumns::minimumWidth() const
{
    qreal width = 0;
    for (const Column &column : m_columns)
        width += column.minimum;
    return width;
}

void ReportTableColumns::fit(qreal width)
{
    qreal natural = 0;
    int stretchSum = 0;
    for (qsizetype column = 0; column < m_columns.size(); ++column) {
        Column &sizes = m_columns[column];
        sizes.width = sizes.natural;
        sizes.wraps = m_table->columns.at(column).wraps;
        sizes.elides = false;
        natural += sizes.natural;
        stretchSum += std::max(0, m_table->columns.at(column).stretch);
    }

    // Stretch columns share the free width.
    if (natural <= width) {
        if (stretchSum == 0)
            return;
        const qreal free = width - natural;
        for (qsizetype column = 0; column < m_columns.size(); ++column) {
            const int stretch = std::max(0, m_table->columns.at(column).stretch);
            m_columns[column].width += free * stretch / stretchSum;
        }
        return;
    }

    // Down to the minimum widths: wrapping columns wrap first, because a
    // title broken between two ideographs (编 / 号) reads worse than a
    // note on one more line. Then long titles wrap.
    qreal excess = shrink(natural - width, false,
                          [this](qsizetype column) { return m_columns[column].wraps; });
    if (excess <= 0)
        return;
    excess = shrink(excess, false, [](qsizetype) { return true; });
    if (excess <= 0)
        return;

    // The last resort, in the order that loses the least.
    excess = shrink(excess, true, [this](qsizetype column) { return m_columns[column].wraps; });
    if (excess <= 0)
        return;

    const auto isRightAligned = [this](qsizetype column) {
        return (m_table->columns.at(column).alignment & Qt::AlignRight) != 0;
    };
    excess = shrink(excess, true, [&](qsizetype column) {
        return !m_columns[column].wraps && !isRightAligned(column);
    });
    for (Column &sizes : m_columns)
        sizes.elides = !sizes.wraps && sizes.width < sizes.widestCell + 2 * HorizontalPadding;
    for (qsizetype column = 0; column < m_columns.size(); ++column) {
        if (isRightAligned(column))
            m_columns[column].elides = false;
    }
    if (excess <= 0)
        return;

    shrink(excess, true, [&](qsizetype column) { return isRightAligned(column); });
    for (qsizetype column = 0; column < m_columns.size(); ++column) {
        Column &sizes = m_columns[column];
        if (isRightAligned(column) && sizes.width < sizes.widestCell + 2 * HorizontalPadding)
            sizes.wraps = true;
    }
}

qreal ReportTableColumns::left(qsizetype column) const
{
    qreal x = 0;
    for (qsizetype i = 0; i < column; ++i)
        x += m_columns.at(i).width;
    return x;
}

qreal ReportTableColumns::tableWidth() const
{
    return left(m_columns.size());
}

qreal ReportTableColumns::shrink(qreal excess, bool toFloor,
                                 const std::function<bool(qsizetype)> &accept)
{
    // The width each accepted column has above its target: all of it is
    // what this step can gain.
    const auto targetOf = [toFloor](const Column &sizes) {
        return toFloor ? sizes.floor : sizes.minimum;
    };
    qreal available = 0;
    qreal widest = 0;
    for (qsizetype column = 0; column < m_columns.size(); ++column) {
        const Column &sizes = m_columns.at(column);
        if (!accept(column) || sizes.width <= targetOf(sizes))
            continue;
        available += sizes.width - targetOf(sizes);
        widest = std::max(widest, sizes.width);
    }
    if (available <= 0)
        return excess;

    // Cap the widest columns first: a long note gives up width before a
    // short reason wraps. Bisection finds the cap that gains excess.
    const auto gainAt = [&](qreal cap) {
        qreal gain = 0;
        for (qsizetype column = 0; column < m_columns.size(); ++column) {
            const Column &sizes = m_columns.at(column);
            if (accept(column) && sizes.width > targetOf(sizes))
                gain += sizes.width - std::max(targetOf(sizes), std::min(sizes.width, cap));
        }
        return gain;
    };
    qreal cap = 0;
    if (available > excess) {
        qreal low = 0;
        qreal high = widest;
        for (int step = 0; step < BisectionSteps; ++step) {
            const qreal middle = (low + high) / 2;
            if (gainAt(middle) >= excess)
                low = middle;
            else
                high = middle;
        }
        cap = low;
    }

    const qreal gained = gainAt(cap);
    for (qsizetype column = 0; column < m_columns.size(); ++column) {
        Column &sizes = m_columns[column];
        if (accept(column) && sizes.width > targetOf(sizes))
            sizes.width = std::max(targetOf(sizes), std::min(sizes.width, cap));
    }
    return excess - gained;
}
