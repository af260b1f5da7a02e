#include "addchargedialog.h"
#include "chargenoticedialog.h"
#include "chargereportdialog.h"
#include "billrepository.h"
#include "chargeconfirmdialog.h"
#include "chargeservice.h"
#include "companyprofiledialog.h"
#include "customerdetailpage.h"
#include "customerrepository.h"
#include "customerlistquery.h"
#include "guitestsupport.h"
#include "lookuprepository.h"
#include "mainwindow.h"
#include "northwindimporter.h"
#include "reportoutputcontroller.h"
#include "statementdialog.h"
#include "testsupport.h"
#include "translationcatalog.h"
#include "translations.h"
#include "voidchargedialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextEdit>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

#include <functional>
#include <memory>

namespace {

// The order of every switch test: the language each window opens in, each
// other language once, and back to the first, so a text that only the
// window's setup wrote is caught too. The first switch re-applies the
// language the window opened in.
const QList<UiLanguage> SwitchOrder = {UiLanguage::SimplifiedChinese, UiLanguage::English,
                                       UiLanguage::TraditionalChinese,
                                       UiLanguage::SimplifiedChinese};

// One text a window shows, and where.
struct ShownText
{
    QString where;
    QString text;
};

// Fails the test with a list of the texts of window that are in the wrong
// language.
#define VERIFY_TEXTS(window, language, step) \
    do { \
        const QString report = wrongTextReport((window), (language), (step)); \
        QVERIFY2(report.isEmpty(), qPrintable(report)); \
    } while (false)

// Installs the translators for language and delivers the LanguageChange
// events they post to every window.
void switchLanguage(UiLanguage language)
{
    Translations::apply(language);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
}

// Returns the widget's path from its window down, by object name or class.
QString widgetPath(const QWidget *widget)
{
    QStringList names;
    for (const QWidget *w = widget; w; w = w->isWindow() ? nullptr : w->parentWidget()) {
        names.prepend(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                : w->objectName());
    }
    return names.join(QLatin1Char('/'));
}

void addText(QList<ShownText> *texts, const QString &where, const QString &text)
{
    if (!text.trimmed().isEmpty())
        texts->append({where, text});
}

// Collects the texts of actions and of their submenus, as the menus show
// them when opened.
void collectActionTexts(const QList<QAction *> &actions, const QString &where,
                        QList<ShownText> *texts)
{
    for (const QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString path = where + QLatin1Char('/')
                             + (action->objectName().isEmpty() ? action->text()
                                                               : action->objectName());
        addText(texts, path + QStringLiteral(" text"), action->text());
        addText(texts, path + QStringLiteral(" statusTip"), action->statusTip());
        if (const QMenu *menu = action->menu())
            collectActionTexts(menu->actions(), path, texts);
    }
}

// Collects the header titles of the shown columns and the text of every
// cell in them, so lookup labels and statuses are checked wherever they
// are scrolled to.
void collectTableTexts(const QTableView *view, const QString &where, QList<ShownText> *texts)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;

    QList<int> columns;
    for (int column = 0; column < model->columnCount(); ++column) {
        if (!view->isColumnHidden(column))
            columns << column;
    }

    if (!view->horizontalHeader()->isHidden()) {
        for (int column : std::as_const(columns)) {
            addText(texts, where + QStringLiteral(" header %1").arg(column),
                    model->headerData(column, Qt::Horizontal).toString());
        }
    }
    for (int row = 0; row < model->rowCount(); ++row) {
        if (view->isRowHidden(row))
            continue;
        for (int column : std::as_const(columns)) {
            addText(texts, where + QStringLiteral(" cell (%1, %2)").arg(row).arg(column),
                    model->index(row, column).data().toString());
        }
    }
}

// Collects the texts one widget shows itself, without its children.
void collectOwnTexts(const QWidget *widget, QList<ShownText> *texts)
{
    const QString where = widgetPath(widget);
    const auto add = [texts, &where](const QString &what, const QString &text) {
        addText(texts, where + QLatin1Char(' ') + what, text);
    };

    if (widget->isWindow())
        add(QStringLiteral("windowTitle"), widget->windowTitle());
    add(QStringLiteral("toolTip"), widget->toolTip());

    if (const auto *label = qobject_cast<const QLabel *>(widget))
        add(QStringLiteral("text"), label->text());
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        add(QStringLiteral("text"), button->text());
    if (const auto *group = qobject_cast<const QGroupBox *>(widget))
        add(QStringLiteral("title"), group->title());
    if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
        add(QStringLiteral("placeholderText"), edit->placeholderText());

    // The text of an editable field is the user's data, but a read-only one
    // shows sentences the program wrote.
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(widget)) {
        add(QStringLiteral("placeholderText"), edit->placeholderText());
        if (edit->isReadOnly())
            add(QStringLiteral("text"), edit->toPlainText());
    }
    if (const auto *edit = qobject_cast<const QTextEdit *>(widget)) {
        add(QStringLiteral("placeholderText"), edit->placeholderText());
        if (edit->isReadOnly())
            add(QStringLiteral("text"), edit->toPlainText());
    }

    if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
        for (int i = 0; i < tabs->count(); ++i) {
            add(QStringLiteral("tabText %1").arg(i), tabs->tabText(i));
            add(QStringLiteral("tabToolTip %1").arg(i), tabs->tabToolTip(i));
        }
    }
    if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
        add(QStringLiteral("placeholderText"), combo->placeholderText());
        for (int i = 0; i < combo->count(); ++i)
            add(QStringLiteral("itemText %1").arg(i), combo->itemText(i));
    }
    if (const auto *view = qobject_cast<const QTableView *>(widget))
        collectTableTexts(view, where, texts);
    if (const auto *menuBar = qobject_cast<const QMenuBar *>(widget))
        collectActionTexts(menuBar->actions(), where, texts);
}

// Walks the visible widgets of window, depth first, and collects every text
// they show. Child windows (popups, other dialogs) are left out.
void collectTexts(const QWidget *widget, QList<ShownText> *texts)
{
    collectOwnTexts(widget, texts);
    const QList<QWidget *> children = widget->findChildren<QWidget *>(
        QString(), Qt::FindDirectChildrenOnly);
    for (const QWidget *child : children) {
        if (!child->isWindow() && child->isVisible())
            collectTexts(child, texts);
    }
}

// Counts the signals by which a model notifies its views to repaint
// headers and cells, from construction until the check.
class RepaintWatch
{
public:
    explicit RepaintWatch(const QTableView *view)
        : m_view(view)
        , m_model(view->model())
        , m_headerChanged(m_model, &QAbstractItemModel::headerDataChanged)
        , m_dataChanged(m_model, &QAbstractItemModel::dataChanged)
        , m_reset(m_model, &QAbstractItemModel::modelReset)
        , m_layoutChanged(m_model, &QAbstractItemModel::layoutChanged)
        , m_rowsInserted(m_model, &QAbstractItemModel::rowsInserted)
    {
    }

    // Returns what the model failed to announce since construction, or an
    // empty list.
    QStringList missedRepaints() const
    {
        QStringList missed;
        const int rebuilt = m_reset.count() + m_layoutChanged.count();
        if (m_model->columnCount() > 0 && !m_view->horizontalHeader()->isHidden()
            && m_headerChanged.count() + rebuilt == 0) {
            missed << QStringLiteral("%1: the header titles were not updated")
                          .arg(widgetPath(m_view));
        }
        if (m_model->rowCount() > 0
            && m_dataChanged.count() + m_rowsInserted.count() + rebuilt == 0) {
            missed << QStringLiteral("%1: the cells were not updated").arg(widgetPath(m_view));
        }
        return missed;
    }

private:
    const QTableView *m_view;
    const QAbstractItemModel *m_model;
    QSignalSpy m_headerChanged;
    QSignalSpy m_dataChanged;
    QSignalSpy m_reset;
    QSignalSpy m_layoutChanged;
    QSignalSpy m_rowsInserted;
};

} // namespace

// Switches the UI language of every window and dialog while it is open,
// zh_CN → en → zh_TW → zh_CN, and checks each text the window shows
// against the translation files. No English source may be left where the
// active language has a translation, and no text of another language may
// be left over. Selections and typed values must survive each switch, and
// a charge entered in any language must be stored the same.
class tst_Retranslation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void catalogFlagsWrongLanguage_data();
    void catalogFlagsWrongLanguage();
    void mainWindowRetranslates();
    void addChargeDialogRetranslates_data();
    void addChargeDialogRetranslates();
    void addChargeLoadErrorsRetranslate();
    void confirmDialogRetranslates();
    void voidDialogRetranslates();
    void reportDialogsRetranslate_data();
    void reportDialogsRetranslate();
    void standardButtonsFollowLanguage();
    void sameChargeInEveryLanguage();

private:
    // Returns a report of every text of window in the wrong language for
    // language, one line each naming the widget, or an empty string.
    QString wrongTextReport(const QWidget *window, UiLanguage language, const QString &step);

    // Fills the form of dialog through its widgets, choosing the lookup
    // entries by code. The amount is typed last and left in its field.
    bool fillForm(AddChargeDialog *dialog, const QString &amountText, const QString &note);

    // Commits request through the service. Returns the new charge's id, or
    // 0 with the reason in *failure.
    qint64 commitCharge(const ChargeRequest &request, QString *failure);

    // Returns a valid request for the test customer on the test bill.
    ChargeRequest request(const QString &feeType, const QString &amount, const QDate &due) const;

    TranslationCatalog m_tsCatalog;
    TranslationCatalog m_catalog;
    std::unique_ptr<TestDatabase> m_database;
    qint64 m_customerId = 0;
    BillRecord m_bill;
};

void tst_Retranslation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);

    const QDir dir(QStringLiteral(TRANSLATIONS_DIR));
    const QList<QPair<QString, QString>> files = {
        {QStringLiteral("zh_CN"), QStringLiteral("chargedesk_zh_CN.ts")},
        {QStringLiteral("zh_TW"), QStringLiteral("chargedesk_zh_TW.ts")},
        {QStringLiteral("en"), QStringLiteral("chargedesk_en.ts")},
    };
    for (const auto &[language, file] : files) {
        QString error;
        QVERIFY2(m_tsCatalog.addTsFile(language, dir.filePath(file), &error), qPrintable(error));
    }
    QVERIFY(m_tsCatalog.entryCount() > 100);
}

void tst_Retranslation::init()
{
    Translations::apply(SwitchOrder.constFirst());

    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
    const NorthwindImporter::Result imported =
        NorthwindImporter(m_database->db()).import(NorthwindImporter::builtInDirectory());
    QVERIFY2(imported.ok, qPrintable(imported.errorMessage));

    const auto customer = CustomerRepository(m_database->db()).findByCode(QStringLiteral("ALFKI"));
    QVERIFY(customer);
    m_customerId = customer->id;
    const QList<BillRecord> bills =
        BillRepository(m_database->db()).billsOfCustomer(m_customerId);
    QVERIFY(!bills.isEmpty());
    m_bill = bills.constFirst();

    // Lookup labels are stored per language in the database rather than in
    // the .ts files, so they join the catalog from there.
    m_catalog = m_tsCatalog;
    const LookupRepository lookups(m_database->db());
    for (const LookupRepository::Table table :
         {LookupRepository::Table::FeeTypes, LookupRepository::Table::ChargeReasons,
          LookupRepository::Table::PaymentMethods}) {
        QHash<QString, QHash<QString, QString>> labels;
        for (const UiLanguage language :
             {UiLanguage::English, UiLanguage::SimplifiedChinese,
              UiLanguage::TraditionalChinese}) {
            QString error;
            const QList<LookupRepository::Entry> entries = lookups.entries(table, language,
                                                                           &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            for (const LookupRepository::Entry &entry : entries)
                labels[entry.code].insert(Translations::languageName(language), entry.label);
        }
        for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
            QHash<QString, QString> translations = it.value();
            const QString english = translations.take(QStringLiteral("en"));
            m_catalog.addText(LookupRepository::tableName(table) + QLatin1Char('.') + it.key(),
                              english, translations);
        }
    }
}

void tst_Retranslation::cleanup()
{
    m_database.reset();
    Translations::apply(UiLanguage::English);
}

QString tst_Retranslation::wrongTextReport(const QWidget *window, UiLanguage language,
                                           const QString &step)
{
    QList<ShownText> texts;
    collectTexts(window, &texts);

    // Multi-line texts, such as the error label and the summary, are
    // sentences joined by line breaks, and each line is one translated text.
    const QString name = Translations::languageName(language);
    QStringList wrong;
    for (const ShownText &shown : std::as_const(texts)) {
        QStringList parts{shown.text};
        if (shown.text.contains(QLatin1Char('\n'))) {
            for (QString line : shown.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                if (line.startsWith(QStringLiteral("• ")))
                    line = line.mid(2);
                parts << line;
            }
        }
        for (const QString &part : std::as_const(parts)) {
            const TranslationCatalog::Verdict verdict = m_catalog.check(name, part);
            if (verdict.wrongLanguage) {
                wrong << QStringLiteral("%1: “%2” (%3)")
                             .arg(shown.where, part, verdict.explanation);
            }
        }
    }
    if (wrong.isEmpty())
        return QString();
    return QStringLiteral("%1 texts in the wrong language after switching to %2 (%3):\n%4")
        .arg(wrong.size())
        .arg(name, step, wrong.join(QLatin1Char('\n')));
}

bool tst_Retranslation::fillForm(AddChargeDialog *dialog, const QString &amountText,
                                 const QString &note)
{
    auto *bill = dialog->findChild<QComboBox *>(QStringLiteral("billCombo"));
    auto *fee = dialog->findChild<QComboBox *>(QStringLiteral("feeTypeCombo"));
    auto *amount = dialog->findChild<QLineEdit *>(QStringLiteral("amountEdit"));
    auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("reasonCombo"));
    auto *noteEdit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
    auto *payment = dialog->findChild<QComboBox *>(QStringLiteral("paymentMethodCombo"));
    if (!bill || !fee || !amount || !reason || !noteEdit || !payment)
        return false;

    bill->setCurrentIndex(bill->findData(m_bill.id));
    fee->setCurrentIndex(fee->findData(QStringLiteral("FREIGHT")));
    reason->setCurrentIndex(reason->findData(QStringLiteral("CONTRACT_CHANGE")));
    payment->setCurrentIndex(payment->findData(QStringLiteral("CASH")));

    noteEdit->setFocus();
    QTest::keyClicks(noteEdit, note);
    amount->setFocus();
    amount->clear();
    QTest::keyClicks(amount, amountText);
    return true;
}

ChargeRequest tst_Retranslation::request(const QString &feeType, const QString &amount,
                                         const QDate &due) const
{
    ChargeRequest request;
    request.requestKey = ChargeRequest::newRequestKey();
    request.customerId = m_customerId;
    request.billId = m_bill.id;
    request.feeTypeCode = feeType;
    request.amountText = amount;
    request.reasonCode = QStringLiteral("BILLING_ERROR");
    request.note = QStringLiteral("Installation missing from the bill");
    request.paymentMethodCode = QStringLiteral("BANK_TRANSFER");
    request.dueDate = due;
    return request;
}

qint64 tst_Retranslation::commitCharge(const ChargeRequest &request, QString *failure)
{
    ChargeService service(m_database->db(), currentActor());
    const ChargeReview review = service.review(request);
    if (!review.canCommit(request.duplicateAcknowledgement)) {
        *failure = review.problemText();
        return 0;
    }
    const ChargeService::CommitResult result = service.commit(request, review);
    if (!result.succeeded()) {
        *failure = result.errorMessage;
        return 0;
    }
    return result.chargeId;
}

void tst_Retranslation::catalogFlagsWrongLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("wrong");

    const auto zhCN = [this](const char *context, const char *source) {
        return m_tsCatalog.translations(QStringLiteral("zh_CN"), QLatin1String(context),
                                        QLatin1String(source))
            .value(0);
    };

    QTest::newRow("English source in zh_CN") << "zh_CN" << "Customers" << true;
    QTest::newRow("zh_CN text in zh_CN") << "zh_CN" << zhCN("CustomerListPage", "Customers")
                                         << false;
    QTest::newRow("zh_CN text in en") << "en" << zhCN("CustomerListPage", "Customers") << true;
    QTest::newRow("English source in en") << "en" << "Customers" << false;
    QTest::newRow("argument text in zh_CN") << "zh_CN" << "Customer code: ALFKI" << true;
    QTest::newRow("English plural in zh_CN") << "zh_CN" << "91 customers" << true;
    QTest::newRow("English plural in en") << "en" << "91 customers" << false;
    QTest::newRow("lookup label in en") << "en" << "Service fee" << false;
    QTest::newRow("English lookup label in zh_TW") << "zh_TW" << "Service fee" << true;
    QTest::newRow("zh_CN lookup label in zh_TW") << "zh_TW" << "服务费" << true;
    QTest::newRow("zh_TW lookup label in zh_TW") << "zh_TW" << "服務費" << false;
    QTest::newRow("customer name") << "zh_CN" << "Alfreds Futterkiste" << false;
    QTest::newRow("amount") << "zh_TW" << "US$1,234.50" << false;
    QTest::newRow("counter") << "en" << "12/500" << false;
}

void tst_Retranslation::catalogFlagsWrongLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(bool, wrong);

    QVERIFY(!text.isEmpty());
    const TranslationCatalog::Verdict verdict = m_catalog.check(language, text);
    QVERIFY2(verdict.wrongLanguage == wrong, qPrintable(verdict.explanation));
}

void tst_Retranslation::mainWindowRetranslates()
{
    MainWindow window(m_database->db());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Charges to list: a posted one on the bill, a void one and one on the
    // account, so every status and the on-account label show.
    const QDate today = QDate::currentDate();
    QString failure;
    QVERIFY2(commitCharge(request(QStringLiteral("SERVICE"), QStringLiteral("10"), today),
                          &failure) > 0, qPrintable(failure));
    const qint64 voided = commitCharge(
        request(QStringLiteral("LATE_FEE"), QStringLiteral("20"), today.addDays(60)), &failure);
    QVERIFY2(voided > 0, qPrintable(failure));
    const ChargeService::VoidResult voidResult =
        ChargeService(m_database->db(), currentActor())
            .voidCharge(voided, QStringLiteral("Entered twice"));
    QVERIFY2(voidResult.ok, qPrintable(voidResult.errorMessage));
    ChargeRequest onAccount =
        request(QStringLiteral("MATERIAL"), QStringLiteral("30"), today.addDays(120));
    onAccount.billId = 0;
    QVERIFY2(commitCharge(onAccount, &failure) > 0, qPrintable(failure));

    // Search, then open the customer from the filtered list with Enter.
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *customers = window.findChild<QTableView *>(QStringLiteral("customerTable"));
    auto *stack = window.findChild<QStackedWidget *>();
    auto *listPage = window.findChild<QWidget *>(QStringLiteral("customerListPage"));
    QVERIFY(search && customers && stack && listPage);
    const int codeColumn = CustomerListQuery::Code;
    QTest::keyClicks(search, QStringLiteral("an"));
    const int matches = customers->model()->rowCount();
    QVERIFY(matches > 1);
    QVERIFY(matches < 91);
    int alfkiRow = -1;
    for (int row = 0; row < matches && alfkiRow < 0; ++row) {
        if (customers->model()->index(row, codeColumn).data(Qt::EditRole)
            == QStringLiteral("ALFKI")) {
            alfkiRow = row;
        }
    }
    QVERIFY(alfkiRow >= 0);
    const QModelIndex alfki = customers->model()->index(alfkiRow, codeColumn);
    customers->setFocus();
    customers->setCurrentIndex(alfki);
    QTest::keyClick(customers, Qt::Key_Return);
    auto *detailPage = window.findChild<CustomerDetailPage *>(QStringLiteral("customerDetailPage"));
    QVERIFY(detailPage);
    QCOMPARE(stack->currentWidget(), detailPage);
    QCOMPARE(detailPage->customerId(), m_customerId);

    // The 费用管理 tab with a bill and a charge selected.
    auto *tabs = detailPage->findChild<QTabWidget *>(QStringLiteral("tabWidget"));
    auto *bills = detailPage->findChild<QTableView *>(QStringLiteral("billTable"));
    auto *charges = detailPage->findChild<QTableView *>(QStringLiteral("chargeTable"));
    auto *lines = detailPage->findChild<QTableView *>(QStringLiteral("billLineTable"));
    QVERIFY(tabs && bills && charges && lines);

    // An unsaved edit on the 基本信息 tab, so its marker shows too.
    auto *phone = detailPage->findChild<QLineEdit *>(QStringLiteral("phoneEdit"));
    auto *unsaved = detailPage->findChild<QLabel *>(QStringLiteral("unsavedLabel"));
    QVERIFY(phone && unsaved);
    phone->setFocus();
    phone->end(false);
    QTest::keyClicks(phone, QStringLiteral(" ext. 12"));
    const QString typedPhone = phone->text();
    QVERIFY(detailPage->hasUnsavedChanges());

    tabs->setCurrentIndex(1);
    bills->selectRow(0);
    charges->selectRow(1);
    QCOMPARE(charges->model()->rowCount(), 3);
    QVERIFY(lines->model()->rowCount() > 0);
    const auto *billModel = qobject_cast<const QSqlQueryModel *>(bills->model());
    QVERIFY(billModel);
    const int billNoColumn = billModel->record().indexOf(QStringLiteral("bill_no"));
    const QString billNo = billModel->index(0, billNoColumn).data().toString();

    for (int i = 0; i < SwitchOrder.size(); ++i) {
        const UiLanguage language = SwitchOrder.at(i);
        const QString step = Translations::languageName(language);
        std::vector<std::unique_ptr<RepaintWatch>> watches;
        for (const QTableView *view : window.findChildren<QTableView *>())
            watches.push_back(std::make_unique<RepaintWatch>(view));

        switchLanguage(language);

        // The customer, the tab, the selections and the search stay.
        QCOMPARE(stack->currentWidget(), detailPage);
        QCOMPARE(detailPage->customerId(), m_customerId);
        QCOMPARE(tabs->currentIndex(), 1);
        QCOMPARE(phone->text(), typedPhone);
        QVERIFY(detailPage->hasUnsavedChanges());
        QVERIFY(!unsaved->text().isEmpty());
        QCOMPARE(bills->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(bills->selectionModel()->selectedRows().constFirst().row(), 0);
        QCOMPARE(billModel->index(0, billNoColumn).data().toString(), billNo);
        QCOMPARE(charges->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(charges->selectionModel()->selectedRows().constFirst().row(), 1);
        QVERIFY(lines->model()->rowCount() > 0);
        QCOMPARE(search->text(), QStringLiteral("an"));
        QCOMPARE(customers->model()->rowCount(), matches);
        QCOMPARE(customers->currentIndex().siblingAtColumn(codeColumn).data(Qt::EditRole),
                 QStringLiteral("ALFKI"));

        // Re-applying the opening language may leave texts unchanged, so
        // only a real change must reach the views.
        QStringList missed;
        for (const auto &watch : watches)
            missed << watch->missedRepaints();
        if (i > 0)
            QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QLatin1Char('\n'))));

        VERIFY_TEXTS(&window, language, step + QStringLiteral(", Charges tab"));
        tabs->setCurrentIndex(0);
        VERIFY_TEXTS(&window, language, step + QStringLiteral(", Basic Information tab"));
        stack->setCurrentWidget(listPage);
        VERIFY_TEXTS(&window, language, step + QStringLiteral(", customer list"));
        stack->setCurrentWidget(detailPage);
        tabs->setCurrentIndex(1);
    }
}

void tst_Retranslation::addChargeDialogRetranslates_data()
{
    QTest::addColumn<bool>("reviewed");

    QTest::newRow("before review") << false;
    QTest::newRow("after rejected review") << true;
}

void tst_Retranslation::addChargeDialogRetranslates()
{
    QFETCH(bool, reviewed);

    AddChargeDialog dialog(m_database->db(), m_customerId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *bill = dialog.findChild<QComboBox *>(QStringLiteral("billCombo"));
    auto *fee = dialog.findChild<QComboBox *>(QStringLiteral("feeTypeCombo"));
    auto *reason = dialog.findChild<QComboBox *>(QStringLiteral("reasonCombo"));
    auto *payment = dialog.findChild<QComboBox *>(QStringLiteral("paymentMethodCombo"));
    auto *amount = dialog.findChild<QLineEdit *>(QStringLiteral("amountEdit"));
    auto *noteEdit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
    auto *dueDate = dialog.findChild<QDateEdit *>(QStringLiteral("dueDateEdit"));
    auto *lines = dialog.findChild<QTableView *>(QStringLiteral("billLinesView"));
    auto *review = dialog.findChild<QPushButton *>(QStringLiteral("reviewButton"));
    auto *errorLabel = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(bill && fee && reason && payment && amount && noteEdit && dueDate && lines);
    QVERIFY(review && errorLabel);

    const QString note = QStringLiteral("Second delivery, ");
    QVERIFY(fillForm(&dialog, QStringLiteral("1,234.5"), note));

    // A due date before the bill was issued: the review keeps the form open
    // with a message in the error label, and the form's row then contains
    // the values typed so far.
    if (reviewed) {
        dueDate->setDate(m_bill.issueDate.addDays(-1));
        review->click();
        QVERIFY(errorLabel->isVisible());
        QVERIFY(!errorLabel->text().isEmpty());
    }
    const QDate due = dueDate->date();

    // The amount is still being typed: its last digit has not reached the
    // form's row when the language changes.
    amount->setFocus();
    amount->end(false);
    QTest::keyClicks(amount, QStringLiteral("6"));
    const QString typedAmount = QStringLiteral("1,234.56");
    QCOMPARE(amount->text(), typedAmount);
    const int lineCount = lines->model()->rowCount();
    QVERIFY(lineCount > 0);

    for (int i = 0; i < SwitchOrder.size(); ++i) {
        const UiLanguage language = SwitchOrder.at(i);
        RepaintWatch linesWatch(lines);
        switchLanguage(language);

        QCOMPARE(bill->currentData().toLongLong(), m_bill.id);
        QCOMPARE(fee->currentData().toString(), QStringLiteral("FREIGHT"));
        QCOMPARE(reason->currentData().toString(), QStringLiteral("CONTRACT_CHANGE"));
        QCOMPARE(payment->currentData().toString(), QStringLiteral("CASH"));
        QCOMPARE(amount->text(), typedAmount);
        QCOMPARE(dialog.focusWidget(), amount);
        QCOMPARE(noteEdit->toPlainText(), note);
        QCOMPARE(dueDate->date(), due);
        QCOMPARE(dueDate->locale(), QLocale());
        QVERIFY(dueDate->calendarWidget());
        QCOMPARE(dueDate->calendarWidget()->locale(), QLocale());
        QCOMPARE(lines->model()->rowCount(), lineCount);
        QCOMPARE(errorLabel->isVisible(), reviewed);
        const QStringList missed = linesWatch.missedRepaints();
        if (i > 0)
            QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QLatin1Char('\n'))));

        VERIFY_TEXTS(&dialog, language, Translations::languageName(language));
    }
}

void tst_Retranslation::addChargeLoadErrorsRetranslate()
{
    // Without the customers table the dialog opens with its load errors.
    QSqlQuery query(m_database->db());
    VERIFY_SQL(query, query.exec(QStringLiteral("ALTER TABLE customers RENAME TO gone")));

    AddChargeDialog dialog(m_database->db(), m_customerId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *errorLabel = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(errorLabel);
    QVERIFY(errorLabel->isVisible());

    for (const UiLanguage language : SwitchOrder) {
        switchLanguage(language);

        QVERIFY(errorLabel->isVisible());
        VERIFY_TEXTS(&dialog, language, Translations::languageName(language));
    }
}

void tst_Retranslation::confirmDialogRetranslates()
{
    // An earlier charge with the same amount on the same bill and fee type,
    // due on another day: a possible duplicate, not an exact one.
    const QDate today = QDate::currentDate();
    QString failure;
    QVERIFY2(commitCharge(request(QStringLiteral("SERVICE"), QStringLiteral("100"), today),
                          &failure) > 0, qPrintable(failure));

    const ChargeRequest next =
        request(QStringLiteral("SERVICE"), QStringLiteral("100"), today.addDays(3));
    const ChargeReview review = ChargeService(m_database->db(), currentActor()).review(next);
    QVERIFY2(review.isValid(), qPrintable(review.problemText()));
    QVERIFY(!review.hasExactDuplicate());
    QVERIFY(review.needsAcknowledgement());

    ChargeConfirmDialog dialog(m_database->db(), next, review);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *findings = dialog.findChild<QGroupBox *>(QStringLiteral("findingsGroup"));
    auto *acknowledgement = dialog.findChild<QPlainTextEdit *>(
        QStringLiteral("acknowledgementEdit"));
    auto *confirm = dialog.findChild<QPushButton *>(QStringLiteral("confirmButton"));
    QVERIFY(findings && acknowledgement && confirm);
    QVERIFY(findings->isVisible());
    QVERIFY(acknowledgement->isVisible());
    QVERIFY(!confirm->isEnabled());

    acknowledgement->setFocus();
    const QString note = QStringLiteral("The second visit was ");
    QTest::keyClicks(acknowledgement, note);
    QVERIFY(confirm->isEnabled());

    for (const UiLanguage language : SwitchOrder) {
        switchLanguage(language);

        QCOMPARE(acknowledgement->toPlainText(), note);
        QVERIFY(findings->isVisible());
        QVERIFY(acknowledgement->isVisible());
        QVERIFY(confirm->isEnabled());
        VERIFY_TEXTS(&dialog, language, Translations::languageName(language));
    }
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM charges")), 1);
}

void tst_Retranslation::voidDialogRetranslates()
{
    QString failure;
    const qint64 chargeId = commitCharge(
        request(QStringLiteral("FREIGHT"), QStringLiteral("45.50"), QDate::currentDate()),
        &failure);
    QVERIFY2(chargeId > 0, qPrintable(failure));

    VoidChargeDialog dialog(m_database->db(), chargeId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *reason = dialog.findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
    auto *voidButton = dialog.findChild<QPushButton *>(QStringLiteral("voidButton"));
    QVERIFY(reason && voidButton);
    QVERIFY(!voidButton->isEnabled());
    const QString typed = QStringLiteral("Customer disputes the ");
    QTest::keyClicks(reason, typed);
    QVERIFY(voidButton->isEnabled());

    for (const UiLanguage language : SwitchOrder) {
        switchLanguage(language);

        QCOMPARE(reason->toPlainText(), typed);
        QVERIFY(voidButton->isEnabled());
        VERIFY_TEXTS(&dialog, language, Translations::languageName(language));
    }
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM charges "
                                               "WHERE status = 'posted'")),
             1);
}

void tst_Retranslation::reportDialogsRetranslate_data()
{
    QTest::addColumn<QString>("dialog");

    QTest::newRow("charge report") << "ChargeReportDialog";
    QTest::newRow("statement") << "StatementDialog";
    QTest::newRow("notices") << "ChargeNoticeDialog";
    QTest::newRow("company details") << "CompanyProfileDialog";
}

void tst_Retranslation::reportDialogsRetranslate()
{
    QFETCH(QString, dialog);

    QString failure;
    const qint64 chargeId = commitCharge(
        request(QStringLiteral("FREIGHT"), QStringLiteral("45.50"), QDate::currentDate()),
        &failure);
    QVERIFY2(chargeId > 0, qPrintable(failure));

    std::unique_ptr<QDialog> window;
    ReportOutputController *output = nullptr;
    if (dialog == QLatin1String("ChargeReportDialog")) {
        auto *report = new ChargeReportDialog(m_database->db());
        output = report->output();
        window.reset(report);
    } else if (dialog == QLatin1String("StatementDialog")) {
        auto *statement = new StatementDialog(m_database->db(), m_customerId);
        output = statement->output();
        window.reset(statement);
    } else if (dialog == QLatin1String("ChargeNoticeDialog")) {
        auto *notices = new ChargeNoticeDialog(m_database->db(), {chargeId}, {});
        output = notices->output();
        window.reset(notices);
    } else {
        window = std::make_unique<CompanyProfileDialog>();
    }
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    // The notice dialog reads its charges in a worker, and again after a
    // switch, because their labels are in the language they were read in.
    for (const UiLanguage language : SwitchOrder) {
        switchLanguage(language);
        if (output)
            QTRY_VERIFY_WITH_TIMEOUT(!output->isBusy(), 60000);
        VERIFY_TEXTS(window.get(), language, Translations::languageName(language));
    }
}

void tst_Retranslation::standardButtonsFollowLanguage()
{
    // The expected texts come from Qt's own translation files, read here
    // independently of the translators the program installs.
    const QString qtPath = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const auto expected = [&qtPath](UiLanguage language, const char *source) {
        QTranslator translator;
        if (language == UiLanguage::English
            || !translator.load(QStringLiteral("qtbase_") + Translations::languageName(language),
                                qtPath)) {
            return QString::fromLatin1(source);
        }
        const QString text = translator.translate("QPlatformTheme", source);
        return text.isEmpty() ? QString::fromLatin1(source) : text;
    };
    if (expected(UiLanguage::SimplifiedChinese, "Cancel") == QLatin1String("Cancel"))
        QSKIP("Qt's own Chinese translations are not installed in the translations path");

    // The question before a filled-in form is discarded, in each language,
    // and again after a switch while it is open.
    for (int i = 0; i + 1 < SwitchOrder.size(); ++i) {
        const UiLanguage language = SwitchOrder.at(i);
        const UiLanguage next = SwitchOrder.at(i + 1);
        switchLanguage(language);

        AddChargeDialog dialog(m_database->db(), m_customerId);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *amount = dialog.findChild<QLineEdit *>(QStringLiteral("amountEdit"));
        auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"));
        QVERIFY(amount && cancel);
        QTest::keyClicks(amount, QStringLiteral("5"));

        QStringList before;
        QStringList after;
        bool asked = false;
        whenModalOpens<QMessageBox>([&](QMessageBox *box) {
            asked = true;
            before << box->button(QMessageBox::Discard)->text()
                   << box->button(QMessageBox::Cancel)->text();
            switchLanguage(next);
            after << box->button(QMessageBox::Discard)->text()
                  << box->button(QMessageBox::Cancel)->text();
            box->button(QMessageBox::Cancel)->click();
        });
        cancel->click();

        QVERIFY(asked);
        QVERIFY(dialog.isVisible());
        const QStringList inLanguage = {expected(language, "Discard"),
                                        expected(language, "Cancel")};
        const QStringList inNext = {expected(next, "Discard"), expected(next, "Cancel")};
        QCOMPARE(before, inLanguage);
        QCOMPARE(after, inNext);
    }
}

void tst_Retranslation::sameChargeInEveryLanguage()
{
    // The same charge through the dialog in each language. Each one is read
    // back and then voided, so the next one is not a duplicate of it.
    const QStringList ignored = {QStringLiteral("id"), QStringLiteral("request_key"),
                                 QStringLiteral("created_at")};
    QList<QSqlRecord> rows;
    for (const UiLanguage language : {UiLanguage::SimplifiedChinese, UiLanguage::English,
                                      UiLanguage::TraditionalChinese}) {
        const QString name = Translations::languageName(language);
        switchLanguage(language);

        AddChargeDialog dialog(m_database->db(), m_customerId);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(fillForm(&dialog, QStringLiteral("1,234.50"),
                         QStringLiteral("Installation missing from the bill")));

        bool confirmed = false;
        whenModalOpens<ChargeConfirmDialog>([&confirmed](ChargeConfirmDialog *confirm) {
            auto *button = confirm->findChild<QPushButton *>(QStringLiteral("confirmButton"));
            confirmed = button && button->isEnabled();
            if (confirmed)
                button->click();
            else
                confirm->reject();
        });
        dialog.findChild<QPushButton *>(QStringLiteral("reviewButton"))->click();
        QVERIFY2(confirmed, qPrintable(name));
        const qint64 chargeId = dialog.committedChargeId();
        QVERIFY2(chargeId > 0, qPrintable(name));

        QSqlQuery query(m_database->db());
        VERIFY_SQL(query, query.prepare(QStringLiteral("SELECT * FROM charges WHERE id = :id")));
        query.bindValue(QStringLiteral(":id"), chargeId);
        VERIFY_SQL(query, query.exec());
        QVERIFY(query.next());
        rows << query.record();

        const ChargeService::VoidResult voided =
            ChargeService(m_database->db(), currentActor())
                .voidCharge(chargeId, QStringLiteral("Entered for a language check"));
        QVERIFY2(voided.ok, qPrintable(voided.errorMessage));
    }

    // Codes, not labels, are stored.
    const QSqlRecord &first = rows.constFirst();
    QCOMPARE(first.value(QStringLiteral("fee_type_code")).toString(), QStringLiteral("FREIGHT"));
    QCOMPARE(first.value(QStringLiteral("reason_code")).toString(),
             QStringLiteral("CONTRACT_CHANGE"));
    QCOMPARE(first.value(QStringLiteral("payment_method_code")).toString(),
             QStringLiteral("CASH"));
    QCOMPARE(first.value(QStringLiteral("amount_minor")).toLongLong(), 123450);
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("posted"));

    for (int i = 1; i < rows.size(); ++i) {
        const QSqlRecord &row = rows.at(i);
        QCOMPARE(row.count(), first.count());
        for (int field = 0; field < first.count(); ++field) {
            const QString name = first.fieldName(field);
            if (ignored.contains(name))
                continue;
            const QVariant expected = first.value(name);
            const QVariant actual = row.value(name);
            QVERIFY2(actual.metaType() == expected.metaType() && actual == expected,
                     qPrintable(QStringLiteral("charge %1, column %2: %3 instead of %4")
                                    .arg(i)
                                    .arg(name, actual.toString(), expected.toString())));
        }
    }
}

QTEST_MAIN(tst_Retranslation)
#include "tst_retranslation.moc"
