#pragma once

class QPrinter;
class QString;
class QWidget;
class ReportRenderer;

// The print preview of a laid-out report. It paints the renderer's pages
// with the renderer's page layout, so the preview shows what the PDF contains,
// and opens large at fit-to-width zoom so that a page is readable.
class ReportPreview
{
public:
    // Shows the preview of renderer's pages on printer, modal to parent,
    // and returns when the user closes it.
    static void exec(QPrinter *printer, const ReportRenderer &renderer,
                     const QString &windowTitle, QWidget *parent);
};
