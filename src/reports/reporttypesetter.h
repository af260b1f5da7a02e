#pragma once

#include "uilanguage.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QList>
#include <QString>

#include <vector>

// The text styles of a report page.
enum class ReportTextStyle : quint8 {
    Body,     // paragraphs and field values
    BodyBold, // field labels
    Cell,     // table cells
    CellBold, // the table header row, group headers, subtotals and totals
    Heading,  // heading blocks
    Title,    // the document title at the top of every page
    Company,  // the company name above the title
    Small,    // header lines and the footer
};

// One line of text and its width in points.
struct ReportTextLine
{
    QString text;
    qreal width = 0;
};

// Measures, wraps and elides report text in points (1/72 inch), the unit
// of the page layout. Metrics come from a 72 dpi image and fonts without
// hinting, so they hold on any device once the painter is scaled from
// points to the device's resolution (see font()).
//
// A typesetter may be used in any one thread at a time; each thread that
// lays out a report needs its own.
class ReportTypesetter
{
public:
    explicit ReportTypesetter(UiLanguage language);

    UiLanguage language() const { return m_language; }

    // Returns the size of style in points.
    static qreal pointSize(ReportTextStyle style);
    static bool isBold(ReportTextStyle style);

    // Returns the font of style in language for a painter that draws in
    // points on a device of dpi dots per inch: the point size is divided
    // by dpi / 72, because the painter's scale multiplies it again.
    static QFont font(UiLanguage language, ReportTextStyle style, qreal dpi = 72);

    // Returns the distance between the baselines of two lines of style.
    qreal lineHeight(ReportTextStyle style) const;
    // Returns the distance from the top of a line to its baseline.
    qreal ascent(ReportTextStyle style) const;

    qreal width(ReportTextStyle style, const QString &text) const;

    // Breaks text into lines no wider than width, at word boundaries where
    // possible (between any two ideographs in Chinese) and anywhere within
    // a word that does not fit alone. Line breaks in text start new lines.
    // Returns at least one line; no text is lost.
    QList<ReportTextLine> wrapped(ReportTextStyle style, const QString &text,
                                  qreal width) const;

    // Returns text cut to width with a trailing ellipsis when it is wider.
    ReportTextLine elided(ReportTextStyle style, const QString &text, qreal width) const;

    // Returns text with line breaks and tabs replaced by spaces.
    static QString singleLine(const QString &text);

private:
    struct StyleMetrics
    {
        QFont font;
        QFontMetricsF metrics;
        qreal ascent = 0;
        qreal lineHeight = 0;

        // Widths of texts measured before: statuses, fee types and dates
        // repeat down a table, and shaping costs far more than a lookup.
        mutable QHash<QString, qreal> widths;
    };

    const StyleMetrics &metricsOf(ReportTextStyle style) const
    {
        return m_styles[size_t(style)];
    }

    UiLanguage m_language;
    QImage m_device; // 72 dpi, so that metrics come in points
    std::vector<StyleMetrics> m_styles;
};
