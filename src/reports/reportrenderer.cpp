#include "reportrenderer.h"

#include "logging.h"
#include "reportlayout.h"
#include "reporttypesetter.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QPrinter>

#include <algorithm>
#include <array>

namespace {

// A4 margins in millimetres: left, top, right, bottom.
const QMarginsF PageMargins(15, 12, 15, 12);

// layout() reports progress every this many steps, so that a long table
// does not flood a progress bar's event queue.
constexpr qsizetype ProgressInterval = 64;

const QColor ShadeColor(0xe8, 0xe8, 0xe8);

constexpr int StyleCount = int(ReportTextStyle::Small) + 1;

} // namespace

ReportRenderer::ReportRenderer(const ReportDocument &document)
    : m_document(document)
{
}

ReportRenderer::~ReportRenderer() = default;

QPageLayout ReportRenderer::pageLayout() const
{
    return pageLayoutFor(orientation());
}

bool ReportRenderer::layout(const std::function<bool(qsizetype, qsizetype)> &progress)
{
    m_laidOut = false;
    m_pages.clear();

    const qsizetype total = layoutStepCount();
    qsizetype done = 0;
    const auto stepDone = [&]() {
        ++done;
        if (progress && done % ProgressInterval == 0)
            return progress(done, total);
        return true;
    };
    if (progress && !progress(0, total))
        return false;

    // Measuring counts one step per row, also when pageLayout() measured.
    const qsizetype measureSteps = (total - m_document.blocks.size()) / 2;
    if (m_measured)
        done += measureSteps;
    else if (!measureTables(stepDone))
        return false;

    const QPageLayout pages = pageLayout();
    const ReportTypesetter typesetter(m_document.language);
    ReportLayout layout(m_document, typesetter, m_columns,
                        pages.paintRect(QPageLayout::Point).size());
    if (!layout.run(stepDone))
        return false;
    if (progress && !progress(total, total))
        return false;

    m_pages = layout.pages();
    m_laidOut = true;
    qCInfo(lcReport) << "Laid out" << m_document.title << "in" << m_pages.size() << "pages,"
                     << (pages.orientation() == QPageLayout::Landscape ? "landscape"
                                                                        : "portrait");
    return true;
}

int ReportRenderer::pageCount() const
{
    return int(m_pages.size());
}

void ReportRenderer::paintPage(QPainter *painter, int pageIndex) const
{
    if (pageIndex < 0 || pageIndex >= m_pages.size())
        return;
    const ReportPage &page = m_pages.at(pageIndex);

    // One unit of the painter becomes one point.
    const QPaintDevice *device = painter->device();
    const qreal dpiX = device->logicalDpiX();
    const qreal dpiY = device->logicalDpiY();
    painter->save();
    painter->scale(dpiX / 72, dpiY / 72);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);

    for (const QRectF &shade : page.shades)
        painter->fillRect(shade, ShadeColor);

    // A PDF embeds the image with all its pixels (Qt 6.4 compresses it as
    // JPEG or with Flate), so drawing it smaller loses no resolution.
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    for (const ReportPageImage &image : page.images)
        painter->drawImage(image.rect, image.image);
    for (const ReportPageRule &rule : page.rules) {
        painter->setPen(QPen(rule.color, rule.width, Qt::SolidLine, Qt::FlatCap));
        painter->drawLine(rule.line);
    }

    // Fonts are made when first needed; a page uses two or three styles.
    std::array<std::optional<QFont>, StyleCount> fonts;
    int currentStyle = -1;
    painter->setPen(Qt::black);
    for (const ReportPageText &text : page.texts) {
        const int style = int(text.style);
        if (style != currentStyle) {
            if (!fonts[style])
                fonts[style] = ReportTypesetter::font(m_document.language, text.style, dpiY);
            painter->setFont(*fonts[style]);
            currentStyle = style;
        }
        painter->drawText(text.baseline, text.text);
    }
    painter->restore();
}

bool ReportRenderer::print(QPagedPaintDevice *device,
                           const std::function<bool(qsizetype, qsizetype)> &progress,
                           QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    const qsizetype half = layoutStepCount();
    const qsizetype total = 2 * half;

    if (!m_laidOut) {
        std::function<bool(qsizetype, qsizetype)> layoutProgress;
        if (progress)
            layoutProgress = [&](qsizetype done, qsizetype) { return progress(done, total); };
        if (!layout(layoutProgress)) {
            message = tr("Printing was canceled.");
            return false;
        }
    }

    if (!device->setPageLayout(pageLayout()))
        qCWarning(lcReport) << "The printer rejected the page layout of" << m_document.title;
    QPainter painter;
    if (!painter.begin(device)) {
        message = tr("Cannot start printing: the printer or the PDF file cannot be opened.");
        qCWarning(lcReport) << "Cannot begin painting" << m_document.title;
        return false;
    }

    // A printer may ask for a range of pages (numbered from 1) in its dialog.
    auto *printer = dynamic_cast<QPrinter *>(device);
    int firstPage = 0;
    int endPage = int(m_pages.size());
    if (printer && printer->printRange() == QPrinter::PageRange && printer->fromPage() > 0) {
        firstPage = std::min(printer->fromPage() - 1, endPage);
        endPage = std::clamp(printer->toPage(), firstPage, endPage);
    }

    for (int page = firstPage; page < endPage; ++page) {
        if (page > firstPage && !device->newPage()) {
            painter.end();
            message = tr("Cannot start page %1 of %2 on the printer or in the PDF file.")
                          .arg(page + 1)
                          .arg(m_pages.size());
            qCWarning(lcReport) << "newPage() failed at page" << page + 1;
            return false;
        }
        paintPage(&painter, page);

        const qsizetype painted = page + 1 - firstPage;
        if (progress && !progress(half + half * painted / (endPage - firstPage), total)) {
            // A printer drops the job; a PDF writer's caller discards the file.
            if (printer)
                printer->abort();
            painter.end();
            message = tr("Printing was canceled.");
            return false;
        }
    }

    if (!painter.end()) {
        message = tr("Printing failed: the printer or the PDF file did not accept the pages.");
        qCWarning(lcReport) << "Painting" << m_document.title << "failed at the end";
        return false;
    }
    return true;
}

bool ReportRenderer::measureTables(const std::function<bool()> &rowDone) const
{
    if (m_measured)
        return true;

    const ReportTypesetter typesetter(m_document.language);
    QList<ReportTableColumns> measured;
    for (const ReportBlock &block : m_document.blocks) {
        if (block.kind != ReportBlock::Kind::Table)
            continue;
        ReportTableColumns columns;
        if (!columns.measure(block.table, typesetter, rowDone))
            return false;
        measured.append(columns);
    }
    m_columns = measured;
    m_measured = true;
    return true;
}

QPageLayout::Orientation ReportRenderer::orientation() const
{
    switch (m_document.orientation) {
    case ReportDocument::Orientation::Portrait:
        return QPageLayout::Portrait;
    case ReportDocument::Orientation::Landscape:
        return QPageLayout::Landscape;
    case ReportDocument::Orientation::Automatic:
        break;
    }

    if (!m_orientation) {
        measureTables({});
        const qreal portraitWidth =
            pageLayoutFor(QPageLayout::Portrait).paintRect(QPageLayout::Point).width();
        const bool fits = std::all_of(m_columns.cbegin(), m_columns.cend(),
                                      [&](const ReportTableColumns &columns) {
                                          return columns.minimumWidth() <= portraitWidth;
                                      });
        m_orientation = fits ? QPageLayout::Portrait : QPageLayout::Landscape;
    }
    return *m_orientation;
}

QPageLayout ReportRenderer::pageLayoutFor(QPageLayout::Orientation orientation) const
{
    return QPageLayout(QPageSize(QPageSize::A4), orientation, PageMargins,
                       QPageLayout::Millimeter);
}

qsizetype ReportRenderer::layoutStepCount() const
{
    qsizetype rows = 0;
    for (const ReportBlock &block : m_document.blocks) {
        if (block.kind == ReportBlock::Kind::Table)
            rows += block.table.rows.size();
    }
    return 2 * rows + m_document.blocks.size();
}
