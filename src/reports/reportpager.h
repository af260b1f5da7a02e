#pragma once

#include "reportpage.h"

#include <QList>

// Stacks content from top to bottom in the body of a page, the area between
// the page header and the page footer, and starts a new page when the next
// piece does not fit. Keeps the section and page number of every page.
class ReportPager
{
public:
    // A body of width points from bodyTop to bodyBottom, in points from the
    // top of the paint rectangle.
    ReportPager(qreal width, qreal bodyTop, qreal bodyBottom);

    qreal width() const { return m_width; }
    qreal bodyHeight() const { return m_bodyBottom - m_bodyTop; }

    // The top of the next piece of content.
    qreal y() const { return m_y; }
    qreal remainingHeight() const { return m_bodyBottom - m_y; }

    // Returns whether the current page has no content yet.
    bool isPageEmpty() const { return !m_hasContent; }

    // Makes room for a piece height points tall: starts a new page when
    // the piece does not fit below y() and the page has content, or when a
    // section break is pending. Returns whether a new page was started. A
    // piece taller than a whole body overflows an empty page.
    bool ensureSpace(qreal height);

    // Starts a new page in the same section.
    void breakPage();

    // Ends the section: the next content starts a page numbered 1 again.
    // Does nothing visible until that content arrives, so a break at the
    // end of a document adds no blank page.
    void breakSection();

    // Moves y() down by height, into a gap when nothing is placed there.
    void advance(qreal height);

    void addText(const QPointF &baseline, const QString &text, ReportTextStyle style);
    void addRule(const QLineF &line, qreal width, const QColor &color = Qt::black);
    void addShade(const QRectF &rect);
    void addImage(const QRectF &rect, const QImage &image);

    // Returns the pages, numbered within their sections.
    QList<ReportPage> takePages();

private:
    void startPage(bool newSection);

    qreal m_width;
    qreal m_bodyTop;
    qreal m_bodyBottom;
    qreal m_y;
    bool m_hasContent = false;
    bool m_sectionBreakPending = false;
    QList<ReportPage> m_pages;
};
