#pragma once

#include <QObject>
#include <QSqlDatabase>

class CustomerDetailPage;
class CustomerListPage;
class DatabaseChangeWatcher;
class QMainWindow;
class ReminderPanel;

// Shows in the main window what other programs commit to the database, such
// as a colleague's charge, void or payment, without a click. A
// DatabaseChangeWatcher reports the changes, and this class rereads what
// shows them:
//
// - the open customer's page (header, bills, charges and the other tabs),
//   when the change is about that customer or about an unknown one, once
//   the window has built that page (setDetailPage());
// - the balances of the customer list, at once while the list is shown,
//   and otherwise when it is shown again;
// - the Reminders dock.
//
// The lists keep their selection and scroll position. Edits in progress are
// never touched: the 基本信息 form is bound to the customer list's model,
// so that model is reread only while the form is hidden and has no unsaved
// edits, and dialogs such as 新增费用 keep their own models, which are
// never reread.
//
// Watching is suspended while the window is hidden or minimized, and the
// changes that arrived meanwhile are shown when it is restored.
class ChangeRefresher : public QObject
{
    Q_OBJECT

public:
    ChangeRefresher(QSqlDatabase db, CustomerListPage *listPage, ReminderPanel *reminderPanel,
                    QMainWindow *window);

    // Rereads detailPage too from now on. The window builds the page when
    // it first opens a customer.
    void setDetailPage(CustomerDetailPage *detailPage);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh(qint64 customerId);
    void refreshCustomerList(qint64 customerId);
    void updateSuspension();

    CustomerListPage *m_listPage = nullptr;
    CustomerDetailPage *m_detailPage = nullptr;
    ReminderPanel *m_reminderPanel = nullptr;
    QMainWindow *m_window = nullptr;
    DatabaseChangeWatcher *m_watcher = nullptr;

    // Whether the customer list missed a change while it was hidden.
    bool m_listStale = false;
};
