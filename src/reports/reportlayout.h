#pragma once

#include "reportdocument.h"
#include "reportpage.h"

#include <QList>
#include <QSizeF>

#include <functional>

class ReportPager;
class ReportTableColumns;
class ReportTypesetter;

// Cuts a document into pages of a given size. Stacks the blocks in the
// page bodies and keeps each heading with the start of the next block: a
// table's header row and first row, or its empty-table text. A paragraph
// or fields block directly before a table stays with that start too.
// Tables continue across pages, and page numbers restart after a section
// break. Adds every page's header and footer at the end.
class ReportLayout
{
public:
    // Lays out document for paint rectangles of pageSize points. columns
    // holds one measured ReportTableColumns per table block, in order;
    // the layout fits them to the page width.
    ReportLayout(const ReportDocument &document, const ReportTypesetter &typesetter,
                 QList<ReportTableColumns> &columns, const QSizeF &pageSize);

    // Places every block. Calls stepDone() after each block and each table
    // row and stops, returning false, when it returns false.
    bool run(const std::function<bool()> &stepDone = {});

    const QList<ReportPage> &pages() const { return m_pages; }

private:
    void placeLines(const QString &text, ReportTextStyle style, qreal spaceAfter,
                    bool keepTogether);
    void placeFields(const QList<ReportField> &fields);

    // Returns the height of the start of the block at index: what must
    // share a page with the heading before it. A paragraph or fields block
    // that introduces a table counts whole, with the start of the table.
    // table is the index in m_columns of the next table block.
    qreal leadingHeight(qsizetype index, qsizetype table) const;

    // Returns whether the block at index is a paragraph or fields block
    // directly followed by a table, which it then shares a page with.
    bool introducesTable(qsizetype index) const;

    // Returns the height of a paragraph or fields block with the space
    // after it.
    qreal blockHeight(const ReportBlock &block) const;

    // Returns the height of the header row and first row of the table of
    // block, whose measured columns are m_columns[table].
    qreal tableStartHeight(const ReportBlock &block, qsizetype table) const;

    const ReportDocument &m_document;
    const ReportTypesetter &m_typesetter;
    QList<ReportTableColumns> &m_columns;
    QSizeF m_pageSize;
    ReportPager *m_pager = nullptr; // set while run() places blocks
    QList<ReportPage> m_pages;
};
