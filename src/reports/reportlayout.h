#pragma once

#include "reportdocument.h"
#include "reportpage.h"

#include <QImage>
#include <QList>
#include <QSizeF>

#include <functional>

class ReportPager;
class ReportTableColumns;
class ReportTypesetter;

// Cuts a document into pages of a given size. Stacks the blocks in the
// page bodies and keeps each heading with the start of the next block: a
// table's header row and first row, its empty-table text, or a whole
// image. A paragraph, fields or image block directly before a table stays
// with that start too, so a chart stays with the table of its figures.
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
    void placeImage(const QImage &image);

    // Returns the size in points of image on the page: the body's width and
    // the image's aspect ratio, shrunk to the body's height when taller.
    QSizeF imageSize(const QImage &image) const;

    // Returns the height of the start of the block at index: what must
    // share a page with the heading before it. A paragraph, fields or image
    // block that introduces a table counts whole, with the start of the
    // table.
    // table is the index in m_columns of the next table block.
    qreal leadingHeight(qsizetype index, qsizetype table) const;

    // Returns whether the block at index is a paragraph, fields or image
    // block directly followed by a table, which it then shares a page with.
    bool introducesTable(qsizetype index) const;

    // Returns the height of a paragraph, fields or image block with the
    // space after it.
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
