#pragma once

#include "reporttypesetter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class ReportDocument;
struct ReportPage;

// The header and footer of every page. The header shows the company name,
// the document title and the header lines (wrapped), above a rule. The
// footer shows the print time in the document's language and "Page x of
// y", where y counts the pages of the page's section.
class ReportPageFrame
{
    Q_DECLARE_TR_FUNCTIONS(ReportPageFrame)

public:
    // Lays out the frame of document for pages width by height points.
    ReportPageFrame(const ReportDocument &document, const ReportTypesetter &typesetter,
                    qreal width, qreal height);

    // The top and bottom of the page body, in points from the top.
    qreal bodyTop() const { return m_bodyTop; }
    qreal bodyBottom() const { return m_bodyBottom; }

    // Adds the header and footer to page, which is page
    // page.numberInSection of sectionPageCount.
    void decorate(ReportPage &page, int sectionPageCount) const;

private:
    struct Line
    {
        qreal baseline = 0;
        ReportTextLine text;
        ReportTextStyle style = ReportTextStyle::Body;
    };

    const ReportTypesetter &m_typesetter;
    qreal m_width;
    QList<Line> m_headerLines;
    qreal m_headerRule = 0;
    qreal m_bodyTop = 0;
    qreal m_bodyBottom = 0;
    qreal m_footerRule = 0;
    qreal m_footerBaseline = 0;
    QString m_printedText;
};
