#include "screenshottour.h"

#include "addchargedialog.h"
#include "billlistmodel.h"
#include "billrepository.h"
#include "chargeconfirmdialog.h"
#include "imagefolder.h"
#include "importwizardtour.h"
#include "mainwindow.h"
#include "reportdialogstour.h"
#include "screencapture.h"
#include "voidchargedialog.h"
#include "widgetinput.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStyleHints>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

using WidgetInput::closeIfOpen;
using WidgetInput::typeText;
using WidgetInput::whenModalOpens;

namespace {

constexpr QSize WindowSize(1200, 760);

// How long the events of a shown window are processed before it is
// grabbed, so that queued layout requests and model resets have run.
constexpr int SettleMs = 200;

// A step that does not finish in this time waits for a dialog that never
// opened or never closed, and the tour gives up.
constexpr int WatchdogMs = 120000;

} // namespace

template<typename T>
T *ScreenshotTour::child(QWidget *parent, const char *name)
{
    auto *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        fail(QStringLiteral("%1 has no child named %2.").arg(parent->objectName(), name));
    return widget;
}

ScreenshotTour::ScreenshotTour(QSqlDatabase db, UiLanguage language, ImageFolder &images,
                               QDate dueDate)
    : m_db(std::move(db))
    , m_images(images)
    , m_dueDate(dueDate)
    , m_entries(SampleEntries::forLanguage(language))
{
}

ScreenshotTour::~ScreenshotTour() = default;

bool ScreenshotTour::run()
{
    // A blinking text cursor and a hovered row would make two runs differ.
    QGuiApplication::styleHints()->setCursorFlashTime(0);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        QCursor::setPos(screen->geometry().bottomRight());

    // The charges record the account in USER as their author. A sample name
    // keeps the account that made the images out of them.
    qputenv("USER", m_entries.userName.toUtf8());
    qputenv("LOGNAME", m_entries.userName.toUtf8());

    // A dialog that never opens or never closes would block forever inside
    // exec(), where no return value can reach the caller.
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, [this] {
        std::fprintf(stderr, "chargedesk-screenshots: gave up after %d s at step \"%s\".\n",
                     WatchdogMs / 1000, qPrintable(m_step));
        std::exit(EXIT_FAILURE);
    });
    watchdog.start(WatchdogMs);

    m_window = std::make_unique<MainWindow>(m_db);
    m_window->resize(WindowSize);
    m_window->show();

    // The main flow has nothing to remind of, so the Reminders dock is
    // closed, as its View menu entry does, and the customer pages get the
    // window's width. FollowUpTour shows the dock.
    QString error;
    if (!WidgetInput::setActionChecked(m_window.get(), "viewRemindersAction", false, &error)) {
        m_window.reset();
        return fail(error);
    }

    // The import comes after the steps of the main flow, because it adds
    // customers and charges, and before the reports, which then list
    // charges in two currencies.
    const bool ok = showLanguageMenu() && showCustomerList() && openCustomer() && showChargesTab()
                    && addFirstCharge() && addPossibleDuplicate() && voidSecondCharge()
                    && importCsv() && showReports() && showExportMenu();

    m_window.reset();
    return ok;
}

bool ScreenshotTour::showLanguageMenu()
{
    m_step = QStringLiteral("language menu");
    auto *english = m_window->findChild<QAction *>(QStringLiteral("languageAction_en"));
    QMenu *menu = nullptr;
    if (english) {
        for (QObject *object : english->associatedObjects()) {
            if ((menu = qobject_cast<QMenu *>(object)))
                break;
        }
    }
    if (!menu)
        return fail(QStringLiteral("The Language menu was not found."));
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return fail(QStringLiteral("The main window was not shown."));

    // The menu opens in a window of its own, so this image is taken from
    // the screen: the menu bar and the open menu.
    m_window->menuBar()->setActiveAction(menu->menuAction());
    if (!QTest::qWaitForWindowExposed(menu))
        return fail(QStringLiteral("The Language menu did not open."));
    QTest::qWait(SettleMs);
    const QPixmap image = ScreenCapture::grabMenus(m_window.get(), {menu});
    menu->close();
    m_window->menuBar()->setActiveAction(nullptr);
    return saveImage(image, QStringLiteral("00-language-menu"));
}

bool ScreenshotTour::showCustomerList()
{
    m_step = QStringLiteral("customer list");
    if (!save(m_window.get(), QStringLiteral("01-customers")))
        return false;

    m_step = QStringLiteral("search");
    auto *search = child<QLineEdit>(m_window.get(), "searchEdit");
    if (!search)
        return false;
    search->setFocus();
    typeText(search, m_entries.search);
    return save(m_window.get(), QStringLiteral("02-search"));
}

bool ScreenshotTour::openCustomer()
{
    m_step = QStringLiteral("customer detail");
    auto *table = child<QTableView>(m_window.get(), "customerTable");
    if (!table)
        return false;

    const QAbstractItemModel *model = table->model();
    QModelIndex found;
    for (int row = 0; row < model->rowCount() && !found.isValid(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            if (index.data().toString() == m_entries.customerCode) {
                found = index;
                break;
            }
        }
    }
    if (!found.isValid())
        return fail(QStringLiteral("Customer %1 is not in the search result.")
                        .arg(m_entries.customerCode));

    // Enter on the selected row opens the customer, as it does for a user.
    table->setFocus();
    table->setCurrentIndex(found);
    QTest::keyClick(table, Qt::Key_Return);

    auto *stack = m_window->findChild<QStackedWidget *>();
    auto *detailPage = child<QWidget>(m_window.get(), "customerDetailPage");
    if (!stack || !detailPage)
        return false;
    if (stack->currentWidget() != detailPage)
        return fail(QStringLiteral("Enter on %1 did not open the customer.")
                        .arg(m_entries.customerCode));
    return save(m_window.get(), QStringLiteral("03-customer"));
}

bool ScreenshotTour::showChargesTab()
{
    m_step = QStringLiteral("charges tab");
    auto *tabs = child<QTabWidget>(m_window.get(), "tabWidget");
    auto *billTable = child<QTableView>(m_window.get(), "billTable");
    if (!tabs || !billTable)
        return false;
    tabs->setCurrentIndex(1);

    QString error;
    const std::optional<BillRecord> bill = BillRepository(m_db).findByNumber(m_entries.billNo,
                                                                             &error);
    if (!bill)
        return fail(QStringLiteral("Bill %1 not found. %2").arg(m_entries.billNo, error));
    m_billId = bill->id;

    auto *bills = qobject_cast<BillListModel *>(billTable->model());
    const int row = bills ? bills->rowOfBill(m_billId) : -1;
    if (row < 0)
        return fail(QStringLiteral("Bill %1 is not in the bill table.").arg(m_entries.billNo));
    billTable->setFocus();
    billTable->selectRow(row);
    return save(m_window.get(), QStringLiteral("04-charges"));
}

bool ScreenshotTour::addFirstCharge()
{
    m_step = QStringLiteral("first charge");
    return runAddChargeDialog(&ScreenshotTour::enterFirstCharge);
}

bool ScreenshotTour::enterFirstCharge(AddChargeDialog *dialog)
{
    if (!fillChargeForm(dialog, m_entries.first)
        || !save(dialog, QStringLiteral("05-add-charge"))) {
        return false;
    }

    m_step = QStringLiteral("invalid amount");
    auto *amount = child<QLineEdit>(dialog, "amountEdit");
    auto *review = child<QPushButton>(dialog, "reviewButton");
    auto *error = child<QLabel>(dialog, "errorLabel");
    if (!amount || !review || !error)
        return false;
    amount->setFocus();
    amount->selectAll();
    typeText(amount, m_entries.invalidAmount);

    // The service rejects the amount, so Review… shows the message in the
    // form and opens no confirmation dialog.
    review->click();
    if (!error->isVisible())
        return fail(QStringLiteral("The amount \"%1\" was not rejected.")
                        .arg(m_entries.invalidAmount));
    if (!save(dialog, QStringLiteral("06-invalid-amount")))
        return false;

    m_step = QStringLiteral("confirmation");
    amount->setFocus();
    amount->selectAll();
    typeText(amount, m_entries.first.amount);
    bool confirmed = false;
    whenModalOpens<ChargeConfirmDialog>(dialog, [this, &confirmed](ChargeConfirmDialog *confirm) {
        auto *button = child<QPushButton>(confirm, "confirmButton");
        if (button && save(confirm, QStringLiteral("07-confirm"))) {
            button->click();
            confirmed = true;
        }
        closeIfOpen(confirm);
    });
    review->click();
    if (!confirmed || dialog->committedChargeId() == 0)
        return fail(QStringLiteral("The charge was not committed."));
    return true;
}

bool ScreenshotTour::addPossibleDuplicate()
{
    m_step = QStringLiteral("possible duplicate");
    if (!runAddChargeDialog(&ScreenshotTour::enterPossibleDuplicate))
        return false;

    m_step = QStringLiteral("charges after commit");
    return save(m_window.get(), QStringLiteral("09-charge-added"));
}

bool ScreenshotTour::enterPossibleDuplicate(AddChargeDialog *dialog)
{
    auto *review = child<QPushButton>(dialog, "reviewButton");
    if (!review || !fillChargeForm(dialog, m_entries.second))
        return false;

    bool confirmed = false;
    whenModalOpens<ChargeConfirmDialog>(dialog, [this, &confirmed](ChargeConfirmDialog *confirm) {
        confirmed = acknowledgeDuplicate(confirm);
        closeIfOpen(confirm);
    });
    review->click();
    if (!confirmed || dialog->committedChargeId() == 0)
        return fail(QStringLiteral("The possible duplicate was not committed."));
    m_secondChargeId = dialog->committedChargeId();
    return true;
}

bool ScreenshotTour::acknowledgeDuplicate(ChargeConfirmDialog *confirm)
{
    auto *findings = child<QGroupBox>(confirm, "findingsGroup");
    auto *note = child<QPlainTextEdit>(confirm, "acknowledgementEdit");
    auto *button = child<QPushButton>(confirm, "confirmButton");
    if (!findings || !note || !button)
        return false;
    if (findings->isHidden() || button->isEnabled())
        return fail(QStringLiteral("The review found no possible duplicate to acknowledge."));

    note->setFocus();
    typeText(note, m_entries.acknowledgement);
    if (!button->isEnabled())
        return fail(QStringLiteral("The acknowledgement note did not enable the button."));
    if (!save(confirm, QStringLiteral("08-possible-duplicate")))
        return false;
    button->click();
    return true;
}

bool ScreenshotTour::voidSecondCharge()
{
    m_step = QStringLiteral("void");
    auto *voidButton = child<QPushButton>(m_window.get(), "voidChargeButton");
    if (!voidButton)
        return false;
    if (!voidButton->isEnabled())
        return fail(QStringLiteral("No posted charge is selected to void."));

    bool voided = false;
    whenModalOpens<VoidChargeDialog>(m_window.get(), [this, &voided](VoidChargeDialog *dialog) {
        auto *reason = child<QPlainTextEdit>(dialog, "reasonEdit");
        auto *button = child<QPushButton>(dialog, "voidButton");
        if (reason && button) {
            reason->setFocus();
            typeText(reason, m_entries.voidReason);
            if (save(dialog, QStringLiteral("10-void"))) {
                button->click();
                voided = dialog->result() == QDialog::Accepted;
            }
        }
        closeIfOpen(dialog);
    });
    voidButton->click();
    if (!voided)
        return fail(QStringLiteral("Charge %1 was not voided.").arg(m_secondChargeId));

    m_step = QStringLiteral("voided charge");
    // Without a selection the voided row shows in the grey of void charges,
    // as after a click on the empty part of the list.
    auto *chargeTable = child<QTableView>(m_window.get(), "chargeTable");
    if (!chargeTable)
        return false;
    chargeTable->clearSelection();
    return save(m_window.get(), QStringLiteral("11-voided"));
}

bool ScreenshotTour::importCsv()
{
    m_step = QStringLiteral("CSV import");
    ImportWizardTour tour(m_window.get(), m_db, currentUiLanguage(), m_entries.customerCode,
                          m_entries.billNo, m_dueDate,
                          [this](QWidget *window, const QString &name) {
                              return save(window, name);
                          });
    return tour.run() || fail(tour.errorMessage());
}

bool ScreenshotTour::showReports()
{
    m_step = QStringLiteral("report dialogs");
    ReportDialogsTour tour(
        m_window.get(), m_db, m_entries.company,
        [this](QWidget *window, const QString &name) { return save(window, name); },
        [this](const QString &pdfPath, const QString &name) {
            return savePdfPage(pdfPath, name);
        });
    return tour.run() || fail(tour.errorMessage());
}

bool ScreenshotTour::showExportMenu()
{
    m_step = QStringLiteral("export menu");
    auto *exportMenu = child<QMenu>(m_window.get(), "exportCsvMenu");
    if (!exportMenu)
        return false;
    auto *fileMenu = qobject_cast<QMenu *>(exportMenu->parentWidget());
    if (!fileMenu)
        return fail(QStringLiteral("The Export CSV submenu is not in a menu."));

    // As for the Language menu, the image is taken from the screen: the
    // menu bar, the File menu and its open Export CSV submenu.
    m_window->menuBar()->setActiveAction(fileMenu->menuAction());
    if (!QTest::qWaitForWindowExposed(fileMenu))
        return fail(QStringLiteral("The File menu did not open."));
    fileMenu->setActiveAction(exportMenu->menuAction());
    if (!QTest::qWaitForWindowExposed(exportMenu))
        return fail(QStringLiteral("The Export CSV submenu did not open."));
    QTest::qWait(SettleMs);
    const QPixmap image = ScreenCapture::grabMenus(m_window.get(), {fileMenu, exportMenu});
    exportMenu->close();
    fileMenu->close();
    m_window->menuBar()->setActiveAction(nullptr);
    return saveImage(image, QStringLiteral("24-export-menu"));
}

bool ScreenshotTour::runAddChargeDialog(bool (ScreenshotTour::*enter)(AddChargeDialog *))
{
    auto *addButton = child<QPushButton>(m_window.get(), "addChargeButton");
    if (!addButton)
        return false;

    bool entered = false;
    whenModalOpens<AddChargeDialog>(m_window.get(), [this, enter,
                                                     &entered](AddChargeDialog *dialog) {
        entered = (this->*enter)(dialog);
        closeIfOpen(dialog);
    });
    addButton->click();
    return entered;
}

bool ScreenshotTour::fillChargeForm(AddChargeDialog *dialog, const ChargeEntry &entry)
{
    auto *bill = child<QComboBox>(dialog, "billCombo");
    auto *feeType = child<QComboBox>(dialog, "feeTypeCombo");
    auto *amount = child<QLineEdit>(dialog, "amountEdit");
    auto *reason = child<QComboBox>(dialog, "reasonCombo");
    auto *note = child<QPlainTextEdit>(dialog, "noteEdit");
    auto *paymentMethod = child<QComboBox>(dialog, "paymentMethodCombo");
    auto *dueDate = child<QDateEdit>(dialog, "dueDateEdit");
    if (!bill || !feeType || !amount || !reason || !note || !paymentMethod || !dueDate)
        return false;

    // The bill selected on the 费用管理 tab comes preselected.
    if (bill->currentData().toLongLong() != m_billId)
        return fail(QStringLiteral("The dialog did not preselect bill %1.").arg(m_entries.billNo));

    const std::pair<QComboBox *, QString> choices[] = {
        {feeType, entry.feeTypeCode},
        {reason, entry.reasonCode},
        {paymentMethod, entry.paymentMethodCode},
    };
    for (const auto &[combo, code] : choices) {
        const int index = combo->findData(code);
        if (index < 0)
            return fail(QStringLiteral("%1 has no entry %2.").arg(combo->objectName(), code));
        combo->setCurrentIndex(index);
    }
    dueDate->setDate(m_dueDate);

    note->setFocus();
    typeText(note, entry.note);
    amount->setFocus();
    typeText(amount, entry.amount);
    return true;
}

bool ScreenshotTour::save(QWidget *window, const QString &name)
{
    QString error;
    return m_images.saveWindow(window, name, &error) || fail(error);
}

bool ScreenshotTour::saveImage(const QPixmap &image, const QString &name)
{
    QString error;
    return m_images.saveImage(image, name, &error) || fail(error);
}

bool ScreenshotTour::savePdfPage(const QString &pdfPath, const QString &name)
{
    QString error;
    return m_images.savePdfPage(pdfPath, name, &error) || fail(error);
}

bool ScreenshotTour::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("%1: %2").arg(m_step, message);
    return false;
}
