#include "guitestsupport.h"
#include "reminderfixture.h"
#include "testsupport.h"

#include "calendarclock.h"
#include "contactdialog.h"
#include "contacttablemodel.h"
#include "customercontactstab.h"
#include "customerdetailpage.h"
#include "mainwindow.h"
#include "remindernotifier.h"
#include "reminderpanel.h"
#include "remindersettings.h"
#include "remindersummary.h"
#include "remindertablemodel.h"
#include "snoozedialog.h"
#include "translations.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace ReminderFixture;

// The Reminders dock in the main window: the items listed, Mark
// Contacted…, Snooze…, Open Customer, the window spin box, the status bar
// message when no system tray exists, and the customer page's Contacts tab.
class tst_ReminderPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void panelReadsAfterFirstPaint();
    void panelListsItems();
    void viewMenuTogglesDock();
    void markContactedRemovesItem();
    void snoozeRemovesItem();
    void openCustomerShowsPage();
    void statusBarSummaryOnce();
    void windowSpinChangesList();
    void paymentRefreshesPanel();
    void nextDayMovesStep();
    void contactsTabAddsContact();
    void languageChangeRetranslates();

private:
    void createWindow();
    int rowOfCharge(qint64 chargeId) const;
    bool selectCharge(qint64 chargeId);
    QString stepTextOf(qint64 chargeId) const;

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<MainWindow> m_window;
    ReminderPanel *m_panel = nullptr;
    QDate m_today;
    qint64 m_alfkiId = 0;
    qint64 m_hualianId = 0;
    qint64 m_overdueId = 0;  // HUALIAN, 2 days overdue
    qint64 m_todayId = 0;    // ALFKI, due today
    qint64 m_soonId = 0;     // HUALIAN, due in 3 days
    qint64 m_laterId = 0;    // ALFKI, due in 20 days: outside the window
};

namespace {

QString translated(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

} // namespace

void tst_ReminderPanel::initTestCase()
{
    // QSettings writes nothing without an organization name.
    QCoreApplication::setOrganizationName(QStringLiteral("ChargeDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_reminderpanel"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void tst_ReminderPanel::init()
{
    Translations::apply(UiLanguage::English);
    QSettings().remove(QStringLiteral("reminders"));

    // The window reads the system clock when it opens, so the items are
    // placed around the real date. The tests then fix the clock to it.
    m_today = CalendarClock().today();
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
    const QSqlDatabase db = m_database->db();
    m_alfkiId = insertCustomer(db, QStringLiteral("ALFKI"), QStringLiteral("Alfreds Futterkiste"));
    m_hualianId = insertCustomer(db, QStringLiteral("HUALIAN"),
                                 QStringLiteral("北京华联商贸有限公司"));
    m_overdueId = insertCharge(db, m_hualianId, m_today.addDays(-2), 123450);
    m_todayId = insertCharge(db, m_alfkiId, m_today, 5000);
    m_soonId = insertCharge(db, m_hualianId, m_today.addDays(3), 880000,
                            QStringLiteral("MATERIAL"));
    m_laterId = insertCharge(db, m_alfkiId, m_today.addDays(20), 100);
    QVERIFY(m_overdueId > 0 && m_todayId > 0 && m_soonId > 0 && m_laterId > 0);
}

void tst_ReminderPanel::cleanup()
{
    m_panel = nullptr;
    m_window.reset();
    m_database.reset();
    Translations::apply(UiLanguage::English);
}

void tst_ReminderPanel::createWindow()
{
    m_window = std::make_unique<MainWindow>(m_database->db());
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        qWarning("The main window was not exposed");
    m_panel = m_window->findChild<ReminderPanel *>(QStringLiteral("reminderPanel"));
    if (m_panel)
        m_panel->setClock(CalendarClock::fixedOnDate(m_today));
}

int tst_ReminderPanel::rowOfCharge(qint64 chargeId) const
{
    return m_panel->model()->rowOf(OpenItem::Kind::Charge, chargeId);
}

bool tst_ReminderPanel::selectCharge(qint64 chargeId)
{
    const int row = rowOfCharge(chargeId);
    if (row < 0)
        return false;
    m_panel->findChild<QTableView *>(QStringLiteral("reminderView"))->selectRow(row);
    return m_panel->selectedItem() && m_panel->selectedItem()->item.id == chargeId;
}

QString tst_ReminderPanel::stepTextOf(qint64 chargeId) const
{
    const int row = rowOfCharge(chargeId);
    if (row < 0)
        return QString();
    return m_panel->model()
        ->index(row, ReminderTableModel::StepColumn)
        .data()
        .toString();
}

// The window paints the customer list before the dock reads its items
// and announces the new ones, which takes longer than building it.
void tst_ReminderPanel::panelReadsAfterFirstPaint()
{
    m_window = std::make_unique<MainWindow>(m_database->db());
    m_panel = m_window->findChild<ReminderPanel *>(QStringLiteral("reminderPanel"));
    auto *notifier = m_window->findChild<ReminderNotifier *>();
    QVERIFY(m_panel && notifier);
    auto *status = m_panel->findChild<QLabel *>(QStringLiteral("reminderStatusLabel"));
    QVERIFY(status);

    QCoreApplication::processEvents();
    QCOMPARE(m_panel->model()->rowCount(), 0);
    QVERIFY(notifier->lastMessage().isEmpty());
    QVERIFY2(status->text().isEmpty(), qPrintable(status->text()));

    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(m_panel->model()->rowCount(), 3);
    QVERIFY(rowOfCharge(m_overdueId) >= 0);
    QVERIFY2(notifier->lastMessage().contains(QStringLiteral("北京华联商贸有限公司")),
             qPrintable(notifier->lastMessage()));
    QCOMPARE(m_window->statusBar()->currentMessage(), notifier->lastMessage());
    QCOMPARE(status->text(), translated("ReminderPanel", "%n item(s) to follow up", 3));
}

void tst_ReminderPanel::panelListsItems()
{
    createWindow();
    QVERIFY(m_panel);
    QVERIFY(m_panel->isVisible());
    QCOMPARE(m_window->dockWidgetArea(m_panel), Qt::RightDockWidgetArea);
    QCOMPARE(m_panel->windowTitle(), QStringLiteral("Reminders"));

    const ReminderTableModel *model = m_panel->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(rowOfCharge(m_overdueId), 0);
    QCOMPARE(rowOfCharge(m_todayId), 1);
    QCOMPARE(rowOfCharge(m_soonId), 2);
    QCOMPARE(rowOfCharge(m_laterId), -1);

    QCOMPARE(model->index(0, ReminderTableModel::CustomerColumn).data().toString(),
             QStringLiteral("北京华联商贸有限公司"));
    QCOMPARE(stepTextOf(m_overdueId), translated("ReminderItem", "Overdue %n day(s)", 2));
    QCOMPARE(stepTextOf(m_todayId), QStringLiteral("Due today"));
    QCOMPARE(stepTextOf(m_soonId), translated("ReminderItem", "Due in %n day(s)", 3));
    QCOMPARE(model->index(0, ReminderTableModel::OpenAmountColumn).data().toString(),
             QStringLiteral("¥1,234.50"));
    QCOMPARE(model->index(2, ReminderTableModel::ItemColumn).data().toString(),
             QStringLiteral("Charge %1, Material fee").arg(m_soonId));
    QVERIFY(model->index(0, ReminderTableModel::StepColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model->index(1, ReminderTableModel::StepColumn).data(Qt::ForegroundRole).isValid());

    // Nothing selected: the item buttons wait for a selection.
    QVERIFY(!m_panel->findChild<QPushButton *>(QStringLiteral("markContactedButton"))
                 ->isEnabled());
    QVERIFY(selectCharge(m_todayId));
    QVERIFY(m_panel->findChild<QPushButton *>(QStringLiteral("markContactedButton"))
                ->isEnabled());

    // A refresh keeps the selected item selected.
    m_panel->refresh();
    QVERIFY(m_panel->selectedItem());
    QCOMPARE(m_panel->selectedItem()->item.id, m_todayId);
}

void tst_ReminderPanel::viewMenuTogglesDock()
{
    createWindow();
    QAction *action = m_window->findChild<QAction *>(QStringLiteral("viewRemindersAction"));
    QVERIFY(action);
    QVERIFY(action->isCheckable());
    QVERIFY(action->isChecked());

    action->trigger();
    QVERIFY(!m_panel->isVisible());
    QVERIFY(!action->isChecked());
    action->trigger();
    QVERIFY(m_panel->isVisible());
    QVERIFY(action->isChecked());
}

void tst_ReminderPanel::markContactedRemovesItem()
{
    createWindow();
    QVERIFY(selectCharge(m_todayId));
    QSignalSpy contacts(m_panel, &ReminderPanel::contactsChanged);

    bool saveEnabledBeforeNote = true;
    QString itemText;
    whenModalOpens<ContactDialog>([&](ContactDialog *dialog) {
        auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        saveEnabledBeforeNote = save->isEnabled();
        itemText = dialog->findChild<QLabel *>(QStringLiteral("itemLabel"))->text();
        QCOMPARE(dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit"))->date(), m_today);
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit")),
                         QStringLiteral("Will pay on Friday"));
        save->click();
        if (dialog->isVisible())
            dialog->reject();
    });
    m_panel->findChild<QPushButton *>(QStringLiteral("markContactedButton"))->click();

    QVERIFY(!saveEnabledBeforeNote);
    QVERIFY2(itemText.contains(QStringLiteral("Charge %1").arg(m_todayId)), qPrintable(itemText));
    QCOMPARE(rowOfCharge(m_todayId), -1);
    QCOMPARE(m_panel->model()->rowCount(), 2);
    QCOMPARE(contacts.size(), 1);
    QCOMPARE(contacts.constFirst().constFirst().toLongLong(), m_alfkiId);
    QCOMPARE(m_database->scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM customer_contacts WHERE charge_id = %1 "
                 "AND note = 'Will pay on Friday'")
                                     .arg(m_todayId)),
             1);
}

void tst_ReminderPanel::snoozeRemovesItem()
{
    createWindow();
    QVERIFY(selectCharge(m_overdueId));

    QDate proposed;
    whenModalOpens<SnoozeDialog>([&](SnoozeDialog *dialog) {
        auto *until = dialog->findChild<QDateEdit *>(QStringLiteral("untilEdit"));
        proposed = until->date();
        QCOMPARE(until->minimumDate(), m_today.addDays(1));
        until->setDate(m_today.addDays(3));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        if (dialog->isVisible())
            dialog->reject();
    });
    m_panel->findChild<QPushButton *>(QStringLiteral("snoozeButton"))->click();

    QCOMPARE(proposed, m_today.addDays(SnoozeDialog::DefaultSnoozeDays));
    QCOMPARE(rowOfCharge(m_overdueId), -1);
    QCOMPARE(m_database->scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM reminder_snoozes WHERE item_id = %1 "
                 "AND snoozed_until = '%2'")
                                     .arg(m_overdueId)
                                     .arg(m_today.addDays(3).toString(Qt::ISODate))),
             1);

    // Back on the day the snooze ends.
    m_panel->setClock(CalendarClock::fixedOnDate(m_today.addDays(3)));
    QVERIFY(rowOfCharge(m_overdueId) >= 0);
}

void tst_ReminderPanel::openCustomerShowsPage()
{
    createWindow();
    QVERIFY(selectCharge(m_soonId));
    m_panel->findChild<QPushButton *>(QStringLiteral("openCustomerButton"))->click();

    auto *page = m_window->findChild<CustomerDetailPage *>(QStringLiteral("customerDetailPage"));
    QVERIFY(page);
    QCOMPARE(m_window->findChild<QStackedWidget *>()->currentWidget(), page);
    QCOMPARE(page->customerId(), m_hualianId);
}

void tst_ReminderPanel::statusBarSummaryOnce()
{
    createWindow();
    auto *notifier = m_window->findChild<ReminderNotifier *>();
    QVERIFY(notifier);

    // The offscreen platform has no system tray, so the window's status
    // bar shows the message of the items announced when it opened.
    QVERIFY(!notifier->usesTray());
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("北京华联商贸有限公司")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Alfreds Futterkiste")), qPrintable(message));
    const auto counts = [](const char *source, int n) {
        return translated("ReminderSummary", source, n);
    };
    QVERIFY2(message.startsWith(QLocale().createSeparatedList(
                 {counts("%n item(s) due today", 1), counts("%n overdue", 1),
                  counts("%n due soon", 1)})),
             qPrintable(message));
    QCOMPARE(notifier->lastMessage(), message);

    // Nothing is announced twice: not on a refresh, nor in a second window.
    m_window->statusBar()->clearMessage();
    m_panel->refresh();
    QVERIFY(m_window->statusBar()->currentMessage().isEmpty());
    MainWindow second(m_database->db());
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QTRY_COMPARE(second.findChild<ReminderPanel *>()->model()->rowCount(), 3);
    QVERIFY(second.statusBar()->currentMessage().isEmpty());

    // The next day the due-today item is overdue: one new message for it.
    m_panel->setClock(CalendarClock::fixedOnDate(m_today.addDays(1)));
    const QString next = m_window->statusBar()->currentMessage();
    QVERIFY2(next.startsWith(counts("%n item(s) overdue", 1)), qPrintable(next));
    QVERIFY2(next.contains(QStringLiteral("Alfreds Futterkiste")), qPrintable(next));
    QVERIFY2(!next.contains(QStringLiteral("北京华联")), qPrintable(next));
}

void tst_ReminderPanel::windowSpinChangesList()
{
    createWindow();
    auto *spin = m_panel->findChild<QSpinBox *>(QStringLiteral("windowDaysSpin"));
    QVERIFY(spin);
    QCOMPARE(spin->value(), 7);
    QCOMPARE(spin->maximum(), 90);

    spin->setValue(0);
    QCOMPARE(rowOfCharge(m_soonId), -1);
    QCOMPARE(m_panel->model()->rowCount(), 2);
    QCOMPARE(ReminderSettings::windowDays(), 0);

    spin->setValue(30);
    QVERIFY(rowOfCharge(m_laterId) >= 0);
    QCOMPARE(ReminderSettings::windowDays(), 30);

    // The next window opens with the stored window.
    m_window.reset();
    createWindow();
    QCOMPARE(m_panel->windowDays(), 30);
}

void tst_ReminderPanel::paymentRefreshesPanel()
{
    createWindow();
    m_window->openCustomer(m_hualianId);
    auto *page = m_window->findChild<CustomerDetailPage *>(QStringLiteral("customerDetailPage"));
    QVERIFY(page);
    QVERIFY(setChargePaid(m_database->db(), m_overdueId, 100000));
    emit page->customerMoneyChanged();
    QCOMPARE(m_panel->model()->item(rowOfCharge(m_overdueId)).item.open,
             Money(23450, QStringLiteral("CNY")));

    QVERIFY(setChargePaid(m_database->db(), m_overdueId, 123450));
    emit page->customerMoneyChanged();
    QCOMPARE(rowOfCharge(m_overdueId), -1);
}

void tst_ReminderPanel::nextDayMovesStep()
{
    createWindow();
    m_panel->setClock(CalendarClock::fixedOnDate(m_today.addDays(1)));
    QCOMPARE(stepTextOf(m_todayId), translated("ReminderItem", "Overdue %n day(s)", 1));
    QCOMPARE(stepTextOf(m_soonId), translated("ReminderItem", "Due in %n day(s)", 2));
}

void tst_ReminderPanel::contactsTabAddsContact()
{
    createWindow();
    m_window->openCustomer(m_hualianId);
    auto *tab = m_window->findChild<CustomerContactsTab *>(QStringLiteral("customerContactsTab"));
    QVERIFY(tab);
    tab->setClock(CalendarClock::fixedOnDate(m_today));
    auto *tabs = qobject_cast<QTabWidget *>(tab->parentWidget()->parentWidget());
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(tabs->indexOf(tab)), QStringLiteral("C&ontacts"));

    // A tab reads the customer when it is first shown.
    tabs->setCurrentWidget(tab);
    auto *view = tab->findChild<QTableView *>(QStringLiteral("contactsView"));
    QCOMPARE(view->model()->rowCount(), 0);

    // About the overdue item: it leaves the reminders too.
    QStringList choices;
    whenModalOpens<ContactDialog>([&](ContactDialog *dialog) {
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("itemCombo"));
        for (int i = 0; i < combo->count(); ++i)
            choices << combo->itemText(i);
        combo->setCurrentIndex(1);
        // QTest types Latin-1 keys only.
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"))
            ->setPlainText(QStringLiteral("已电话催收，客户承诺周五付款"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        if (dialog->isVisible())
            dialog->reject();
    });
    tab->findChild<QPushButton *>(QStringLiteral("addContactButton"))->click();

    QCOMPARE(choices.size(), 3); // none, the overdue and the due-soon charge
    QVERIFY2(choices.at(1).contains(QStringLiteral("Charge %1").arg(m_overdueId)),
             qPrintable(choices.join(QLatin1Char('|'))));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, ContactTableModel::NoteColumn).data().toString(),
             QStringLiteral("已电话催收，客户承诺周五付款"));
    QCOMPARE(view->model()->index(0, ContactTableModel::ItemColumn).data().toString(),
             QStringLiteral("Charge %1").arg(m_overdueId));
    QCOMPARE(rowOfCharge(m_overdueId), -1);
}

void tst_ReminderPanel::languageChangeRetranslates()
{
    createWindow();
    auto *tester = new MarkingTranslator;
    QCoreApplication::installTranslator(tester);
    const auto removeTranslator = qScopeGuard([tester] {
        QCoreApplication::removeTranslator(tester);
        delete tester;
    });
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();

    QCOMPARE(m_panel->windowTitle(), QStringLiteral("[[Reminders]]"));
    QVERIFY(m_panel->findChild<QPushButton *>(QStringLiteral("snoozeButton"))
                ->text()
                .startsWith(QLatin1String("[[")));
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("reminderStatusLabel"))
                ->text()
                .startsWith(QLatin1String("[[")));
    QCOMPARE(m_panel->model()
                 ->headerData(ReminderTableModel::CustomerColumn, Qt::Horizontal)
                 .toString(),
             QStringLiteral("[[Customer]]"));
    QCOMPARE(stepTextOf(m_todayId), QStringLiteral("[[Due today]]"));
    QCOMPARE(m_panel->model()
                 ->index(rowOfCharge(m_soonId), ReminderTableModel::ItemColumn)
                 .data()
                 .toString(),
             QStringLiteral("[[Charge %1, Material fee]]").arg(m_soonId));
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("viewRemindersAction"))->text(),
             QStringLiteral("[[Reminders]]"));

    // The fee type labels come from the database in the new language.
    QCoreApplication::removeTranslator(tester);
    Translations::apply(UiLanguage::SimplifiedChinese);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
    const QString item = m_panel->model()
                             ->index(rowOfCharge(m_soonId), ReminderTableModel::ItemColumn)
                             .data()
                             .toString();
    QVERIFY2(item.contains(QStringLiteral("材料费")), qPrintable(item));
}

QTEST_MAIN(tst_ReminderPanel)
#include "tst_reminderpanel.moc"
