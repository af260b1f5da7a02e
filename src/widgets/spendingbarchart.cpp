#include "spendingbarchart.h"

#include "spendingshare.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetrics>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>

namespace {

// Category labels longer than this are elided; the tooltip has them whole.
constexpr int MaxLabelWidth = 220;

// The height of the title and the amount axis, and of each bar, in logical
// pixels, for preferredHeight().
constexpr int FrameHeight = 90;
constexpr int BarHeight = 26;
constexpr int MinimumHeight = 180;

} // namespace

SpendingBarChart::SpendingBarChart(QWidget *parent)
    : SpendingChartView(parent)
{
    setObjectName(QStringLiteral("spendingBarChart"));
}

void SpendingBarChart::setEntries(const QString &title, const QList<SpendingChartEntry> &entries,
                                  const Money &total, const QString &emptyText)
{
    m_title = title;
    m_entries = entries;
    m_total = total;
    m_emptyText = emptyText;
    rebuild();
}

QString SpendingBarChart::toolTipFor(int index) const
{
    if (index < 0 || index >= m_entries.size())
        return QString();
    const SpendingChartEntry &entry = m_entries.at(index);
    const SpendingShare share(entry.amount.minorUnits(), m_total.minorUnits());
    return entry.label + QLatin1Char('\n')
           + tr("%1, %2 of the charges (%n charges)", nullptr, entry.chargeCount)
                 .arg(entry.amount.format(), share.format());
}

int SpendingBarChart::preferredHeight() const
{
    return std::max(MinimumHeight, FrameHeight + BarHeight * int(m_entries.size()));
}

QChart *SpendingBarChart::createChart()
{
    QChart *chart = newChart(m_title);
    if (m_entries.isEmpty()) {
        chart->setTitle(m_title.toHtmlEscaped() + QStringLiteral("<br>")
                        + m_emptyText.toHtmlEscaped());
        applyFonts(chart);
        return chart;
    }

    // Qt draws the first category at the bottom, so the entries go in
    // backwards to put the largest at the top.
    auto *amounts = new QBarSet(tr("Charges"));
    amounts->setColor(chargeColor());
    amounts->setBorderColor(chargeColor());
    amounts->setSelectedColor(highlightColor());
    const QFontMetrics metrics(QApplication::font());
    QStringList categories;
    qreal maxValue = 0;
    for (qsizetype index = m_entries.size() - 1; index >= 0; --index) {
        const SpendingChartEntry &entry = m_entries.at(index);
        amounts->append(chartValue(entry.amount));
        maxValue = std::max(maxValue, chartValue(entry.amount));

        // Equal labels would merge into one category, so the rank is added
        // to a repeated label.
        QString label = metrics.elidedText(entry.label, Qt::ElideRight, MaxLabelWidth);
        if (categories.contains(label))
            label = tr("%1 (%2)", "label and rank").arg(label).arg(index + 1);
        categories << label;
        if (entry.highlighted)
            amounts->selectBar(int(categories.size() - 1));
    }

    auto *series = new QHorizontalBarSeries;
    series->append(amounts);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto *labels = new QBarCategoryAxis;
    labels->append(categories);
    chart->addAxis(labels, Qt::AlignLeft);
    series->attachAxis(labels);
    QValueAxis *axis = amountAxis(maxValue);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    chart->legend()->setVisible(false);
    applyFonts(chart);

    const int count = int(m_entries.size());
    connect(amounts, &QBarSet::hovered, this, [this, count](bool status, int index) {
        showToolTip(status ? toolTipFor(count - 1 - index) : QString());
    });
    return chart;
}
