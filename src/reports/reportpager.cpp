#include "reportpager.h"

namespace {

// A heading measures the blocks after it as sums of heights that placing
// them adds in another order, so a start measured to fit exactly can miss
// by a rounding error. A thousandth of a point is far below anything visible.
constexpr qreal FitTolerance = 0.001;

} // namespace

ReportPager::ReportPager(qreal width, qreal bodyTop, qreal bodyBottom)
    : m_width(width)
    , m_bodyTop(bodyTop)
    , m_bodyBottom(bodyBottom)
    , m_y(bodyTop)
{
    m_pages.append(ReportPage());
}

bool ReportPager::ensureSpace(qreal height)
{
    if (m_sectionBreakPending) {
        startPage(true);
        return true;
    }
    if (!m_hasContent || m_y + height <= m_bodyBottom + FitTolerance)
        return false;
    startPage(false);
    return true;
}

void ReportPager::breakPage()
{
    if (m_hasContent)
        startPage(false);
}

void ReportPager::breakSection()
{
    if (m_hasContent) {
        m_sectionBreakPending = true;
        return;
    }

    // An empty page becomes the first page of the new section, unless it is
    // the first page of the document, which no section precedes.
    ReportPage &page = m_pages.last();
    if (m_pages.size() > 1) {
        page.section = m_pages.at(m_pages.size() - 2).section + 1;
        page.numberInSection = 1;
    }
}

void ReportPager::advance(qreal height)
{
    m_y += height;
}

void ReportPager::addText(const QPointF &baseline, const QString &text, ReportTextStyle style)
{
    m_pages.last().texts.append({baseline, text, style});
    m_hasContent = true;
}

void ReportPager::addRule(const QLineF &line, qreal width, const QColor &color)
{
    m_pages.last().rules.append({line, width, color});
    m_hasContent = true;
}

void ReportPager::addShade(const QRectF &rect)
{
    m_pages.last().shades.append(rect);
    m_hasContent = true;
}

void ReportPager::addImage(const QRectF &rect, const QImage &image)
{
    m_pages.last().images.append({rect, image});
    m_hasContent = true;
}

QList<ReportPage> ReportPager::takePages()
{
    QList<ReportPage> pages;
    pages.swap(m_pages);
    m_pages.append(ReportPage());
    m_y = m_bodyTop;
    m_hasContent = false;
    m_sectionBreakPending = false;
    return pages;
}

void ReportPager::startPage(bool newSection)
{
    const ReportPage &previous = m_pages.last();
    ReportPage page;
    page.section = newSection ? previous.section + 1 : previous.section;
    page.numberInSection = newSection ? 1 : previous.numberInSection + 1;
    m_pages.append(page);

    m_y = m_bodyTop;
    m_hasContent = false;
    m_sectionBreakPending = false;
}
