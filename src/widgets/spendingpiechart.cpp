#include "spendingpiechart.h"

#include "spendingshare.h"

#include <QChart>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>

SpendingPieChart::SpendingPieChart(QWidget *parent)
    : SpendingChartView(parent)
{
    setObjectName(QStringLiteral("spendingPieChart"));
}

void SpendingPieChart::setEntries(const QString &title, const QList<SpendingChartEntry> &entries,
                                  const Money &total, const QString &emptyText)
{
    m_title = title;
    m_entries = entries;
    m_total = total;
    m_emptyText = emptyText;
    rebuild();
}

QString SpendingPieChart::toolTipFor(int index) const
{
    if (index < 0 || index >= m_entries.size())
        return QString();
    const SpendingChartEntry &entry = m_entries.at(index);
    const SpendingShare share(entry.amount.minorUnits(), m_total.minorUnits());
    return entry.label + QLatin1Char('\n')
           + tr("%1, %2 of the charges (%n charges)", nullptr, entry.chargeCount)
                 .arg(entry.amount.format(), share.format());
}

QChart *SpendingPieChart::createChart()
{
    QChart *chart = newChart(m_title);
    if (m_entries.isEmpty()) {
        chart->setTitle(m_title.toHtmlEscaped() + QStringLiteral("<br>")
                        + m_emptyText.toHtmlEscaped());
        applyFonts(chart);
        return chart;
    }

    auto *series = new QPieSeries;
    series->setPieSize(0.8);
    for (qsizetype index = 0; index < m_entries.size(); ++index) {
        const SpendingChartEntry &entry = m_entries.at(index);
        const SpendingShare share(entry.amount.minorUnits(), m_total.minorUnits());

        // The legend shows the label with the share; the amount is in the
        // tooltip and the table, where there is room for it.
        QPieSlice *slice = series->append(
            tr("%1 %2", "fee type or reason and its share").arg(entry.label, share.format()),
            chartValue(entry.amount));
        slice->setLabelVisible(false);
        slice->setColor(entry.highlighted ? highlightColor() : sliceColor(int(index)));
        slice->setBorderColor(Qt::white);
        connect(slice, &QPieSlice::hovered, this, [this, slice, index](bool state) {
            slice->setExploded(state);
            showToolTip(state ? toolTipFor(int(index)) : QString());
        });
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);

    // A long fee type is cut short in a narrow legend; hovering shows it whole.
    chart->legend()->setShowToolTips(true);
    applyFonts(chart);
    return chart;
}
