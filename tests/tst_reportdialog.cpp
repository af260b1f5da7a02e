#include "billrepository.h"
#include "chargenoticedialog.h"
#include "chargereportdialog.h"
#include "chargelistmodel.h"
#include "chargeservice.h"
#include "choicelistfilter.h"
#include "companyprofile.h"
#include "companyprofiledialog.h"
#include "csvfileactions.h"
#include "customercheckmodel.h"
#include "customercombobox.h"
#include "customerdetailpage.h"
#include "customerfilter.h"
#include "customerpickers.h"
#include "csvreader.h"
#include "customerrepository.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "northwindimporter.h"
#include "reportoutputcontroller.h"
#include "reportprogresspanel.h"
#include "statementdialog.h"
#include "testsupport.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QSqlQuery>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QScreen>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

#include <memory>

namespace {

// A report job reads the database, loads the report fonts and writes a
// file; on a slow machine the first one takes a few seconds.
constexpr int JobTimeoutMs = 120000;

// Returns the text pdftotext extracts from the PDF at path, or a null
// string when pdftotext is missing or fails.
QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Checks the item with key in filter, after unchecking "All".
void checkOnly(ChoiceListFilter *filter, const QVariant &key)
{
    auto *all = filter->findChild<QCheckBox *>(QStringLiteral("allCheck"));
    auto *list = filter->findChild<QListWidget *>(QStringLiteral("choiceList"));
    QVERIFY(all && list);
    all->setChecked(false);
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        item->setCheckState(item->data(Qt::UserRole) == key ? Qt::Checked : Qt::Unchecked);
    }
}

// Returns the texts of the visible buttons, labels and group boxes of
// dialog that are not empty, with where they are.
QStringList shownTexts(const QWidget *dialog)
{
    QStringList texts;
    for (const QWidget *widget : dialog->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(dialog))
            continue;
        QString text;
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            text = button->text();
        else if (const auto *label = qobject_cast<const QLabel *>(widget))
            text = label->text();
        else if (const auto *group = qobject_cast<const QGroupBox *>(widget))
            text = group->title();
        if (!text.trimmed().isEmpty())
            texts << widget->objectName() + QStringLiteral(": ") + text;
    }
    texts << QStringLiteral("windowTitle: ") + dialog->windowTitle();
    return texts;
}

} // namespace

// Drives the report dialogs through their widgets on the Northwind sample
// data, with a few charges entered this month. The tests cover the filters
// that reach the query, the checks that disable the output buttons, the PDF
// and CSV files, cancel, the guard against a second job, the menus and
// buttons that open the dialogs, and retranslation.
class tst_ReportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void feeTypeFilterReachesQuery();
    void invalidPeriodDisablesOutput();
    void emptyChoiceDisablesOutput();
    void savePdfShowsGrandTotal();
    void previewUsesOrientation_data();
    void previewUsesOrientation();
    void cancelWritesNoFile();
    void secondClickStartsNothing();
    void menuActionsOpenDialogs_data();
    void menuActionsOpenDialogs();
    void detailPageOpensStatement();
    void statementSavesCsv();
    void chargesPanelOpensNotices();
    void noticesForReportCharges();
    void companyProfileValidates();
    void csvExportShowsResult();
    void csvExportNameTranslated();
    void reportNoticesNameVoidCharges();
    void onlyVoidChargesGiveMessage();
    void enterChoosesExactCustomer_data();
    void enterChoosesExactCustomer();
    void tabChoosesExactCustomer_data();
    void tabChoosesExactCustomer();
    void previewOpensLargeAtFitWidth();
    void companyProfileAsksBeforeDiscard();
    void noticeHintIgnoresInvalidEmail();
    void customerFilterShowsCode_data();
    void customerFilterShowsCode();
    void chooserShowsLongName_data();
    void chooserShowsLongName();
    void pickersReadOnePage_data();
    void pickersReadOnePage();
    void searchedCustomersReachReport();
    void noticesForSearchedCustomer_data();
    void noticesForSearchedCustomer();
    void languageSwitchKeepsChargeSelection();
    void dialogsRetranslate_data();
    void dialogsRetranslate();

private:
    // Enters a posted charge through the service and returns its id.
    qint64 addCharge(const QString &feeType, const QString &amount);

    // Enters a posted charge on the account of customerId, outside any
    // bill, and returns its id.
    qint64 addAccountCharge(qint64 customerId, const QString &amount);

    // Returns the id of the customer with code, or 0.
    qint64 customerId(const QString &code) const;

    // Returns the sum of the posted charges, in minor units.
    qint64 postedSumMinor() const;

    // Saves a picture of widget as name.png in the output folder when
    // CHARGEDESK_KEEP_TEST_OUTPUT is set, for a look at the layout.
    void keepScreenshot(QWidget *widget, const QString &name);

    // Saves the report of dialog's controller as PDF or CSV to path and
    // waits until the job has ended.
    void save(ReportOutputController *output, const QString &path, bool csv);

    std::unique_ptr<TestDatabase> m_database;
    QTemporaryDir m_outputDir;
    qint64 m_customerId = 0;
    QString m_currency;
    BillRecord m_bill;
    QList<qint64> m_freightIds;
    qint64 m_serviceId = 0;
    qint64 m_voidId = 0;
};

void tst_ReportDialog::initTestCase()
{
    // The company details are stored with QSettings, in the test folder
    // under these names. Without an organization name QSettings reports an
    // access error after writing (Qt 6.4.2 on Debian 12).
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ChargeDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_reportdialog"));
    QVERIFY(m_outputDir.isValid());

    // The files the dialogs wrote stay for a look when this is set.
    if (qEnvironmentVariableIsSet("CHARGEDESK_KEEP_TEST_OUTPUT")) {
        m_outputDir.setAutoRemove(false);
        qInfo() << "Test output in" << m_outputDir.path();
    }
}

void tst_ReportDialog::init()
{
    Translations::apply(UiLanguage::English);

    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
    const NorthwindImporter::Result imported =
        NorthwindImporter(m_database->db()).import(NorthwindImporter::builtInDirectory());
    QVERIFY2(imported.ok, qPrintable(imported.errorMessage));

    const auto customer = CustomerRepository(m_database->db()).findByCode(QStringLiteral("ALFKI"));
    QVERIFY(customer);
    m_customerId = customer->id;
    m_currency = customer->currency;
    const QList<BillRecord> bills =
        BillRepository(m_database->db()).billsOfCustomer(m_customerId);
    QVERIFY(!bills.isEmpty());
    m_bill = bills.constFirst();

    // Entered today, so the dialog's default period (this month) lists them.
    m_freightIds.clear();
    m_freightIds << addCharge(QStringLiteral("FREIGHT"), QStringLiteral("12.34"));
    m_freightIds << addCharge(QStringLiteral("FREIGHT"), QStringLiteral("100.01"));
    m_serviceId = addCharge(QStringLiteral("SERVICE"), QStringLiteral("1,000.50"));
    m_voidId = addCharge(QStringLiteral("LATE_FEE"), QStringLiteral("7.77"));
    QVERIFY(!m_freightIds.contains(0) && m_serviceId != 0 && m_voidId != 0);
    const ChargeService::VoidResult voided =
        ChargeService(m_database->db(), currentActor())
            .voidCharge(m_voidId, QStringLiteral("Entered by mistake"));
    QVERIFY2(voided.ok, qPrintable(voided.errorMessage));

    QSettings settings;
    settings.remove(QStringLiteral("company"));
}

void tst_ReportDialog::cleanup()
{
    m_database.reset();
    Translations::apply(UiLanguage::English);
}

qint64 tst_ReportDialog::addAccountCharge(qint64 customerId, const QString &amount)
{
    ChargeRequest request;
    request.requestKey = ChargeRequest::newRequestKey();
    request.customerId = customerId;
    request.feeTypeCode = QStringLiteral("SERVICE");
    request.amountText = amount;
    request.amountLocale = QLocale(QLocale::English, QLocale::UnitedStates);
    request.reasonCode = QStringLiteral("BILLING_ERROR");
    request.paymentMethodCode = QStringLiteral("BANK_TRANSFER");
    request.dueDate = QDate::currentDate().addDays(30);

    ChargeService service(m_database->db(), currentActor());
    const ChargeReview review = service.review(request);
    if (!review.canCommit(request.duplicateAcknowledgement)) {
        qWarning() << "Review failed:" << review.problemText();
        return 0;
    }
    const ChargeService::CommitResult result = service.commit(request, review);
    if (!result.succeeded()) {
        qWarning() << "Commit failed:" << result.errorMessage;
        return 0;
    }
    return result.chargeId;
}

qint64 tst_ReportDialog::customerId(const QString &code) const
{
    const auto customer = CustomerRepository(m_database->db()).findByCode(code);
    return customer ? customer->id : 0;
}

qint64 tst_ReportDialog::addCharge(const QString &feeType, const QString &amount)
{
    ChargeRequest request;
    request.requestKey = ChargeRequest::newRequestKey();
    request.customerId = m_customerId;
    request.billId = m_bill.id;
    request.feeTypeCode = feeType;
    request.amountText = amount;
    request.amountLocale = QLocale(QLocale::English, QLocale::UnitedStates);
    request.reasonCode = QStringLiteral("BILLING_ERROR");
    request.paymentMethodCode = QStringLiteral("BANK_TRANSFER");
    request.dueDate = QDate::currentDate().addDays(30);

    // Same customer and similar amounts within 30 days are possible
    // duplicates, which need a note.
    request.duplicateAcknowledgement = QStringLiteral("Separate delivery");

    ChargeService service(m_database->db(), currentActor());
    const ChargeReview review = service.review(request);
    if (!review.canCommit(request.duplicateAcknowledgement)) {
        qWarning() << "Review failed:" << review.problemText();
        return 0;
    }
    const ChargeService::CommitResult result = service.commit(request, review);
    if (!result.succeeded()) {
        qWarning() << "Commit failed:" << result.errorMessage;
        return 0;
    }
    return result.chargeId;
}

qint64 tst_ReportDialog::postedSumMinor() const
{
    return m_database->scalar(QStringLiteral(
        "SELECT SUM(amount_minor) FROM charges WHERE status = 'posted'"));
}

void tst_ReportDialog::keepScreenshot(QWidget *widget, const QString &name)
{
    if (!qEnvironmentVariableIsSet("CHARGEDESK_KEEP_TEST_OUTPUT"))
        return;
    const QString path = m_outputDir.filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        qWarning() << "Could not save" << path;
}

void tst_ReportDialog::save(ReportOutputController *output, const QString &path, bool csv)
{
    output->setSavePathChooser([path](const QString &, const QString &) { return path; });
    if (csv)
        output->saveCsv();
    else
        output->savePdf();
    QTRY_VERIFY_WITH_TIMEOUT(!output->isBusy(), JobTimeoutMs);
}

void tst_ReportDialog::feeTypeFilterReachesQuery()
{
    ChargeReportDialog dialog(m_database->db());
    auto *feeTypes = dialog.findChild<ChoiceListFilter *>(QStringLiteral("feeTypeFilter"));
    QVERIFY(feeTypes);
    checkOnly(feeTypes, QStringLiteral("FREIGHT"));
    QCOMPARE(dialog.filter().feeTypeCodes, QStringList{QStringLiteral("FREIGHT")});
    QVERIFY(dialog.filter().customerIds.isEmpty());
    QVERIFY(dialog.problems().isEmpty());

    const QString path = m_outputDir.filePath(QStringLiteral("freight.csv"));
    save(dialog.output(), path, true);
    QCOMPARE(dialog.output()->lastSavedPath(), path);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file);
    QStringList header;
    QVERIFY2(reader.readRecord(&header), qPrintable(reader.error()));
    const int typeColumn = header.indexOf(QStringLiteral("row_type"));
    const int feeColumn = header.indexOf(QStringLiteral("fee_type_code"));
    const int idColumn = header.indexOf(QStringLiteral("charge_id"));
    QVERIFY2(typeColumn >= 0 && feeColumn >= 0 && idColumn >= 0,
             qPrintable(header.join(u',')));

    QList<qint64> listed;
    QStringList cells;
    while (reader.readRecord(&cells)) {
        if (cells.value(typeColumn) != QLatin1String("detail"))
            continue;
        QCOMPARE(cells.value(feeColumn), QStringLiteral("FREIGHT"));
        listed << cells.value(idColumn).toLongLong();
    }
    QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
    QCOMPARE(listed.size(), m_freightIds.size());
    for (qint64 id : std::as_const(m_freightIds))
        QVERIFY(listed.contains(id));
}

void tst_ReportDialog::invalidPeriodDisablesOutput()
{
    ChargeReportDialog dialog(m_database->db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *from = dialog.findChild<QDateEdit *>(QStringLiteral("fromEdit"));
    auto *to = dialog.findChild<QDateEdit *>(QStringLiteral("toEdit"));
    auto *periodError = dialog.findChild<QLabel *>(QStringLiteral("periodErrorLabel"));
    QVERIFY(from && to && periodError);

    // The default period is this month, with four-digit years.
    const QDate today = QDate::currentDate();
    QCOMPARE(from->date(), QDate(today.year(), today.month(), 1));
    QCOMPARE(to->date(), QDate(today.year(), today.month(), 1).addMonths(1).addDays(-1));
    QVERIFY(from->calendarPopup());
    QVERIFY(from->displayFormat().contains(QStringLiteral("yyyy")));

    const QStringList buttons = {QStringLiteral("previewButton"), QStringLiteral("printButton"),
                                 QStringLiteral("savePdfButton"), QStringLiteral("saveCsvButton"),
                                 QStringLiteral("noticesButton")};
    for (const QString &name : buttons)
        QVERIFY2(dialog.findChild<QPushButton *>(name)->isEnabled(), qPrintable(name));
    QVERIFY(!periodError->isVisible());

    from->setDate(to->date().addDays(1));
    QVERIFY(periodError->isVisible());
    QVERIFY(periodError->text().contains(QString::number(to->date().year())));
    QVERIFY(!dialog.problems().isEmpty());
    for (const QString &name : buttons)
        QVERIFY2(!dialog.findChild<QPushButton *>(name)->isEnabled(), qPrintable(name));

    // A click on the disabled button starts nothing.
    QSignalSpy started(dialog.output()->runner(), &ReportJobRunner::runningChanged);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("savePdfButton")),
                      Qt::LeftButton);
    QCOMPARE(started.count(), 0);

    from->setDate(to->date());
    QVERIFY(!periodError->isVisible());
    for (const QString &name : buttons)
        QVERIFY2(dialog.findChild<QPushButton *>(name)->isEnabled(), qPrintable(name));
}

void tst_ReportDialog::emptyChoiceDisablesOutput()
{
    ChargeReportDialog dialog(m_database->db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *statuses = dialog.findChild<ChoiceListFilter *>(QStringLiteral("statusFilter"));
    auto *preview = dialog.findChild<QPushButton *>(QStringLiteral("previewButton"));
    QVERIFY(statuses && preview);
    auto *empty = statuses->findChild<QLabel *>(QStringLiteral("emptyLabel"));
    QVERIFY(empty);

    statuses->setAll(false);
    QVERIFY(statuses->isEmptySelection());
    QVERIFY(empty->isVisible());
    QVERIFY(!preview->isEnabled());

    statuses->setCheckedKeys({QStringLiteral("void")});
    QVERIFY(!empty->isVisible());
    QVERIFY(preview->isEnabled());
    QCOMPARE(dialog.filter().statuses, QStringList{QStringLiteral("void")});
}

void tst_ReportDialog::savePdfShowsGrandTotal()
{
    MainWindow window(m_database->db());
    auto *dialog = new ChargeReportDialog(m_database->db(), &window);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    const QString path = m_outputDir.filePath(QStringLiteral("report.pdf"));
    save(dialog->output(), path, false);
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    QCOMPARE(dialog->output()->lastSavedPath(), path);

    // Where the file went shows in the dialog and in the main window.
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("jobStatusLabel"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(QDir::toNativeSeparators(path)), qPrintable(status->text()));
    QVERIFY(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)));

    const QString text = pdfText(path);
    if (text.isNull())
        QSKIP("pdftotext is not installed (Debian package poppler-utils).");
    const Money total(postedSumMinor(), m_currency);
    QCOMPARE(total.minorUnits(), qint64(1234 + 10001 + 100050));
    const QString formatted = total.format(Translations::locale(UiLanguage::English));
    QVERIFY2(text.contains(formatted), qPrintable(formatted + QStringLiteral(" not in:\n") + text));

    // The void charge is listed but not in the total.
    const QString withVoid =
        Money(postedSumMinor() + 777, m_currency).format(Translations::locale(UiLanguage::English));
    QVERIFY(!text.contains(withVoid));
}

void tst_ReportDialog::previewUsesOrientation_data()
{
    QTest::addColumn<int>("orientationIndex");
    QTest::addColumn<QPageLayout::Orientation>("expected");

    QTest::newRow("portrait") << 1 << QPageLayout::Portrait;
    QTest::newRow("landscape") << 2 << QPageLayout::Landscape;
}

void tst_ReportDialog::previewUsesOrientation()
{
    QFETCH(int, orientationIndex);
    QFETCH(QPageLayout::Orientation, expected);

    ChargeReportDialog dialog(m_database->db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *orientation = dialog.findChild<QComboBox *>(QStringLiteral("orientationCombo"));
    auto *preview = dialog.findChild<QPushButton *>(QStringLiteral("previewButton"));
    QVERIFY(orientation && preview);
    orientation->setCurrentIndex(orientationIndex);

    // The preview opens once the report is laid out, on the shared printer
    // with the page layout of the laid-out report.
    bool shown = false;
    int pages = 0;
    QPageLayout::Orientation shownOrientation = QPageLayout::Portrait;
    whenModalOpens<QPrintPreviewDialog>([&](QPrintPreviewDialog *previewDialog) {
        shown = true;
        if (auto *widget = previewDialog->findChild<QPrintPreviewWidget *>())
            pages = widget->pageCount();
        shownOrientation = previewDialog->printer()->pageLayout().orientation();
        QCOMPARE(previewDialog->printer(), ReportOutputController::sharedPrinter());
        previewDialog->reject();
    });
    preview->click();
    QTRY_VERIFY_WITH_TIMEOUT(shown, JobTimeoutMs);
    QTRY_VERIFY(!dialog.output()->isBusy());
    QVERIFY(pages >= 1);
    QCOMPARE(shownOrientation, expected);
}

void tst_ReportDialog::cancelWritesNoFile()
{
    ChargeReportDialog dialog(m_database->db());
    const QString path = m_outputDir.filePath(QStringLiteral("canceled.pdf"));
    QFile::remove(path);

    // Canceled as the job starts, before its thread runs, so the job gets
    // the cancel at its first progress report.
    ReportJobRunner *runner = dialog.output()->runner();
    connect(runner, &ReportJobRunner::runningChanged, runner, [runner](bool running) {
        if (running)
            runner->cancel();
    });
    QSignalSpy finished(runner, &ReportJobRunner::finished);
    save(dialog.output(), path, false);

    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.constFirst().constFirst().value<ReportJobRunner::Outcome>(),
             ReportJobRunner::Outcome::Canceled);
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(dialog.output()->lastSavedPath().isEmpty());
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("jobStatusLabel"));
    QVERIFY(status && status->text().contains(QStringLiteral("Canceled")));

    // The dialog is usable again.
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("savePdfButton"))->isEnabled());
}

void tst_ReportDialog::secondClickStartsNothing()
{
    ChargeReportDialog dialog(m_database->db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *savePdf = dialog.findChild<QPushButton *>(QStringLiteral("savePdfButton"));
    auto *preview = dialog.findChild<QPushButton *>(QStringLiteral("previewButton"));
    auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelJobButton"));
    QVERIFY(savePdf && preview && cancel);

    int chooserCalls = 0;
    const QString path = m_outputDir.filePath(QStringLiteral("once.pdf"));
    dialog.output()->setSavePathChooser([&chooserCalls, path](const QString &suggested,
                                                              const QString &) {
        ++chooserCalls;
        return suggested.endsWith(QStringLiteral(".pdf")) ? path : QString();
    });
    QSignalSpy started(dialog.output()->runner(), &ReportJobRunner::runningChanged);

    // The job's end is delivered by the event loop, so it still runs after
    // the click returns.
    QTest::mouseClick(savePdf, Qt::LeftButton);
    QVERIFY(dialog.output()->runner()->isRunning());
    QVERIFY(!savePdf->isEnabled());
    QVERIFY(!preview->isEnabled());
    QVERIFY(cancel->isVisible());

    QTest::mouseClick(savePdf, Qt::LeftButton);
    QTest::mouseDClick(preview, Qt::LeftButton);
    dialog.output()->savePdf();
    dialog.output()->preview();
    QCOMPARE(chooserCalls, 1);
    QCOMPARE(started.count(), 1);

    QTRY_VERIFY_WITH_TIMEOUT(!dialog.output()->isBusy(), JobTimeoutMs);
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(savePdf->isEnabled());
    QVERIFY(!cancel->isVisible());
}

void tst_ReportDialog::menuActionsOpenDialogs_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("dialogClass");

    QTest::newRow("charge report") << "chargeReportAction" << "ChargeReportDialog";
    QTest::newRow("statement") << "statementAction" << "StatementDialog";
    QTest::newRow("notices") << "chargeNoticesAction" << "ChargeNoticeDialog";
    QTest::newRow("company details") << "companyProfileAction" << "CompanyProfileDialog";
}

void tst_ReportDialog::menuActionsOpenDialogs()
{
    QFETCH(QString, action);
    QFETCH(QString, dialogClass);

    MainWindow window(m_database->db());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The Reports and Settings menus sit between File and Language.
    QStringList titles;
    for (const QAction *menu : window.menuBar()->actions())
        titles << menu->text();
    const qsizetype reports = titles.indexOf(QStringLiteral("&Reports"));
    const qsizetype settings = titles.indexOf(QStringLiteral("&Settings"));
    QVERIFY2(reports > titles.indexOf(QStringLiteral("&File")), qPrintable(titles.join(u' ')));
    QVERIFY2(settings == reports + 1, qPrintable(titles.join(u' ')));
    QVERIFY2(titles.indexOf(QStringLiteral("&Language")) > settings,
             qPrintable(titles.join(u' ')));

    auto *trigger = window.findChild<QAction *>(action);
    QVERIFY(trigger);
    QString opened;
    bool modal = false;
    whenModalOpens<QDialog>([&opened, &modal](QDialog *dialog) {
        opened = QString::fromLatin1(dialog->metaObject()->className());
        modal = dialog->isModal();
        dialog->reject();
    });
    trigger->trigger();
    QCOMPARE(opened, dialogClass);
    QVERIFY(modal);
}

void tst_ReportDialog::detailPageOpensStatement()
{
    MainWindow window(m_database->db());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openCustomer(m_customerId);
    auto *button = window.findChild<QPushButton *>(QStringLiteral("statementButton"));
    QVERIFY(button);
    QVERIFY(button->isVisible());

    qint64 chosen = -1;
    QStringList problems;
    whenModalOpens<StatementDialog>([&chosen, &problems](StatementDialog *dialog) {
        chosen = dialog->customerId();
        problems = dialog->problems();
        dialog->reject();
    });
    button->click();
    QCOMPARE(chosen, m_customerId);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_ReportDialog::statementSavesCsv()
{
    StatementDialog dialog(m_database->db(), 0);
    QVERIFY(!dialog.problems().isEmpty());
    auto *customer = dialog.findChild<QComboBox *>(QStringLiteral("customerCombo"));
    auto *csv = dialog.findChild<QPushButton *>(QStringLiteral("saveCsvButton"));
    QVERIFY(customer && csv);
    QVERIFY(!csv->isEnabled());

    // Typing part of a name is not a choice; picking the entry is.
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    customer->lineEdit()->setFocus();
    QTest::keyClicks(customer->lineEdit(), QStringLiteral("Alfreds"));
    QCOMPARE(dialog.customerId(), qint64(0));
    QWidget *popup = QApplication::activePopupWidget();
    QVERIFY(popup);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(dialog.customerId(), m_customerId);
    QCOMPARE(customer->currentText(), QStringLiteral("Alfreds Futterkiste (ALFKI)"));
    QVERIFY(dialog.problems().isEmpty());
    QVERIFY(csv->isEnabled());

    const QString path = m_outputDir.filePath(QStringLiteral("statement.csv"));
    save(dialog.output(), path, true);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("closing_balance")));
    for (qint64 id : std::as_const(m_freightIds))
        QVERIFY2(text.contains(QString::number(id)), qPrintable(text));
}

void tst_ReportDialog::chargesPanelOpensNotices()
{
    MainWindow window(m_database->db());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openCustomer(m_customerId);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabWidget"));
    auto *charges = window.findChild<QTableView *>(QStringLiteral("chargeTable"));
    auto *notice = window.findChild<QPushButton *>(QStringLiteral("chargeNoticeButton"));
    auto *voidButton = window.findChild<QPushButton *>(QStringLiteral("voidChargeButton"));
    QVERIFY(tabs && charges && notice && voidButton);
    tabs->setCurrentIndex(1);
    QCOMPARE(charges->model()->rowCount(), 4);
    QVERIFY(!notice->isEnabled());

    // Every charge, the void one included.
    charges->selectAll();
    QCOMPARE(charges->selectionModel()->selectedRows().size(), 4);
    QVERIFY(notice->isEnabled());
    QVERIFY(!voidButton->isEnabled());

    QList<qint64> listed;
    QList<qint64> checked;
    QString excluded;
    bool loaded = false;
    whenModalOpens<ChargeNoticeDialog>([&](ChargeNoticeDialog *dialog) {
        // The dialog is rejected in any case, so that a failure cannot leave
        // it open; the result is checked after it closed.
        loaded = QTest::qWaitFor([dialog] { return !dialog->output()->isBusy(); },
                                 JobTimeoutMs);
        listed = dialog->listedChargeIds();
        checked = dialog->checkedChargeIds();
        if (auto *label = dialog->findChild<QLabel *>(QStringLiteral("excludedLabel")))
            excluded = label->isVisible() ? label->text() : QString();
        dialog->reject();
    });
    notice->click();

    QVERIFY(loaded);
    QCOMPARE(listed.size(), 3);
    QVERIFY(!listed.contains(m_voidId));
    QCOMPARE(checked, listed);
    QVERIFY2(excluded.contains(QString::number(m_voidId)), qPrintable(excluded));

    // Only the void charge: a message, and no notice dialog.
    auto *chargeModel = qobject_cast<ChargeListModel *>(charges->model());
    QVERIFY(chargeModel);
    const int voidRow = chargeModel->rowOfCharge(m_voidId);
    QVERIFY(voidRow >= 0);
    charges->clearSelection();
    charges->selectRow(voidRow);
    QString message;
    whenModalOpens<QDialog>([&message](QDialog *dialog) {
        message = QString::fromLatin1(dialog->metaObject()->className());
        if (auto *box = qobject_cast<QMessageBox *>(dialog))
            message += QStringLiteral(": ") + box->text();
        dialog->reject();
    });
    notice->click();
    QVERIFY2(message.startsWith(QStringLiteral("QMessageBox")), qPrintable(message));
    QVERIFY2(message.contains(QString::number(m_voidId)), qPrintable(message));
}

void tst_ReportDialog::noticesForReportCharges()
{
    ChargeReportDialog dialog(m_database->db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *feeTypes = dialog.findChild<ChoiceListFilter *>(QStringLiteral("feeTypeFilter"));
    auto *notices = dialog.findChild<QPushButton *>(QStringLiteral("noticesButton"));
    QVERIFY(feeTypes && notices);
    checkOnly(feeTypes, QStringLiteral("FREIGHT"));

    QList<qint64> listed;
    QString pdf;
    bool opened = false;
    bool loaded = false;
    bool saved = false;
    const QString path = m_outputDir.filePath(QStringLiteral("notices.pdf"));
    whenModalOpens<ChargeNoticeDialog>([&](ChargeNoticeDialog *noticeDialog) {
        opened = true;
        loaded = QTest::qWaitFor([noticeDialog] { return !noticeDialog->output()->isBusy(); },
                                 JobTimeoutMs);
        listed = noticeDialog->listedChargeIds();
        noticeDialog->output()->setSavePathChooser(
            [path](const QString &, const QString &) { return path; });
        noticeDialog->output()->savePdf();
        saved = QTest::qWaitFor([noticeDialog] { return !noticeDialog->output()->isBusy(); },
                                JobTimeoutMs);
        pdf = noticeDialog->output()->lastSavedPath();
        noticeDialog->reject();
    });
    // The charges are found in a job, and the notice dialog opens when it
    // has ended.
    notices->click();
    QTRY_VERIFY_WITH_TIMEOUT(opened, JobTimeoutMs);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(loaded);
    QVERIFY(saved);

    QCOMPARE(listed.size(), m_freightIds.size());
    for (qint64 id : std::as_const(m_freightIds))
        QVERIFY(listed.contains(id));
    QCOMPARE(pdf, path);
    QVERIFY(QFileInfo::exists(path));
}

void tst_ReportDialog::companyProfileValidates()
{
    CompanyProfileDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *email = dialog.findChild<QLineEdit *>(QStringLiteral("emailEdit"));
    auto *nameError = dialog.findChild<QLabel *>(QStringLiteral("nameErrorLabel"));
    auto *emailError = dialog.findChild<QLabel *>(QStringLiteral("emailErrorLabel"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(name && email && nameError && emailError && buttons);
    QPushButton *saveButton = buttons->button(QDialogButtonBox::Save);
    QVERIFY(saveButton);

    // The name is required.
    QVERIFY(name->text().isEmpty());
    QVERIFY(nameError->isVisible());
    QVERIFY(!saveButton->isEnabled());

    QTest::keyClicks(name, QStringLiteral("Example Trading Co."));
    QVERIFY(!nameError->isVisible());
    QVERIFY(saveButton->isEnabled());

    QTest::keyClicks(email, QStringLiteral("billing@example"));
    QVERIFY(emailError->isVisible());
    QVERIFY(emailError->text().contains(QStringLiteral("billing@example")));
    QVERIFY(!saveButton->isEnabled());
    QTest::keyClicks(email, QStringLiteral(".com"));
    QVERIFY(!emailError->isVisible());
    QVERIFY(saveButton->isEnabled());

    // A failed save opens a message box, which is closed so that the test
    // reports the message instead of waiting.
    QString saveError;
    whenModalOpens<QMessageBox>([&saveError](QMessageBox *box) {
        saveError = box->text();
        box->reject();
    });
    saveButton->click();
    QVERIFY2(saveError.isEmpty(), qPrintable(saveError));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const CompanyProfile stored = CompanyProfile::load();
    QCOMPARE(stored.name, QStringLiteral("Example Trading Co."));
    QCOMPARE(stored.email, QStringLiteral("billing@example.com"));
}

void tst_ReportDialog::csvExportShowsResult()
{
    MainWindow window(m_database->db());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *actions = window.findChild<CsvFileActions *>();
    QVERIFY(actions);

    const QString path = m_outputDir.filePath(QStringLiteral("customers.csv"));
    QVERIFY(actions->exportTable(CsvExporter::Table::Customers, path));
    QStatusBar *statusBar = window.statusBar();
    const QString message = statusBar->currentMessage();
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("91")), qPrintable(message));

    // QStatusBar paints a temporary message left of the widgets that stay
    // visible, so none of them may start before the message's end.
    const int messageWidth = statusBar->fontMetrics().horizontalAdvance(message);
    QVERIFY2(messageWidth < statusBar->width(), qPrintable(message));
    for (const QWidget *child : statusBar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (child->isVisible())
            QVERIFY2(child->x() >= messageWidth, qPrintable(child->objectName()));
    }

    // Without a visible status bar the outcome shows in a message box.
    statusBar->hide();
    QString boxText;
    whenModalOpens<QMessageBox>([&boxText](QMessageBox *box) {
        boxText = box->text();
        box->accept();
    });
    QVERIFY(actions->exportTable(CsvExporter::Table::Customers, path));
    QVERIFY2(boxText.contains(QDir::toNativeSeparators(path)), qPrintable(boxText));
    QVERIFY2(boxText.contains(QStringLiteral("91")), qPrintable(boxText));
}

void tst_ReportDialog::csvExportNameTranslated()
{
    const QDate date(2026, 12, 4);
    QCOMPARE(CsvFileActions::suggestedFileName(CsvExporter::Table::Charges, date),
             QStringLiteral("charges-2026-12-04.csv"));

    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    const QString customers =
        CsvFileActions::suggestedFileName(CsvExporter::Table::Customers, date);
    const QString bills = CsvFileActions::suggestedFileName(CsvExporter::Table::Bills, date);
    const QString charges = CsvFileActions::suggestedFileName(CsvExporter::Table::Charges, date);
    QCoreApplication::removeTranslator(&marking);
    QCOMPARE(customers, QStringLiteral("[[customers-2026-12-04]].csv"));
    QCOMPARE(bills, QStringLiteral("[[bills-2026-12-04]].csv"));
    QCOMPARE(charges, QStringLiteral("[[charges-2026-12-04]].csv"));
}

void tst_ReportDialog::reportNoticesNameVoidCharges()
{
    // Every status is selected by default, so the report lists the void
    // charge, and the notice dialog names it as left out.
    ChargeReportDialog dialog(m_database->db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *notices = dialog.findChild<QPushButton *>(QStringLiteral("noticesButton"));
    QVERIFY(notices);

    QList<qint64> listed;
    QString excluded;
    bool opened = false;
    bool loaded = false;
    whenModalOpens<ChargeNoticeDialog>([&](ChargeNoticeDialog *noticeDialog) {
        opened = true;
        loaded = QTest::qWaitFor([noticeDialog] { return !noticeDialog->output()->isBusy(); },
                                 JobTimeoutMs);
        listed = noticeDialog->listedChargeIds();
        if (auto *label = noticeDialog->findChild<QLabel *>(QStringLiteral("excludedLabel")))
            excluded = label->isVisible() ? label->text() : QString();
        keepScreenshot(noticeDialog, QStringLiteral("notices-from-report-en"));
        noticeDialog->reject();
    });
    notices->click();
    QTRY_VERIFY_WITH_TIMEOUT(opened, JobTimeoutMs);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(loaded);

    QCOMPARE(listed.size(), 3);
    QVERIFY(!listed.contains(m_voidId));
    QVERIFY2(excluded.contains(QString::number(m_voidId)), qPrintable(excluded));
}

void tst_ReportDialog::onlyVoidChargesGiveMessage()
{
    ChargeReportDialog dialog(m_database->db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *feeTypes = dialog.findChild<ChoiceListFilter *>(QStringLiteral("feeTypeFilter"));
    auto *notices = dialog.findChild<QPushButton *>(QStringLiteral("noticesButton"));
    QVERIFY(feeTypes && notices);
    checkOnly(feeTypes, QStringLiteral("LATE_FEE"));

    QString message;
    whenModalOpens<QDialog>([&message](QDialog *opened) {
        message = QString::fromLatin1(opened->metaObject()->className());
        if (auto *box = qobject_cast<QMessageBox *>(opened))
            message += QStringLiteral(": ") + box->text();
        opened->reject();
    });
    notices->click();
    QTRY_VERIFY_WITH_TIMEOUT(!message.isEmpty(), JobTimeoutMs);
    QVERIFY2(message.startsWith(QStringLiteral("QMessageBox")), qPrintable(message));
    QVERIFY2(message.contains(QString::number(m_voidId)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("void")), qPrintable(message));
}

void tst_ReportDialog::enterChoosesExactCustomer_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("chosen");

    QTest::newRow("code") << "ALFKI" << true;
    QTest::newRow("code in lower case") << "alfki" << true;
    QTest::newRow("company name") << "Alfreds Futterkiste" << true;
    QTest::newRow("part of the name") << "Alfreds" << false;
    QTest::newRow("part of the code") << "ALF" << false;
}

void tst_ReportDialog::enterChoosesExactCustomer()
{
    QFETCH(QString, typed);
    QFETCH(bool, chosen);

    StatementDialog dialog(m_database->db(), 0);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *combo = dialog.findChild<CustomerComboBox *>(QStringLiteral("customerCombo"));
    QVERIFY(combo);
    QSignalSpy changed(combo, &CustomerComboBox::customerChanged);

    // The keys go where a user's keys go: to the completer's pop-up while
    // it is open, which passes Enter on to the line edit.
    combo->lineEdit()->setFocus();
    QTest::keyClicks(combo->lineEdit(), typed);
    QCOMPARE(dialog.customerId(), qint64(0));
    QWidget *target = QApplication::activePopupWidget();
    QTest::keyClick(target ? target : combo->lineEdit(), Qt::Key_Return);

    QCOMPARE(dialog.customerId(), chosen ? m_customerId : qint64(0));
    QCOMPARE(changed.count(), chosen ? 1 : 0);
    if (chosen)
        QVERIFY2(combo->currentText().contains(QStringLiteral("ALFKI")),
                 qPrintable(combo->currentText()));
}

void tst_ReportDialog::tabChoosesExactCustomer_data()
{
    enterChoosesExactCustomer_data();
}

// Finance users type a code and move on with Tab.
void tst_ReportDialog::tabChoosesExactCustomer()
{
    QFETCH(QString, typed);
    QFETCH(bool, chosen);

    StatementDialog dialog(m_database->db(), 0);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *combo = dialog.findChild<CustomerComboBox *>(QStringLiteral("customerCombo"));
    QVERIFY(combo);

    combo->lineEdit()->setFocus();
    QTest::keyClicks(combo->lineEdit(), typed);
    QWidget *target = QApplication::activePopupWidget();
    QTest::keyClick(target ? target : combo->lineEdit(), Qt::Key_Tab);
    if (combo->lineEdit()->hasFocus())
        QTest::keyClick(combo->lineEdit(), Qt::Key_Tab);

    QVERIFY(!combo->lineEdit()->hasFocus());
    QCOMPARE(dialog.customerId(), chosen ? m_customerId : qint64(0));
}

void tst_ReportDialog::previewOpensLargeAtFitWidth()
{
    StatementDialog dialog(m_database->db(), m_customerId);
    dialog.resize(400, 300);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *preview = dialog.findChild<QPushButton *>(QStringLiteral("previewButton"));
    QVERIFY(preview);

    bool shown = false;
    QSize size;
    QPrintPreviewWidget::ZoomMode zoomMode = QPrintPreviewWidget::CustomZoom;
    bool fitWidthChecked = false;
    whenModalOpens<QPrintPreviewDialog>([&](QPrintPreviewDialog *previewDialog) {
        shown = true;
        size = previewDialog->size();
        keepScreenshot(previewDialog, QStringLiteral("preview-en"));
        if (auto *widget = previewDialog->findChild<QPrintPreviewWidget *>())
            zoomMode = widget->zoomMode();
        if (auto *fit = previewDialog->findChild<QAction *>(QStringLiteral("fitWidthAction")))
            fitWidthChecked = fit->isChecked();
        previewDialog->reject();
    });
    preview->click();
    QTRY_VERIFY_WITH_TIMEOUT(shown, JobTimeoutMs);
    QTRY_VERIFY(!dialog.output()->isBusy());

    const QSize available = dialog.screen()->availableGeometry().size();
    QVERIFY2(size.width() >= available.width() * 0.7, qPrintable(QString::number(size.width())));
    QVERIFY2(size.height() >= available.height() * 0.7,
             qPrintable(QString::number(size.height())));
    QCOMPARE(zoomMode, QPrintPreviewWidget::FitToWidth);
    QVERIFY(fitWidthChecked);
}

void tst_ReportDialog::companyProfileAsksBeforeDiscard()
{
    CompanyProfileDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QVERIFY(name);
    QTest::keyClicks(name, QStringLiteral("Example Trading Co."));

    // Escape opens a question, and Cancel keeps the dialog open with the
    // typed text.
    QString question;
    whenModalOpens<QMessageBox>([this, &question](QMessageBox *box) {
        question = box->text();
        keepScreenshot(box, QStringLiteral("companyprofile-discard-en"));
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY2(!question.isEmpty(), "Escape discarded the changes without asking");
    QVERIFY(dialog.isVisible());
    QCOMPARE(name->text(), QStringLiteral("Example Trading Co."));

    // Discard closes without saving.
    whenModalOpens<QMessageBox>([](QMessageBox *box) {
        box->button(QMessageBox::Discard)->click();
    });
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(CompanyProfile::load().name.isEmpty());

    // Without changes, Escape closes at once.
    CompanyProfileDialog unchanged;
    unchanged.show();
    QVERIFY(QTest::qWaitForWindowExposed(&unchanged));
    QTest::keyClick(&unchanged, Qt::Key_Escape);
    QVERIFY(!unchanged.isVisible());
}

void tst_ReportDialog::noticeHintIgnoresInvalidEmail()
{
    CompanyProfileDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *email = dialog.findChild<QLineEdit *>(QStringLiteral("emailEdit"));
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("noticeHintLabel"));
    QVERIFY(name && email && hint);
    QTest::keyClicks(name, QStringLiteral("Example Trading Co."));
    const QString phoneOrEmail = QStringLiteral("phone or email");
    QVERIFY2(hint->text().contains(phoneOrEmail), qPrintable(hint->text()));

    // An address that cannot be saved is no way to reach the company.
    QTest::keyClicks(email, QStringLiteral("billing@example"));
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(phoneOrEmail), qPrintable(hint->text()));

    keepScreenshot(&dialog, QStringLiteral("companyprofile-invalid-email-en"));
    QTest::keyClicks(email, QStringLiteral(".com"));
    QVERIFY2(!hint->text().contains(phoneOrEmail), qPrintable(hint->text()));
}

void tst_ReportDialog::customerFilterShowsCode_data()
{
    QTest::addColumn<UiLanguage>("language");

    QTest::newRow("en") << UiLanguage::English;
    QTest::newRow("zh_CN") << UiLanguage::SimplifiedChinese;
}

void tst_ReportDialog::customerFilterShowsCode()
{
    QFETCH(UiLanguage, language);
    Translations::apply(language);

    const QString longName = QStringLiteral("上海浦东新区国际贸易有限责任公司");
    QSqlQuery insert(m_database->db());
    VERIFY_SQL(insert, insert.prepare(QStringLiteral(
                           "INSERT INTO customers (code, company_name, created_at, updated_at) "
                           "VALUES (:code, :name, :now, :now)")));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    insert.bindValue(QStringLiteral(":code"), QStringLiteral("SHPD01"));
    insert.bindValue(QStringLiteral(":name"), longName);
    insert.bindValue(QStringLiteral(":now"), now);
    VERIFY_SQL(insert, insert.exec());

    const qint64 shanghaiId = insert.lastInsertId().toLongLong();

    ChargeReportDialog dialog(m_database->db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *customers = dialog.findChild<CustomerFilter *>(QStringLiteral("customerFilter"));
    QVERIFY(customers && customers->model());
    auto *list = customers->findChild<QListView *>(QStringLiteral("customerList"));
    QVERIFY(list);

    CustomerCheckModel *model = customers->model();
    const int alfkiRow = model->customers()->rowOfCustomer(m_customerId);
    const int shanghaiRow = model->customers()->rowOfCustomer(shanghaiId);
    QVERIFY(alfkiRow >= 0 && shanghaiRow >= 0);
    const QModelIndex alfki = model->index(alfkiRow, 0);
    const QModelIndex shanghai = model->index(shanghaiRow, 0);
    QCOMPARE(alfki.data().toString(), QStringLiteral("ALFKI  Alfreds Futterkiste"));
    QCOMPARE(shanghai.data().toString(), QStringLiteral("SHPD01  ") + longName);
    QCOMPARE(shanghai.data(Qt::ToolTipRole), shanghai.data());

    // The long name fits beside the check box.
    const int textWidth = list->fontMetrics().horizontalAdvance(shanghai.data().toString());
    const int textRoom = list->visualRect(shanghai).width()
                         - list->style()->pixelMetric(QStyle::PM_IndicatorWidth);
    QVERIFY2(textRoom >= textWidth,
             qPrintable(QStringLiteral("%1 < %2").arg(textRoom).arg(textWidth)));

    // Checked, so the count under the list shows in the screenshot too.
    customers->setAll(false);
    CustomerPickers::toggleBySearch(customers, QStringLiteral("SHPD"), shanghaiId);
    CustomerPickers::toggleBySearch(customers, QString(), m_customerId);
    list->scrollTo(model->index(model->customers()->rowOfCustomer(shanghaiId), 0));
    auto *checked = customers->findChild<QLabel *>(QStringLiteral("checkedLabel"));
    QVERIFY(checked && checked->isVisible());
    keepScreenshot(&dialog,
                   QStringLiteral("chargereport-") + QLatin1String(QTest::currentDataTag()));
}

void tst_ReportDialog::chooserShowsLongName_data()
{
    QTest::addColumn<UiLanguage>("language");

    QTest::newRow("en") << UiLanguage::English;
    QTest::newRow("zh_CN") << UiLanguage::SimplifiedChinese;
}

void tst_ReportDialog::chooserShowsLongName()
{
    QFETCH(UiLanguage, language);
    Translations::apply(language);
    CustomerPickers::insertMany(m_database->db(), CustomerPickers::ManyCustomers);

    const QString longName = QStringLiteral("上海浦东新区国际贸易有限责任公司");
    QSqlQuery insert(m_database->db());
    VERIFY_SQL(insert, insert.prepare(QStringLiteral(
                           "INSERT INTO customers (code, company_name, created_at, updated_at) "
                           "VALUES (:code, :name, :now, :now)")));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const QString &code : {QStringLiteral("SHPD01"), QStringLiteral("SHPD02")}) {
        insert.bindValue(QStringLiteral(":code"), code);
        insert.bindValue(QStringLiteral(":name"), longName + code.right(1));
        insert.bindValue(QStringLiteral(":now"), now);
        VERIFY_SQL(insert, insert.exec());
    }

    StatementDialog dialog(m_database->db(), 0);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *combo = dialog.findChild<CustomerComboBox *>(QStringLiteral("customerCombo"));
    QVERIFY(combo);
    // Chinese text comes from an input method, one committed string.
    combo->lineEdit()->setFocus();
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("浦东新区"));
    QCoreApplication::sendEvent(combo->lineEdit(), &commit);
    auto *popup = qobject_cast<QAbstractItemView *>(QApplication::activePopupWidget());
    QVERIFY(popup);
    QCOMPARE(popup->model()->rowCount(), 2);

    // Both long names fit in the pop-up, which is wider than the field.
    for (int row = 0; row < 2; ++row) {
        const QModelIndex index = popup->model()->index(row, 0);
        const int textWidth = popup->fontMetrics().horizontalAdvance(index.data().toString());
        QVERIFY2(popup->visualRect(index).width() >= textWidth,
                 qPrintable(QStringLiteral("%1 < %2")
                                .arg(popup->visualRect(index).width())
                                .arg(textWidth)));
    }
    keepScreenshot(popup, QStringLiteral("statement-chooser-popup-")
                              + QLatin1String(QTest::currentDataTag()));

    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QVERIFY(dialog.customerId() != 0);
    QVERIFY2(combo->currentText().startsWith(longName), qPrintable(combo->currentText()));
    keepScreenshot(&dialog, QStringLiteral("statement-chooser-")
                                + QLatin1String(QTest::currentDataTag()));
}

void tst_ReportDialog::pickersReadOnePage_data()
{
    QTest::addColumn<QString>("dialog");

    QTest::newRow("charge report") << "ChargeReportDialog";
    QTest::newRow("statement") << "StatementDialog";
    QTest::newRow("notices") << "ChargeNoticeDialog";
}

void tst_ReportDialog::pickersReadOnePage()
{
    QFETCH(QString, dialog);
    CustomerPickers::insertMany(m_database->db(), CustomerPickers::ManyCustomers);
    const int customers =
        int(m_database->scalar(QStringLiteral("SELECT count(*) FROM customers")));
    QVERIFY(customers > CustomerPickers::MaxHeldRows);

    std::unique_ptr<QDialog> window;
    if (dialog == QLatin1String("ChargeReportDialog"))
        window = std::make_unique<ChargeReportDialog>(m_database->db());
    else if (dialog == QLatin1String("StatementDialog"))
        window = std::make_unique<StatementDialog>(m_database->db(), 0);
    else
        window = std::make_unique<ChargeNoticeDialog>(m_database->db());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    // The filter lists every customer but holds only the rows it shows.
    if (auto *filter = window->findChild<CustomerFilter *>(QStringLiteral("customerFilter"))) {
        QVERIFY(filter->model());
        filter->setAll(false);
        QCoreApplication::processEvents();
        QCOMPARE(filter->model()->rowCount(), customers);
        const int cachedRows = filter->model()->customers()->cachedRowCount();
        QVERIFY2(cachedRows > 0 && cachedRows <= CustomerPickers::MaxHeldRows,
                 qPrintable(QString::number(cachedRows)));

        // A search narrows the list in SQL.
        auto *search = filter->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QVERIFY(search);
        static_assert(CustomerPickers::ManyCustomers == 350);
        QTest::keyClicks(search, QStringLiteral("PICK03"));
        QCOMPARE(filter->model()->rowCount(), 51); // PICK0300 to PICK0350
        return;
    }

    // The chooser lists one page of matches, not every customer.
    auto *combo = window->findChild<CustomerComboBox *>(QStringLiteral("customerCombo"));
    QVERIFY(combo && combo->suggestions());
    QCOMPARE(combo->suggestions()->rowCount(), 0);
    combo->showPopup();
    QVERIFY(combo->lineEdit()->completer() == nullptr);
    QCOMPARE(combo->suggestions()->rowCount(), CustomerSuggestionModel::MaxRows);
    QCOMPARE(combo->suggestions()->matchCount(), customers);
    const int cachedRows = combo->suggestions()->cachedRowCount();
    QVERIFY2(cachedRows > 0 && cachedRows <= CustomerPickers::MaxHeldRows, qPrintable(QString::number(cachedRows)));

    // A customer far down the list is a search away.
    const qint64 expectedId = customerId(QStringLiteral("PICK0321"));
    QVERIFY(expectedId != 0);
    CustomerPickers::typeAndEnter(combo, QStringLiteral("pick0321"));
    QCOMPARE(combo->currentCustomerId(), expectedId);
    QCOMPARE(combo->currentText(), QStringLiteral("Picker Customer 0321 (PICK0321)"));
}

void tst_ReportDialog::searchedCustomersReachReport()
{
    CustomerPickers::insertMany(m_database->db(), CustomerPickers::ManyCustomers);
    const qint64 anatr = customerId(QStringLiteral("ANATR"));
    const qint64 bergs = customerId(QStringLiteral("BERGS"));
    const qint64 picked = customerId(QStringLiteral("PICK0042"));
    QVERIFY(anatr && bergs && picked);
    const qint64 anatrCharge = addAccountCharge(anatr, QStringLiteral("20.00"));
    const qint64 bergsCharge = addAccountCharge(bergs, QStringLiteral("30.00"));
    QVERIFY(anatrCharge && bergsCharge);

    ChargeReportDialog dialog(m_database->db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *customers = dialog.findChild<CustomerFilter *>(QStringLiteral("customerFilter"));
    auto *csv = dialog.findChild<QPushButton *>(QStringLiteral("saveCsvButton"));
    QVERIFY(customers && csv);
    auto *all = customers->findChild<QCheckBox *>(QStringLiteral("allCheck"));
    auto *checked = customers->findChild<QLabel *>(QStringLiteral("checkedLabel"));
    auto *empty = customers->findChild<QLabel *>(QStringLiteral("emptyLabel"));
    QVERIFY(all && checked && empty);

    // "All customers" off by keyboard: nothing checked blocks the output.
    all->setFocus();
    QTest::keyClick(all, Qt::Key_Space);
    QVERIFY(!customers->isAll());
    QVERIFY(empty->isVisible());
    QVERIFY(!csv->isEnabled());
    QVERIFY(dialog.problems().join(u'\n').contains(
        QStringLiteral("Customers: nothing is checked")));

    // Each search shows other customers; the checks of the earlier ones stay.
    CustomerPickers::toggleBySearch(customers, QStringLiteral("ALFKI"), m_customerId);
    CustomerPickers::toggleBySearch(customers, QStringLiteral("Ana Trujillo"), anatr);
    CustomerPickers::toggleBySearch(customers, QStringLiteral("PICK0042"), picked);
    QCOMPARE(checked->text(), QStringLiteral("Checked: 3"));
    CustomerPickers::toggleBySearch(customers, QStringLiteral("PICK0042"), picked);
    QCOMPARE(customers->model()->customers()->rowOfCustomer(m_customerId), -1);
    QCOMPARE(customers->model()->customers()->rowOfCustomer(anatr), -1);
    QVERIFY(checked->isVisible());
    QCOMPARE(checked->text(), QStringLiteral("Checked: 2"));
    QVERIFY(checked->toolTip().contains(QStringLiteral("ANATR")));
    QVERIFY(!empty->isVisible());
    QVERIFY(csv->isEnabled());
    QCOMPARE(dialog.filter().customerIds, (QList<qint64>{m_customerId, anatr}));

    // The report header names the chosen customers.
    const QString header =
        dialog.filter().describe(m_database->db(), UiLanguage::English).join(u'\n');
    QVERIFY2(header.contains(QStringLiteral("ALFKI")) && header.contains(QStringLiteral("ANATR")),
             qPrintable(header));

    const QString path = m_outputDir.filePath(QStringLiteral("searched.csv"));
    save(dialog.output(), path, true);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file);
    QStringList fields;
    QVERIFY2(reader.readRecord(&fields), qPrintable(reader.error()));
    const int typeColumn = fields.indexOf(QStringLiteral("row_type"));
    const int codeColumn = fields.indexOf(QStringLiteral("customer_code"));
    const int idColumn = fields.indexOf(QStringLiteral("charge_id"));
    QVERIFY(typeColumn >= 0 && codeColumn >= 0 && idColumn >= 0);
    QSet<QString> codes;
    QList<qint64> listed;
    QStringList cells;
    while (reader.readRecord(&cells)) {
        if (cells.value(typeColumn) != QLatin1String("detail"))
            continue;
        codes.insert(cells.value(codeColumn));
        listed << cells.value(idColumn).toLongLong();
    }
    QCOMPARE(codes, (QSet<QString>{QStringLiteral("ALFKI"), QStringLiteral("ANATR")}));
    QVERIFY(listed.contains(anatrCharge));
    QVERIFY(!listed.contains(bergsCharge));

    // Back to every customer: the checks are kept for later but not used.
    QTest::keyClick(all, Qt::Key_Space);
    QVERIFY(customers->isAll());
    QVERIFY(dialog.filter().customerIds.isEmpty());
    QVERIFY(!checked->isVisible());
}

void tst_ReportDialog::noticesForSearchedCustomer_data()
{
    QTest::addColumn<UiLanguage>("language");

    QTest::newRow("en") << UiLanguage::English;
    QTest::newRow("zh_CN") << UiLanguage::SimplifiedChinese;
}

void tst_ReportDialog::noticesForSearchedCustomer()
{
    QFETCH(UiLanguage, language);
    Translations::apply(language);
    CustomerPickers::insertMany(m_database->db(), CustomerPickers::ManyCustomers);
    ChargeNoticeDialog dialog(m_database->db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *combo = dialog.findChild<CustomerComboBox *>(QStringLiteral("customerCombo"));
    QVERIFY(combo);

    // The company name typed whole and Enter choose the customer, whose
    // posted charges are listed unchecked.
    CustomerPickers::typeAndEnter(combo, QStringLiteral("alfreds futterkiste"));
    QCOMPARE(combo->currentCustomerId(), m_customerId);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.output()->isBusy(), JobTimeoutMs);
    QList<qint64> posted = m_freightIds;
    posted << m_serviceId;
    QList<qint64> listed = dialog.listedChargeIds();
    std::sort(listed.begin(), listed.end());
    std::sort(posted.begin(), posted.end());
    QCOMPARE(listed, posted);
    QVERIFY(dialog.checkedChargeIds().isEmpty());
    keepScreenshot(&dialog,
                   QStringLiteral("notices-chooser-") + QLatin1String(QTest::currentDataTag()));

    // Another search leaves no customer chosen and lists nothing.
    CustomerPickers::typeAndEnter(combo, QStringLiteral("Picker"));
    QCOMPARE(combo->currentCustomerId(), qint64(0));
    QVERIFY(dialog.listedChargeIds().isEmpty());
}

void tst_ReportDialog::languageSwitchKeepsChargeSelection()
{
    MainWindow window(m_database->db());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openCustomer(m_customerId);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabWidget"));
    auto *charges = window.findChild<QTableView *>(QStringLiteral("chargeTable"));
    QVERIFY(tabs && charges);
    tabs->setCurrentIndex(1);
    auto *chargeModel = qobject_cast<ChargeListModel *>(charges->model());
    QVERIFY(chargeModel);

    QList<qint64> selected = m_freightIds;
    selected << m_voidId;
    std::sort(selected.begin(), selected.end());
    charges->clearSelection();
    for (qint64 id : std::as_const(selected)) {
        const int row = chargeModel->rowOfCharge(id);
        QVERIFY(row >= 0);
        charges->selectionModel()->select(chargeModel->index(row, 0),
                                          QItemSelectionModel::Select
                                              | QItemSelectionModel::Rows);
    }
    QCOMPARE(charges->selectionModel()->selectedRows().size(), selected.size());

    const auto selectedIds = [charges, chargeModel] {
        QList<qint64> ids;
        for (const QModelIndex &index : charges->selectionModel()->selectedRows())
            ids << chargeModel->chargeId(index.row());
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    Translations::apply(UiLanguage::SimplifiedChinese);
    QCoreApplication::processEvents();
    QCOMPARE(selectedIds(), selected);

    Translations::apply(UiLanguage::English);
    QCoreApplication::processEvents();
    QCOMPARE(selectedIds(), selected);
}

void tst_ReportDialog::dialogsRetranslate_data()
{
    QTest::addColumn<QString>("dialog");

    QTest::newRow("charge report") << "ChargeReportDialog";
    QTest::newRow("statement") << "StatementDialog";
    QTest::newRow("notices from the menu") << "ChargeNoticeDialog";
    QTest::newRow("notices for charges") << "ChargeNoticeDialog with charges";
    QTest::newRow("company details") << "CompanyProfileDialog";
}

void tst_ReportDialog::dialogsRetranslate()
{
    QFETCH(QString, dialog);

    std::unique_ptr<QDialog> window;
    if (dialog == QLatin1String("ChargeReportDialog"))
        window = std::make_unique<ChargeReportDialog>(m_database->db());
    else if (dialog == QLatin1String("StatementDialog"))
        window = std::make_unique<StatementDialog>(m_database->db(), m_customerId);
    else if (dialog == QLatin1String("ChargeNoticeDialog"))
        window = std::make_unique<ChargeNoticeDialog>(m_database->db());
    else if (dialog == QLatin1String("ChargeNoticeDialog with charges"))
        window = std::make_unique<ChargeNoticeDialog>(m_database->db(), m_freightIds,
                                                      QList<qint64>{m_voidId});
    else
        window = std::make_unique<CompanyProfileDialog>();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    if (auto *notices = qobject_cast<ChargeNoticeDialog *>(window.get()))
        QTRY_VERIFY_WITH_TIMEOUT(!notices->output()->isBusy(), JobTimeoutMs);
    const QStringList english = shownTexts(window.get());

    // Every text the dialog shows went through tr() and is set again on
    // QEvent::LanguageChange.
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
    if (auto *notices = qobject_cast<ChargeNoticeDialog *>(window.get()))
        QTRY_VERIFY_WITH_TIMEOUT(!notices->output()->isBusy(), JobTimeoutMs);

    QStringList unmarked;
    for (const QString &text : shownTexts(window.get())) {
        if (!text.contains(QStringLiteral("[[")))
            unmarked << text;
    }
    QVERIFY2(unmarked.isEmpty(), qPrintable(unmarked.join(u'\n')));

    QCoreApplication::removeTranslator(&marking);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
    if (auto *notices = qobject_cast<ChargeNoticeDialog *>(window.get()))
        QTRY_VERIFY_WITH_TIMEOUT(!notices->output()->isBusy(), JobTimeoutMs);
    QCOMPARE(shownTexts(window.get()), english);
}

QTEST_MAIN(tst_ReportDialog)
#include "tst_reportdialog.moc"
