#include "screencapture.h"

#include <QMenu>
#include <QProcess>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace {

// The room around the open menus in their image, and the least width of
// that image, so the menu bar beside the menus shows too.
constexpr int MenuMargin = 8;
constexpr int MenuShotMinWidth = 360;

// The resolution of the PDF pages in the images, at which the 8.5-point
// text of the tables is still legible, and how long pdftoppm may take for
// one page.
constexpr int PdfPageDpi = 80;
constexpr int PdfRenderTimeoutMs = 30000;

// The blank rows kept under the last text of a PDF page's body.
constexpr int PdfBodyMargin = 16;

// Returns the height of a rendered report page without its footer and the
// blank space above it. From the bottom up, a page has a blank margin, the
// footer's line of text, a gap, the footer's rule, and blank space up to
// the body's last text (see ReportPageFrame). Returns the full height when
// the page does not look like that.
int bodyHeight(const QImage &page)
{
    const auto isBlank = [&page](int y) {
        for (int x = 0; x < page.width(); ++x) {
            if (page.pixel(x, y) != qRgb(255, 255, 255))
                return false;
        }
        return true;
    };

    int y = page.height() - 1;
    for (const bool blank : {true, false, true, false, true}) {
        while (y >= 0 && isBlank(y) == blank)
            --y;
    }
    return y < 0 ? page.height() : std::min(page.height(), y + 1 + PdfBodyMargin);
}

} // namespace

QPixmap ScreenCapture::grabMenus(QWidget *window, const QList<QMenu *> &menus)
{
    const QPoint topLeft = window->mapToGlobal(QPoint(0, 0));
    QRect area(topLeft, QSize(MenuShotMinWidth, 1));
    for (const QMenu *menu : menus) {
        const QRect menuRect = menu->geometry().adjusted(0, 0, MenuMargin, MenuMargin);
        area = area.united(QRect(topLeft, menuRect.bottomRight()));
    }
    return window->screen()->grabWindow(0, area.x(), area.y(), area.width(), area.height());
}

QImage ScreenCapture::renderPdfPage(const QString &pdfPath, QString *error)
{
    // pdftoppm appends .png to the prefix with -singlefile.
    const QString prefix = pdfPath.chopped(4);
    QProcess pdftoppm;
    pdftoppm.start(QStringLiteral("pdftoppm"),
                   {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                    QStringLiteral("1"), QStringLiteral("-r"), QString::number(PdfPageDpi),
                    QStringLiteral("-png"), QStringLiteral("-singlefile"), pdfPath, prefix});
    if (!pdftoppm.waitForFinished(PdfRenderTimeoutMs)
        || pdftoppm.exitStatus() != QProcess::NormalExit || pdftoppm.exitCode() != 0) {
        *error = QStringLiteral("pdftoppm could not render %1: %2 %3")
                     .arg(pdfPath, pdftoppm.errorString(),
                          QString::fromLocal8Bit(pdftoppm.readAllStandardError()));
        return {};
    }

    const QImage page(prefix + QStringLiteral(".png"));
    if (page.isNull()) {
        *error = QStringLiteral("pdftoppm wrote no image of %1.").arg(pdfPath);
        return {};
    }
    return page.copy(0, 0, page.width(), bodyHeight(page));
}
