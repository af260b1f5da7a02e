#pragma once

#include "spendingdata.h"
#include "spendingreportbuilder.h"

#include <QLocale>
#include <QWidget>

class QGridLayout;
class QLabel;
class SpendingBarChart;
class SpendingMonthlyChart;
class SpendingPieChart;

// The charts of a spending analysis with a line of totals above them:
// charges and payments by month, charges by fee type (pie) and by reason
// (bars, billing errors highlighted), and for all customers the top
// customers. Used by the Spending Analysis dialog and the customer page's
// 消费分析 tab.
class SpendingChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SpendingChartPanel(QWidget *parent = nullptr);

    // Shows data in the current language. Call it again after a language
    // change with data read in the new language.
    void setData(const SpendingData &data);
    const SpendingData &data() const { return m_data; }

    // Returns the charts drawn for print, about 270 dpi across the width of
    // a portrait A4 page; the top customers only for all customers.
    SpendingChartImages printImages();

    // Saves the whole panel, totals and charts, as a PNG file at path,
    // atomically. Returns false with a translated *error naming the path.
    bool savePng(const QString &path, QString *error);

    // Returns the line of totals: the charges, the payments of charges and
    // the billing-error share, formatted in locale.
    static QString summaryText(const SpendingData &data, const QLocale &locale = QLocale());

    SpendingMonthlyChart *monthlyChart() const { return m_monthly; }
    SpendingPieChart *feeTypeChart() const { return m_feeTypes; }
    SpendingBarChart *reasonChart() const { return m_reasons; }
    SpendingBarChart *topCustomerChart() const { return m_topCustomers; }

private:
    // Places the charts: the monthly chart beside the top customers for
    // all customers, across the full width for one customer.
    void arrangeCharts(bool allCustomers);

    SpendingData m_data;
    QLabel *m_summary = nullptr;
    QGridLayout *m_grid = nullptr;
    SpendingMonthlyChart *m_monthly = nullptr;
    SpendingPieChart *m_feeTypes = nullptr;
    SpendingBarChart *m_reasons = nullptr;
    SpendingBarChart *m_topCustomers = nullptr;
};
