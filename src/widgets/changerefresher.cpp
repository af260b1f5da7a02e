#include "changerefresher.h"

#include "customerdetailpage.h"
#include "customerlistpage.h"
#include "databasechangewatcher.h"
#include "logging.h"
#include "reminderpanel.h"

#include <QEvent>
#include <QMainWindow>

ChangeRefresher::ChangeRefresher(QSqlDatabase db, CustomerListPage *listPage,
                                 ReminderPanel *reminderPanel, QMainWindow *window)
    : QObject(window)
    , m_listPage(listPage)
    , m_reminderPanel(reminderPanel)
    , m_window(window)
    , m_watcher(new DatabaseChangeWatcher(std::move(db), this))
{
    connect(m_watcher, &DatabaseChangeWatcher::changed, this, &ChangeRefresher::refresh);
    m_window->installEventFilter(this);
    m_listPage->installEventFilter(this);
    updateSuspension();
}

void ChangeRefresher::setDetailPage(CustomerDetailPage *detailPage)
{
    m_detailPage = detailPage;
}

bool ChangeRefresher::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (watched == m_window
        && (type == QEvent::Show || type == QEvent::Hide || type == QEvent::WindowStateChange)) {
        updateSuspension();
    }
    if (watched == m_listPage && type == QEvent::Show && m_listStale)
        refreshCustomerList(0);
    return QObject::eventFilter(watched, event);
}

void ChangeRefresher::refresh(qint64 customerId)
{
    // The page's refresh rereads the header and the lists of the tabs. It
    // leaves the 基本信息 form alone, so the user's typing stays.
    const qint64 shownId = m_detailPage ? m_detailPage->customerId() : 0;
    if (shownId != 0 && m_detailPage->isVisible()
        && (customerId == 0 || customerId == shownId)) {
        qCDebug(lcChanges) << "Rereading the page of customer" << shownId;
        m_detailPage->refresh();
    }

    refreshCustomerList(customerId);
    m_reminderPanel->refresh();
}

void ChangeRefresher::refreshCustomerList(qint64 customerId)
{
    // A hidden list waits until it is shown again.
    if (!m_listPage->isVisible()) {
        m_listStale = true;
        return;
    }

    // A change to one customer's money keeps the rows where they are; the
    // rows shown are read again, which keeps the selection by itself.
    if (customerId != 0 && !m_listStale) {
        m_listPage->refreshRows();
        return;
    }

    qCDebug(lcChanges) << "Rereading the customer list";
    m_listPage->reloadCustomers();
    m_listStale = false;
}

void ChangeRefresher::updateSuspension()
{
    m_watcher->setSuspended(!m_window->isVisible() || m_window->isMinimized());
}
