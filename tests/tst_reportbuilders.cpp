#include "chargereportbuilder.h"
#include "chargereportquery.h"
#include "dateformat.h"
#include "noticebuilder.h"
#include "noticequery.h"
#include "reportfixture.h"
#include "reportpdfwriter.h"
#include "statementbuilder.h"
#include "statementquery.h"
#include "testsupport.h"
#include "translations.h"

#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <memory>

// Builds the charge report, statements and notices, writes them as PDF and
// reads the text back with pdftotext (poppler-utils).
class tst_ReportBuilders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void chargeReportShowsNamesAndTotals_data();
    void chargeReportShowsNamesAndTotals();
    void emptyReportSaysSo();
    void statementShowsBalances_data();
    void statementShowsBalances();
    void statementNamesWhatAPaymentPaid();
    void noticesOnePerCharge_data();
    void noticesOnePerCharge();
    void companyPlaceholderWhenNameMissing();
    void voidChargeMarkedInReport_data();
    void voidChargeMarkedInReport();

private:
    // Writes document as PDF and returns its text, or the text of one page
    // when page > 0. Returns an empty string on failure, with a warning.
    QString pdfText(const ReportDocument &document, int page = 0);
    int pdfPageCount(const QString &path) const;
    qint64 customerId(const QString &code) const;

    std::unique_ptr<TestDatabase> m_database;
    ReportFixture::Charges m_charges;
    QTemporaryDir m_dir;
    QString m_lastPdf;
    int m_pdfCount = 0;
};

namespace {

CompanyProfile sampleCompany()
{
    CompanyProfile company;
    company.name = QStringLiteral("杭州云帆信息技术有限公司");
    company.address = QStringLiteral("西湖区文三路 90 号\n杭州 310012");
    company.phone = QStringLiteral("0571-8888 6666");
    company.email = QStringLiteral("billing@yunfan.example");
    company.contactPerson = QStringLiteral("陈静");
    company.bankName = QStringLiteral("招商银行杭州分行");
    company.bankAccount = QStringLiteral("5719 0000 1234 5678");
    company.paymentNote = QStringLiteral("Quote the charge number with your payment.");
    return company;
}

QString withoutSpaces(QString text)
{
    text.remove(QLatin1Char(' '));
    text.remove(QLatin1Char('\n'));
    return text;
}

} // namespace

void tst_ReportBuilders::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed; install poppler-utils.");
    QVERIFY(m_dir.isValid());

    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
    QString error;
    QVERIFY2(ReportFixture::populate(m_database->db(), &m_charges, &error), qPrintable(error));
}

void tst_ReportBuilders::cleanupTestCase()
{
    m_database.reset();
}

qint64 tst_ReportBuilders::customerId(const QString &code) const
{
    return ReportFixture::idOf(m_database->db(),
                               QStringLiteral("SELECT id FROM customers WHERE code = ?"), code);
}

QString tst_ReportBuilders::pdfText(const ReportDocument &document, int page)
{
    if (page == 0) {
        m_lastPdf = m_dir.filePath(QStringLiteral("document-%1.pdf").arg(++m_pdfCount));
        QString error;
        if (!ReportPdfWriter::write(document, m_lastPdf, &error)) {
            qWarning() << "PDF not written:" << error;
            return {};
        }
    }

    QStringList arguments;
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << m_lastPdf << QStringLiteral("-");
    QProcess process;
    process.start(QStringLiteral("pdftotext"), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << "pdftotext failed:" << process.readAllStandardError();
        return {};
    }
    // NFKC turns the ligatures the PDF may hold ("ﬁ") back into letters.
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC);
}

int tst_ReportBuilders::pdfPageCount(const QString &path) const
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    if (!process.waitForFinished(60000))
        return -1;
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split('\n');
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

void tst_ReportBuilders::chargeReportShowsNamesAndTotals_data()
{
    QTest::addColumn<UiLanguage>("language");
    QTest::newRow("English") << UiLanguage::English;
    QTest::newRow("Simplified Chinese") << UiLanguage::SimplifiedChinese;
    QTest::newRow("Traditional Chinese") << UiLanguage::TraditionalChinese;
}

void tst_ReportBuilders::chargeReportShowsNamesAndTotals()
{
    QFETCH(UiLanguage, language);
    const QLocale locale = Translations::locale(language);

    const ChargeReportFilter filter;
    ChargeReportData data;
    QString error;
    QCOMPARE(ChargeReportQuery(m_database->db(), language).run(filter, &data, &error),
             ReportQueryStatus::Completed);
    const ReportDocument document = ChargeReportBuilder(sampleCompany(), language)
                                        .build(data, filter.describe(m_database->db(), language));
    QVERIFY(document.orientation == ReportDocument::Orientation::Automatic);
    QCOMPARE(document.detailRowCount(),
             data.rows.size() + data.byFeeType.size() + data.byCustomer.size());

    const QString text = pdfText(document);
    QVERIFY(!text.isEmpty());
    const QString compact = withoutSpaces(text);
    for (const QString &name : {QStringLiteral("上海华东贸易有限公司"),
                                QStringLiteral("北京华联商贸有限公司"),
                                QStringLiteral("Alfreds Futterkiste"),
                                QStringLiteral("杭州云帆信息技术有限公司")}) {
        QVERIFY2(compact.contains(withoutSpaces(name)), qPrintable(name + QLatin1Char('\n') + text));
    }

    // Every charge's amount, and the totals the database adds up.
    for (const ChargeReportRow &row : std::as_const(data.rows))
        QVERIFY2(text.contains(row.amount.format(locale)), qPrintable(row.amount.format(locale)));
    QSqlQuery query(m_database->db());
    QVERIFY(query.exec(QStringLiteral("SELECT currency, SUM(amount_minor) AS total FROM charges "
                                      "WHERE status = 'posted' GROUP BY currency")));
    int currencies = 0;
    while (query.next()) {
        const Money total(query.value(QStringLiteral("total")).toLongLong(),
                          query.value(QStringLiteral("currency")).toString());
        QVERIFY2(text.count(total.format(locale)) >= 3,
                 qPrintable(total.format(locale) + QLatin1Char('\n') + text));
        ++currencies;
    }
    QCOMPARE(currencies, 2);
    QCOMPARE(data.totals.size(), 2);
}

void tst_ReportBuilders::emptyReportSaysSo()
{
    ChargeReportFilter filter;
    filter.enteredBy << QStringLiteral("nobody");
    ChargeReportData data;
    QString error;
    QCOMPARE(ChargeReportQuery(m_database->db(), UiLanguage::English).run(filter, &data, &error),
             ReportQueryStatus::Completed);
    QVERIFY(data.rows.isEmpty());

    const QString text = pdfText(ChargeReportBuilder(sampleCompany(), UiLanguage::English)
                                     .build(data, filter.describe(m_database->db(),
                                                                  UiLanguage::English)));
    QVERIFY2(text.contains(QStringLiteral("No charges match these filters.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Entered by: nobody")), qPrintable(text));
}

void tst_ReportBuilders::statementShowsBalances_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<UiLanguage>("language");
    QTest::newRow("Northwind, English") << "ALFKI" << UiLanguage::English;
    QTest::newRow("Northwind, Chinese") << "ALFKI" << UiLanguage::SimplifiedChinese;
    QTest::newRow("Shanghai, English") << "SHHD" << UiLanguage::English;
    QTest::newRow("Shanghai, Chinese") << "SHHD" << UiLanguage::SimplifiedChinese;
}

void tst_ReportBuilders::statementShowsBalances()
{
    QFETCH(QString, code);
    QFETCH(UiLanguage, language);
    const QLocale locale = Translations::locale(language);

    StatementData data;
    QString error;
    QCOMPARE(StatementQuery(m_database->db(), language)
                 .run(customerId(code), QDate(1990, 1, 1), QDate::currentDate(), &data, &error),
             ReportQueryStatus::Completed);
    const qint64 balance = ReportFixture::idOf(
        m_database->db(), QStringLiteral("SELECT balance_minor FROM customers WHERE code = ?"),
        code);
    QCOMPARE(data.closing.minorUnits(), balance);

    const QString text = pdfText(StatementBuilder(sampleCompany(), language).build(data));
    QVERIFY(!text.isEmpty());
    QVERIFY2(withoutSpaces(text).contains(withoutSpaces(data.customer.companyName)),
             qPrintable(text));
    QVERIFY2(text.contains(data.closing.format(locale)), qPrintable(text));
    for (const StatementEntry &entry : std::as_const(data.entries)) {
        const Money magnitude(qAbs(entry.amount.minorUnits()), entry.amount.currency());
        QVERIFY2(text.contains(magnitude.format(locale)), qPrintable(magnitude.format(locale)));
        QVERIFY2(text.contains(entry.balance.format(locale)),
                 qPrintable(entry.balance.format(locale)));
    }
}

void tst_ReportBuilders::statementNamesWhatAPaymentPaid()
{
    StatementData data;
    QString error;
    QCOMPARE(StatementQuery(m_database->db(), UiLanguage::English)
                 .run(customerId(QStringLiteral("ALFKI")), QDate::currentDate(),
                      QDate::currentDate(), &data, &error),
             ReportQueryStatus::Completed);

    // Three payments: of a bill's own lines, of a charge, of an installment.
    const QString currency = data.customer.currency;
    StatementEntry payment;
    payment.kind = StatementEntry::Kind::Payment;
    payment.date = QDate::currentDate();
    payment.paymentMethodLabel = QStringLiteral("Cash");
    payment.amount = Money(-100, currency);
    payment.balance = data.closing;
    StatementEntry ofBill = payment;
    ofBill.paymentId = 901;
    ofBill.billNo = QStringLiteral("10643");
    StatementEntry ofCharge = payment;
    ofCharge.paymentId = 902;
    ofCharge.billNo = QStringLiteral("10643");
    ofCharge.chargeId = 77;
    StatementEntry ofInstallment = ofCharge;
    ofInstallment.paymentId = 903;
    ofInstallment.installmentSeq = 2;
    data.entries << ofBill << ofCharge << ofInstallment;

    const QString text = withoutSpaces(
        pdfText(StatementBuilder(sampleCompany(), UiLanguage::English).build(data)));
    QVERIFY2(text.contains(QLatin1String("Cash;forbill10643")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Cash;forcharge77")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Cash;forinstallment2ofcharge77")), qPrintable(text));
}

void tst_ReportBuilders::noticesOnePerCharge_data()
{
    QTest::addColumn<UiLanguage>("language");
    QTest::newRow("English") << UiLanguage::English;
    QTest::newRow("Simplified Chinese") << UiLanguage::SimplifiedChinese;
}

void tst_ReportBuilders::noticesOnePerCharge()
{
    QFETCH(UiLanguage, language);
    const QLocale locale = Translations::locale(language);

    QList<ChargeNotice> notices;
    QString error;
    QCOMPARE(NoticeQuery(m_database->db(), language).run(m_charges.posted, &notices, &error),
             ReportQueryStatus::Completed);
    const ReportDocument document = NoticeBuilder(sampleCompany(), language).build(notices);
    qsizetype breaks = 0;
    for (const ReportBlock &block : document.blocks)
        breaks += block.kind == ReportBlock::Kind::SectionBreak ? 1 : 0;
    QCOMPARE(breaks, notices.size() - 1);

    const QString text = pdfText(document);
    QVERIFY(!text.isEmpty());
    QCOMPARE(text.count(QStringLiteral("Charge notice No.")), notices.size());

    // No page names two customers, and every notice's page names its
    // customer, amount, due date and the company's bank account.
    QStringList companies;
    for (const ChargeNotice &notice : std::as_const(notices))
        companies << withoutSpaces(notice.customer.companyName);
    companies.removeDuplicates();

    const int pages = pdfPageCount(m_lastPdf);
    QVERIFY(pages >= notices.size());
    int noticeIndex = -1;
    for (int page = 1; page <= pages; ++page) {
        const QString pageText = pdfText(document, page);
        const QString compact = withoutSpaces(pageText);
        int named = 0;
        for (const QString &company : std::as_const(companies))
            named += compact.contains(company) ? 1 : 0;
        QVERIFY2(named <= 1, qPrintable(pageText));

        if (!pageText.contains(QStringLiteral("Charge notice No.")))
            continue;
        const ChargeNotice &notice = notices.at(++noticeIndex);
        QVERIFY2(pageText.contains(QStringLiteral("Charge notice No. %1")
                                       .arg(notice.charge.chargeId)),
                 qPrintable(pageText));
        QVERIFY2(compact.contains(withoutSpaces(notice.customer.companyName)),
                 qPrintable(pageText));
        QVERIFY2(pageText.contains(notice.charge.amount.format(locale)), qPrintable(pageText));
        QVERIFY2(compact.contains(withoutSpaces(formatDate(notice.charge.dueDate, locale))),
                 qPrintable(pageText));
        QVERIFY2(compact.contains(QStringLiteral("5719000012345678")), qPrintable(pageText));
        QVERIFY2(compact.contains(withoutSpaces(notice.charge.paymentMethodLabel)),
                 qPrintable(pageText));
    }
    QCOMPARE(noticeIndex + 1, notices.size());
}

void tst_ReportBuilders::companyPlaceholderWhenNameMissing()
{
    CompanyProfile company;
    QCOMPARE(company.missingForNotice().size(), 3);

    QList<ChargeNotice> notices;
    QString error;
    QCOMPARE(NoticeQuery(m_database->db(), UiLanguage::English)
                 .run({m_charges.posted.constFirst()}, &notices, &error),
             ReportQueryStatus::Completed);
    const ReportDocument document = NoticeBuilder(company, UiLanguage::English).build(notices);
    QCOMPARE(document.companyName, CompanyProfile::placeholderName());
    const QString text = pdfText(document);
    QVERIFY2(withoutSpaces(text).contains(withoutSpaces(CompanyProfile::placeholderName())),
             qPrintable(text));

    // The placeholder prints once per page, in the page header, and the
    // sender and payee lines that would repeat it are left out.
    const int pages = pdfPageCount(m_lastPdf);
    QVERIFY(pages >= 1);
    QCOMPARE(withoutSpaces(text).count(withoutSpaces(CompanyProfile::placeholderName())), pages);
    QVERIFY2(!text.contains(QStringLiteral("From")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Pay to")), qPrintable(text));

    // An address without a name still says who sends the notice.
    company.address = QStringLiteral("Obere Str. 57\n12209 Berlin");
    const QString withAddress = pdfText(NoticeBuilder(company, UiLanguage::English).build(notices));
    QVERIFY2(withAddress.contains(QStringLiteral("From")), qPrintable(withAddress));
    QVERIFY2(withAddress.contains(QStringLiteral("Obere Str. 57, 12209 Berlin")),
             qPrintable(withAddress));
}

void tst_ReportBuilders::voidChargeMarkedInReport_data()
{
    QTest::addColumn<UiLanguage>("language");
    QTest::addColumn<QStringList>("statuses");
    QTest::newRow("English, all") << UiLanguage::English << QStringList();
    QTest::newRow("English, void only") << UiLanguage::English << QStringList{"void"};
    QTest::newRow("Chinese, all") << UiLanguage::SimplifiedChinese << QStringList();
}

void tst_ReportBuilders::voidChargeMarkedInReport()
{
    QFETCH(UiLanguage, language);
    QFETCH(QStringList, statuses);
    const QLocale locale = Translations::locale(language);

    ChargeReportFilter filter;
    filter.customerIds << customerId(QStringLiteral("SHHD"));
    filter.statuses = statuses;
    ChargeReportData data;
    QString error;
    QCOMPARE(ChargeReportQuery(m_database->db(), language).run(filter, &data, &error),
             ReportQueryStatus::Completed);
    QCOMPARE(data.voidCount(), 1);

    const QString text = pdfText(ChargeReportBuilder(sampleCompany(), language)
                                     .build(data, filter.describe(m_database->db(), language)));
    QVERIFY(!text.isEmpty());

    // The void amount is marked in its cell, so it does not read as counted.
    const Money voided(50000, QStringLiteral("CNY"));
    const QString marked = ChargeReportBuilder::tr("void %1", "amount of a void charge, not counted")
                               .arg(voided.format(locale));
    QVERIFY2(text.contains(marked), qPrintable(marked + QLatin1Char('\n') + text));

    // The summary and the tables give the voided total beside the counted one.
    const QString voidedTotal = ChargeReportBuilder::tr("%1 from %n void charge(s)", nullptr, 1)
                                    .arg(voided.format(locale));
    QVERIFY2(text.contains(voidedTotal), qPrintable(voidedTotal + QLatin1Char('\n') + text));
    QVERIFY2(text.count(voided.format(locale)) >= 4, qPrintable(text));
}

QTEST_MAIN(tst_ReportBuilders)
#include "tst_reportbuilders.moc"
