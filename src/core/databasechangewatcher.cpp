#include "databasechangewatcher.h"

#include "changenotice.h"
#include "connectionreopennotifier.h"
#include "logging.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

DatabaseChangeWatcher::DatabaseChangeWatcher(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_notifications(m_db.driverName() == QLatin1String("QPSQL"))
{
    m_reportTimer.setSingleShot(true);
    connect(&m_reportTimer, &QTimer::timeout, this, &DatabaseChangeWatcher::report);
    m_pollTimer.setInterval(PollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &DatabaseChangeWatcher::poll);

    // The driver object outlives a close and a new open of the database
    // connection, so this signal connection lasts; only the LISTEN must be
    // sent again.
    if (m_notifications) {
        connect(m_db.driver(), &QSqlDriver::notification, this,
                &DatabaseChangeWatcher::receiveNotification);
    }

    // A connection opened again has lost its LISTEN, or on SQLite may have
    // missed commits, so it is polled at once instead of at the next tick.
    connect(ConnectionReopenNotifier::instance(), &ConnectionReopenNotifier::reopened, this,
            [this](const QString &connectionName) {
                if (connectionName == m_db.connectionName())
                    poll();
            },
            Qt::QueuedConnection);

    if (m_notifications) {
        qCInfo(lcChanges) << "Watching connection" << m_db.connectionName()
                          << "for changes notified on channel" << ChangeNotice::channel();
    } else {
        qCInfo(lcChanges) << "Watching connection" << m_db.connectionName()
                          << "for changes by polling data_version every" << PollIntervalMs
                          << "ms";
    }
    poll();
    m_pollTimer.start();
}

DatabaseChangeWatcher::~DatabaseChangeWatcher()
{
    QSqlDriver *driver = m_db.driver();
    if (m_notifications && m_db.isOpen()
        && driver->subscribedToNotifications().contains(ChangeNotice::channel())) {
        driver->unsubscribeFromNotification(ChangeNotice::channel());
    }
    qCInfo(lcChanges) << "Stopped watching connection" << m_db.connectionName();
}

void DatabaseChangeWatcher::setSuspended(bool suspended)
{
    if (m_suspended == suspended)
        return;

    m_suspended = suspended;
    qCDebug(lcChanges) << (suspended ? "Suspended" : "Resumed") << "watching connection"
                       << m_db.connectionName();
    if (suspended)
        return;

    poll();
    if (!m_changedCustomers.isEmpty() && !m_reportTimer.isActive())
        m_reportTimer.start(0);
}

void DatabaseChangeWatcher::poll()
{
    // A LISTEN sent inside a transaction would be undone by its rollback,
    // and data_version does not move for the connection's own writes, so
    // both wait until the transaction has ended.
    if (Transaction::depth(m_db.connectionName()) > 0)
        return;

    if (m_notifications)
        ensureListening();
    else if (!m_suspended)
        pollDataVersion();
}

void DatabaseChangeWatcher::pollDataVersion()
{
    if (!m_db.isOpen())
        return;

    qint64 version = -1;
    {
        QSqlQuery query(m_db);
        if (!query.prepare(QStringLiteral("PRAGMA data_version")) || !query.exec()
            || !query.next()) {
            warnOnce(QStringLiteral("Could not read data_version:"), query.lastError().text());
            return;
        }
        version = query.value(QStringLiteral("data_version")).toLongLong();

        // A statement that is not reset keeps its read transaction open.
        query.finish();
    }
    m_lastWarning.clear();

    // The first value is only the baseline. The counter also moves after
    // DatabaseRecovery opened the connection again, and changes may indeed
    // have been missed then.
    if (m_dataVersion >= 0 && version != m_dataVersion)
        queueChange(0, 0);
    m_dataVersion = version;
}

void DatabaseChangeWatcher::ensureListening()
{
    QSqlDriver *driver = m_db.driver();
    if (!m_db.isOpen() || driver->subscribedToNotifications().contains(ChangeNotice::channel()))
        return;

    if (!driver->subscribeToNotification(ChangeNotice::channel())) {
        warnOnce(QStringLiteral("Could not listen on channel %1:").arg(ChangeNotice::channel()),
                 driver->lastError().text());
        return;
    }
    m_lastWarning.clear();

    if (m_listenedBefore) {
        qCInfo(lcChanges) << "Listening again on channel" << ChangeNotice::channel()
                          << "after the connection" << m_db.connectionName() << "was opened again";
        queueChange(0, 0);
    } else {
        qCInfo(lcChanges) << "Listening on channel" << ChangeNotice::channel();
    }
    m_listenedBefore = true;
}

void DatabaseChangeWatcher::receiveNotification(const QString &name,
                                                QSqlDriver::NotificationSource source,
                                                const QVariant &payload)
{
    if (name != ChangeNotice::channel())
        return;
    if (source == QSqlDriver::SelfSource) {
        qCDebug(lcChanges) << "Ignoring the notice of this connection's own commit, customer"
                           << payload.toString();
        return;
    }

    bool valid = false;
    const qint64 customerId = payload.toString().toLongLong(&valid);
    if (!valid || customerId <= 0) {
        qCDebug(lcChanges) << "A change notice without a customer id:" << payload.toString();
        queueChange(0);
        return;
    }
    queueChange(customerId);
}

void DatabaseChangeWatcher::queueChange(qint64 customerId, int delayMs)
{
    m_changedCustomers.insert(customerId);
    if (!m_reportTimer.isActive())
        m_reportTimer.start(delayMs);
}

void DatabaseChangeWatcher::report()
{
    if (m_changedCustomers.isEmpty() || m_suspended)
        return;

    // Listeners read the database, which must not happen in the middle of
    // a transaction that an event loop inside it let this timer interrupt.
    if (Transaction::depth(m_db.connectionName()) > 0) {
        m_reportTimer.start(PollIntervalMs);
        return;
    }

    const QSet<qint64> customers = std::exchange(m_changedCustomers, {});
    if (customers.contains(0) || customers.size() > MaxCustomersPerReport) {
        qCInfo(lcChanges) << "Another program changed the database:" << customers.size()
                          << "customers, or ones the change does not name";
        emit changed(0);
        return;
    }

    QList<qint64> customerIds(customers.cbegin(), customers.cend());
    std::sort(customerIds.begin(), customerIds.end());
    for (qint64 customerId : std::as_const(customerIds)) {
        qCInfo(lcChanges) << "Another program changed customer" << customerId;
        emit changed(customerId);
    }
}

void DatabaseChangeWatcher::warnOnce(const QString &context, const QString &error)
{
    const QString warning = context + QLatin1Char(' ') + error;
    if (warning == m_lastWarning)
        return;
    m_lastWarning = warning;
    qCWarning(lcChanges).noquote() << warning << "(logged once until it changes)";
}
