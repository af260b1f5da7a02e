#include "spendingmonthlychart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include <algorithm>

namespace {

// Periods up to this long label their months by name only, with the years
// in the axis title, because a year of "Mar 2026" labels is cut to "M…".
constexpr int MaxShortLabelMonths = 12;

// Returns the month's name as a short axis label: "Mar", or "3月".
QString shortMonthLabel(const QDate &month, const QLocale &locale)
{
    if (locale.language() == QLocale::Chinese)
        return locale.toString(month, QStringLiteral("M月"));
    return locale.toString(month, QStringLiteral("MMM"));
}

} // namespace

SpendingMonthlyChart::SpendingMonthlyChart(QWidget *parent)
    : SpendingChartView(parent)
{
    setObjectName(QStringLiteral("spendingMonthlyChart"));
}

void SpendingMonthlyChart::setMonths(const QList<SpendingMonth> &months,
                                     const QString &currency)
{
    m_months = months;
    m_currency = currency;
    rebuild();
}

QString SpendingMonthlyChart::toolTipFor(int set, int index) const
{
    if (index < 0 || index >= m_months.size())
        return QString();
    const SpendingMonth &month = m_months.at(index);
    const QString amount = set == ChargesSet
                               ? tr("Charges: %1 (%n charges)", nullptr, month.chargeCount)
                                     .arg(month.charges.format())
                               : tr("Payments of charges: %1 (%n payments)", nullptr,
                                    month.paymentCount)
                                     .arg(month.payments.format());
    return SpendingFilter::monthLabel(month.month) + QLatin1Char('\n') + amount;
}

QString SpendingMonthlyChart::yearsTitle() const
{
    const int first = m_months.constFirst().month.year();
    const int last = m_months.constLast().month.year();
    if (first == last)
        return QString::number(first);
    return tr("%1 – %2", "first and last year of a period").arg(first).arg(last);
}

QChart *SpendingMonthlyChart::createChart()
{
    QChart *chart = newChart(tr("Charges and payments by month (%1)").arg(m_currency));
    if (m_months.isEmpty()) {
        applyFonts(chart);
        return chart;
    }

    auto *charges = new QBarSet(tr("Charges"));
    auto *payments = new QBarSet(tr("Payments of charges"));
    charges->setColor(chargeColor());
    charges->setBorderColor(chargeColor());
    payments->setColor(paymentColor());
    payments->setBorderColor(paymentColor());
    // Category labels must differ, so longer periods name the year in each.
    const QLocale locale;
    const bool shortLabels = m_months.size() <= MaxShortLabelMonths;
    QStringList categories;
    qreal maxValue = 0;
    for (const SpendingMonth &month : std::as_const(m_months)) {
        const qreal charged = chartValue(month.charges);
        const qreal paid = chartValue(month.payments);
        charges->append(charged);
        payments->append(paid);
        maxValue = std::max({maxValue, charged, paid});
        categories << (shortLabels ? shortMonthLabel(month.month, locale)
                                   : SpendingFilter::monthLabel(month.month, locale));
    }

    auto *series = new QBarSeries;
    series->append(charges);
    series->append(payments);
    chart->addSeries(series);

    auto *months = new QBarCategoryAxis;
    months->append(categories);
    if (shortLabels)
        months->setTitleText(yearsTitle());
    chart->addAxis(months, Qt::AlignBottom);
    series->attachAxis(months);
    QValueAxis *amounts = amountAxis(maxValue);
    chart->addAxis(amounts, Qt::AlignLeft);
    series->attachAxis(amounts);
    chart->legend()->setAlignment(Qt::AlignTop);
    applyFonts(chart);

    connect(charges, &QBarSet::hovered, this, [this](bool status, int index) {
        showToolTip(status ? toolTipFor(ChargesSet, index) : QString());
    });
    connect(payments, &QBarSet::hovered, this, [this](bool status, int index) {
        showToolTip(status ? toolTipFor(PaymentsSet, index) : QString());
    });
    return chart;
}
