#include "mainwindow.h"

#include "accessmenus.h"
#include "changerefresher.h"
#include "connectionaction.h"
#include "connectionreopennotifier.h"
#include "csvfileactions.h"
#include "customercontactstab.h"
#include "customerdetailpage.h"
#include "customerlistpage.h"
#include "customerrepository.h"
#include "customerlistmodel.h"
#include "customertablemodel.h"
#include "logging.h"
#include "northwindimporter.h"
#include "reconnectbeforeinput.h"
#include "remindernotifier.h"
#include "reminderpanel.h"
#include "reportmenus.h"
#include "translations.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace {

// The QSettings key of the language choice made in the Language menu:
// "zh_CN", "zh_TW", "en" or "system".
const char LanguageSettingsKey[] = "ui/language";

// The initial window size, reduced to 90 % of a smaller screen.
constexpr QSize PreferredWindowSize(1200, 760);

// The initial width of the Reminders dock, which shows the step, customer,
// due date and open amount of each item side by side.
constexpr int PreferredReminderWidth = 500;

} // namespace

MainWindow::MainWindow(QSqlDatabase db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_customers(new CustomerTableModel(this, m_db))
    , m_customerList(new CustomerListModel(m_db, this))
    , m_stack(new QStackedWidget(this))
    , m_databaseLabel(new QLabel(this))
{
    // The exact count would read a whole index from disk before the first
    // paint, so it follows in the background.
    m_customerList->reload(CustomerListModel::FirstCount::UpToCap);

    m_listPage = new CustomerListPage(m_customerList, m_stack);
    m_listPage->setObjectName(QStringLiteral("customerListPage"));
    m_stack->addWidget(m_listPage);
    setCentralWidget(m_stack);

    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextFormat(Qt::PlainText);
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A normal status bar widget, because a stretching permanent one leaves
    // no room for temporary messages, such as where an export went. A normal
    // widget is hidden while a message shows.
    statusBar()->addWidget(m_databaseLabel, 1);

    // QStatusBar hides the label only implicitly while a message shows, and
    // the status bar's next relayout (after a language change, for example)
    // shows it again beneath the message. Hiding it explicitly keeps it
    // hidden until the message ends.
    connect(statusBar(), &QStatusBar::messageChanged, m_databaseLabel,
            [this](const QString &message) { m_databaseLabel->setVisible(message.isEmpty()); });

    connect(m_listPage, &CustomerListPage::customerActivated, this, &MainWindow::openCustomer);

    createReminders();
    createMenus();

    // Charges, voids and payments that other programs commit appear
    // without a click.
    m_changeRefresher = new ChangeRefresher(m_db, m_listPage, m_reminderPanel, this);

    // After the server ended the session, the next click or key press opens
    // the connection again before anything reads.
    new ReconnectBeforeInput(m_db, this);

    // Opening the connection again, after the server restarted for example,
    // ended the queries of every list, and a read may have failed before
    // it. Queued, so that the write or read that reopened it finishes first.
    connect(ConnectionReopenNotifier::instance(), &ConnectionReopenNotifier::reopened, this,
            [this](const QString &connectionName) {
                if (connectionName == m_db.connectionName())
                    refreshAfterReopen();
            },
            Qt::QueuedConnection);
    retranslateUi();

    if (const QScreen *screen = this->screen())
        resize(PreferredWindowSize.boundedTo(screen->availableGeometry().size() * 0.9));
    m_listPage->focusSearch();
}

MainWindow::~MainWindow() = default;

void MainWindow::openCustomer(qint64 id)
{
    CustomerDetailPage *page = detailPage();
    if (!page->openCustomer(id))
        return;
    m_stack->setCurrentWidget(page);
}

CustomerDetailPage *MainWindow::detailPage()
{
    if (m_detailPage)
        return m_detailPage;

    m_detailPage = new CustomerDetailPage(m_customers, m_db, m_stack);
    m_detailPage->setObjectName(QStringLiteral("customerDetailPage"));
    m_stack->addWidget(m_detailPage);
    connectDetailPage();
    m_changeRefresher->setDetailPage(m_detailPage);
    return m_detailPage;
}

void MainWindow::refreshAfterReopen()
{
    // The 基本信息 form's model also contains its unsaved edits, which a reread
    // would drop.
    qCInfo(lcUi) << "Reading the lists again after the connection was opened again";
    m_listPage->reloadCustomers();
    if (!m_detailPage || !m_detailPage->hasUnsavedChanges())
        m_customers->refresh();
    if (m_detailPage)
        m_detailPage->refresh();
    m_reminderPanel->refresh();
}

void MainWindow::returnToList()
{
    // The customer's name or balance may have changed on its page.
    m_stack->setCurrentWidget(m_listPage);
    m_listPage->reloadCustomers();
    m_listPage->selectCustomer(m_detailPage->customerId());
    m_listPage->focusSearch();
}

void MainWindow::offerSampleDataIfEmpty()
{
    // Counting every customer would read a whole index at start.
    QString error;
    const bool found = CustomerRepository(m_db).hasAny(&error);
    if (!error.isEmpty()) {
        qCWarning(lcUi) << "Could not look for customers:" << error;
        return;
    }
    if (found)
        return;

    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Empty Database"),
        tr("The database is empty. Load the Northwind sample data?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        loadSampleData();
}

void MainWindow::loadSampleData()
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const NorthwindImporter::Result result =
        NorthwindImporter(m_db).import(NorthwindImporter::builtInDirectory());
    QGuiApplication::restoreOverrideCursor();

    if (!result.ok) {
        qCWarning(lcUi) << "Sample data import failed:" << result.errorMessage;
        QMessageBox box(QMessageBox::Warning, tr("Import Failed"),
                        tr("The sample data could not be loaded. Nothing was imported.")
                            + QStringLiteral("\n\n") + result.errorMessage,
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }

    qCInfo(lcUi) << "Sample data imported:" << result.customersAdded << "customers,"
                 << result.billsAdded << "bills," << result.billLinesAdded << "bill lines";
    m_listPage->reloadCustomers();
    if (m_detailPage)
        m_detailPage->refresh();
    m_reminderPanel->refresh();

    const QString report =
        tr("Customers added: %1\nBills added: %2\nBill lines added: %3\n"
           "Customers already present: %4\nBills already present: %5")
            .arg(QLocale().toString(result.customersAdded),
                 QLocale().toString(result.billsAdded),
                 QLocale().toString(result.billLinesAdded),
                 QLocale().toString(result.customersSkipped),
                 QLocale().toString(result.billsSkipped));
    QMessageBox::information(this, tr("Sample Data Loaded"), report);
}

void MainWindow::setLanguage(UiLanguage language)
{
    setLanguageChoice(Translations::languageName(language));
}

void MainWindow::setLanguageChoice(const QString &choice)
{
    if (!Translations::applyChoice(choice)) {
        qCWarning(lcUi) << "Ignoring the unknown language choice" << choice;
        updateLanguageActions();
        return;
    }

    QSettings settings;
    settings.setValue(QLatin1String(LanguageSettingsKey), Translations::activeChoice());
    settings.sync();
    if (settings.status() != QSettings::NoError)
        qCWarning(lcUi) << "Could not save the language choice in" << settings.fileName();
    updateLanguageActions();
}

QString MainWindow::savedLanguageChoice()
{
    const QSettings settings;
    const QString saved = settings.value(QLatin1String(LanguageSettingsKey)).toString();
    if (saved.isEmpty())
        return QString();

    const QString choice = Translations::normalizedChoice(saved);
    if (choice.isEmpty())
        qCWarning(lcUi) << "Ignoring the unknown language" << saved << "saved in"
                        << settings.fileName();
    return choice;
}

bool MainWindow::event(QEvent *event)
{
    // The first paint shows the customer list. The dock's first read, with
    // the notification it may announce, takes longer than building the
    // window, so it waits until the paint has finished.
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        QMetaObject::invokeMethod(m_reminderPanel, &ReminderPanel::refresh, Qt::QueuedConnection);
    }
    return QMainWindow::event(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_customers->retranslate();
        m_customerList->retranslate();

        // A language applied elsewhere, e.g. by another window, still
        // moves the check mark.
        updateLanguageActions();
    }

    // Another program (the command line, or a colleague on a shared
    // database) may have written charges while this window was in the
    // background. Rereading the page shows the current balance; the form's
    // unsaved edits are not touched.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_detailPage
        && m_stack->currentWidget() == m_detailPage) {
        m_detailPage->refresh();
    }
    // Before the first paint the dock's first read is still to come.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_painted)
        m_reminderPanel->refresh();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_detailPage && !m_detailPage->confirmLeave()) {
        event->ignore();
        return;
    }
    event->accept();
}

void MainWindow::createMenus()
{
    m_loadSampleAction = new QAction(this);
    m_loadSampleAction->setObjectName(QStringLiteral("loadSampleAction"));
    connect(m_loadSampleAction, &QAction::triggered, this, &MainWindow::loadSampleData);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_loadSampleAction);
    m_fileMenu->addSeparator();

    // Import CSV… and the Export CSV submenu. An import may add customers
    // and charges, so the list and the open customer are read again.
    auto *csvActions = new CsvFileActions(m_db, m_fileMenu, this);
    connect(csvActions, &CsvFileActions::imported, this, [this] {
        m_listPage->reloadCustomers();
        if (m_detailPage)
            m_detailPage->refresh();
        m_reminderPanel->refresh();
    });
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    // The dock's own action, checked while the dock is shown.
    m_viewMenu = menuBar()->addMenu(QString());
    QAction *remindersAction = m_reminderPanel->toggleViewAction();
    remindersAction->setObjectName(QStringLiteral("viewRemindersAction"));
    m_viewMenu->addAction(remindersAction);

    // The Reports and Settings menus, between File and Language.
    new ReportMenus(m_db, menuBar(), this);

    // Period lock, users, approval thresholds and approvals. Approving or
    // rejecting a charge changes balances and lists.
    auto *accessMenus = new AccessMenus(
        m_db, menuBar()->findChild<QMenu *>(QStringLiteral("settingsMenu")), m_viewMenu, this);
    connect(accessMenus, &AccessMenus::chargesChanged, this, [this] {
        m_listPage->refreshRows();
        if (m_detailPage)
            m_detailPage->refresh();
        m_reminderPanel->refresh();
    });

    // Database Connection at the end of the Settings menu.
    new ConnectionAction(m_db, menuBar()->findChild<QMenu *>(QStringLiteral("settingsMenu")),
                         this);

    createLanguageMenu();

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createLanguageMenu()
{
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::Exclusive);

    // Each language is named in itself, because a user who cannot read the
    // current language must still find their own. So these texts are set
    // without tr() and never change.
    const QList<QPair<QString, UiLanguage>> languages = {
        {QStringLiteral("简体中文"), UiLanguage::SimplifiedChinese},
        {QStringLiteral("繁體中文"), UiLanguage::TraditionalChinese},
        {QStringLiteral("English"), UiLanguage::English},
    };
    for (const auto &[name, language] : languages) {
        const QString choice = Translations::languageName(language);
        QAction *action = m_languageMenu->addAction(name);
        action->setCheckable(true);
        action->setData(choice);
        action->setObjectName(QStringLiteral("languageAction_") + choice);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice] { setLanguageChoice(choice); });
    }

    // "Follow System" gets its text in retranslateUi().
    m_languageMenu->addSeparator();
    m_followSystemAction = m_languageMenu->addAction(QString());
    m_followSystemAction->setCheckable(true);
    m_followSystemAction->setData(QString(Translations::SystemChoice));
    m_followSystemAction->setObjectName(QStringLiteral("languageAction_system"));
    m_languageGroup->addAction(m_followSystemAction);
    connect(m_followSystemAction, &QAction::triggered, this,
            [this] { setLanguageChoice(Translations::SystemChoice); });

    updateLanguageActions();
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("ChargeDesk"));
    m_fileMenu->setTitle(tr("&File"));
    m_loadSampleAction->setText(tr("&Load Sample Data"));
    m_loadSampleAction->setStatusTip(tr("Import the Northwind customers, bills and bill lines "
                                        "built into the program. Existing rows are kept."));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_followSystemAction->setText(tr("Follow System"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About ChargeDesk"));
    m_databaseLabel->setText(
        tr("Database: %1").arg(QDir::toNativeSeparators(m_db.databaseName())));
}

void MainWindow::createReminders()
{
    m_reminderPanel = new ReminderPanel(m_db, this);
    addDockWidget(Qt::RightDockWidgetArea, m_reminderPanel);
    resizeDocks({m_reminderPanel}, {PreferredReminderWidth}, Qt::Horizontal);
    m_reminderNotifier = new ReminderNotifier(m_db, this, currentActor(m_db));

    connect(m_reminderPanel, &ReminderPanel::refreshed, m_reminderNotifier,
            &ReminderNotifier::announce);
    connect(m_reminderPanel, &ReminderPanel::customerRequested, this, &MainWindow::openCustomer);
    connect(m_reminderNotifier, &ReminderNotifier::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
        m_reminderPanel->show();
        m_reminderPanel->raise();
    });

    // The first list, and the first notification, wait for the window's
    // first paint (see event()).
}

void MainWindow::connectDetailPage()
{
    connect(m_detailPage, &CustomerDetailPage::backRequested, this, &MainWindow::returnToList);

    // A payment or a charge changes what is open, and a contact what is
    // hidden, so the list is read again right after these writes. The
    // panel's own timer catches the writes of other programs.
    connect(m_detailPage, &CustomerDetailPage::customerMoneyChanged, m_reminderPanel,
            &ReminderPanel::refresh);
    if (auto *contactsTab = m_detailPage->findChild<CustomerContactsTab *>()) {
        connect(m_reminderPanel, &ReminderPanel::contactsChanged, contactsTab,
                &CustomerContactsTab::refresh);
        connect(contactsTab, &CustomerContactsTab::contactsChanged, m_reminderPanel,
                &ReminderPanel::refresh);
    }
}

void MainWindow::updateLanguageActions()
{
    // Before the first Translations::apply() the texts are the English
    // sources, whatever QLocale() returns.
    QString active = Translations::activeChoice();
    if (active.isEmpty())
        active = Translations::languageName(UiLanguage::English);

    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == active);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ChargeDesk"),
                       tr("<h3>ChargeDesk %1</h3>"
                          "<p>Enters supplementary charges on customer accounts and bills, "
                          "with a confirmation step and a duplicate check, and keeps every "
                          "charge on record.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                                QString::fromLatin1(qVersion())));
}
