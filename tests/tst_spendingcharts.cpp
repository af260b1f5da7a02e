#include "customerspendingtab.h"
#include "guitestsupport.h"
#include "reportfixture.h"
#include "reportfonts.h"
#include "reportmenus.h"
#include "reportoutputcontroller.h"
#include "reportpdfwriter.h"
#include "spendinganalysisdialog.h"
#include "spendingbarchart.h"
#include "spendingchartpanel.h"
#include "spendingfixture.h"
#include "spendingmonthlychart.h"
#include "spendingperiodfields.h"
#include "spendingpiechart.h"
#include "spendingquery.h"
#include "spendingreportbuilder.h"
#include "testsupport.h"
#include "translations.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QMainWindow>
#include <QMenuBar>
#include <QPieSeries>
#include <QPieSlice>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolTip>

#include <memory>

// The spending charts on the offscreen platform: their series and values,
// tooltips from the hover signals, PNG export, the charts drawn for print,
// the Spending Analysis PDF, the dialog of the Reports menu and the
// customer page's tab.
class tst_SpendingCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void monthlyChartHasTwoSetsPerMonth();
    void feeTypePieHasSlicePerType();
    void reasonBarsHighlightBillingError();
    void topCustomersLargestOnTop();
    void monthlyToolTipFromHover_data();
    void monthlyToolTipFromHover();
    void monthlyToolTipFromMouse();
    void sliceToolTipFromHover();
    void barToolTipFromHover();
    void pngExportHasViewSize();
    void printImageHasScaledSize();
    void pdfReportHasTitleAndFigures_data();
    void pdfReportHasTitleAndFigures();
    void dialogFollowsFields();
    void dialogSavesPngAndPdf();
    void dialogRetranslates();
    void customerTabUsesCustomerCurrency();
    void reportsMenuOpensDialog();

private:
    SpendingData query(UiLanguage language, qint64 customerId = 0) const;
    qint64 insertCustomer(const QString &code, const QString &name, const QString &currency);
    qint64 insertCharge(qint64 customerId, const QString &feeType, const QString &reason,
                        qint64 amountMinor, const QDate &day);
    bool insertPayment(qint64 customerId, qint64 chargeId, qint64 amountMinor, const QDate &day);

    std::unique_ptr<TestDatabase> m_database;
    QTemporaryDir m_outputDir;
    qint64 m_east = 0;
    qint64 m_west = 0;
    int m_nextKey = 0;
};

namespace {

constexpr int JobTimeoutMs = 60000;
constexpr int ToolTimeoutMs = 60000;

const QLocale English(QLocale::English, QLocale::UnitedStates);

SpendingFilter period(qint64 customerId, const QString &currency)
{
    SpendingFilter filter;
    filter.customerId = customerId;
    filter.fromMonth = QDate(2026, 1, 1);
    filter.toMonth = QDate(2026, 3, 1);
    filter.currency = currency;
    return filter;
}

// Runs a poppler-utils tool and returns its standard output as UTF-8.
QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(ToolTimeoutMs) || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return QString();
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &path)
{
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
}

// Returns the rows of "pdfimages -list" after its two header lines.
QStringList pdfImages(const QString &path)
{
    QStringList lines =
        runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.mid(2);
}

// Returns how many pixels of image have color, roughly: red, green and
// blue not all within 16 of each other. Chart bars are colored, text and
// axes grey.
int coloredPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor color = image.pixelColor(x, y);
            const int spread = std::max({color.red(), color.green(), color.blue()})
                               - std::min({color.red(), color.green(), color.blue()});
            count += spread > 16 ? 1 : 0;
        }
    }
    return count;
}

} // namespace

void tst_SpendingCharts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ChargeDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_spendingcharts"));
    QVERIFY(m_outputDir.isValid());
    if (qEnvironmentVariableIsSet("CHARGEDESK_KEEP_TEST_OUTPUT")) {
        m_outputDir.setAutoRemove(false);
        qInfo("Output kept in %s", qPrintable(m_outputDir.path()));
    }
    const QString fontError = ReportFonts::ensureAvailable();
    QVERIFY2(fontError.isEmpty(), qPrintable(fontError));
    for (const char *tool : {"pdftotext", "pdfimages"}) {
        QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
                 "poppler-utils is missing");
    }

    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
    m_east = insertCustomer(QStringLiteral("EAST"), QStringLiteral("华东贸易有限公司"),
                            QStringLiteral("CNY"));
    const qint64 north = insertCustomer(QStringLiteral("NORTH"),
                                        QStringLiteral("华北商贸有限公司"), QStringLiteral("CNY"));
    m_west = insertCustomer(QStringLiteral("WEST"), QStringLiteral("West Coast Supply"),
                            QStringLiteral("USD"));
    QVERIFY(m_east && north && m_west);

    // CNY: January 100.00 + 33.33, February 250.00, March 66.66; billing
    // errors 33.33 + 66.66 = 99.99 of 449.99 = 22.22 %.
    const qint64 service = insertCharge(m_east, QStringLiteral("SERVICE"),
                                        QStringLiteral("UNPAID"), 10000, QDate(2026, 1, 10));
    QVERIFY(service);
    QVERIFY(insertCharge(m_east, QStringLiteral("MATERIAL"), QStringLiteral("BILLING_ERROR"),
                         3333, QDate(2026, 1, 20)));
    QVERIFY(insertCharge(north, QStringLiteral("LATE_FEE"), QStringLiteral("UNPAID"), 25000,
                         QDate(2026, 2, 5)));
    QVERIFY(insertCharge(north, QStringLiteral("FREIGHT"), QStringLiteral("BILLING_ERROR"), 6666,
                         QDate(2026, 3, 30)));
    QVERIFY(insertPayment(m_east, service, 6000, QDate(2026, 1, 31)));

    const qint64 usd = insertCharge(m_west, QStringLiteral("SERVICE"), QStringLiteral("OTHER"),
                                    99999, QDate(2026, 2, 14));
    QVERIFY(usd);
    QVERIFY(insertPayment(m_west, usd, 10000, QDate(2026, 3, 2)));
}

void tst_SpendingCharts::init()
{
    Translations::apply(UiLanguage::English);
}

qint64 tst_SpendingCharts::insertCustomer(const QString &code, const QString &name,
                                          const QString &currency)
{
    return SpendingFixture::insertCustomer(m_database->db(), code, name, currency);
}

// Charges entered at noon local time on day; ChargeService stamps the
// current time, so backdated charges are written directly.
qint64 tst_SpendingCharts::insertCharge(qint64 customerId, const QString &feeType,
                                        const QString &reason, qint64 amountMinor,
                                        const QDate &day)
{
    return SpendingFixture::insertCharge(m_database->db(),
                                         QStringLiteral("charts-%1").arg(++m_nextKey),
                                         customerId, feeType, reason, amountMinor,
                                         QDateTime(day, QTime(12, 0), Qt::LocalTime));
}

bool tst_SpendingCharts::insertPayment(qint64 customerId, qint64 chargeId, qint64 amountMinor,
                                       const QDate &day)
{
    QSqlQuery query(m_database->db());
    QString error;
    if (!ReportFixture::exec(
            query,
            QStringLiteral("INSERT INTO payments (request_key, customer_id, charge_id, "
                           "amount_minor, currency, paid_on, payment_method_code, created_by, "
                           "created_at) SELECT ?, ?, id, ?, currency, ?, 'BANK_TRANSFER', "
                           "'li', '2026-04-01T02:00:00.000Z' FROM charges WHERE id = ?"),
            {QStringLiteral("charts-payment-%1").arg(++m_nextKey), customerId, amountMinor,
             day.toString(Qt::ISODate), chargeId},
            &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

SpendingData tst_SpendingCharts::query(UiLanguage language, qint64 customerId) const
{
    SpendingData data;
    QString error;
    const QString currency = customerId == m_west ? QStringLiteral("USD") : QStringLiteral("CNY");
    if (!SpendingQuery(m_database->db(), language).run(period(customerId, currency), &data,
                                                        &error)) {
        qWarning("Spending query failed: %s", qPrintable(error));
    }
    return data;
}

void tst_SpendingCharts::monthlyChartHasTwoSetsPerMonth()
{
    SpendingMonthlyChart chart;
    const SpendingData data = query(UiLanguage::English);
    chart.setMonths(data.months, QStringLiteral("CNY"));

    QCOMPARE(chart.chart()->series().size(), 1);
    auto *series = qobject_cast<QBarSeries *>(chart.chart()->series().constFirst());
    QVERIFY(series);
    QCOMPARE(series->count(), 2);
    QBarSet *charges = series->barSets().at(SpendingMonthlyChart::ChargesSet);
    QBarSet *payments = series->barSets().at(SpendingMonthlyChart::PaymentsSet);
    QCOMPARE(charges->count(), 3);
    QCOMPARE(payments->count(), 3);
    QCOMPARE(charges->at(0), 133.33);
    QCOMPARE(charges->at(1), 250.0);
    QCOMPARE(charges->at(2), 66.66);
    QCOMPARE(payments->at(0), 60.0);
    QCOMPARE(payments->at(1), 0.0);

    const QList<QAbstractAxis *> axes = chart.chart()->axes(Qt::Horizontal);
    QCOMPARE(axes.size(), 1);
    auto *months = qobject_cast<QBarCategoryAxis *>(axes.constFirst());
    QVERIFY(months);
    QCOMPARE(months->categories(), QStringList({QStringLiteral("Jan"), QStringLiteral("Feb"),
                                                QStringLiteral("Mar")}));
    QCOMPARE(months->titleText(), QStringLiteral("2026"));

    // Beyond 12 months, each label names its year.
    QList<SpendingMonth> longer = data.months;
    for (int i = 0; i < 10; ++i) {
        SpendingMonth month = data.months.constLast();
        month.month = longer.constLast().month.addMonths(1);
        longer << month;
    }
    chart.setMonths(longer, QStringLiteral("CNY"));
    months = qobject_cast<QBarCategoryAxis *>(chart.chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(months);
    QCOMPARE(months->categories().size(), 13);
    QCOMPARE(months->categories().constLast(), QStringLiteral("Jan 2027"));
    QVERIFY(months->titleText().isEmpty());
}

void tst_SpendingCharts::feeTypePieHasSlicePerType()
{
    SpendingChartPanel panel;
    panel.setData(query(UiLanguage::English));

    auto *series = qobject_cast<QPieSeries *>(panel.feeTypeChart()->chart()->series().value(0));
    QVERIFY(series);
    QCOMPARE(series->count(), 4);

    // Largest first, with the share in the legend label.
    QCOMPARE(series->slices().at(0)->label(), QStringLiteral("Late fee 55.6%"));
    QCOMPARE(series->slices().at(0)->value(), 250.0);
    QCOMPARE(series->slices().at(3)->label(), QStringLiteral("Material fee 7.4%"));

    // A legend label cut short for width is shown whole on hover.
    QVERIFY(panel.feeTypeChart()->chart()->legend()->showToolTips());
}

void tst_SpendingCharts::reasonBarsHighlightBillingError()
{
    SpendingChartPanel panel;
    panel.setData(query(UiLanguage::English));

    auto *series = qobject_cast<QHorizontalBarSeries *>(
        panel.reasonChart()->chart()->series().value(0));
    QVERIFY(series);
    QCOMPARE(series->count(), 1);
    QBarSet *set = series->barSets().constFirst();

    // Bottom to top: billing errors 99.99, then not paid 350.00.
    QCOMPARE(set->count(), 2);
    QCOMPARE(set->at(0), 99.99);
    QCOMPARE(set->at(1), 350.0);
    QCOMPARE(set->selectedBars(), QList<int>({0}));
}

void tst_SpendingCharts::topCustomersLargestOnTop()
{
    SpendingChartPanel panel;
    panel.setData(query(UiLanguage::English));
    QVERIFY(!panel.topCustomerChart()->isHidden());

    auto *series = qobject_cast<QHorizontalBarSeries *>(
        panel.topCustomerChart()->chart()->series().value(0));
    QVERIFY(series);
    QBarSet *set = series->barSets().constFirst();
    QCOMPARE(set->count(), 2);
    QCOMPARE(set->at(1), 316.66); // NORTH, at the top
    QCOMPARE(set->at(0), 133.33); // EAST
    auto *names = qobject_cast<QBarCategoryAxis *>(
        panel.topCustomerChart()->chart()->axes(Qt::Vertical).value(0));
    QVERIFY(names);
    QCOMPARE(names->categories(), QStringList({QStringLiteral("华东贸易有限公司"),
                                               QStringLiteral("华北商贸有限公司")}));
}

void tst_SpendingCharts::monthlyToolTipFromHover_data()
{
    QTest::addColumn<UiLanguage>("language");
    QTest::addColumn<int>("set");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("expected");

    QTest::newRow("en charges") << UiLanguage::English << int(SpendingMonthlyChart::ChargesSet)
                                << 0 << QStringLiteral("Jan 2026\nCharges: ¥133.33 (2 ");
    QTest::newRow("en payments") << UiLanguage::English
                                 << int(SpendingMonthlyChart::PaymentsSet) << 0
                                 << QStringLiteral("Jan 2026\nPayments of charges: ¥60.00 (");
    QTest::newRow("zh charges") << UiLanguage::SimplifiedChinese
                                << int(SpendingMonthlyChart::ChargesSet) << 1
                                << QStringLiteral("2026年2月");
}

void tst_SpendingCharts::monthlyToolTipFromHover()
{
    QFETCH(UiLanguage, language);
    QFETCH(int, set);
    QFETCH(int, index);
    QFETCH(QString, expected);

    Translations::apply(language);
    SpendingMonthlyChart chart;
    chart.resize(600, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setMonths(query(language).months, QStringLiteral("CNY"));
    auto *series = qobject_cast<QBarSeries *>(chart.chart()->series().constFirst());
    QVERIFY(series);

    emit series->barSets().at(set)->hovered(true, index);
    QVERIFY2(chart.toolTipText().startsWith(expected), qPrintable(chart.toolTipText()));
    QCOMPARE(QToolTip::text(), chart.toolTipText());
    if (language == UiLanguage::SimplifiedChinese)
        QVERIFY2(chart.toolTipText().contains(QStringLiteral("¥250.00")),
                 qPrintable(chart.toolTipText()));

    emit series->barSets().at(set)->hovered(false, index);
    QVERIFY(chart.toolTipText().isEmpty());
}

void tst_SpendingCharts::monthlyToolTipFromMouse()
{
    SpendingMonthlyChart chart;
    chart.resize(600, 300);
    chart.setMonths(query(UiLanguage::English).months, QStringLiteral("CNY"));
    chart.show();
    chart.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&chart));

    // The middle of February's charges bar, the left bar of the pair.
    auto *series = qobject_cast<QBarSeries *>(chart.chart()->series().constFirst());
    QVERIFY(series);
    const QPointF value(1 - series->barWidth() / 4, 125.0);
    const QPoint inView = chart.mapFromScene(chart.chart()->mapToPosition(value, series));
    QTest::mouseMove(chart.viewport(), inView);
    QTRY_VERIFY2(chart.toolTipText().startsWith(QStringLiteral("Feb 2026\nCharges: ¥250.00")),
                 qPrintable(chart.toolTipText()));

    QTest::mouseMove(chart.viewport(), QPoint(2, 2));
    QTRY_VERIFY(chart.toolTipText().isEmpty());
}

void tst_SpendingCharts::sliceToolTipFromHover()
{
    SpendingChartPanel panel;
    panel.setData(query(UiLanguage::English));
    auto *series = qobject_cast<QPieSeries *>(panel.feeTypeChart()->chart()->series().value(0));
    QVERIFY(series);
    QPieSlice *slice = series->slices().at(1); // service fee, 100.00 of 449.99

    QSignalSpy changed(panel.feeTypeChart(), &SpendingChartView::toolTipChanged);
    emit slice->hovered(true);
    // The count at the end follows the plural forms of the translation.
    const QString text = panel.feeTypeChart()->toolTipText();
    QVERIFY2(text.startsWith(QStringLiteral("Service fee\n¥100.00, 22.2% of the charges (1 ")),
             qPrintable(text));
    QVERIFY(slice->isExploded());
    emit slice->hovered(false);
    QVERIFY(panel.feeTypeChart()->toolTipText().isEmpty());
    QVERIFY(!slice->isExploded());
    QCOMPARE(changed.size(), 2);
}

void tst_SpendingCharts::barToolTipFromHover()
{
    SpendingChartPanel panel;
    panel.setData(query(UiLanguage::English));
    auto *series = qobject_cast<QHorizontalBarSeries *>(
        panel.reasonChart()->chart()->series().value(0));
    QVERIFY(series);

    // Bar 0 is the bottom bar, the last entry.
    emit series->barSets().constFirst()->hovered(true, 0);
    const QString text = panel.reasonChart()->toolTipText();
    QVERIFY2(text.startsWith(
                 QStringLiteral("Bill omission or error\n¥99.99, 22.2% of the charges (2 ")),
             qPrintable(text));
}

void tst_SpendingCharts::pngExportHasViewSize()
{
    SpendingMonthlyChart chart;
    chart.resize(520, 300);
    chart.setMonths(query(UiLanguage::English).months, QStringLiteral("CNY"));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));

    const QString path = m_outputDir.filePath(QStringLiteral("monthly.png"));
    QString error;
    QVERIFY2(chart.savePng(path, &error), qPrintable(error));
    QVERIFY(QFileInfo(path).size() > 0);
    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), chart.size() * chart.devicePixelRatio());
    QVERIFY(coloredPixels(image) > 100);

    // A folder that does not exist is named in the message.
    const QString missing = m_outputDir.filePath(QStringLiteral("missing/monthly.png"));
    QVERIFY(!chart.savePng(missing, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(missing)), qPrintable(error));
}

void tst_SpendingCharts::printImageHasScaledSize()
{
    SpendingChartPanel panel;
    panel.setData(query(UiLanguage::English));
    const QImage image = panel.monthlyChart()->renderImage(QSize(640, 320), 3);
    QCOMPARE(image.size(), QSize(1920, 960));
    QCOMPARE(image.devicePixelRatio(), 1.0);
    QVERIFY(coloredPixels(image) > 1000);

    const SpendingChartImages images = panel.printImages();
    QCOMPARE(images.monthly.width(), 1920);
    QVERIFY(!images.feeTypes.isNull());
    QVERIFY(!images.reasons.isNull());
    QVERIFY(!images.topCustomers.isNull());
}

void tst_SpendingCharts::pdfReportHasTitleAndFigures_data()
{
    QTest::addColumn<UiLanguage>("language");
    QTest::addColumn<qint64>("customer"); // 0: all, 1: EAST
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("imageCount");

    QTest::newRow("en all") << UiLanguage::English << qint64(0)
                            << QStringList{QStringLiteral("Spending analysis"),
                                           QStringLiteral("All customers"),
                                           QStringLiteral("Jan 2026"),
                                           QStringLiteral("¥133.33"),
                                           QStringLiteral("¥449.99"),
                                           QStringLiteral("22.2%"),
                                           QStringLiteral("Bill omission or error"),
                                           QStringLiteral("华北商贸有限公司")}
                            << 4;
    QTest::newRow("zh one customer") << UiLanguage::SimplifiedChinese << qint64(1)
                                     << QStringList{QStringLiteral("EAST 华东贸易有限公司"),
                                                    QStringLiteral("2026年1月"),
                                                    QStringLiteral("¥133.33"),
                                                    QStringLiteral("¥60.00"),
                                                    QStringLiteral("25.0%"),
                                                    QStringLiteral("账单遗漏或错误"),
                                                    QStringLiteral("材料费")}
                                     << 3;
}

void tst_SpendingCharts::pdfReportHasTitleAndFigures()
{
    QFETCH(UiLanguage, language);
    QFETCH(qint64, customer);
    QFETCH(QStringList, expected);
    QFETCH(int, imageCount);

    Translations::apply(language);
    SpendingChartPanel panel;
    panel.resize(1000, 700);
    panel.setData(query(language, customer ? m_east : 0));
    const ReportDocument document =
        SpendingReportBuilder(CompanyProfile(), language).build(panel.data(),
                                                                panel.printImages());
    const QString path = m_outputDir.filePath(
        QStringLiteral("spending-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag())));
    QString error;
    QVERIFY2(ReportPdfWriter::write(document, path, &error), qPrintable(error));

    const QString text = pdfText(path);
    for (const QString &needle : expected)
        QVERIFY2(text.contains(needle), qPrintable(needle + QStringLiteral(" not in:\n") + text));

    // Every chart is embedded at its print resolution, not at screen size.
    const QStringList images = pdfImages(path);
    QCOMPARE(images.size(), imageCount);
    for (const QString &line : images) {
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        QVERIFY2(columns.size() > 4 && columns.at(3) == QLatin1String("1920"),
                 qPrintable(line));
    }
}

void tst_SpendingCharts::dialogFollowsFields()
{
    SpendingAnalysisDialog dialog(m_database->db());
    dialog.periodFields()->setPeriod(QDate(2026, 1, 1), QDate(2026, 3, 1));
    QVERIFY(dialog.setCurrency(QStringLiteral("CNY")));
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.panel()->data().chargesTotal, Money(44999, QStringLiteral("CNY")));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("savePdfButton"))->isEnabled());

    QVERIFY(dialog.setCurrency(QStringLiteral("USD")));
    QCOMPARE(dialog.panel()->data().chargesTotal, Money(99999, QStringLiteral("USD")));
    QCOMPARE(dialog.panel()->data().paymentsTotal, Money(10000, QStringLiteral("USD")));

    // A period that ends before it starts disables the output.
    dialog.periodFields()->setPeriod(QDate(2026, 3, 1), QDate(2026, 1, 1));
    QVERIFY(dialog.errorText().contains(QLatin1String("Mar 2026")));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("savePdfButton"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("savePngButton"))->isEnabled());
    QCOMPARE(dialog.panel()->data().chargeCount, 0);
}

void tst_SpendingCharts::dialogSavesPngAndPdf()
{
    SpendingAnalysisDialog dialog(m_database->db());
    dialog.resize(1100, 760);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.periodFields()->setPeriod(QDate(2026, 1, 1), QDate(2026, 3, 1));
    QVERIFY(dialog.setCurrency(QStringLiteral("CNY")));

    QString suggestedPng;
    const QString png = m_outputDir.filePath(QStringLiteral("overview.png"));
    dialog.setSavePathChooser([&suggestedPng, png](const QString &suggested) {
        suggestedPng = suggested;
        return png;
    });
    dialog.findChild<QPushButton *>(QStringLiteral("savePngButton"))->click();
    QVERIFY2(suggestedPng.endsWith(QLatin1String("spending_CNY_2026-01_2026-03.png")),
             qPrintable(suggestedPng));
    const QImage image(png);
    QCOMPARE(image.size(), dialog.panel()->size() * dialog.panel()->devicePixelRatio());

    const QString pdf = m_outputDir.filePath(QStringLiteral("overview.pdf"));
    dialog.output()->setSavePathChooser([pdf](const QString &, const QString &) { return pdf; });
    dialog.findChild<QPushButton *>(QStringLiteral("savePdfButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.output()->isBusy(), JobTimeoutMs);
    QCOMPARE(dialog.output()->lastSavedPath(), pdf);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QLatin1String("Spending analysis")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("¥316.66")), qPrintable(text));
    QCOMPARE(pdfImages(pdf).size(), 4);
}

void tst_SpendingCharts::dialogRetranslates()
{
    SpendingAnalysisDialog dialog(m_database->db());
    dialog.periodFields()->setPeriod(QDate(2026, 1, 1), QDate(2026, 3, 1));
    QVERIFY(dialog.setCurrency(QStringLiteral("CNY")));

    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    QCoreApplication::processEvents();
    QCOMPARE(dialog.windowTitle(), QStringLiteral("[[Spending Analysis]]"));
    QVERIFY2(dialog.panel()->monthlyChart()->chart()->title().startsWith(
                 QLatin1String("[[Charges and payments by month")),
             qPrintable(dialog.panel()->monthlyChart()->chart()->title()));
    QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("savePdfButton"))->text(),
             QStringLiteral("[[Save P&DF…]]"));
    QCoreApplication::removeTranslator(&marking);
}

void tst_SpendingCharts::customerTabUsesCustomerCurrency()
{
    CustomerSpendingTab tab(m_database->db());
    QCOMPARE(tab.title(), QStringLiteral("Spen&ding"));
    tab.periodFields()->setPeriod(QDate(2026, 1, 1), QDate(2026, 3, 1));
    tab.setCustomer(m_west);
    QVERIFY2(tab.errorText().isEmpty(), qPrintable(tab.errorText()));
    QCOMPARE(tab.panel()->data().filter.currency, QStringLiteral("USD"));
    QCOMPARE(tab.panel()->data().chargesTotal, Money(99999, QStringLiteral("USD")));
    QVERIFY(tab.panel()->topCustomerChart()->isHidden());

    tab.setCustomer(m_east);
    QCOMPARE(tab.panel()->data().customerCode, QStringLiteral("EAST"));
    QCOMPARE(tab.panel()->data().billingErrorShare.format(English), QStringLiteral("25.0%"));
    QVERIFY2(tab.panel()->findChild<QLabel *>(QStringLiteral("spendingSummaryLabel"))
                 ->text()
                 .contains(QLatin1String("25.0%")),
             "summary without the billing-error share");
}

void tst_SpendingCharts::reportsMenuOpensDialog()
{
    QMainWindow window;
    ReportMenus menus(m_database->db(), window.menuBar(), &window);
    auto *action = window.findChild<QAction *>(QStringLiteral("spendingAnalysisAction"));
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("S&pending Analysis…"));

    bool opened = false;
    whenModalOpens<SpendingAnalysisDialog>([&opened](SpendingAnalysisDialog *dialog) {
        opened = true;
        dialog->reject();
    });
    action->trigger();
    QVERIFY(opened);
}

QTEST_MAIN(tst_SpendingCharts)
#include "tst_spendingcharts.moc"
