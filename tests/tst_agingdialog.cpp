#include "agingdialog.h"
#include "agingfixture.h"
#include "companyprofile.h"
#include "customercheckmodel.h"
#include "customerfilter.h"
#include "customerpickers.h"
#include "dateformat.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "reminderletterdialog.h"
#include "reportoutputcontroller.h"
#include "testsupport.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>

#include <memory>

using namespace AgingFixture;

namespace {

// A job reads the database, loads the report fonts and writes a file; on a
// slow machine the first one takes a few seconds.
constexpr int JobTimeoutMs = 120000;

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Returns the texts of a table row.
QStringList rowTexts(const QTableWidget *table, int row)
{
    QStringList texts;
    for (int column = 0; column < table->columnCount(); ++column)
        texts << (table->item(row, column) ? table->item(row, column)->text() : QString());
    return texts;
}

} // namespace

// Drives the Aged Receivables and Reminder Letters dialogs through their
// widgets: the table of buckets, the as-of day and the customer filter,
// the CSV and PDF files, the letters list, recording letters as sent, the
// menu entries and retranslation.
class tst_AgingDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tableShowsBuckets();
    void asOfMovesAmounts();
    void customerFilterLimitsRows_data();
    void customerFilterLimitsRows();
    void csvFileHasTableFigures();
    void pdfHasNamesAndTotals();
    void lettersListOverdueCustomers();
    void savedLettersRecordedAsSent();
    void notSentRecordsNothing();
    void menuOpensDialogs_data();
    void menuOpensDialogs();
    void dialogsRetranslate();

private:
    void waitIdle(ReportOutputController *output);
    void save(ReportOutputController *output, const QString &path, bool csv);

    // Saves a picture of widget as name.png in the output folder when
    // CHARGEDESK_KEEP_TEST_OUTPUT is set, for a look at the layout.
    void keepScreenshot(QWidget *widget, const QString &name);

    std::unique_ptr<TestDatabase> m_database;
    QTemporaryDir m_outputDir;
    qint64 m_shanghai = 0;
    qint64 m_beijing = 0;
    qint64 m_alfki = 0;
    const QDate m_today = QDate::currentDate();
};

void tst_AgingDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ChargeDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_agingdialog"));
    QVERIFY(m_outputDir.isValid());
    if (qEnvironmentVariableIsSet("CHARGEDESK_KEEP_TEST_OUTPUT")) {
        m_outputDir.setAutoRemove(false);
        qInfo() << "Test output in" << m_outputDir.path();
    }

    CompanyProfile company;
    company.name = QStringLiteral("杭州云帆信息技术有限公司");
    company.address = QStringLiteral("西湖区文三路90号");
    company.phone = QStringLiteral("0571-8888 6666");
    company.bankName = QStringLiteral("招商银行杭州分行");
    company.bankAccount = QStringLiteral("5719 0000 1234 5678");
    QString error;
    QVERIFY2(company.save(&error), qPrintable(error));
}

void tst_AgingDialog::init()
{
    Translations::apply(UiLanguage::English);
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));

    // Due dates count from today, as the dialogs open on today.
    QSqlDatabase db = m_database->db();
    m_shanghai = insertCustomer(db, QStringLiteral("SHHD"),
                                QStringLiteral("上海华东贸易有限公司"));
    m_beijing = insertCustomer(db, QStringLiteral("BJHL"), QStringLiteral("北京华联商贸有限公司"));
    m_alfki = insertCustomer(db, QStringLiteral("ALFKI"), QStringLiteral("Alfreds Futterkiste"),
                             QStringLiteral("USD"));
    QVERIFY(m_shanghai && m_beijing && m_alfki);
    QVERIFY(insertCharge(db, m_shanghai, m_today.addDays(-12), 123450));
    QVERIFY(insertCharge(db, m_shanghai, m_today.addDays(-75), 8888));
    QVERIFY(insertCharge(db, m_shanghai, m_today.addDays(15), 50000));
    QVERIFY(insertBill(db, m_beijing, QStringLiteral("BJ-2026-007"), m_today.addDays(-120),
                       250000));
    QVERIFY(insertBill(db, m_alfki, QStringLiteral("10643"), m_today.addDays(-33), 81400,
                       QStringLiteral("USD")));
}

void tst_AgingDialog::cleanup()
{
    m_database.reset();
}

void tst_AgingDialog::waitIdle(ReportOutputController *output)
{
    QTRY_VERIFY_WITH_TIMEOUT(!output->isBusy(), JobTimeoutMs);
}

void tst_AgingDialog::save(ReportOutputController *output, const QString &path, bool csv)
{
    waitIdle(output);
    output->setSavePathChooser([path](const QString &, const QString &) { return path; });
    if (csv)
        output->saveCsv();
    else
        output->savePdf();
    waitIdle(output);
}

void tst_AgingDialog::keepScreenshot(QWidget *widget, const QString &name)
{
    if (!qEnvironmentVariableIsSet("CHARGEDESK_KEEP_TEST_OUTPUT"))
        return;
    const QString path = m_outputDir.filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        qWarning() << "Could not save" << path;
}

void tst_AgingDialog::tableShowsBuckets()
{
    AgingDialog dialog(m_database->db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    waitIdle(dialog.output());
    keepScreenshot(&dialog, QStringLiteral("aging-dialog"));

    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("agingTable"));
    QVERIFY(table);
    QCOMPARE(dialog.shownData().asOf, m_today);

    // CNY by company name (上 before 北), their total, then USD.
    QCOMPARE(table->rowCount(), 5);
    QCOMPARE(rowTexts(table, 0),
             QStringList({QStringLiteral("SHHD"), QStringLiteral("上海华东贸易有限公司"),
                          QStringLiteral("CNY"), QStringLiteral("¥500.00"),
                          QStringLiteral("¥1,234.50"), QString(), QStringLiteral("¥88.88"),
                          QString(), QStringLiteral("¥1,823.38")}));
    QCOMPARE(rowTexts(table, 1),
             QStringList({QStringLiteral("BJHL"), QStringLiteral("北京华联商贸有限公司"),
                          QStringLiteral("CNY"), QString(), QString(), QString(), QString(),
                          QStringLiteral("¥2,500.00"), QStringLiteral("¥2,500.00")}));
    QCOMPARE(rowTexts(table, 2),
             QStringList({QString(), QStringLiteral("Total CNY"), QStringLiteral("CNY"),
                          QStringLiteral("¥500.00"), QStringLiteral("¥1,234.50"),
                          QStringLiteral("¥0.00"), QStringLiteral("¥88.88"),
                          QStringLiteral("¥2,500.00"), QStringLiteral("¥4,323.38")}));
    QVERIFY(table->item(2, 1)->font().bold());
    QCOMPARE(rowTexts(table, 3).at(5), QStringLiteral("US$814.00"));
    QCOMPARE(rowTexts(table, 4).at(8), QStringLiteral("US$814.00"));

    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QStringLiteral("¥4,323.38, of which ¥3,823.38 overdue")),
             qPrintable(summary->text()));
}

void tst_AgingDialog::asOfMovesAmounts()
{
    AgingDialog dialog(m_database->db());
    waitIdle(dialog.output());
    auto *asOf = dialog.findChild<QDateEdit *>(QStringLiteral("asOfEdit"));
    QVERIFY(asOf);

    // Twenty days on, the 1,234.50 are 32 days overdue, the 88.88 95 days
    // and the 500.00 five.
    asOf->setDate(m_today.addDays(20));
    waitIdle(dialog.output());
    QCOMPARE(dialog.shownData().asOf, m_today.addDays(20));
    const AgingRow total = dialog.shownData().totalIn(QStringLiteral("CNY"));
    QCOMPARE(total.bucketMinor[int(AgingBucket::NotDue)], 0);
    QCOMPARE(total.bucketMinor[int(AgingBucket::Days1To30)], 50000);
    QCOMPARE(total.bucketMinor[int(AgingBucket::Days31To60)], 123450);
    QCOMPARE(total.bucketMinor[int(AgingBucket::Days61To90)], 0);
    QCOMPARE(total.bucketMinor[int(AgingBucket::Over90)], 258888);
}

void tst_AgingDialog::customerFilterLimitsRows_data()
{
    QTest::addColumn<UiLanguage>("language");

    QTest::newRow("en") << UiLanguage::English;
    QTest::newRow("zh_CN") << UiLanguage::SimplifiedChinese;
}

void tst_AgingDialog::customerFilterLimitsRows()
{
    QFETCH(UiLanguage, language);
    Translations::apply(language);
    CustomerPickers::insertMany(m_database->db(), CustomerPickers::ManyCustomers);
    AgingDialog dialog(m_database->db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    waitIdle(dialog.output());
    auto *filter = dialog.findChild<CustomerFilter *>(QStringLiteral("customerFilter"));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("agingTable"));
    auto *csv = dialog.findChild<QPushButton *>(QStringLiteral("saveCsvButton"));
    QVERIFY(filter && filter->model() && table && csv);

    // The filter lists every customer but holds only the rows it shows.
    QCOMPARE(filter->model()->rowCount(), CustomerPickers::ManyCustomers + 3);
    QVERIFY(filter->model()->customers()->cachedRowCount() <= CustomerPickers::MaxHeldRows);

    // Nothing checked: no figures and no output.
    filter->setAll(false);
    waitIdle(dialog.output());
    QVERIFY(!dialog.problems().isEmpty());
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!csv->isEnabled());

    CustomerPickers::toggleBySearch(filter, QStringLiteral("BJHL"), m_beijing);
    waitIdle(dialog.output());
    QCOMPARE(dialog.customerIds(), QList<qint64>{m_beijing});
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("BJHL"));
    QVERIFY(csv->isEnabled());

    // A search that hides the customer keeps it checked, and the report
    // header names it.
    CustomerPickers::toggleBySearch(filter, QStringLiteral("SHHD"), m_shanghai);
    waitIdle(dialog.output());
    QCOMPARE(filter->model()->customers()->rowOfCustomer(m_beijing), -1);
    // By company name, which sorts by code point: 上 (U+4E0A) before 北.
    QCOMPARE(dialog.customerIds(), (QList<qint64>{m_shanghai, m_beijing}));
    QCOMPARE(filter->checkedLabels(),
             (QStringList{QStringLiteral("SHHD  上海华东贸易有限公司"),
                          QStringLiteral("BJHL  北京华联商贸有限公司")}));
    QCOMPARE(table->rowCount(), 3);
    keepScreenshot(&dialog,
                   QStringLiteral("aging-filter-") + QLatin1String(QTest::currentDataTag()));

    CustomerPickers::toggleBySearch(filter, QStringLiteral("BJHL"), m_beijing);
    CustomerPickers::toggleBySearch(filter, QStringLiteral("SHHD"), m_shanghai);
    waitIdle(dialog.output());
    QVERIFY(!dialog.problems().isEmpty());
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!csv->isEnabled());
}

void tst_AgingDialog::csvFileHasTableFigures()
{
    AgingDialog dialog(m_database->db());
    const QString path = m_outputDir.filePath(QStringLiteral("aging.csv"));
    save(dialog.output(), path, true);
    QCOMPARE(dialog.output()->lastSavedPath(), path);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"),
                                                                    Qt::SkipEmptyParts);
    const QStringList expected = {
        QStringLiteral("row_type,customer_code,customer_name,currency,not_due,d1_30,d31_60,"
                       "d61_90,over_90,total"),
        QStringLiteral("customer,SHHD,上海华东贸易有限公司,CNY,500.00,1234.50,0.00,88.88,0.00,"
                       "1823.38"),
        QStringLiteral("customer,BJHL,北京华联商贸有限公司,CNY,0.00,0.00,0.00,0.00,2500.00,"
                       "2500.00"),
        QStringLiteral("total,,,CNY,500.00,1234.50,0.00,88.88,2500.00,4323.38"),
        QStringLiteral("customer,ALFKI,Alfreds Futterkiste,USD,0.00,0.00,814.00,0.00,0.00,"
                       "814.00"),
        QStringLiteral("total,,,USD,0.00,0.00,814.00,0.00,0.00,814.00"),
    };
    QCOMPARE(lines, expected);
}

void tst_AgingDialog::pdfHasNamesAndTotals()
{
    AgingDialog dialog(m_database->db());
    const QString path = m_outputDir.filePath(QStringLiteral("aging.pdf"));
    save(dialog.output(), path, false);
    QVERIFY2(QFile::exists(path), qPrintable(path));

    const QString text = pdfText(path);
    if (text.isNull())
        QSKIP("pdftotext is not installed (Debian package poppler-utils).");
    for (const QString &expected :
         {QStringLiteral("上海华东贸易有限公司"), QStringLiteral("¥4,323.38"),
          QStringLiteral("US$814.00"), QStringLiteral("Aged receivables")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(":\n") + text));
    }
}

void tst_AgingDialog::lettersListOverdueCustomers()
{
    ReminderLetterDialog dialog(m_database->db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    waitIdle(dialog.output());

    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("letterTable"));
    auto *pdf = dialog.findChild<QPushButton *>(QStringLiteral("savePdfButton"));
    QVERIFY(table && pdf);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(rowTexts(table, 0),
             QStringList({QStringLiteral("ALFKI"), QStringLiteral("Alfreds Futterkiste"),
                          QStringLiteral("1"), QStringLiteral("33"), QStringLiteral("US$814.00"),
                          QStringLiteral("None")}));
    // The 500.00 not yet due is not in the letter.
    QCOMPARE(rowTexts(table, 1).at(4), QStringLiteral("¥1,323.38"));
    QCOMPARE(rowTexts(table, 1).at(3), QStringLiteral("75"));
    QVERIFY(!pdf->isEnabled());

    table->item(1, 0)->setCheckState(Qt::Checked);
    QCOMPARE(dialog.checkedCustomerIds(), QList<qint64>{m_shanghai});
    QVERIFY(pdf->isEnabled());
    keepScreenshot(&dialog, QStringLiteral("reminder-letter-dialog"));

    // A later letter date lists what falls due until then, keeping the
    // checks.
    auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("dateEdit"));
    QVERIFY(date);
    date->setDate(m_today.addDays(16));
    waitIdle(dialog.output());
    QCOMPARE(dialog.checkedCustomerIds(), QList<qint64>{m_shanghai});
    QCOMPARE(rowTexts(table, 1).at(4), QStringLiteral("¥1,823.38"));
}

void tst_AgingDialog::savedLettersRecordedAsSent()
{
    ReminderLetterDialog dialog(m_database->db());
    waitIdle(dialog.output());
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("letterTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 3);
    table->item(1, 0)->setCheckState(Qt::Checked);
    table->item(2, 0)->setCheckState(Qt::Checked);

    QString question;
    whenModalOpens<QMessageBox>([&question](QMessageBox *box) {
        question = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    const QString path = m_outputDir.filePath(QStringLiteral("letters.pdf"));
    save(dialog.output(), path, false);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM reminder_letters")), 2,
        JobTimeoutMs);
    QVERIFY2(question.contains(QStringLiteral("2 reminder letter")), qPrintable(question));
    QCOMPARE(m_database->scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM reminder_letters WHERE customer_id IN (%1, %2)")
                                    .arg(m_shanghai)
                                    .arg(m_beijing)),
             2);
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM reminder_letter_items")),
             3);

    // The list is read again and shows the date of the letters.
    waitIdle(dialog.output());
    QCOMPARE(table->rowCount(), 3);
    const QString date = formatDate(m_today);
    QCOMPARE(table->item(1, 5)->text(), date);
    QCOMPARE(table->item(2, 5)->text(), date);
    QCOMPARE(table->item(0, 5)->text(), QStringLiteral("None"));
    QCOMPARE(dialog.checkedCustomerIds(), QList<qint64>({m_shanghai, m_beijing}));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("jobStatusLabel"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(QStringLiteral("recorded as sent on %1").arg(date)),
             qPrintable(status->text()));

    const QString text = pdfText(path);
    if (text.isNull())
        QSKIP("pdftotext is not installed (Debian package poppler-utils).");
    QVERIFY2(text.contains(QStringLiteral("北京华联商贸有限公司")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("¥1,323.38")));
    QVERIFY(!text.contains(QStringLiteral("Alfreds")));
}

void tst_AgingDialog::notSentRecordsNothing()
{
    ReminderLetterDialog dialog(m_database->db());
    waitIdle(dialog.output());
    auto *checkAll = dialog.findChild<QPushButton *>(QStringLiteral("checkAllButton"));
    QVERIFY(checkAll);
    checkAll->click();
    QCOMPARE(dialog.checkedCustomerIds().size(), 3);

    bool asked = false;
    whenModalOpens<QMessageBox>([&asked](QMessageBox *box) {
        asked = true;
        box->button(QMessageBox::No)->click();
    });
    save(dialog.output(), m_outputDir.filePath(QStringLiteral("unsent.pdf")), false);
    QTRY_VERIFY_WITH_TIMEOUT(asked, JobTimeoutMs);
    waitIdle(dialog.output());
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM reminder_letters")), 0);
}

void tst_AgingDialog::menuOpensDialogs_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("dialogClass");
    QTest::newRow("aging") << "agingAction" << "AgingDialog";
    QTest::newRow("letters") << "reminderLettersAction" << "ReminderLetterDialog";
}

void tst_AgingDialog::menuOpensDialogs()
{
    QFETCH(QString, action);
    QFETCH(QString, dialogClass);

    MainWindow window(m_database->db());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *menuAction = window.findChild<QAction *>(action);
    QVERIFY(menuAction);
    QVERIFY(menuAction->text().endsWith(QStringLiteral("…")));

    QString opened;
    whenModalOpens<QDialog>([&opened](QDialog *dialog) {
        opened = QString::fromLatin1(dialog->metaObject()->className());
        dialog->reject();
    });
    menuAction->trigger();
    QCOMPARE(opened, dialogClass);
}

void tst_AgingDialog::dialogsRetranslate()
{
    AgingDialog aging(m_database->db());
    ReminderLetterDialog letters(m_database->db());
    waitIdle(aging.output());
    waitIdle(letters.output());

    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    const auto removeMarking = qScopeGuard([&marking] {
        QCoreApplication::removeTranslator(&marking);
    });
    QTRY_COMPARE(aging.windowTitle(), QStringLiteral("[[Aged Receivables]]"));
    waitIdle(aging.output());
    waitIdle(letters.output());
    QCOMPARE(letters.windowTitle(), QStringLiteral("[[Reminder Letters]]"));
    auto *agingTable = aging.findChild<QTableWidget *>(QStringLiteral("agingTable"));
    auto *letterTable = letters.findChild<QTableWidget *>(QStringLiteral("letterTable"));
    QVERIFY(agingTable && letterTable);
    QCOMPARE(agingTable->horizontalHeaderItem(4)->text(), QStringLiteral("[[1–30 days]]"));
    QCOMPARE(letterTable->horizontalHeaderItem(5)->text(), QStringLiteral("[[Last letter]]"));
    for (QLabel *label : {aging.findChild<QLabel *>(QStringLiteral("introLabel")),
                          letters.findChild<QLabel *>(QStringLiteral("introLabel"))}) {
        QVERIFY(label);
        QVERIFY2(label->text().startsWith(QStringLiteral("[[")), qPrintable(label->text()));
    }
}

QTEST_MAIN(tst_AgingDialog)
#include "tst_agingdialog.moc"
