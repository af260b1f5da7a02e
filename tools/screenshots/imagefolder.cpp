#include "imagefolder.h"

#include "screencapture.h"

#include <QPixmap>
#include <QTest>
#include <QWidget>

namespace {

// How long the events of a shown window are processed before it is
// grabbed, so that queued layout requests and model resets have run.
constexpr int SettleMs = 200;

} // namespace

bool ImageFolder::saveWindow(QWidget *window, const QString &name, QString *error)
{
    if (!QTest::qWaitForWindowExposed(window)) {
        *error = QStringLiteral("The window for %1 was not shown.").arg(name);
        return false;
    }
    QTest::qWait(SettleMs);

    return saveImage(window->grab(), name, error);
}

bool ImageFolder::saveImage(const QPixmap &image, const QString &name, QString *error)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".png"));
    // Quality 0 selects the strongest compression, and PNG stays lossless.
    if (image.isNull() || !image.save(path, "PNG", 0)) {
        *error = QStringLiteral("Could not write %1.").arg(path);
        return false;
    }
    m_savedFiles << path;
    return true;
}

bool ImageFolder::savePdfPage(const QString &pdfPath, const QString &name, QString *error)
{
    const QImage page = ScreenCapture::renderPdfPage(pdfPath, error);
    if (page.isNull())
        return false;
    return saveImage(QPixmap::fromImage(page), name, error);
}
