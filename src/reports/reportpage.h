#pragma once

#include "reporttypesetter.h"

#include <QColor>
#include <QImage>
#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

// One laid-out page: text runs, rules, shaded boxes and images at fixed
// positions in points from the top left of the page's paint rectangle
// (inside the margins). A page contains no fonts or device objects, so it
// may be laid out in one thread and painted in another. Its images are
// QImage values, which any thread may read.

// A single line of text, with no wrapping or eliding left to do.
struct ReportPageText
{
    QPointF baseline; // the left end of the baseline
    QString text;
    ReportTextStyle style = ReportTextStyle::Body;
};

struct ReportPageRule
{
    QLineF line;
    qreal width = 0.5; // in points
    QColor color = Qt::black;
};

// An image scaled into rect, in points.
struct ReportPageImage
{
    QRectF rect;
    QImage image;
};

struct ReportPage
{
    QList<ReportPageText> texts;
    QList<ReportPageRule> rules;
    QList<QRectF> shades; // filled light grey behind the text
    QList<ReportPageImage> images;

    int section = 0;       // sections are cut by section breaks, from 0
    int numberInSection = 1;
};
