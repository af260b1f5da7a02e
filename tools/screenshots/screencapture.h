#pragma once

#include <QImage>
#include <QList>
#include <QPixmap>
#include <QString>

class QMenu;
class QWidget;

// Images that QWidget::grab() cannot take: open menus, which are windows of
// their own, and pages of PDF files.
namespace ScreenCapture {

// Returns the image of the screen from window's top left corner to the
// bottom right corner of the open menus, so the menu bar shows beside
// them.
QPixmap grabMenus(QWidget *window, const QList<QMenu *> &menus);

// Renders the first page of the report PDF pdfPath with pdftoppm, without
// the page footer and the blank space above it, where a short document
// leaves half the page empty. Returns a null image with *error set when
// pdftoppm fails.
QImage renderPdfPage(const QString &pdfPath, QString *error);

} // namespace ScreenCapture
