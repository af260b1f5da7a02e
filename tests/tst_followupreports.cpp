#include "agingfixture.h"
#include "agingquery.h"
#include "agingreportbuilder.h"
#include "dateformat.h"
#include "reminderletterbuilder.h"
#include "reminderletterquery.h"
#include "reportfonts.h"
#include "reportpdfwriter.h"
#include "reportrenderer.h"
#include "testsupport.h"
#include "translations.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace AgingFixture;

// Aged receivables and reminder letters as PDF files: built from a real
// database, written with ReportPdfWriter and read back with pdftotext
// (poppler-utils), in Chinese and in English.
class tst_FollowupReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void agingPdfShowsNamesAndAmounts_data();
    void agingPdfShowsNamesAndAmounts();
    void agingWithoutOpenAmounts();
    void agingWideTableTurnsLandscape();
    void lettersOnePerSection_data();
    void lettersOnePerSection();
    void letterNamesPreviousLetter();
    void letterLeavesOutMissingCompanyDetails();

private:
    void fillDatabase();
    QString writePdf(const ReportDocument &document, const QString &name);
    QList<ReminderLetter> readLetters(UiLanguage language);

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_database;
    CompanyProfile m_company;
    qint64 m_shanghai = 0;
    qint64 m_beijing = 0;
    qint64 m_alfki = 0;
    const QDate m_asOf = QDate(2026, 6, 30);
};

namespace {

// Returns the text of each page: pdftotext ends every page with a form feed.
QStringList pageTexts(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("pdftotext failed: %s", process.readAllStandardError().constData());
        return {};
    }
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(u'\f');
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace

void tst_FollowupReports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString error = ReportFonts::ensureAvailable();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext is missing; install the Debian package poppler-utils");

    m_company.name = QStringLiteral("杭州云帆信息技术有限公司");
    m_company.address = QStringLiteral("西湖区文三路90号\n杭州");
    m_company.phone = QStringLiteral("0571-8888 6666");
    m_company.bankName = QStringLiteral("招商银行杭州分行");
    m_company.bankAccount = QStringLiteral("5719 0000 1234 5678");
}

void tst_FollowupReports::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
    fillDatabase();
}

void tst_FollowupReports::cleanup()
{
    m_database.reset();
}

void tst_FollowupReports::cleanupTestCase()
{
    Translations::apply(UiLanguage::English);
}

void tst_FollowupReports::fillDatabase()
{
    QSqlDatabase db = m_database->db();
    m_shanghai = insertCustomer(db, QStringLiteral("SHHD"),
                                QStringLiteral("上海华东贸易有限公司"));
    m_beijing = insertCustomer(db, QStringLiteral("BJHL"), QStringLiteral("北京华联商贸有限公司"));
    m_alfki = insertCustomer(db, QStringLiteral("ALFKI"), QStringLiteral("Alfreds Futterkiste"),
                             QStringLiteral("USD"));
    QVERIFY(m_shanghai && m_beijing && m_alfki);

    QVERIFY(insertCharge(db, m_shanghai, m_asOf.addDays(-12), 123450));
    QVERIFY(insertCharge(db, m_shanghai, m_asOf.addDays(-75), 8888));
    QVERIFY(insertCharge(db, m_shanghai, m_asOf.addDays(15), 50000));
    const qint64 bill = insertBill(db, m_beijing, QStringLiteral("BJ-2026-007"),
                                   m_asOf.addDays(-120), 250000);
    QVERIFY(bill);
    const qint64 charge = insertCharge(db, m_beijing, m_asOf.addDays(-45), 200000,
                                       QStringLiteral("CNY"), bill);
    const qint64 plan = insertPlan(db, charge);
    QVERIFY(insertInstallment(db, plan, charge, 1, m_asOf.addDays(-45), 100000));
    QVERIFY(insertInstallment(db, plan, charge, 2, m_asOf.addDays(15), 100000));
    QVERIFY(insertBill(db, m_alfki, QStringLiteral("10643"), m_asOf.addDays(-33), 81400,
                       QStringLiteral("USD")));
}

QString tst_FollowupReports::writePdf(const ReportDocument &document, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!ReportPdfWriter::write(document, path, &error)) {
        qWarning("%s", qPrintable(error));
        return QString();
    }
    return path;
}

QList<ReminderLetter> tst_FollowupReports::readLetters(UiLanguage language)
{
    QList<ReminderLetter> letters;
    QString error;
    if (ReminderLetterQuery(m_database->db(), language).run(m_asOf, {}, &letters, &error)
        != ReportQueryStatus::Completed) {
        qWarning("%s", qPrintable(error));
    }
    return letters;
}

void tst_FollowupReports::agingPdfShowsNamesAndAmounts_data()
{
    QTest::addColumn<UiLanguage>("language");
    QTest::newRow("zh_CN") << UiLanguage::SimplifiedChinese;
    QTest::newRow("en") << UiLanguage::English;
}

void tst_FollowupReports::agingPdfShowsNamesAndAmounts()
{
    QFETCH(UiLanguage, language);
    Translations::apply(language);

    AgingData data;
    QString error;
    QCOMPARE(AgingQuery(m_database->db(), language).run(m_asOf, {}, &data, &error),
             ReportQueryStatus::Completed);
    const QLocale locale = Translations::locale(language);
    const ReportDocument document = AgingReportBuilder(m_company, language)
                                        .build(data, {AgingReportBuilder::customersLine({},
                                                                                        locale)});
    const QString path = writePdf(document, QStringLiteral("aging-%1.pdf")
                                                .arg(Translations::languageName(language)));
    QVERIFY(!path.isEmpty());
    const QString text = pageTexts(path).join(u'\n');
    QVERIFY(!text.isEmpty());

    for (const QString &name :
         {QStringLiteral("上海华东贸易有限公司"), QStringLiteral("北京华联商贸有限公司"),
          QStringLiteral("Alfreds Futterkiste"), QStringLiteral("杭州云帆信息技术有限公司")}) {
        QVERIFY2(text.contains(name), qPrintable(name + QStringLiteral(" missing:\n") + text));
    }

    // Every bucket amount and the totals, as the locale writes them.
    const QStringList amounts = {
        QStringLiteral("¥1,234.50"),  QStringLiteral("¥88.88"),    QStringLiteral("¥500.00"),
        QStringLiteral("¥1,823.38"),  QStringLiteral("¥2,500.00"), QStringLiteral("¥1,000.00"),
        QStringLiteral("¥4,500.00"),  QStringLiteral("¥1,500.00"), QStringLiteral("¥6,323.38"),
        QStringLiteral("US$814.00"),
    };
    for (const QString &amount : amounts)
        QVERIFY2(text.contains(amount), qPrintable(amount + QStringLiteral(" missing:\n") + text));
    QVERIFY(text.contains(formatDate(m_asOf, locale)));
}

void tst_FollowupReports::agingWithoutOpenAmounts()
{
    AgingData data;
    data.asOf = m_asOf;
    const ReportDocument document
        = AgingReportBuilder(m_company, UiLanguage::English).build(data);
    const QString path = writePdf(document, QStringLiteral("aging-empty.pdf"));
    QVERIFY(!path.isEmpty());
    const QString text = pageTexts(path).join(u'\n');
    QVERIFY2(text.contains(QStringLiteral("No customer has an open amount.")), qPrintable(text));
}

void tst_FollowupReports::agingWideTableTurnsLandscape()
{
    // Seven amounts of a trillion do not fit across a portrait page.
    AgingData data;
    data.asOf = m_asOf;
    AgingRow row;
    row.customerId = 1;
    row.customerCode = QStringLiteral("WIDE");
    row.customerName = QStringLiteral("很长的公司名称有限责任公司");
    row.currency = QStringLiteral("CNY");
    for (int bucket = 0; bucket < AgingBucketCount; ++bucket)
        QVERIFY(row.add(AgingBucket(bucket), 99'999'999'999'999));
    data.rows << row;
    AgingRow total = row;
    total.customerId = 0;
    total.customerCode.clear();
    total.customerName.clear();
    data.totals << total;

    const ReportDocument document
        = AgingReportBuilder(m_company, UiLanguage::SimplifiedChinese).build(data);
    ReportRenderer renderer(document);
    QCOMPARE(renderer.pageLayout().orientation(), QPageLayout::Landscape);
    const QString path = writePdf(document, QStringLiteral("aging-wide.pdf"));
    const QString text = pageTexts(path).join(u'\n');
    QVERIFY2(text.contains(QStringLiteral("¥999,999,999,999.99")), qPrintable(text));
}

void tst_FollowupReports::lettersOnePerSection_data()
{
    QTest::addColumn<UiLanguage>("language");
    QTest::newRow("zh_CN") << UiLanguage::SimplifiedChinese;
    QTest::newRow("zh_TW") << UiLanguage::TraditionalChinese;
    QTest::newRow("en") << UiLanguage::English;
}

void tst_FollowupReports::lettersOnePerSection()
{
    QFETCH(UiLanguage, language);
    Translations::apply(language);

    const QList<ReminderLetter> letters = readLetters(language);
    QCOMPARE(letters.size(), 3);
    const ReportDocument document = ReminderLetterBuilder(m_company, language).build(letters);
    const QString path = writePdf(document, QStringLiteral("letters-%1.pdf")
                                                .arg(Translations::languageName(language)));
    QVERIFY(!path.isEmpty());
    const QStringList pages = pageTexts(path);
    QCOMPARE(pages.size(), 3);

    // Letters come by company name: Alfreds, then 上海 (U+4E0A), then 北京.
    const QString usd = pages.at(0);
    QVERIFY2(usd.contains(QStringLiteral("Alfreds Futterkiste")), qPrintable(usd));
    QVERIFY(usd.contains(QStringLiteral("10643")));
    QVERIFY(usd.contains(QStringLiteral("US$814.00")));
    QVERIFY(!usd.contains(QStringLiteral("上海华东贸易有限公司")));

    const QString shanghai = pages.at(1);
    QVERIFY2(shanghai.contains(QStringLiteral("上海华东贸易有限公司")), qPrintable(shanghai));
    QVERIFY(shanghai.contains(QStringLiteral("浦东新区世纪大道100号")));
    QVERIFY(shanghai.contains(QStringLiteral("¥1,234.50")));
    QVERIFY(shanghai.contains(QStringLiteral("¥88.88")));
    QVERIFY(shanghai.contains(QStringLiteral("¥1,323.38")));
    // Not yet due, so not in the letter.
    QVERIFY(!shanghai.contains(QStringLiteral("¥500.00")));

    const QString beijing = pages.at(2);
    QVERIFY2(beijing.contains(QStringLiteral("北京华联商贸有限公司")), qPrintable(beijing));
    QVERIFY(beijing.contains(QStringLiteral("BJ-2026-007")));
    QVERIFY(beijing.contains(QStringLiteral("¥2,500.00")));
    QVERIFY(beijing.contains(QStringLiteral("¥1,000.00")));
    QVERIFY(beijing.contains(QStringLiteral("¥3,500.00")));

    // Every letter has the sender and the bank account.
    for (const QString &page : pages) {
        QVERIFY(page.contains(QStringLiteral("杭州云帆信息技术有限公司")));
        QVERIFY(page.contains(QStringLiteral("5719 0000 1234 5678")));
    }
    if (language == UiLanguage::English) {
        QVERIFY(shanghai.contains(QStringLiteral("Page 1 of 1")));
        QVERIFY(beijing.contains(QStringLiteral("installment 1 of 2")));
        QVERIFY(beijing.contains(QStringLiteral("Days overdue")));
    }
}

void tst_FollowupReports::letterNamesPreviousLetter()
{
    Translations::apply(UiLanguage::English);
    QVERIFY(execute(m_database->db(),
                    QStringLiteral("INSERT INTO reminder_letters (customer_id, letter_date, "
                                   "created_by, created_at) VALUES (?, '2026-05-31', 'li', "
                                   "'2026-05-31T02:00:00.000Z')"),
                    {m_shanghai}));
    QList<ReminderLetter> letters = readLetters(UiLanguage::English);
    QCOMPARE(letters.size(), 3);
    const ReportDocument document
        = ReminderLetterBuilder(m_company, UiLanguage::English).build(letters);
    const QStringList pages = pageTexts(writePdf(document, QStringLiteral("previous.pdf")));
    QCOMPARE(pages.size(), 3);
    QVERIFY2(pages.at(1).contains(QStringLiteral("We last wrote to you about open amounts on "
                                                 "5/31/2026.")),
             qPrintable(pages.at(1)));
    QVERIFY(!pages.at(2).contains(QStringLiteral("We last wrote")));
}

void tst_FollowupReports::letterLeavesOutMissingCompanyDetails()
{
    Translations::apply(UiLanguage::English);
    const QList<ReminderLetter> letters = readLetters(UiLanguage::English);
    const ReportDocument document
        = ReminderLetterBuilder(CompanyProfile(), UiLanguage::English).build(letters);
    const QStringList pages = pageTexts(writePdf(document, QStringLiteral("no-company.pdf")));
    QCOMPARE(pages.size(), 3);
    QVERIFY(pages.at(0).contains(CompanyProfile::placeholderName().left(20)));
    QVERIFY(!pages.at(0).contains(QStringLiteral("Pay to")));
    QVERIFY(!pages.at(0).contains(QStringLiteral("please contact")));
    QVERIFY(pages.at(0).contains(QStringLiteral("Customer ALFKI")));
}

QTEST_MAIN(tst_FollowupReports)
#include "tst_followupreports.moc"
