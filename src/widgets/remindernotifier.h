#pragma once

#include <QDate>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

class QMainWindow;
class QSystemTrayIcon;

// Tells the user of reminder items that reached a new step, once per item
// and step (ReminderAnnouncer): one message that sums them up, e.g. "2
// items due today and 1 overdue: Around the Horn, Ernst Handel". The
// message goes to the system tray when the desktop has one, and to the
// window's status bar otherwise.
class ReminderNotifier : public QObject
{
    Q_OBJECT

public:
    // How long the status bar shows the message.
    static constexpr int StatusMessageMs = 60 * 1000;

    // Notifies recipient (see currentActor()) in window's tray icon or
    // status bar.
    ReminderNotifier(QSqlDatabase db, QMainWindow *window, QString recipient);
    ~ReminderNotifier() override;

    // Announces the items newly due for today and windowDays, if any.
    void announce(const QDate &today, int windowDays);

    // The last message shown, empty before the first.
    QString lastMessage() const { return m_lastMessage; }

    // True when messages go to the system tray.
    bool usesTray() const { return m_tray != nullptr; }

signals:
    // The user clicked the tray icon or its message.
    void activated();

private:
    QSqlDatabase m_db;
    QMainWindow *m_window = nullptr;
    QString m_recipient;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastMessage;
};
