#pragma once

#include "reportdocument.h"
#include "reportpage.h"
#include "reporttablecolumns.h"

#include <QCoreApplication>
#include <QList>
#include <QPageLayout>
#include <QString>

#include <functional>
#include <optional>

class QPagedPaintDevice;
class QPainter;

// Lays out a ReportDocument in pages and paints them on a PDF writer, a
// printer or a preview.
//
// The layout is in points and contains plain values, so layout() may run
// in a worker thread and paintPage() in another thread afterwards. One
// renderer must not be used by two threads at the same time. Call
// ReportFonts::ensureAvailable() in the GUI thread before the first layout.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    explicit ReportRenderer(const ReportDocument &document);
    ~ReportRenderer();

    ReportRenderer(const ReportRenderer &) = delete;
    ReportRenderer &operator=(const ReportRenderer &) = delete;

    // A4 with margins, orientation resolved (Automatic: landscape when a
    // table does not fit across portrait). With Automatic, the first call
    // before layout() measures every table cell, which takes about as long
    // as a third of layout().
    QPageLayout pageLayout() const;

    // Cuts the document into pages. progress(done, total) may be called
    // often from the calling thread; returning false cancels, and layout()
    // then returns false. Device-independent (points), so a layout made in a
    // worker thread can be painted on any device in any thread.
    bool layout(const std::function<bool(qsizetype, qsizetype)> &progress = {});

    // Returns the number of pages of the last layout(), or 0 before one.
    int pageCount() const;

    // Paints page pageIndex (0-based) on painter, whose device has the page
    // layout pageLayout(); scales from points to the device resolution.
    // Paints nothing for an index out of range.
    void paintPage(QPainter *painter, int pageIndex) const;

    // Lays out if needed and paints every page on device (QPdfWriter or
    // QPrinter), calling newPage() between pages. A QPrinter with a page
    // range gets only those pages. Sets the device's page layout to
    // pageLayout(). Returns false when cancelled or painting
    // failed (*error set, translated). Reports progress for the layout in
    // the first half of total and for painting in the second.
    bool print(QPagedPaintDevice *device,
               const std::function<bool(qsizetype, qsizetype)> &progress = {},
               QString *error = nullptr);

private:
    // Measures the tables once; returns false when progress cancels.
    bool measureTables(const std::function<bool()> &rowDone) const;
    QPageLayout::Orientation orientation() const;
    QPageLayout pageLayoutFor(QPageLayout::Orientation orientation) const;

    // Steps of layout(): each table row twice (measure, place), each block once.
    qsizetype layoutStepCount() const;

    const ReportDocument m_document; // const: the measured columns point into its tables
    mutable QList<ReportTableColumns> m_columns; // one per table block
    mutable bool m_measured = false;
    mutable std::optional<QPageLayout::Orientation> m_orientation;
    QList<ReportPage> m_pages;
    bool m_laidOut = false;
};
