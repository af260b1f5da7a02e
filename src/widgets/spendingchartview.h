#pragma once

#include "money.h"

#include <QChartView>
#include <QImage>
#include <QList>
#include <QString>

#include <functional>

class QChart;
class QValueAxis;

// One bar or slice of a spending chart: its label and its exact amount.
struct SpendingChartEntry
{
    QString label;
    Money amount;
    int chargeCount = 0;
    bool highlighted = false; // drawn in the highlight colour, e.g. billing errors
};

// The base of the spending analysis charts: a QChartView whose chart a
// subclass builds from the figures it was given. It shows a tooltip with
// the label and the formatted amount while the pointer is over a bar or a
// slice, saves the chart as PNG (from the context menu too) and draws it
// again for print at any resolution.
//
// Amounts reach the chart as qreal major units, because Qt Charts draws
// qreal values; the bar lengths are the only use of them. Every amount the
// user reads, in tooltips and in the tables beside the charts, is
// formatted from the exact Money.
//
// Texts follow the language current when the figures were last set. The
// owner sets the figures again after a language change, because the
// lookup labels come from the database in one language.
class SpendingChartView : public QChartView
{
    Q_OBJECT

public:
    // Returns the path to save to, or an empty string when the user
    // cancels. suggestedPath is a full path.
    using SavePathChooser = std::function<QString(const QString &suggestedPath)>;

    explicit SpendingChartView(QWidget *parent = nullptr);

    // The text of the tooltip shown last, or an empty string after the
    // pointer left the bar or slice.
    QString toolTipText() const { return m_toolTip; }

    // Saves what the view shows (QChartView::grab()) as a PNG file at path,
    // atomically. Returns false with a translated *error naming the path.
    bool savePng(const QString &path, QString *error);

    // Asks for a file name and saves the chart as PNG, with a message box
    // when that fails. The context menu's Save as PNG… calls it.
    void savePngInteractively();

    // Replaces the QFileDialog of savePngInteractively(), e.g. in tests.
    void setSavePathChooser(SavePathChooser chooser) { m_chooseSavePath = std::move(chooser); }

    // Draws a new chart of the same figures laid out at logicalSize, with
    // every length multiplied by scale in the image. 640 x 320 at scale 3
    // gives 1920 x 960 pixels, about 270 dpi across a 180 mm wide page.
    // The chart has no title, because a document's heading names it.
    QImage renderImage(const QSize &logicalSize, qreal scale);

    // The file name without folder and extension that Save as PNG… offers.
    void setFileBaseName(const QString &name) { m_fileBaseName = name; }

signals:
    // The tooltip text changed: shown over a bar or slice, or empty.
    void toolTipChanged(const QString &text);

protected:
    // Builds the chart of the current figures, connected to showToolTip().
    virtual QChart *createChart() = 0;

    // Replaces the chart with createChart().
    void rebuild();

    // Shows text as the tooltip at the pointer, or hides it when empty.
    void showToolTip(const QString &text);

    void contextMenuEvent(QContextMenuEvent *event) override;

    // Returns an empty chart with the common look: title, no animation,
    // numbers in the current locale. The title is plain text.
    static QChart *newChart(const QString &title);

    // Sets the application font, which has the Chinese glyphs, on the
    // title, the legend and every axis of chart. The themes name Arial and
    // apply it when an axis is added, so call this last.
    static void applyFonts(QChart *chart);

    // Returns amount in major units, for bar lengths only.
    static qreal chartValue(const Money &amount);

    // Returns an axis from 0 to at least maxValue with round steps, its
    // labels without decimals unless the steps are below 1.
    static QValueAxis *amountAxis(qreal maxValue);

    // Returns the colour of slice index of a pie: distinct hues that stay
    // apart in print, repeating after ten.
    static QColor sliceColor(int index);

    // The colours of charges, payments and highlighted bars.
    static QColor chargeColor();
    static QColor paymentColor();
    static QColor highlightColor();

private:
    QString m_toolTip;
    QString m_fileBaseName;
    SavePathChooser m_chooseSavePath;
};
