#include "guitestsupport.h"
#include "testsupport.h"

#include "billrepository.h"
#include "chargeservice.h"
#include "csvfileactions.h"
#include "csvimportcheckpage.h"
#include "csvimportjob.h"
#include "csvimportmappingpage.h"
#include "csvimportresultpage.h"
#include "csvimporttexts.h"
#include "csvimportwizard.h"
#include "customerlistpage.h"
#include "customerrepository.h"
#include "mainwindow.h"
#include "northwindimporter.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStringEncoder>
#include <QTableView>
#include <QtTest>

#include <memory>

namespace {

// How long a check or an import of a small file may take on a slow machine.
constexpr int JobTimeoutMs = 60000;

// Customers with the column names a Chinese spreadsheet uses.
const QString ChineseCustomers = QStringLiteral(
    "客户编号,公司名称,联系人,城市,电话\n"
    "C001,上海补费科技有限公司,王小明,上海,021-5555\n"
    "C002,北京示例贸易公司,李华,北京,010-6666\n"
    "C003,广州测试有限公司,陈静,广州,020-7777\n");

const QByteArray Utf8ByteOrderMark("\xEF\xBB\xBF");

// Returns the button that moves on from the current page: Next, or the
// commit button on a commit page.
QAbstractButton *forwardButton(QWizard *wizard)
{
    const QWizardPage *page = wizard->currentPage();
    return wizard->button(page && page->isCommitPage() ? QWizard::CommitButton
                                                       : QWizard::NextButton);
}

// Clicks the forward button when it is enabled. Returns whether the wizard
// reached the page with id expected.
bool moveTo(QWizard *wizard, int expected)
{
    QAbstractButton *button = forwardButton(wizard);
    if (!button || !button->isVisible() || !button->isEnabled())
        return false;
    button->click();
    return wizard->currentId() == expected;
}

template<typename T>
T *pageOf(CsvImportWizard *wizard, CsvImportWizard::PageId id)
{
    return qobject_cast<T *>(wizard->page(id));
}

// Waits until the check of the check page has ended, processing events
// meanwhile as the running program does.
bool waitForCheck(CsvImportWizard *wizard)
{
    auto *page = pageOf<CsvImportCheckPage>(wizard, CsvImportWizard::CheckPageId);
    return QTest::qWaitFor([page] { return page->checkResult().has_value(); }, JobTimeoutMs);
}

bool waitForImport(CsvImportWizard *wizard)
{
    auto *page = pageOf<CsvImportResultPage>(wizard, CsvImportWizard::ResultPageId);
    return QTest::qWaitFor([page] { return page->importResult().has_value(); }, JobTimeoutMs);
}

QString labelText(const QWidget *parent, const char *name)
{
    const auto *label = parent->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(name);
}

// Returns the texts of column in every row of view.
QStringList columnTexts(const QTableView *view, int column)
{
    QStringList texts;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        texts << view->model()->index(row, column).data().toString();
    return texts;
}

} // namespace

// Drives the CSV import wizard and the export entries of the File menu on
// a real SQLite file, the way a user does, page by page.
class tst_CsvImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void chineseHeadersMapAutomatically_data();
    void chineseHeadersMapAutomatically();
    void big5FileAndEncodingChoice();
    void missingRequiredColumnBlocksNext();
    void badLineShowsLineNumber_data();
    void badLineShowsLineNumber();
    void rereadAfterFixEnablesImport();
    void goodFileImports();
    void reimportSaysNothingNew();
    void possibleDuplicateNeedsNote();
    void resultListCopiesAndSaves();
    void cancelStopsCheck();
    void cancelImportWritesNothing();
    void backCancelsCheck();
    void importRefreshesCustomerList();
    void wizardRetranslates();
    void exportStartsWithByteOrderMark();
    void exportSuggestsNameByTableAndDate();

private:
    // Writes bytes to name in the test folder and returns its path.
    QString writeFile(const QString &name, const QByteArray &bytes);

    // Opens a wizard for kind and path and moves it to the mapping page.
    std::unique_ptr<CsvImportWizard> openAtMapping(CsvImportKind kind, const QString &path);

    // Imports path as kind through a whole wizard run. Returns the result
    // page's summary, or std::nullopt with the reason in *failure.
    std::optional<CsvImportSummary> importThroughWizard(CsvImportKind kind, const QString &path,
                                                        QString *failure);

    qint64 customerCount() const
    {
        return m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM customers"));
    }

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<QTemporaryDir> m_files;
};

void tst_CsvImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::apply(UiLanguage::English);
}

void tst_CsvImportWizard::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY(m_files->isValid());
}

void tst_CsvImportWizard::cleanup()
{
    m_database.reset();
    m_files.reset();
    Translations::apply(UiLanguage::English);
}

QString tst_CsvImportWizard::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_files->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("Could not write %s", qPrintable(path));
    return path;
}

std::unique_ptr<CsvImportWizard> tst_CsvImportWizard::openAtMapping(CsvImportKind kind,
                                                                    const QString &path)
{
    auto wizard = std::make_unique<CsvImportWizard>(m_database->db());
    wizard->setKind(kind);
    wizard->setFilePath(path);
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        qWarning("The wizard was not exposed");
    if (!moveTo(wizard.get(), CsvImportWizard::MappingPageId))
        qWarning("The wizard did not reach the mapping page");
    return wizard;
}

std::optional<CsvImportSummary> tst_CsvImportWizard::importThroughWizard(CsvImportKind kind,
                                                                         const QString &path,
                                                                         QString *failure)
{
    std::unique_ptr<CsvImportWizard> wizard = openAtMapping(kind, path);
    if (wizard->currentId() != CsvImportWizard::MappingPageId) {
        *failure = QStringLiteral("not on the mapping page");
        return std::nullopt;
    }
    if (!moveTo(wizard.get(), CsvImportWizard::CheckPageId) || !waitForCheck(wizard.get())) {
        *failure = QStringLiteral("the check did not end");
        return std::nullopt;
    }
    if (!moveTo(wizard.get(), CsvImportWizard::ResultPageId)) {
        *failure = QStringLiteral("Import was not enabled: ")
                   + labelText(wizard.get(), "errorLabel");
        return std::nullopt;
    }
    if (!waitForImport(wizard.get())) {
        *failure = QStringLiteral("the import did not end");
        return std::nullopt;
    }
    auto *page = pageOf<CsvImportResultPage>(wizard.get(), CsvImportWizard::ResultPageId);
    if (!wizard->button(QWizard::FinishButton)->isEnabled()) {
        *failure = QStringLiteral("Finish is disabled after the import");
        return std::nullopt;
    }
    wizard->button(QWizard::FinishButton)->click();
    return page->importResult();
}

void tst_CsvImportWizard::chineseHeadersMapAutomatically_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("detected");

    QTest::newRow("UTF-8") << QStringLiteral("UTF-8") << QStringLiteral("Detected UTF-8.");
    QTest::newRow("UTF-8 with BOM") << QStringLiteral("UTF-8 BOM")
                                    << QStringLiteral("Detected UTF-8 with a byte order mark.");
    // These GB18030 bytes are valid Big5 too, so the encoding is guessed.
    QTest::newRow("GB18030") << QStringLiteral("GB18030")
                             << QStringLiteral("Guessed GB18030 from the characters; the file is "
                                               "also valid Big5. If the values below look "
                                               "wrong, choose Big5.");
}

void tst_CsvImportWizard::chineseHeadersMapAutomatically()
{
    QFETCH(QString, encoding);
    QFETCH(QString, detected);

    QByteArray bytes;
    if (encoding == QLatin1String("GB18030")) {
        QStringEncoder encoder("GB18030");
        if (!encoder.isValid())
            QSKIP("This Qt has no GB18030 codec");
        bytes = encoder.encode(ChineseCustomers);
    } else {
        bytes = (encoding == QLatin1String("UTF-8 BOM") ? Utf8ByteOrderMark : QByteArray())
                + ChineseCustomers.toUtf8();
    }
    const QString path = writeFile(QStringLiteral("customers.csv"), bytes);

    std::unique_ptr<CsvImportWizard> wizard = openAtMapping(CsvImportKind::Customers, path);
    QCOMPARE(wizard->currentId(), int(CsvImportWizard::MappingPageId));
    auto *page = pageOf<CsvImportMappingPage>(wizard.get(), CsvImportWizard::MappingPageId);
    QCOMPARE(labelText(page, "detectedEncodingLabel"), detected);

    const QList<QPair<QString, QString>> expected = {
        {QStringLiteral("code"), QStringLiteral("客户编号")},
        {QStringLiteral("company_name"), QStringLiteral("公司名称")},
        {QStringLiteral("contact_name"), QStringLiteral("联系人")},
        {QStringLiteral("city"), QStringLiteral("城市")},
        {QStringLiteral("phone"), QStringLiteral("电话")},
    };
    for (const auto &[target, header] : expected) {
        const QComboBox *combo = page->columnCombo(target);
        QVERIFY2(combo, qPrintable(target));
        QCOMPARE(combo->currentText(), header);
    }
    QCOMPARE(page->columnCombo(QStringLiteral("fax"))->currentIndex(), 0);
    QCOMPARE(labelText(page, "sampleLabel_company_name"), QStringLiteral("上海补费科技有限公司"));
    QVERIFY(forwardButton(wizard.get())->isEnabled());
    QVERIFY(!page->findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());
}

void tst_CsvImportWizard::big5FileAndEncodingChoice()
{
    const QString customers = QStringLiteral("客戶編號,公司名稱,聯絡人,城市\n"
                                             "T001,台灣精密電子股份有限公司,張志明,臺北\n"
                                             "T002,高雄港務有限公司,林美玲,高雄\n");
    QStringEncoder encoder("Big5");
    const QByteArray bytes = encoder.encode(customers);
    QVERIFY(encoder.isValid());
    QVERIFY(!encoder.hasError());
    const QString path = writeFile(QStringLiteral("big5.csv"), bytes);

    std::unique_ptr<CsvImportWizard> wizard = openAtMapping(CsvImportKind::Customers, path);
    QCOMPARE(wizard->currentId(), int(CsvImportWizard::MappingPageId));
    auto *page = pageOf<CsvImportMappingPage>(wizard.get(), CsvImportWizard::MappingPageId);
    QCOMPARE(labelText(page, "detectedEncodingLabel"),
             QStringLiteral("Guessed Big5 from the characters; the file is also valid GB18030. "
                            "If the values below look wrong, choose GB18030."));
    QCOMPARE(page->columnCombo(QStringLiteral("code"))->currentText(), QStringLiteral("客戶編號"));
    QCOMPARE(labelText(page, "sampleLabel_company_name"),
             QStringLiteral("台灣精密電子股份有限公司"));
    QVERIFY(forwardButton(wizard.get())->isEnabled());

    // The combo offers Big5 beside Auto, UTF-8 and GB18030.
    auto *encodingCombo = page->findChild<QComboBox *>(QStringLiteral("encodingCombo"));
    QVERIFY(encodingCombo);
    QCOMPARE(encodingCombo->count(), 4);
    QCOMPARE(encodingCombo->currentIndex(), 0);
    const int big5Index = encodingCombo->findData(int(TextEncoding::Encoding::Big5));
    QVERIFY(big5Index > 0);
    QCOMPARE(encodingCombo->itemText(big5Index), QStringLiteral("Big5"));

    // Read as GB18030 no header matches, and Next stays disabled.
    encodingCombo->setCurrentIndex(encodingCombo->findData(int(TextEncoding::Encoding::Gb18030)));
    QCOMPARE(labelText(page, "detectedEncodingLabel"), QStringLiteral("Read as GB18030."));
    QCOMPARE(page->columnCombo(QStringLiteral("code"))->currentIndex(), 0);
    QVERIFY(!forwardButton(wizard.get())->isEnabled());

    encodingCombo->setCurrentIndex(big5Index);
    QCOMPARE(labelText(page, "detectedEncodingLabel"), QStringLiteral("Read as Big5."));
    QCOMPARE(page->columnCombo(QStringLiteral("code"))->currentText(), QStringLiteral("客戶編號"));
    QCOMPARE(labelText(page, "sampleLabel_contact_name"), QStringLiteral("張志明"));
    QVERIFY(forwardButton(wizard.get())->isEnabled());
}

void tst_CsvImportWizard::missingRequiredColumnBlocksNext()
{
    // 名字 is not one of the headers matched to the company name.
    const QString path = writeFile(QStringLiteral("customers.csv"),
                                   QStringLiteral("客户编号,名字,城市\n"
                                                  "C001,上海补费科技有限公司,上海\n")
                                       .toUtf8());

    std::unique_ptr<CsvImportWizard> wizard = openAtMapping(CsvImportKind::Customers, path);
    QCOMPARE(wizard->currentId(), int(CsvImportWizard::MappingPageId));
    auto *page = pageOf<CsvImportMappingPage>(wizard.get(), CsvImportWizard::MappingPageId);
    auto *errorLabel = page->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(errorLabel);

    QVERIFY(!forwardButton(wizard.get())->isEnabled());
    QVERIFY(errorLabel->isVisible());
    QVERIFY2(errorLabel->text().contains(QStringLiteral("Company name")),
             qPrintable(errorLabel->text()));
    QVERIFY2(!errorLabel->text().contains(QStringLiteral("Customer code")),
             qPrintable(errorLabel->text()));
    QVERIFY(!moveTo(wizard.get(), CsvImportWizard::CheckPageId));
    QCOMPARE(wizard->currentId(), int(CsvImportWizard::MappingPageId));

    // Choosing the column by hand lifts the block.
    QComboBox *company = page->columnCombo(QStringLiteral("company_name"));
    QVERIFY(company);
    company->setCurrentIndex(company->findText(QStringLiteral("名字")));
    QCOMPARE(company->currentText(), QStringLiteral("名字"));
    QVERIFY(forwardButton(wizard.get())->isEnabled());
    QVERIFY(!errorLabel->isVisible());

    // A header feeds one field, so choosing it for the contact takes it
    // from the company name, which blocks Next again.
    QComboBox *contact = page->columnCombo(QStringLiteral("contact_name"));
    contact->setCurrentIndex(contact->findText(QStringLiteral("名字")));
    QCOMPARE(company->currentIndex(), 0);
    QVERIFY(!forwardButton(wizard.get())->isEnabled());
}

void tst_CsvImportWizard::badLineShowsLineNumber_data()
{
    QTest::addColumn<QString>("contents");
    QTest::addColumn<int>("badLine");
    QTest::addColumn<QString>("field");

    const QString header = QStringLiteral("code,company_name,currency\n");
    QTest::newRow("empty required field")
        << header + QStringLiteral("C001,Alpha Ltd,CNY\nC002,,CNY\nC003,Gamma Ltd,CNY\n") << 3
        << QStringLiteral("Company name");
    QTest::newRow("unknown currency")
        << header + QStringLiteral("C001,Alpha Ltd,CNY\nC002,Beta Ltd,CNY\nC003,Gamma,XYZ\n")
        << 4 << QStringLiteral("Currency");
    QTest::newRow("missing field")
        << header + QStringLiteral("C001,Alpha Ltd,CNY\nC002,Beta Ltd\nC003,Gamma Ltd,CNY\n")
        << 3 << QString();
}

void tst_CsvImportWizard::badLineShowsLineNumber()
{
    QFETCH(QString, contents);
    QFETCH(int, badLine);
    QFETCH(QString, field);

    const QString path = writeFile(QStringLiteral("customers.csv"), contents.toUtf8());
    std::unique_ptr<CsvImportWizard> wizard = openAtMapping(CsvImportKind::Customers, path);
    QVERIFY(moveTo(wizard.get(), CsvImportWizard::CheckPageId));
    QVERIFY(waitForCheck(wizard.get()));

    auto *page = pageOf<CsvImportCheckPage>(wizard.get(), CsvImportWizard::CheckPageId);
    auto *problems = page->findChild<QTableView *>(QStringLiteral("problemTable"));
    QVERIFY(problems);
    QVERIFY(problems->isVisible());
    QVERIFY2(columnTexts(problems, 0).contains(QString::number(badLine)),
             qPrintable(columnTexts(problems, 0).join(QLatin1Char(','))));
    if (!field.isEmpty())
        QVERIFY(columnTexts(problems, 2).contains(field));
    const QString message = columnTexts(problems, 3).join(QLatin1Char('\n'));
    QVERIFY(!message.isEmpty());

    // Import stays disabled, and the page shows what to do.
    QVERIFY(!forwardButton(wizard.get())->isEnabled());
    QVERIFY(!moveTo(wizard.get(), CsvImportWizard::ResultPageId));
    const QString errors = labelText(page, "errorLabel");
    QVERIFY2(errors.contains(QStringLiteral("Fix the file and choose it again")),
             qPrintable(errors));
    QVERIFY(page->findChild<QPushButton *>(QStringLiteral("rereadButton"))->isVisible());
    QCOMPARE(customerCount(), 0);
}

void tst_CsvImportWizard::rereadAfterFixEnablesImport()
{
    const QString path = writeFile(
        QStringLiteral("customers.csv"),
        QByteArray("code,company_name\nC001,Alpha Ltd\nC002,\nC003,Gamma Ltd\n"));
    std::unique_ptr<CsvImportWizard> wizard = openAtMapping(CsvImportKind::Customers, path);
    QVERIFY(moveTo(wizard.get(), CsvImportWizard::CheckPageId));
    QVERIFY(waitForCheck(wizard.get()));
    QVERIFY(!forwardButton(wizard.get())->isEnabled());

    writeFile(QStringLiteral("customers.csv"),
              QByteArray("code,company_name\nC001,Alpha Ltd\nC002,Beta Ltd\nC003,Gamma Ltd\n"));
    auto *page = pageOf<CsvImportCheckPage>(wizard.get(), CsvImportWizard::CheckPageId);
    auto *reread = page->findChild<QPushButton *>(QStringLiteral("rereadButton"));
    QVERIFY(reread && reread->isVisible());
    reread->click();
    QVERIFY(!forwardButton(wizard.get())->isEnabled());
    QVERIFY(waitForCheck(wizard.get()));

    QVERIFY2(forwardButton(wizard.get())->isEnabled(), qPrintable(labelText(page, "errorLabel")));
    QCOMPARE(page->checkResult()->added, 3);
    QVERIFY(!page->findChild<QTableView *>(QStringLiteral("problemTable"))->isVisible());
    QCOMPARE(customerCount(), 0);
}

void tst_CsvImportWizard::goodFileImports()
{
    const QString path = writeFile(QStringLiteral("customers.csv"),
                                   Utf8ByteOrderMark + ChineseCustomers.toUtf8());
    std::unique_ptr<CsvImportWizard> wizard = openAtMapping(CsvImportKind::Customers, path);
    QVERIFY(moveTo(wizard.get(), CsvImportWizard::CheckPageId));

    // The preview shows the first rows under the fields they feed.
    auto *checkPage = pageOf<CsvImportCheckPage>(wizard.get(), CsvImportWizard::CheckPageId);
    auto *preview = checkPage->findChild<QTableView *>(QStringLiteral("previewTable"));
    QVERIFY(preview);
    QCOMPARE(preview->model()->rowCount(), 3);
    QCOMPARE(preview->model()->headerData(2, Qt::Horizontal).toString(),
             QStringLiteral("Company name"));
    QCOMPARE(columnTexts(preview, 0), QStringList({"2", "3", "4"}));
    QCOMPARE(preview->model()->index(1, 2).data().toString(), QStringLiteral("北京示例贸易公司"));

    QVERIFY(waitForCheck(wizard.get()));
    QCOMPARE(checkPage->checkResult()->added, 3);
    QCOMPARE(customerCount(), 0);
    QCOMPARE(wizard->button(QWizard::CommitButton)->text(), QStringLiteral("&Import"));

    QVERIFY(moveTo(wizard.get(), CsvImportWizard::ResultPageId));
    QVERIFY(waitForImport(wizard.get()));
    auto *resultPage = pageOf<CsvImportResultPage>(wizard.get(), CsvImportWizard::ResultPageId);
    QCOMPARE(labelText(resultPage, "addedLabel"), QStringLiteral("3"));
    QCOMPARE(labelText(resultPage, "presentLabel"), QStringLiteral("0"));
    QCOMPARE(labelText(resultPage, "rejectedLabel"), QStringLiteral("0"));
    QVERIFY2(labelText(resultPage, "statusLabel").contains(CsvImportTexts::records(
                 CsvImportKind::Customers, 3)),
             qPrintable(labelText(resultPage, "statusLabel")));
    QVERIFY(wizard->hasWritten());
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QCOMPARE(customerCount(), 3);

    const auto customer = CustomerRepository(m_database->db()).findByCode(QStringLiteral("C002"));
    QVERIFY(customer);
    QCOMPARE(customer->companyName, QStringLiteral("北京示例贸易公司"));
}

void tst_CsvImportWizard::reimportSaysNothingNew()
{
    const QString path = writeFile(QStringLiteral("customers.csv"), ChineseCustomers.toUtf8());
    QString failure;
    const auto first = importThroughWizard(CsvImportKind::Customers, path, &failure);
    QVERIFY2(first, qPrintable(failure));
    QCOMPARE(first->added, 3);
    QCOMPARE(customerCount(), 3);

    std::unique_ptr<CsvImportWizard> wizard = openAtMapping(CsvImportKind::Customers, path);
    QVERIFY(moveTo(wizard.get(), CsvImportWizard::CheckPageId));
    QVERIFY(waitForCheck(wizard.get()));
    const QString nothingNew = CsvImportTexts::nothingNew(CsvImportKind::Customers, 3);
    QVERIFY(nothingNew.startsWith(QStringLiteral("Nothing new: 3 customer")));
    auto *checkPage = pageOf<CsvImportCheckPage>(wizard.get(), CsvImportWizard::CheckPageId);
    QCOMPARE(labelText(checkPage, "checkSummaryLabel"), nothingNew);

    QVERIFY(moveTo(wizard.get(), CsvImportWizard::ResultPageId));
    QVERIFY(waitForImport(wizard.get()));
    auto *resultPage = pageOf<CsvImportResultPage>(wizard.get(), CsvImportWizard::ResultPageId);
    QCOMPARE(labelText(resultPage, "statusLabel"), nothingNew);
    QCOMPARE(labelText(resultPage, "addedLabel"), QStringLiteral("0"));
    QCOMPARE(labelText(resultPage, "presentLabel"), QStringLiteral("3"));
    QVERIFY(!wizard->hasWritten() || resultPage->importResult()->added == 0);
    QCOMPARE(customerCount(), 3);
}

void tst_CsvImportWizard::possibleDuplicateNeedsNote()
{
    const NorthwindImporter::Result imported =
        NorthwindImporter(m_database->db()).import(NorthwindImporter::builtInDirectory());
    QVERIFY2(imported.ok, qPrintable(imported.errorMessage));
    const auto customer = CustomerRepository(m_database->db()).findByCode(QStringLiteral("ALFKI"));
    QVERIFY(customer);
    const QList<BillRecord> bills = BillRepository(m_database->db()).billsOfCustomer(customer->id);
    QVERIFY(!bills.isEmpty());
    const BillRecord &bill = bills.constFirst();

    // A charge entered before: the file's charge has the same bill, fee
    // type and amount, due three days later, so it is a possible duplicate.
    const QDate due = QDate::currentDate().addDays(10);
    ChargeRequest request;
    request.requestKey = ChargeRequest::newRequestKey();
    request.customerId = customer->id;
    request.billId = bill.id;
    request.feeTypeCode = QStringLiteral("SERVICE");
    request.amountText = QStringLiteral("100");
    request.reasonCode = QStringLiteral("BILLING_ERROR");
    request.note = QStringLiteral("Installation missing from the bill");
    request.paymentMethodCode = QStringLiteral("BANK_TRANSFER");
    request.dueDate = due;
    ChargeService service(m_database->db(), currentActor());
    const ChargeReview review = service.review(request);
    QVERIFY2(review.canCommit(QString()), qPrintable(review.problemText()));
    QVERIFY(service.commit(request, review).succeeded());

    const QString path = writeFile(
        QStringLiteral("charges.csv"),
        QStringLiteral("客户编号,账单号,费用类型,金额,补费原因,备注,支付方式,到期日\n"
                       "ALFKI,%1,SERVICE,100.00,BILLING_ERROR,Second visit,BANK_TRANSFER,%2\n")
            .arg(bill.billNo, due.addDays(3).toString(Qt::ISODate))
            .toUtf8());
    std::unique_ptr<CsvImportWizard> wizard = openAtMapping(CsvImportKind::Charges, path);
    QVERIFY2(moveTo(wizard.get(), CsvImportWizard::CheckPageId),
             qPrintable(labelText(wizard.get(), "errorLabel")));
    QVERIFY(waitForCheck(wizard.get()));

    auto *page = pageOf<CsvImportCheckPage>(wizard.get(), CsvImportWizard::CheckPageId);
    auto *note = page->findChild<QPlainTextEdit *>(QStringLiteral("acknowledgementEdit"));
    QVERIFY(note);
    QVERIFY2(note->isVisible(), qPrintable(labelText(page, "errorLabel")));
    QVERIFY(!forwardButton(wizard.get())->isEnabled());
    const auto *problems = page->findChild<QTableView *>(QStringLiteral("problemTable"));
    QCOMPARE(columnTexts(problems, 0), QStringList{QStringLiteral("2")});

    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("A second visit was agreed"));
    QVERIFY(forwardButton(wizard.get())->isEnabled());

    QVERIFY(moveTo(wizard.get(), CsvImportWizard::ResultPageId));
    QVERIFY(waitForImport(wizard.get()));
    auto *resultPage = pageOf<CsvImportResultPage>(wizard.get(), CsvImportWizard::ResultPageId);
    QVERIFY2(resultPage->importResult()->written, qPrintable(labelText(resultPage, "errorLabel")));
    QCOMPARE(resultPage->importResult()->added, 1);
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM charges")), 2);
}

void tst_CsvImportWizard::resultListCopiesAndSaves()
{
    const QString path = writeFile(QStringLiteral("customers.csv"), ChineseCustomers.toUtf8());
    std::unique_ptr<CsvImportWizard> wizard = openAtMapping(CsvImportKind::Customers, path);
    QVERIFY(moveTo(wizard.get(), CsvImportWizard::CheckPageId));
    QVERIFY(waitForCheck(wizard.get()));
    QVERIFY(moveTo(wizard.get(), CsvImportWizard::ResultPageId));
    QVERIFY(waitForImport(wizard.get()));
    auto *page = pageOf<CsvImportResultPage>(wizard.get(), CsvImportWizard::ResultPageId);

    auto *copy = page->findChild<QPushButton *>(QStringLiteral("copyButton"));
    QVERIFY(copy && copy->isVisible());
    copy->click();
    const QStringList lines =
        QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("Line\tStatus\tField\tMessage"));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("2\tAdded\t")), qPrintable(lines.at(1)));

    const QString listPath = m_files->filePath(QStringLiteral("result.csv"));
    QString error;
    QVERIFY2(page->saveList(listPath, &error), qPrintable(error));
    QFile saved(listPath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    QVERIFY(bytes.startsWith(Utf8ByteOrderMark + "Line,Status,Field,Message\r\n2,Added,"));
    QCOMPARE(bytes.count("\r\n"), 4);
}

void tst_CsvImportWizard::cancelStopsCheck()
{
    // Enough rows that the check lasts far longer than a cancel takes to
    // arrive, even on a busy machine.
    // NOTE: PostgreSQL checks a file of 10,000 customers in minutes, not
    // seconds: each audit record updates the one audit_chain_head row, and
    // within one transaction every update leaves a row version that the
    // following statements step over, so the time grows with the square of
    // the rows. 2,000 rows still take seconds there.
    const int rows = TestBackend::isPostgresql() ? 2000 : 10000;
    QByteArray bytes("code,company_name\n");
    for (int i = 1; i <= rows; ++i)
        bytes += QStringLiteral("C%1,Company %1\n").arg(i, 5, 10, QLatin1Char('0')).toUtf8();
    const QString path = writeFile(QStringLiteral("customers.csv"), bytes);
    std::unique_ptr<CsvImportWizard> wizard = openAtMapping(CsvImportKind::Customers, path);
    qsizetype reported = 0;
    connect(wizard->job(), &CsvImportJob::progressChanged, wizard.get(),
            [&reported](qsizetype done, qsizetype) { reported = done; });

    QVERIFY(moveTo(wizard.get(), CsvImportWizard::CheckPageId));
    auto *page = pageOf<CsvImportCheckPage>(wizard.get(), CsvImportWizard::CheckPageId);
    auto *progressBar = page->findChild<QProgressBar *>(QStringLiteral("progressBar"));
    QVERIFY(progressBar && progressBar->isVisible());
    QVERIFY(QTest::qWaitFor([&reported] { return reported > 0; }, JobTimeoutMs));
    QVERIFY(wizard->job()->isRunning());
    QCOMPARE(progressBar->value(), int(reported));

    // Cancel stops the check and leaves the window open.
    QAbstractButton *cancel = wizard->button(QWizard::CancelButton);
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    cancel->click();
    QVERIFY(wizard->isVisible());
    QVERIFY(waitForCheck(wizard.get()));
    QVERIFY(page->checkResult()->canceled);
    QVERIFY(!progressBar->isVisible());
    QVERIFY(!forwardButton(wizard.get())->isEnabled());
    const QString status = labelText(page, "checkSummaryLabel");
    QVERIFY2(status.contains(QStringLiteral("canceled, so nothing was imported")),
             qPrintable(status));
    QVERIFY(!page->findChild<QTableView *>(QStringLiteral("problemTable"))->isVisible());

    // Check Again runs the whole check.
    auto *again = page->findChild<QPushButton *>(QStringLiteral("rereadButton"));
    QVERIFY(again && again->isVisible());
    QCOMPARE(again->text(), QStringLiteral("&Check Again"));
    again->click();
    QVERIFY(waitForCheck(wizard.get()));
    QVERIFY(!page->checkResult()->canceled);
    QCOMPARE(page->checkResult()->added, rows);
    QVERIFY(forwardButton(wizard.get())->isEnabled());

    // Once nothing runs, Cancel closes the window.
    cancel->click();
    QVERIFY(!wizard->isVisible());
    QCOMPARE(customerCount(), 0);
}

void tst_CsvImportWizard::cancelImportWritesNothing()
{
    const NorthwindImporter::Result imported =
        NorthwindImporter(m_database->db()).import(NorthwindImporter::builtInDirectory());
    QVERIFY2(imported.ok, qPrintable(imported.errorMessage));

    // Charges on every Northwind customer, each with an amount of its own so
    // that none is a possible duplicate of another. There are enough that
    // the writing lasts far longer than a cancel takes to arrive.
    QStringList codes;
    QSqlQuery query(m_database->db());
    VERIFY_SQL(query, query.exec(QStringLiteral("SELECT code FROM customers ORDER BY code")));
    while (query.next())
        codes << query.value(QStringLiteral("code")).toString();
    QVERIFY(!codes.isEmpty());
    // Fewer on PostgreSQL, for the reason in cancelStopsCheck().
    const int rows = TestBackend::isPostgresql() ? 2000 : 5000;
    QByteArray bytes("customer_code,fee_type,amount,reason,payment_method,due_date\n");
    for (int i = 0; i < rows; ++i) {
        bytes += QStringLiteral("%1,SERVICE,%2.50,UNPAID,CASH,%3\n")
                     .arg(codes.at(i % codes.size()))
                     .arg(10 + i)
                     .arg(QDate(2026, 1, 1).addDays(i % 300).toString(Qt::ISODate))
                     .toUtf8();
    }
    const QString path = writeFile(QStringLiteral("charges.csv"), bytes);
    const qint64 balances =
        m_database->scalar(QStringLiteral("SELECT SUM(balance_minor) FROM customers"));
    const qint64 auditRecords =
        m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));

    std::unique_ptr<CsvImportWizard> wizard = openAtMapping(CsvImportKind::Charges, path);
    QVERIFY(moveTo(wizard.get(), CsvImportWizard::CheckPageId));
    QVERIFY(waitForCheck(wizard.get()));
    auto *checkPage = pageOf<CsvImportCheckPage>(wizard.get(), CsvImportWizard::CheckPageId);
    QCOMPARE(checkPage->checkResult()->added, rows);

    // Cancels at the first report of the writing, which starts after the
    // rows are read.
    qsizetype reported = 0;
    connect(wizard->job(), &CsvImportJob::progressChanged, wizard.get(),
            [&reported](qsizetype done, qsizetype) { reported = done; });
    QVERIFY(moveTo(wizard.get(), CsvImportWizard::ResultPageId));
    auto *page = pageOf<CsvImportResultPage>(wizard.get(), CsvImportWizard::ResultPageId);
    QVERIFY(page->findChild<QProgressBar *>(QStringLiteral("progressBar"))->isVisible());
    QVERIFY(wizard->button(QWizard::CancelButton)->isVisible());
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
    QVERIFY(QTest::qWaitFor([&reported, rows] { return reported > rows; }, JobTimeoutMs));
    QVERIFY(wizard->job()->isRunning());

    // Escape cancels the import, and the window stays open to say so.
    QTest::keyClick(wizard.get(), Qt::Key_Escape);
    QVERIFY(wizard->isVisible());
    QVERIFY(waitForImport(wizard.get()));
    QVERIFY(page->importResult()->canceled);
    QVERIFY(!page->importResult()->written);
    QVERIFY(!wizard->hasWritten());
    const QString status = labelText(page, "statusLabel");
    QVERIFY2(status.contains(QStringLiteral("canceled and rolled back, so nothing was imported")),
             qPrintable(status));
    QVERIFY(!page->findChild<QLabel *>(QStringLiteral("addedLabel"))->isVisible());
    QVERIFY(!wizard->button(QWizard::CancelButton)->isVisible());
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());

    QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM charges")), 0);
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT SUM(balance_minor) FROM customers")),
             balances);
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditRecords);

    // Import Again writes every charge.
    auto *again = page->findChild<QPushButton *>(QStringLiteral("importAgainButton"));
    QVERIFY(again && again->isVisible());
    again->click();
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
    QVERIFY(waitForImport(wizard.get()));
    QVERIFY2(page->importResult()->written, qPrintable(labelText(page, "errorLabel")));
    QVERIFY(!again->isVisible());
    QVERIFY(wizard->hasWritten());
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM charges")), rows);
}

void tst_CsvImportWizard::backCancelsCheck()
{
    QByteArray bytes("code,company_name\n");
    for (int i = 1; i <= 10000; ++i)
        bytes += QStringLiteral("C%1,Company %1\n").arg(i, 5, 10, QLatin1Char('0')).toUtf8();
    const QString path = writeFile(QStringLiteral("customers.csv"), bytes);
    std::unique_ptr<CsvImportWizard> wizard = openAtMapping(CsvImportKind::Customers, path);
    qsizetype reported = 0;
    connect(wizard->job(), &CsvImportJob::progressChanged, wizard.get(),
            [&reported](qsizetype done, qsizetype) { reported = done; });
    std::optional<CsvImportSummary> delivered;
    connect(wizard->job(), &CsvImportJob::finished, wizard.get(),
            [&delivered](CsvImportJob::Mode, const CsvImportSummary &summary) {
                delivered = summary;
            });

    QVERIFY(moveTo(wizard.get(), CsvImportWizard::CheckPageId));
    QVERIFY(QTest::qWaitFor([&reported] { return reported > 0; }, JobTimeoutMs));
    wizard->back();
    QCOMPARE(wizard->currentId(), int(CsvImportWizard::MappingPageId));
    QVERIFY(wizard->job()->waitForFinished(JobTimeoutMs));
    QVERIFY(delivered.has_value());
    QVERIFY(delivered->canceled);

    // Nothing runs any more, so Cancel closes the window.
    wizard->button(QWizard::CancelButton)->click();
    QVERIFY(!wizard->isVisible());
    QCOMPARE(customerCount(), 0);
}

void tst_CsvImportWizard::importRefreshesCustomerList()
{
    const NorthwindImporter::Result imported =
        NorthwindImporter(m_database->db()).import(NorthwindImporter::builtInDirectory());
    QVERIFY2(imported.ok, qPrintable(imported.errorMessage));
    const QString path = writeFile(QStringLiteral("customers.csv"), ChineseCustomers.toUtf8());

    MainWindow window(m_database->db());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *list = window.findChild<CustomerListPage *>(QStringLiteral("customerListPage"));
    auto *action = window.findChild<QAction *>(QStringLiteral("importCsvAction"));
    QVERIFY(list && action);
    QCOMPARE(list->matchCount(), 91);

    bool finished = false;
    whenModalOpens<CsvImportWizard>([&](CsvImportWizard *wizard) {
        wizard->setKind(CsvImportKind::Customers);
        wizard->setFilePath(path);
        if (moveTo(wizard, CsvImportWizard::MappingPageId)
            && moveTo(wizard, CsvImportWizard::CheckPageId) && waitForCheck(wizard)
            && moveTo(wizard, CsvImportWizard::ResultPageId) && waitForImport(wizard)) {
            finished = true;
            wizard->button(QWizard::FinishButton)->click();
        } else {
            wizard->job()->waitForFinished(JobTimeoutMs);
            wizard->reject();
        }
    });
    action->trigger();

    QVERIFY(finished);
    QCOMPARE(list->matchCount(), 94);
}

void tst_CsvImportWizard::wizardRetranslates()
{
    const QString path = writeFile(QStringLiteral("customers.csv"), ChineseCustomers.toUtf8());
    std::unique_ptr<CsvImportWizard> wizard = openAtMapping(CsvImportKind::Customers, path);
    QVERIFY(moveTo(wizard.get(), CsvImportWizard::CheckPageId));
    QVERIFY(waitForCheck(wizard.get()));

    MarkingTranslator marker;
    QCoreApplication::installTranslator(&marker);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();

    // Texts set in code and texts of the forms, on every page.
    QCOMPARE(wizard->windowTitle(), QStringLiteral("[[Import CSV]]"));
    auto *mapping = pageOf<CsvImportMappingPage>(wizard.get(), CsvImportWizard::MappingPageId);
    QCOMPARE(mapping->title(), QStringLiteral("[[Match the Columns]]"));
    QCOMPARE(labelText(mapping, "detectedEncodingLabel"), QStringLiteral("[[Detected UTF-8.]]"));
    QCOMPARE(labelText(mapping, "fieldLabel_code"), QStringLiteral("[[Customer code]] *"));
    QCOMPARE(mapping->columnCombo(QStringLiteral("fax"))->itemText(0),
             QStringLiteral("[[— not imported —]]"));
    auto *check = pageOf<CsvImportCheckPage>(wizard.get(), CsvImportWizard::CheckPageId);
    QVERIFY(labelText(check, "checkSummaryLabel").startsWith(QStringLiteral("[[")));
    QCOMPARE(wizard->button(QWizard::CommitButton)->text(), QStringLiteral("[[&Import]]"));
    const auto *preview = check->findChild<QTableView *>(QStringLiteral("previewTable"));
    QCOMPARE(preview->model()->headerData(0, Qt::Horizontal).toString(),
             QStringLiteral("[[Line]]"));
    auto *source = wizard->page(CsvImportWizard::SourcePageId);
    QVERIFY(labelText(source, "kindHintLabel").startsWith(QStringLiteral("[[")));
    auto *result = wizard->page(CsvImportWizard::ResultPageId);
    QCOMPARE(labelText(result, "addedCaptionLabel"), QStringLiteral("[[Added:]]"));

    QCoreApplication::removeTranslator(&marker);
}

void tst_CsvImportWizard::exportStartsWithByteOrderMark()
{
    const NorthwindImporter::Result imported =
        NorthwindImporter(m_database->db()).import(NorthwindImporter::builtInDirectory());
    QVERIFY2(imported.ok, qPrintable(imported.errorMessage));

    MainWindow window(m_database->db());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *actions = window.findChild<CsvFileActions *>();
    QVERIFY(actions);
    for (const char *name : {"importCsvAction", "exportCustomersAction", "exportBillsAction",
                             "exportChargesAction"}) {
        QVERIFY2(window.findChild<QAction *>(QLatin1String(name)), name);
    }

    const QString path = m_files->filePath(QStringLiteral("customers.csv"));
    QVERIFY(actions->exportTable(CsvExporter::Table::Customers, path));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith(Utf8ByteOrderMark + "code,"));
    QCOMPARE(bytes.count("\r\n"), 92);

    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("91")), qPrintable(message));

    // The exported file reads back: every customer is already present.
    QString failure;
    const auto reimported = importThroughWizard(CsvImportKind::Customers, path, &failure);
    QVERIFY2(reimported, qPrintable(failure));
    QCOMPARE(reimported->added, 0);
    QCOMPARE(reimported->alreadyPresent, 91);
}

void tst_CsvImportWizard::exportSuggestsNameByTableAndDate()
{
    const QDate date(2025, 3, 31);
    QCOMPARE(CsvFileActions::suggestedFileName(CsvExporter::Table::Customers, date),
             QStringLiteral("customers-2025-03-31.csv"));
    QCOMPARE(CsvFileActions::suggestedFileName(CsvExporter::Table::Charges, date),
             QStringLiteral("charges-2025-03-31.csv"));
}

QTEST_MAIN(tst_CsvImportWizard)
#include "tst_csvimportwizard.moc"
