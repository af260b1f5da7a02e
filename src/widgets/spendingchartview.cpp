#include "spendingchartview.h"

#include "logging.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QContextMenuEvent>
#include <QCursor>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>
#include <iterator>

SpendingChartView::SpendingChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 220);
}

bool SpendingChartView::savePng(const QString &path, QString *error)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    const QImage image = grab().toImage();

    // The file appears under its name only after commit().
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        *error = tr("Cannot write the PNG file %1: %2. Choose another folder or file name.")
                     .arg(shownPath, file.errorString());
        qCWarning(lcUi) << "Cannot save the chart as" << shownPath << file.errorString();
        return false;
    }
    qCInfo(lcUi) << "Saved the chart" << chart()->title() << "as" << shownPath;
    return true;
}

void SpendingChartView::savePngInteractively()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested = QDir(folder).filePath(
        (m_fileBaseName.isEmpty() ? QStringLiteral("chart") : m_fileBaseName)
        + QStringLiteral(".png"));
    QString path = m_chooseSavePath ? m_chooseSavePath(suggested)
                                    : QFileDialog::getSaveFileName(this, tr("Save Chart as PNG"),
                                                                   suggested,
                                                                   tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;

    // Not every platform's file dialog adds the extension.
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");

    QString error;
    if (!savePng(path, &error))
        QMessageBox::warning(this, tr("Chart Not Saved"), error);
}

QImage SpendingChartView::renderImage(const QSize &logicalSize, qreal scale)
{
    // A chart of its own, so the one on screen keeps its size. The scene
    // deletes the chart when it goes.
    QGraphicsScene scene;
    QChart *printed = createChart();
    printed->setTitle(QString());
    scene.addItem(printed);
    printed->resize(logicalSize);
    if (printed->layout())
        printed->layout()->activate();

    // With the device pixel ratio, the painter works in logical units and
    // text and lines are drawn at the image's full resolution.
    const QSize pixels(qRound(logicalSize.width() * scale), qRound(logicalSize.height() * scale));
    QImage image(pixels, QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                           | QPainter::SmoothPixmapTransform);
    const QRectF area(QPointF(0, 0), QSizeF(logicalSize));
    scene.render(&painter, area, area);
    painter.end();
    image.setDevicePixelRatio(1);
    return image;
}

void SpendingChartView::rebuild()
{
    showToolTip(QString());

    // setChart() gives up the previous chart without deleting it.
    QChart *previous = chart();
    setChart(createChart());
    delete previous;
}

void SpendingChartView::showToolTip(const QString &text)
{
    if (text == m_toolTip)
        return;
    m_toolTip = text;
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, this);
    emit toolTipChanged(text);
}

void SpendingChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *save = menu.addAction(tr("Save as &PNG…"));
    save->setObjectName(QStringLiteral("saveChartPngAction"));
    connect(save, &QAction::triggered, this, &SpendingChartView::savePngInteractively);
    menu.exec(event->globalPos());
}

QChart *SpendingChartView::newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->setTitle(title.toHtmlEscaped());
    return chart;
}

void SpendingChartView::applyFonts(QChart *chart)
{
    const QFont font = QApplication::font();
    QFont titleFont = font;
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->setFont(font);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
    }
}

qreal SpendingChartView::chartValue(const Money &amount)
{
    return qreal(amount.minorUnits()) / std::pow(10.0, amount.minorDigits());
}

QValueAxis *SpendingChartView::amountAxis(qreal maxValue)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, maxValue > 0 ? maxValue : 1);
    axis->applyNiceNumbers();
    const qreal step = (axis->max() - axis->min()) / std::max(1, axis->tickCount() - 1);
    axis->setLabelFormat(step < 1 ? QStringLiteral("%.2f") : QStringLiteral("%.0f"));
    return axis;
}

QColor SpendingChartView::sliceColor(int index)
{
    // The light theme shades one blue, which makes neighbouring slices hard
    // to tell apart.
    static const QColor colors[] = {
        QColor(0x2f, 0x6d, 0xb5), QColor(0xe0, 0x8e, 0x2b), QColor(0x3f, 0x9e, 0x5a),
        QColor(0xc2, 0x45, 0x45), QColor(0x7b, 0x5c, 0xb0), QColor(0x8c, 0x6a, 0x4f),
        QColor(0xd4, 0x6f, 0xaf), QColor(0x7f, 0x7f, 0x7f), QColor(0xa8, 0xa8, 0x2e),
        QColor(0x2b, 0xa5, 0xb5),
    };
    return colors[index % std::size(colors)];
}

QColor SpendingChartView::chargeColor()
{
    return QColor(0x2f, 0x6d, 0xb5);
}

QColor SpendingChartView::paymentColor()
{
    return QColor(0x3f, 0x9e, 0x5a);
}

QColor SpendingChartView::highlightColor()
{
    return QColor(0xd9, 0x6c, 0x1f);
}
