#pragma once

#include "uilanguage.h"

#include <QMainWindow>
#include <QSqlDatabase>

class ChangeRefresher;
class CustomerDetailPage;
class CustomerListPage;
class CustomerListModel;
class CustomerTableModel;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class ReminderNotifier;
class ReminderPanel;

// The ChargeDesk (补费台) main window: the customer list (客户管理) and the
// customer detail page in a stack, the 提醒 (Reminders) dock on the right,
// menus to load the sample data, show or hide the dock, switch the UI
// language and show the program's version, and the database path in the
// status bar. Closing with unsaved customer edits opens a Save / Discard /
// Cancel prompt.
//
// So that the customer list paints as soon as it can, the window builds
// the detail page when it first opens a customer, and the Reminders dock
// reads its items, and announces the new ones, after the window's first
// paint.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QSqlDatabase db, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the customer with id on the detail page, unless the user keeps
    // unsaved edits of the customer shown now.
    void openCustomer(qint64 id);

    // Returns the detail page, building it on the first call: the window
    // starts without it, so that the customer list paints sooner.
    CustomerDetailPage *detailPage();

    // Asks whether to load the Northwind sample data when the database has
    // no customers, and loads it on Yes.
    void offerSampleDataIfEmpty();

    // Imports the built-in Northwind data, reports what was added and
    // refreshes the pages. Rows that exist already are skipped.
    void loadSampleData();

    // Switches the UI language and stores the choice in the settings.
    void setLanguage(UiLanguage language);

    // Switches the UI language to a choice as Translations::applyChoice()
    // reads it ("zh_CN", "zh_TW", "en" or "system") and stores the choice
    // in the settings. Logs and ignores a choice that names no known
    // language.
    void setLanguageChoice(const QString &choice);

    // Returns the language choice the Language menu saved, normalized by
    // Translations::normalizedChoice(), or an empty string when none is
    // saved or the saved value names no known language.
    static QString savedLanguageChoice();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // Rereads the lists and the open customer after ConnectionReopenNotifier
    // announced that the window's connection was opened again.
    void refreshAfterReopen();
    void returnToList();
    void createMenus();
    void createLanguageMenu();
    void createReminders();
    void connectDetailPage();
    void retranslateUi();
    void updateLanguageActions();
    void showAbout();

    QSqlDatabase m_db;
    CustomerTableModel *m_customers = nullptr;
    CustomerListModel *m_customerList = nullptr;
    QStackedWidget *m_stack = nullptr;
    CustomerListPage *m_listPage = nullptr;
    CustomerDetailPage *m_detailPage = nullptr;
    QLabel *m_databaseLabel = nullptr;
    ReminderPanel *m_reminderPanel = nullptr;
    ReminderNotifier *m_reminderNotifier = nullptr;
    ChangeRefresher *m_changeRefresher = nullptr;

    // Whether the window has painted. The first paint queues the Reminders
    // dock's first read.
    bool m_painted = false;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_loadSampleAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_followSystemAction = nullptr;
};
