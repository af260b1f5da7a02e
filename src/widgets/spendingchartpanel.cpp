#include "spendingchartpanel.h"

#include "logging.h"
#include "spendingbarchart.h"
#include "spendingmonthlychart.h"
#include "spendingpiechart.h"
#include "spendingquery.h"

#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QSaveFile>
#include <QVBoxLayout>

namespace {

// Charts drawn for print: laid out at these logical sizes and drawn at
// PrintScale pixels per logical pixel. 640 logical pixels scaled into the
// 180 mm body of a portrait A4 page make text of the application font's
// size about 80 % as large on paper, and 1920 pixels across it about
// 270 dpi.
const QSize MonthlyPrintSize(640, 300);
const QSize PiePrintSize(640, 260);
constexpr int PrintWidth = 640;
constexpr qreal PrintScale = 3;

QList<SpendingChartEntry> sliceEntries(const QList<SpendingSlice> &slices)
{
    QList<SpendingChartEntry> entries;
    for (const SpendingSlice &slice : slices) {
        entries << SpendingChartEntry{slice.label, slice.amount, slice.chargeCount,
                                      slice.code == SpendingQuery::BillingErrorReason};
    }
    return entries;
}

QList<SpendingChartEntry> customerEntries(const QList<SpendingCustomer> &customers)
{
    QList<SpendingChartEntry> entries;
    for (const SpendingCustomer &customer : customers)
        entries << SpendingChartEntry{customer.companyName, customer.amount, customer.chargeCount};
    return entries;
}

} // namespace

SpendingChartPanel::SpendingChartPanel(QWidget *parent)
    : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("spendingSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);

    m_monthly = new SpendingMonthlyChart(this);
    m_feeTypes = new SpendingPieChart(this);
    m_feeTypes->setObjectName(QStringLiteral("spendingFeeTypeChart"));
    m_reasons = new SpendingBarChart(this);
    m_reasons->setObjectName(QStringLiteral("spendingReasonChart"));
    m_topCustomers = new SpendingBarChart(this);
    m_topCustomers->setObjectName(QStringLiteral("spendingTopCustomerChart"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    m_grid = new QGridLayout;
    layout->addLayout(m_grid, 1);
    arrangeCharts(true);
}

void SpendingChartPanel::setData(const SpendingData &data)
{
    m_data = data;
    const QString currency = data.filter.currency;
    const QString period = data.filter.periodLabel();
    const QString fileSuffix = QStringLiteral("%1_%2_%3")
                                   .arg(currency, data.filter.fromMonth.toString(u"yyyy-MM"),
                                        data.filter.toMonth.toString(u"yyyy-MM"));
    const QString emptyText = tr("No posted charges in %1.").arg(period);

    m_summary->setText(summaryText(data));
    m_monthly->setMonths(data.months, currency);
    m_monthly->setFileBaseName(QStringLiteral("spending_monthly_") + fileSuffix);
    m_feeTypes->setEntries(tr("Charges by fee type (%1)").arg(currency),
                           sliceEntries(data.feeTypes), data.chargesTotal, emptyText);
    m_feeTypes->setFileBaseName(QStringLiteral("spending_fee_types_") + fileSuffix);
    m_reasons->setEntries(tr("Charges by reason (%1)").arg(currency),
                          sliceEntries(data.reasons), data.chargesTotal, emptyText);
    m_reasons->setFileBaseName(QStringLiteral("spending_reasons_") + fileSuffix);
    m_topCustomers->setEntries(tr("Customers with the most charges (%1)").arg(currency),
                               customerEntries(data.topCustomers), data.chargesTotal,
                               emptyText);
    m_topCustomers->setFileBaseName(QStringLiteral("spending_top_customers_") + fileSuffix);
    arrangeCharts(data.filter.customerId == 0);
}

SpendingChartImages SpendingChartPanel::printImages()
{
    SpendingChartImages images;
    images.monthly = m_monthly->renderImage(MonthlyPrintSize, PrintScale);
    images.feeTypes = m_feeTypes->renderImage(PiePrintSize, PrintScale);
    images.reasons = m_reasons->renderImage(QSize(PrintWidth, m_reasons->preferredHeight()),
                                            PrintScale);
    if (m_data.filter.customerId == 0) {
        images.topCustomers = m_topCustomers->renderImage(
            QSize(PrintWidth, m_topCustomers->preferredHeight()), PrintScale);
    }
    return images;
}

bool SpendingChartPanel::savePng(const QString &path, QString *error)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    const QImage image = grab().toImage();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        *error = tr("Cannot write the PNG file %1: %2. Choose another folder or file name.")
                     .arg(shownPath, file.errorString());
        qCWarning(lcUi) << "Cannot save the spending analysis as" << shownPath
                        << file.errorString();
        return false;
    }
    qCInfo(lcUi) << "Saved the spending analysis as" << shownPath;
    return true;
}

QString SpendingChartPanel::summaryText(const SpendingData &data, const QLocale &locale)
{
    const SpendingShare &share = data.billingErrorShare;
    const Money billingErrors(share.part(), data.filter.currency);
    const QString separator = tr("   ·   ", "between the totals above the charts");
    return tr("Posted charges: %1 (%n charges)", nullptr, data.chargeCount)
               .arg(data.chargesTotal.format(locale))
           + separator
           + tr("Payments of charges: %1 (%n payments)", nullptr, data.paymentCount)
                 .arg(data.paymentsTotal.format(locale))
           + separator
           + tr("Billing-error share: %1 (%2 of %3)")
                 .arg(share.format(locale), billingErrors.format(locale),
                      data.chargesTotal.format(locale));
}

void SpendingChartPanel::arrangeCharts(bool allCustomers)
{
    for (QWidget *chart : {static_cast<QWidget *>(m_monthly), static_cast<QWidget *>(m_feeTypes),
                           static_cast<QWidget *>(m_reasons),
                           static_cast<QWidget *>(m_topCustomers)}) {
        m_grid->removeWidget(chart);
    }
    if (allCustomers) {
        m_grid->addWidget(m_monthly, 0, 0);
        m_grid->addWidget(m_topCustomers, 0, 1);
    } else {
        m_grid->addWidget(m_monthly, 0, 0, 1, 2);
    }
    m_grid->addWidget(m_feeTypes, 1, 0);
    m_grid->addWidget(m_reasons, 1, 1);
    m_topCustomers->setVisible(allCustomers);
}
