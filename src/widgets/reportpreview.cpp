#include "reportpreview.h"

#include "logging.h"
#include "reportrenderer.h"

#include <QAction>
#include <QGuiApplication>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QScreen>

namespace {

// The share of the screen's available width and height the print preview
// opens at, so a page is readable at fit-to-width zoom.
constexpr qreal PreviewScreenShare = 0.8;

// Returns the size the print preview opens at: a share of the available
// geometry of the screen that parent is on.
QSize previewSize(const QWidget *parent)
{
    const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return QSize(900, 700);
    return screen->availableGeometry().size() * PreviewScreenShare;
}

} // namespace

void ReportPreview::exec(QPrinter *printer, const ReportRenderer &renderer,
                         const QString &windowTitle, QWidget *parent)
{
    printer->setPageLayout(renderer.pageLayout());

    QPrintPreviewDialog dialog(printer, parent);
    dialog.setObjectName(QStringLiteral("reportPreviewDialog"));
    dialog.setWindowTitle(windowTitle);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&renderer](QPrinter *target) {
                         // The pages were laid out for this page size and
                         // orientation. Restoring them here keeps the preview
                         // equal to the PDF when the user changes the page
                         // setup in the preview's tool bar.
                         target->setPageLayout(renderer.pageLayout());
                         QPainter painter;
                         if (!painter.begin(target)) {
                             qCWarning(lcUi) << "Could not paint the print preview";
                             return;
                         }
                         for (int page = 0; page < renderer.pageCount(); ++page) {
                             if (page > 0)
                                 target->newPage();
                             renderer.paintPage(&painter, page);
                         }
                     });
    dialog.resize(previewSize(parent));

    // The dialog's own fit-width action also sets its tool bar check.
    if (auto *fitWidth = dialog.findChild<QAction *>(QStringLiteral("fitWidthAction")))
        fitWidth->trigger();
    else if (auto *previewWidget = dialog.findChild<QPrintPreviewWidget *>())
        previewWidget->fitToWidth();
    dialog.exec();
}
