#include "guitestsupport.h"
#include "testsupport.h"

#include "addchargedialog.h"
#include "chargeservice.h"
#include "chargeconfirmdialog.h"
#include "customerdetailpage.h"
#include "elidedlabel.h"
#include "customerlistmodel.h"
#include "lookupcombobox.h"
#include "mainwindow.h"
#include "money.h"
#include "customerrepository.h"
#include "northwindimporter.h"
#include "translations.h"
#include "voidchargedialog.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

#include <functional>
#include <memory>

namespace {

// The currency of the Northwind customers.
const QString Usd = QStringLiteral("USD");

// Clicks button in the next message box and stores the box's text in *text.
void clickInNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    whenModalOpens<QMessageBox>([button, text](QMessageBox *box) {
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

// Returns the count label's text for count customers in the current
// language, with the plural form the installed translation picks.
QString customerCountText(int count)
{
    return QCoreApplication::translate("CustomerListPage", "%Ln customer(s)", nullptr, count);
}

} // namespace

class TestCustomerPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listShowsAllCustomers();
    void detailPageBuiltOnFirstOpen();
    void longNameKeepsWindowWidth();
    void searchFilters_data();
    void searchFilters();
    void enterInSearchOpensSingleMatch();
    void enterInTableOpensCustomer();
    void doubleClickOpensCustomer();
    void leaveWithUnsavedEdits_data();
    void leaveWithUnsavedEdits();
    void closeWithUnsavedEdits();
    void saveButtonWritesEdits();
    void saveRejectsEmptyCompanyName();
    void saveFailureKeepsEdits();
    void languageChangeRetranslates();
    void addChargeShowsChargeAndBalance();
    void voidChargeRestoresBalance();
    void addChargeKeepsUnsavedEdits();
    void activationShowsOutsideWrites();

private:
    MainWindow *createWindow();
    bool openCustomerByCode(const QString &code);
    qint64 balanceOf(const QString &code) const;
    QString companyNameOf(const QString &code) const;
    qint64 addChargeThroughDialog(const QString &amountText, QString *failure);

    template<typename T>
    T *child(const char *name) const
    {
        return m_window ? m_window->findChild<T *>(QLatin1String(name)) : nullptr;
    }

    bool detailPageShown() const
    {
        const auto *stack = m_window->findChild<QStackedWidget *>();
        return stack && stack->currentWidget() == child<QWidget>("customerDetailPage");
    }

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<MainWindow> m_window;
};

void TestCustomerPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::apply(UiLanguage::English);
}

void TestCustomerPages::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));

    const NorthwindImporter::Result result =
        NorthwindImporter(m_database->db()).import(NorthwindImporter::builtInDirectory());
    QVERIFY2(result.ok, qPrintable(result.errorMessage));
    QCOMPARE(result.customersAdded, 91);
}

void TestCustomerPages::cleanup()
{
    // Closing would ask about edits a failed test left behind.
    m_window.reset();
    m_database.reset();
    Translations::apply(UiLanguage::English);
}

MainWindow *TestCustomerPages::createWindow()
{
    m_window = std::make_unique<MainWindow>(m_database->db());
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        qWarning("The main window was not exposed");
    return m_window.get();
}

// A company name longer than the screen is shortened in the page header,
// with the whole name as its tool tip, instead of widening the window.
void TestCustomerPages::longNameKeepsWindowWidth()
{
    const QString name = QStringLiteral("上海华东国际贸易有限公司 ").repeated(20).trimmed();
    QSqlQuery update(m_database->db());
    VERIFY_SQL(update, update.prepare(QStringLiteral(
                           "UPDATE customers SET company_name = :name WHERE code = 'ALFKI'")));
    update.bindValue(QStringLiteral(":name"), name);
    VERIFY_SQL(update, update.exec());

    createWindow();
    m_window->resize(1200, 700);
    QVERIFY(openCustomerByCode(QStringLiteral("ALFKI")));
    QCoreApplication::processEvents();

    QCOMPARE(m_window->width(), 1200);
    QVERIFY(m_window->minimumSizeHint().width() < 1200);
    auto *title = child<ElidedLabel>("companyNameTitle");
    QVERIFY(title);
    QCOMPARE(title->fullText(), name);
    QCOMPARE(title->toolTip(), name);
    QVERIFY2(title->text().endsWith(QChar(0x2026)), qPrintable(title->text()));
}

bool TestCustomerPages::openCustomerByCode(const QString &code)
{
    auto *search = child<QLineEdit>("searchEdit");
    if (!search)
        return false;
    search->clear();
    QTest::keyClicks(search, code);
    QTest::keyClick(search, Qt::Key_Return);
    return detailPageShown();
}

qint64 TestCustomerPages::balanceOf(const QString &code) const
{
    QSqlQuery query(m_database->db());
    if (!query.prepare(QStringLiteral("SELECT balance_minor FROM customers WHERE code = :code")))
        return -1;
    query.bindValue(QStringLiteral(":code"), code);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(QStringLiteral("balance_minor")).toLongLong();
}

QString TestCustomerPages::companyNameOf(const QString &code) const
{
    QSqlQuery query(m_database->db());
    if (!query.prepare(QStringLiteral("SELECT company_name FROM customers WHERE code = :code")))
        return QString();
    query.bindValue(QStringLiteral(":code"), code);
    if (!query.exec() || !query.next())
        return QString();
    return query.value(QStringLiteral("company_name")).toString();
}

// Fills the 新增费用 dialog with a service fee on the account, reviews and
// confirms it. Returns the committed charge id, or 0 with *failure saying
// what the dialogs showed.
qint64 TestCustomerPages::addChargeThroughDialog(const QString &amountText, QString *failure)
{
    qint64 chargeId = 0;
    whenModalOpens<AddChargeDialog>([&](AddChargeDialog *dialog) {
        dialog->findChild<LookupComboBox *>(QStringLiteral("feeTypeCombo"))
            ->setCurrentCode(QStringLiteral("SERVICE"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("amountEdit")),
                         amountText);
        dialog->findChild<LookupComboBox *>(QStringLiteral("reasonCombo"))
            ->setCurrentCode(QStringLiteral("BILLING_ERROR"));
        dialog->findChild<LookupComboBox *>(QStringLiteral("paymentMethodCombo"))
            ->setCurrentCode(QStringLiteral("BANK_TRANSFER"));

        whenModalOpens<ChargeConfirmDialog>([&](ChargeConfirmDialog *confirm) {
            confirm->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
            if (confirm->isVisible()) {
                *failure = confirm->findChild<QLabel *>(QStringLiteral("errorLabel"))->text();
                confirm->reject();
            }
        });
        dialog->findChild<QPushButton *>(QStringLiteral("reviewButton"))->click();

        chargeId = dialog->committedChargeId();
        if (dialog->isVisible()) {
            if (failure->isEmpty())
                *failure = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->text();
            dialog->reject();
        }
    });
    child<QPushButton>("addChargeButton")->click();
    return chargeId;
}

void TestCustomerPages::listShowsAllCustomers()
{
    createWindow();
    auto *table = child<QTableView>("customerTable");
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 91);
    QCOMPARE(child<QLabel>("countLabel")->text(), customerCountText(91));

    // Only code, company name, contact name, phone, country and balance show.
    int shownColumns = 0;
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        if (!table->isColumnHidden(column))
            ++shownColumns;
    }
    QCOMPARE(shownColumns, 6);

    // The balance column has room for amounts beyond the rows it was sized
    // over, also after a sort reads other rows.
    const int wide = table->fontMetrics().horizontalAdvance(
        Money(-99'999'999'999, QStringLiteral("TWD")).format(QLocale()));
    QVERIFY(table->columnWidth(CustomerListQuery::Balance) > wide);
    table->sortByColumn(CustomerListQuery::Balance, Qt::DescendingOrder);
    QVERIFY(table->columnWidth(CustomerListQuery::Balance) > wide);
}

// The window paints the customer list first, and builds the customer page
// with its tabs when it opens the first customer.
void TestCustomerPages::detailPageBuiltOnFirstOpen()
{
    createWindow();
    QVERIFY(!child<CustomerDetailPage>("customerDetailPage"));
    QVERIFY(!child<QTableView>("chargeTable"));

    QVERIFY(openCustomerByCode(QStringLiteral("ALFKI")));
    auto *page = child<CustomerDetailPage>("customerDetailPage");
    QVERIFY(page);
    QVERIFY(child<QTableView>("chargeTable"));
    QCOMPARE(child<QLineEdit>("codeEdit")->text(), QStringLiteral("ALFKI"));

    // Back to the list, and the next customer opens on the same page.
    child<QPushButton>("backButton")->click();
    QVERIFY(!detailPageShown());
    QVERIFY(openCustomerByCode(QStringLiteral("ANATR")));
    QCOMPARE(m_window->findChildren<CustomerDetailPage *>().size(), 1);
    QCOMPARE(child<CustomerDetailPage>("customerDetailPage"), page);
    QCOMPARE(child<QLineEdit>("codeEdit")->text(), QStringLiteral("ANATR"));
}

void TestCustomerPages::searchFilters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("matches");
    QTest::addColumn<QString>("firstCode");

    QTest::newRow("code") << "ALFK" << 1 << "ALFKI";
    QTest::newRow("code lower case") << "alfk" << 1 << "ALFKI";
    QTest::newRow("company name part") << "Futterkiste" << 1 << "ALFKI";
    QTest::newRow("contact name") << "Maria Anders" << 1 << "ALFKI";
    QTest::newRow("phone fragment") << "030-0074" << 1 << "ALFKI";
    QTest::newRow("chinese substring") << "华联商" << 1 << "HUALN";
    QTest::newRow("two chinese characters") << "华联" << 1 << "HUALN";
    QTest::newRow("one chinese character") << "芳" << 1 << "HUALN";
    QTest::newRow("two letters") << "lf" << 2 << "ALFKI";
    QTest::newRow("one letter, first in code order") << "Q" << 8 << "ANTON";
    QTest::newRow("percent sign is no wildcard") << "%" << 0 << "";
    QTest::newRow("underscore is no wildcard") << "a_b" << 0 << "";
    QTest::newRow("quote in a long term") << "\"Futter" << 0 << "";
    QTest::newRow("not across two fields") << "kiste Maria" << 0 << "";
    QTest::newRow("surrounding spaces") << "  ALFK  " << 1 << "ALFKI";
    QTest::newRow("no match") << "no such customer" << 0 << "";
    QTest::newRow("empty") << "" << 92 << "ALFKI";
}

void TestCustomerPages::searchFilters()
{
    QFETCH(QString, text);
    QFETCH(int, matches);
    QFETCH(QString, firstCode);

    QSqlQuery insert(m_database->db());
    VERIFY_SQL(insert, insert.prepare(QStringLiteral(
                           "INSERT INTO customers (code, company_name, contact_name, phone, "
                           "currency, created_at, updated_at) VALUES (:code, :company, "
                           ":contact, :phone, 'CNY', :now, :now)")));
    insert.bindValue(QStringLiteral(":code"), QStringLiteral("HUALN"));
    insert.bindValue(QStringLiteral(":company"), QStringLiteral("北京华联商贸有限公司"));
    insert.bindValue(QStringLiteral(":contact"), QStringLiteral("王芳"));
    insert.bindValue(QStringLiteral(":phone"), QStringLiteral("010-6512-3456"));
    insert.bindValue(QStringLiteral(":now"), QStringLiteral("2024-01-01T00:00:00.000Z"));
    VERIFY_SQL(insert, insert.exec());

    createWindow();
    auto *search = child<QLineEdit>("searchEdit");
    auto *table = child<QTableView>("customerTable");

    // QTest::keyClicks() takes Latin-1 only; insert() is what an input
    // method does when it commits Chinese text.
    search->insert(text);

    QCOMPARE(table->model()->rowCount(), matches);
    // A search that finds nothing names the text, shortened when long.
    const QString label = child<QLabel>("countLabel")->text();
    if (matches == 0) {
        QVERIFY2(label.startsWith(QStringLiteral("No match for “") + text.left(3)),
                 qPrintable(label));
    } else {
        QCOMPARE(label, customerCountText(matches));
    }
    if (matches > 0) {
        QCOMPARE(table->model()->index(0, CustomerListQuery::Code).data().toString(),
                 firstCode);
    }
}

void TestCustomerPages::enterInSearchOpensSingleMatch()
{
    createWindow();
    QVERIFY(openCustomerByCode(QStringLiteral("ALFK")));
    QCOMPARE(child<ElidedLabel>("companyNameTitle")->fullText(), QStringLiteral("Alfreds Futterkiste"));
    QCOMPARE(child<QLineEdit>("companyNameEdit")->text(), QStringLiteral("Alfreds Futterkiste"));
    QCOMPARE(child<QLineEdit>("codeEdit")->text(), QStringLiteral("ALFKI"));
}

void TestCustomerPages::enterInTableOpensCustomer()
{
    createWindow();
    auto *search = child<QLineEdit>("searchEdit");

    // Several matches: Enter in the search field moves to the table first.
    auto *table = child<QTableView>("customerTable");
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(!detailPageShown());
    QVERIFY(table->currentIndex().isValid());
    QCOMPARE(table->currentIndex().row(), 0);

    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(detailPageShown());
    QCOMPARE(child<QLineEdit>("codeEdit")->text(), QStringLiteral("ANATR"));
}

void TestCustomerPages::doubleClickOpensCustomer()
{
    createWindow();
    auto *table = child<QTableView>("customerTable");
    const int codeColumn = CustomerListQuery::Code;

    QModelIndex anton;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, codeColumn);
        if (index.data().toString() == QLatin1String("ANTON"))
            anton = index;
    }
    QVERIFY(anton.isValid());
    table->scrollTo(anton);

    const QPoint center = table->visualRect(anton).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, center);
    QVERIFY(detailPageShown());
    QCOMPARE(child<ElidedLabel>("companyNameTitle")->fullText(),
             QStringLiteral("Antonio Moreno Taquería"));
}

void TestCustomerPages::leaveWithUnsavedEdits_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("staysOnPage");
    QTest::addColumn<QString>("storedName");

    const QString original = QStringLiteral("Alfreds Futterkiste");
    const QString edited = QStringLiteral("Alfreds Futterkiste GmbH");
    QTest::newRow("cancel") << int(QMessageBox::Cancel) << true << original;
    QTest::newRow("discard") << int(QMessageBox::Discard) << false << original;
    QTest::newRow("save") << int(QMessageBox::Save) << false << edited;
}

void TestCustomerPages::leaveWithUnsavedEdits()
{
    QFETCH(int, answer);
    QFETCH(bool, staysOnPage);
    QFETCH(QString, storedName);

    createWindow();
    QVERIFY(openCustomerByCode(QStringLiteral("ALFKI")));
    auto *nameEdit = child<QLineEdit>("companyNameEdit");
    QVERIFY(!child<QPushButton>("saveButton")->isEnabled());
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, QStringLiteral("Alfreds Futterkiste GmbH"));
    QVERIFY(child<QPushButton>("saveButton")->isEnabled());
    QVERIFY(child<QPushButton>("revertButton")->isEnabled());

    QString question;
    clickInNextMessageBox(QMessageBox::StandardButton(answer), &question);
    child<QPushButton>("backButton")->click();

    QVERIFY2(question.contains(QLatin1String("Alfreds Futterkiste")), qPrintable(question));
    QCOMPARE(detailPageShown(), staysOnPage);
    QCOMPARE(companyNameOf(QStringLiteral("ALFKI")), storedName);
    if (staysOnPage) {
        QCOMPARE(nameEdit->text(), QStringLiteral("Alfreds Futterkiste GmbH"));
        QVERIFY(child<QPushButton>("saveButton")->isEnabled());
        return;
    }

    // Coming back shows what is stored, with nothing left to save.
    QVERIFY(openCustomerByCode(QStringLiteral("ALFKI")));
    QCOMPARE(nameEdit->text(), storedName);
    QVERIFY(!child<QPushButton>("saveButton")->isEnabled());
}

void TestCustomerPages::closeWithUnsavedEdits()
{
    createWindow();
    QVERIFY(openCustomerByCode(QStringLiteral("ALFKI")));
    child<QLineEdit>("contactNameEdit")->setText(QStringLiteral("Maria Anders-Schmidt"));

    clickInNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QCOMPARE(child<QLineEdit>("contactNameEdit")->text(), QStringLiteral("Maria Anders-Schmidt"));

    clickInNextMessageBox(QMessageBox::Save);
    QVERIFY(m_window->close());

    QSqlQuery query(m_database->db());
    VERIFY_SQL(query, query.prepare(QStringLiteral(
                          "SELECT contact_name FROM customers WHERE code = :code")));
    query.bindValue(QStringLiteral(":code"), QStringLiteral("ALFKI"));
    VERIFY_SQL(query, query.exec());
    QVERIFY(query.next());
    QCOMPARE(query.value(QStringLiteral("contact_name")).toString(),
             QStringLiteral("Maria Anders-Schmidt"));
}

void TestCustomerPages::saveButtonWritesEdits()
{
    createWindow();
    QVERIFY(openCustomerByCode(QStringLiteral("ALFKI")));

    QSqlQuery query(m_database->db());
    VERIFY_SQL(query, query.prepare(QStringLiteral(
                          "SELECT company_name, city, updated_at FROM customers "
                          "WHERE code = :code")));
    query.bindValue(QStringLiteral(":code"), QStringLiteral("ALFKI"));
    VERIFY_SQL(query, query.exec());
    QVERIFY(query.next());
    const QString updatedBefore = query.value(QStringLiteral("updated_at")).toString();
    query.finish();

    // Quotes and an SQL fragment are stored as typed.
    const QString name = QStringLiteral("Alfreds \"Futterkiste\"'; DROP TABLE customers; --");
    child<QLineEdit>("companyNameEdit")->setText(name);
    child<QLineEdit>("cityEdit")->setText(QStringLiteral("München"));
    child<QPushButton>("saveButton")->click();

    QVERIFY(!child<QPushButton>("saveButton")->isEnabled());
    QCOMPARE(child<ElidedLabel>("companyNameTitle")->fullText(), name);
    VERIFY_SQL(query, query.exec());
    QVERIFY(query.next());
    QCOMPARE(query.value(QStringLiteral("company_name")).toString(), name);
    QCOMPARE(query.value(QStringLiteral("city")).toString(), QStringLiteral("München"));
    QVERIFY(query.value(QStringLiteral("updated_at")).toString() != updatedBefore);
    query.finish();

    // The edits are saved, so leaving shows no prompt.
    child<QPushButton>("backButton")->click();
    QVERIFY(!detailPageShown());
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM customers")), 91);
}

void TestCustomerPages::saveRejectsEmptyCompanyName()
{
    createWindow();
    QVERIFY(openCustomerByCode(QStringLiteral("ALFKI")));
    child<QLineEdit>("companyNameEdit")->setText(QStringLiteral("   "));

    QString warning;
    clickInNextMessageBox(QMessageBox::Ok, &warning);
    child<QPushButton>("saveButton")->click();

    QVERIFY2(warning.contains(QLatin1String("company name")), qPrintable(warning));
    QCOMPARE(companyNameOf(QStringLiteral("ALFKI")), QStringLiteral("Alfreds Futterkiste"));
    QCOMPARE(child<QLineEdit>("companyNameEdit")->text(), QStringLiteral("   "));
    QVERIFY(child<QPushButton>("saveButton")->isEnabled());

    // Leave without saving, so closing the window in cleanup() shows no prompt.
    clickInNextMessageBox(QMessageBox::Discard);
    child<QPushButton>("backButton")->click();
    QVERIFY(!detailPageShown());
}

void TestCustomerPages::saveFailureKeepsEdits()
{
    const QString triggerError = createFailingTrigger(
        m_database->db(), QStringLiteral("customers_locked"), QStringLiteral("BEFORE UPDATE"),
        QStringLiteral("customers"), QStringLiteral("customers are locked"), QString(), true);
    QVERIFY2(triggerError.isEmpty(), qPrintable(triggerError));

    createWindow();
    QVERIFY(openCustomerByCode(QStringLiteral("ALFKI")));
    child<QLineEdit>("companyNameEdit")->setText(QStringLiteral("Alfreds Futterkiste AG"));
    child<QLineEdit>("phoneEdit")->setText(QStringLiteral("030-1234567"));

    QString error;
    clickInNextMessageBox(QMessageBox::Ok, &error);
    child<QPushButton>("saveButton")->click();

    QVERIFY2(error.contains(QLatin1String("customers are locked")), qPrintable(error));
    QCOMPARE(companyNameOf(QStringLiteral("ALFKI")), QStringLiteral("Alfreds Futterkiste"));
    QCOMPARE(child<QLineEdit>("companyNameEdit")->text(),
             QStringLiteral("Alfreds Futterkiste AG"));
    QCOMPARE(child<QLineEdit>("phoneEdit")->text(), QStringLiteral("030-1234567"));
    QVERIFY(child<QPushButton>("saveButton")->isEnabled());

    // Revert shows the stored values and leaves nothing to save.
    child<QPushButton>("revertButton")->click();
    QCOMPARE(child<QLineEdit>("companyNameEdit")->text(), QStringLiteral("Alfreds Futterkiste"));
    QCOMPARE(child<QLineEdit>("phoneEdit")->text(), QStringLiteral("030-0074321"));
    QVERIFY(!child<QPushButton>("saveButton")->isEnabled());
}

void TestCustomerPages::languageChangeRetranslates()
{
    createWindow();
    QVERIFY(openCustomerByCode(QStringLiteral("ALFKI")));
    auto *tabs = child<QTabWidget>("tabWidget");
    auto *customerTable = child<QTableView>("customerTable");
    const int nameColumn = CustomerListQuery::CompanyName;
    QCOMPARE(tabs->tabText(0), QStringLiteral("Basic Information"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Charges"));

    // The language change events are posted, so the checks wait for them.
    MarkingTranslator marker;
    QCoreApplication::installTranslator(&marker);
    QTRY_COMPARE(tabs->tabText(0), QStringLiteral("[[Basic Information]]"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("[[Charges]]"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("[[ChargeDesk]]"));
    QCOMPARE(child<QPushButton>("addChargeButton")->text(), QStringLiteral("[[&Add Charge…]]"));
    QCOMPARE(child<QPushButton>("backButton")->text(), QStringLiteral("[[&Back to Customers]]"));
    QCOMPARE(customerTable->model()->headerData(nameColumn, Qt::Horizontal).toString(),
             QStringLiteral("[[Company Name]]"));
    QVERIFY(child<QLabel>("balanceLabel")->text().startsWith(QLatin1String("[[")));

    QCoreApplication::removeTranslator(&marker);
    Translations::apply(UiLanguage::English);
    QTRY_COMPARE(tabs->tabText(0), QStringLiteral("Basic Information"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Charges"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("ChargeDesk"));
    QCOMPARE(customerTable->model()->headerData(nameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Company Name"));
}

void TestCustomerPages::addChargeShowsChargeAndBalance()
{
    createWindow();
    QVERIFY(openCustomerByCode(QStringLiteral("ALFKI")));
    child<QTabWidget>("tabWidget")->setCurrentIndex(1);
    auto *chargeTable = child<QTableView>("chargeTable");
    QCOMPARE(chargeTable->model()->rowCount(), 0);
    QVERIFY(!child<QPushButton>("voidChargeButton")->isEnabled());

    const qint64 before = balanceOf(QStringLiteral("ALFKI"));
    QVERIFY(before > 0);
    QCOMPARE(child<QLabel>("balanceLabel")->text(),
             QStringLiteral("Outstanding balance: %1").arg(Money(before, Usd).format()));

    QString failure;
    const qint64 chargeId = addChargeThroughDialog(QStringLiteral("123.45"), &failure);
    QVERIFY2(chargeId > 0, qPrintable(failure));

    QCOMPARE(balanceOf(QStringLiteral("ALFKI")), before + 12345);
    QCOMPARE(child<QLabel>("balanceLabel")->text(),
             QStringLiteral("Outstanding balance: %1")
                 .arg(Money(before + 12345, Usd).format()));

    // The new charge is the selected row, posted and formatted.
    QCOMPARE(chargeTable->model()->rowCount(), 1);
    const QAbstractItemModel *charges = chargeTable->model();
    const auto columnOf = [charges](const QString &title) {
        for (int column = 0; column < charges->columnCount(); ++column) {
            if (charges->headerData(column, Qt::Horizontal).toString() == title)
                return column;
        }
        return -1;
    };
    QCOMPARE(charges->index(0, columnOf(QStringLiteral("No."))).data().toLongLong(), chargeId);
    QCOMPARE(charges->index(0, columnOf(QStringLiteral("Amount"))).data().toString(),
             Money(12345, Usd).format());
    const int feeTypeColumn = columnOf(QStringLiteral("Fee Type"));
    QCOMPARE(charges->index(0, feeTypeColumn).data().toString(), QStringLiteral("Service fee"));
    QCOMPARE(charges->index(0, columnOf(QStringLiteral("Status"))).data().toString(),
             QStringLiteral("Unpaid"));
    QCOMPARE(chargeTable->currentIndex().row(), 0);
    QVERIFY(child<QPushButton>("voidChargeButton")->isEnabled());

    // Lookup labels follow the UI language.
    Translations::apply(UiLanguage::SimplifiedChinese);
    QTRY_COMPARE(charges->index(0, feeTypeColumn).data().toString(), QStringLiteral("服务费"));
    Translations::apply(UiLanguage::English);
    QTRY_COMPARE(charges->index(0, feeTypeColumn).data().toString(),
                 QStringLiteral("Service fee"));

    // The list row shows the new balance when the user goes back.
    child<QPushButton>("backButton")->click();
    QVERIFY(!detailPageShown());
    auto *customerTable = child<QTableView>("customerTable");
    const QModelIndex current = customerTable->currentIndex();
    QVERIFY(current.isValid());
    const int balanceColumn = CustomerListQuery::Balance;
    QCOMPARE(customerTable->model()->index(current.row(), balanceColumn).data().toString(),
             Money(before + 12345, Usd).format());
}

void TestCustomerPages::voidChargeRestoresBalance()
{
    createWindow();
    QVERIFY(openCustomerByCode(QStringLiteral("ALFKI")));
    child<QTabWidget>("tabWidget")->setCurrentIndex(1);
    const qint64 before = balanceOf(QStringLiteral("ALFKI"));

    QString failure;
    QVERIFY2(addChargeThroughDialog(QStringLiteral("50"), &failure) > 0, qPrintable(failure));
    QCOMPARE(balanceOf(QStringLiteral("ALFKI")), before + 5000);

    whenModalOpens<VoidChargeDialog>([](VoidChargeDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit")),
                         QStringLiteral("Entered twice"));
        dialog->findChild<QPushButton *>(QStringLiteral("voidButton"))->click();
        if (dialog->isVisible())
            dialog->reject();
    });
    child<QPushButton>("voidChargeButton")->click();

    QCOMPARE(balanceOf(QStringLiteral("ALFKI")), before);
    QCOMPARE(child<QLabel>("balanceLabel")->text(),
             QStringLiteral("Outstanding balance: %1").arg(Money(before, Usd).format()));
    auto *chargeTable = child<QTableView>("chargeTable");
    QCOMPARE(chargeTable->model()->rowCount(), 1);
    QVERIFY(!child<QPushButton>("voidChargeButton")->isEnabled());
}

void TestCustomerPages::addChargeKeepsUnsavedEdits()
{
    createWindow();
    QVERIFY(openCustomerByCode(QStringLiteral("ALFKI")));
    const qint64 before = balanceOf(QStringLiteral("ALFKI"));
    child<QLineEdit>("contactNameEdit")->setText(QStringLiteral("Maria Anders-Schmidt"));
    child<QTabWidget>("tabWidget")->setCurrentIndex(1);

    QString failure;
    QVERIFY2(addChargeThroughDialog(QStringLiteral("10"), &failure) > 0, qPrintable(failure));

    // The header follows at once, and the form keeps the edit.
    QCOMPARE(child<QLabel>("balanceLabel")->text(),
             QStringLiteral("Outstanding balance: %1").arg(Money(before + 1000, Usd).format()));
    QCOMPARE(child<QLineEdit>("contactNameEdit")->text(), QStringLiteral("Maria Anders-Schmidt"));
    QVERIFY(child<QPushButton>("saveButton")->isEnabled());

    // Discarding on the way back rereads the list row with the new balance.
    clickInNextMessageBox(QMessageBox::Discard);
    child<QPushButton>("backButton")->click();
    QVERIFY(!detailPageShown());
    auto *customerTable = child<QTableView>("customerTable");
    auto *customers = qobject_cast<CustomerListModel *>(customerTable->model());
    QVERIFY(customers);
    const int row = customers->rowOfCustomer(customers->customerId(0));
    QCOMPARE(customers->index(row, CustomerListQuery::Code).data(),
             QVariant(QStringLiteral("ALFKI")));
    QCOMPARE(customers->index(row, CustomerListQuery::Balance).data().toString(),
             Money(before + 1000, Usd).format());
    QCOMPARE(customers->index(row, CustomerListQuery::ContactName).data().toString(),
             QStringLiteral("Maria Anders"));
}

void TestCustomerPages::activationShowsOutsideWrites()
{
    createWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(openCustomerByCode(QStringLiteral("ALFKI")));
    child<QLineEdit>("contactNameEdit")->setText(QStringLiteral("Maria Anders-Schmidt"));
    const qint64 before = balanceOf(QStringLiteral("ALFKI"));

    // Another program commits a charge while the window is in the background.
    const auto customer =
        CustomerRepository(m_database->db()).findByCode(QStringLiteral("ALFKI"));
    QVERIFY(customer.has_value());
    ChargeRequest request;
    request.requestKey = ChargeRequest::newRequestKey();
    request.customerId = customer->id;
    request.feeTypeCode = QStringLiteral("SERVICE");
    request.amountText = QStringLiteral("77.00");
    request.reasonCode = QStringLiteral("UNPAID");
    request.paymentMethodCode = QStringLiteral("CASH");
    request.dueDate = QDate::currentDate();
    ChargeService service(m_database->db(), QStringLiteral("colleague"));
    QVERIFY(service.commit(request, service.review(request)).succeeded());

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QEvent activation(QEvent::ActivationChange);
    QApplication::sendEvent(m_window.get(), &activation);

    QCOMPARE(child<QLabel>("balanceLabel")->text(),
             QStringLiteral("Outstanding balance: %1").arg(Money(before + 7700, Usd).format()));
    QCOMPARE(child<QTableView>("chargeTable")->model()->rowCount(), 1);
    QCOMPARE(child<QLineEdit>("contactNameEdit")->text(), QStringLiteral("Maria Anders-Schmidt"));

    clickInNextMessageBox(QMessageBox::Discard);
    m_window->close();
}

QTEST_MAIN(TestCustomerPages)
#include "tst_customerpages.moc"
