#pragma once

#include "spendingchartview.h"

#include <QList>
#include <QString>

// Shares of the charges as a pie, such as the charges by fee type, with a
// legend of labels and percentages beside it.
class SpendingPieChart : public SpendingChartView
{
    Q_OBJECT

public:
    explicit SpendingPieChart(QWidget *parent = nullptr);

    // Shows entries, each a share of total, under title and draws the
    // chart again. An empty list shows the title and emptyText.
    void setEntries(const QString &title, const QList<SpendingChartEntry> &entries,
                    const Money &total, const QString &emptyText);

    // Returns the tooltip of the slice at index: the label, then the amount,
    // the share and the count.
    QString toolTipFor(int index) const;

protected:
    QChart *createChart() override;

private:
    QString m_title;
    QString m_emptyText;
    QList<SpendingChartEntry> m_entries;
    Money m_total;
};
