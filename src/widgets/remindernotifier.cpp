#include "remindernotifier.h"

#include "logging.h"
#include "reminderannouncer.h"
#include "remindersummary.h"
#include "uilanguage.h"

#include <QApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>

namespace {

// How long the tray shows the message; desktops may shorten it.
constexpr int TrayMessageMs = 15 * 1000;

} // namespace

ReminderNotifier::ReminderNotifier(QSqlDatabase db, QMainWindow *window, QString recipient)
    : QObject(window)
    , m_db(std::move(db))
    , m_window(window)
    , m_recipient(std::move(recipient))
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        qCInfo(lcUi) << "No system tray; reminder messages go to the status bar";
        return;
    }

    QIcon icon = QApplication::windowIcon();
    if (icon.isNull())
        icon = m_window->style()->standardIcon(QStyle::SP_MessageBoxInformation);
    m_tray = new QSystemTrayIcon(icon, this);
    m_tray->setObjectName(QStringLiteral("reminderTrayIcon"));
    connect(m_tray, &QSystemTrayIcon::activated, this, &ReminderNotifier::activated);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &ReminderNotifier::activated);
    m_tray->show();
}

ReminderNotifier::~ReminderNotifier() = default;

void ReminderNotifier::announce(const QDate &today, int windowDays)
{
    // The announcer logs its failures, and the next refresh tries again.
    const QList<ReminderItem> items =
        ReminderAnnouncer(m_db, m_recipient, currentUiLanguage()).announce(today, windowDays);
    if (items.isEmpty())
        return;

    m_lastMessage = ReminderSummary::text(items);
    qCInfo(lcUi) << "Reminder message for" << m_recipient << ":" << m_lastMessage;
    // NOTE: the tests run on the offscreen platform, which has no system
    // tray, so only the status bar path below is covered by them.
    if (m_tray) {
        m_tray->setToolTip(m_window->windowTitle());
        m_tray->showMessage(tr("Reminders"), m_lastMessage, QSystemTrayIcon::Information,
                            TrayMessageMs);
        return;
    }
    m_window->statusBar()->showMessage(m_lastMessage, StatusMessageMs);
}
