#pragma once

#include "spendingchartview.h"

#include <QList>
#include <QString>

// Amounts as horizontal bars, largest at the top, such as the charges by
// reason or the customers with the most charges. Highlighted entries are
// drawn in the highlight colour.
class SpendingBarChart : public SpendingChartView
{
    Q_OBJECT

public:
    explicit SpendingBarChart(QWidget *parent = nullptr);

    // Shows entries, largest first, each a share of total, under title and
    // draws the chart again. An empty list shows the title and emptyText.
    void setEntries(const QString &title, const QList<SpendingChartEntry> &entries,
                    const Money &total, const QString &emptyText);

    // Returns the tooltip of the entry at index (0 is the top bar): the
    // label, then the amount, the share and the count.
    QString toolTipFor(int index) const;

    // Returns the height in logical pixels that shows every bar readably,
    // for a chart drawn for print.
    int preferredHeight() const;

protected:
    QChart *createChart() override;

private:
    QString m_title;
    QString m_emptyText;
    QList<SpendingChartEntry> m_entries;
    Money m_total;
};
