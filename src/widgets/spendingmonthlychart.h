#pragma once

#include "spendingchartview.h"
#include "spendingdata.h"

#include <QList>
#include <QString>

// Charges and payments of charges per month as pairs of vertical bars, with
// the months along the bottom in the locale's format: their names under the
// years for up to 12 months ("Mar", "3月"), else with the year in each.
class SpendingMonthlyChart : public SpendingChartView
{
    Q_OBJECT

public:
    // The bar sets in the order the chart shows them.
    enum BarSet { ChargesSet = 0, PaymentsSet = 1 };

    explicit SpendingMonthlyChart(QWidget *parent = nullptr);

    // Shows months, whose amounts are in currency, and draws the chart again.
    void setMonths(const QList<SpendingMonth> &months, const QString &currency);

    // Returns the tooltip of the bar of set at index (the month's index):
    // the month, then the set's name with the amount and count.
    QString toolTipFor(int set, int index) const;

protected:
    QChart *createChart() override;

private:
    // Returns the axis title of short month labels: "2026", or "2025 – 2026".
    QString yearsTitle() const;

    QList<SpendingMonth> m_months;
    QString m_currency;
};
