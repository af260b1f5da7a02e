#pragma once

#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QTimer>

// Reports that another program committed charges, voids or payments to the
// database of a connection, so that a window can show them without a click.
//
// On PostgreSQL the watcher listens (LISTEN) on ChangeNotice::channel(),
// which the services notify inside their write transactions, so a change
// arrives once it is committed and names its customer. A connection that
// was closed and opened again (DatabaseRecovery) has lost its LISTEN, so
// the watcher checks the subscription when ConnectionReopenNotifier
// announces the reopening and every PollIntervalMs. After listening again
// it reports an unknown change, because changes may have been missed.
//
// On SQLite, which cannot signal another process, it polls PRAGMA
// data_version every PollIntervalMs. The value changes when another
// connection commits to the file, and reading it costs one short read
// transaction that touches no table. A change there has no customer.
//
// Commits of the watched connection itself are not reported: the code that
// wrote refreshes what it changed. changed() is held back while a
// Transaction is active on the connection, so that no listener reads in the
// middle of one, and while the watcher is suspended.
class DatabaseChangeWatcher : public QObject
{
    Q_OBJECT

public:
    // How often SQLite is polled and the PostgreSQL subscription checked, in
    // milliseconds: a change shows within about a second, and an idle window
    // reads one counter per second.
    static constexpr int PollIntervalMs = 1000;

    // Notifications that arrive within this many milliseconds are reported
    // together, so a burst of commits refreshes a window once.
    static constexpr int CoalesceMs = 100;

    // More changed customers than this in one report are reported as one
    // unknown change, which rereads everything once.
    static constexpr int MaxCustomersPerReport = 20;

    // Starts watching db at once.
    explicit DatabaseChangeWatcher(QSqlDatabase db, QObject *parent = nullptr);
    ~DatabaseChangeWatcher() override;

    // True on PostgreSQL, where notifications name the customer; false on
    // SQLite, where the watcher polls.
    bool usesNotifications() const { return m_notifications; }

    // Stops reporting, and polling on SQLite, while suspended is true, for
    // example while the window is minimized. Changes that arrive meanwhile
    // are reported on resuming, and SQLite is polled at once.
    void setSuspended(bool suspended);
    bool isSuspended() const { return m_suspended; }

signals:
    // Another program committed a change of customerId's charges, payments
    // or balance, or of anything (customerId 0) when the watcher cannot
    // tell which customer.
    void changed(qint64 customerId);

private:
    void poll();
    void pollDataVersion();
    void ensureListening();
    void receiveNotification(const QString &name, QSqlDriver::NotificationSource source,
                             const QVariant &payload);

    // Collects customerId for the next report, which is sent after
    // delayMs unless one is already due.
    void queueChange(qint64 customerId, int delayMs = CoalesceMs);
    void report();

    // Logs a failure once until it changes or the watcher recovers.
    void warnOnce(const QString &context, const QString &error);

    QSqlDatabase m_db;
    bool m_notifications = false;
    bool m_suspended = false;
    bool m_listenedBefore = false;
    qint64 m_dataVersion = -1;
    QString m_lastWarning;

    QTimer m_pollTimer;
    QTimer m_reportTimer;
    QSet<qint64> m_changedCustomers;
};
