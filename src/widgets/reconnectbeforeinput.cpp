#include "reconnectbeforeinput.h"

#include "databaserecovery.h"
#include "logging.h"

#include <QCoreApplication>
#include <QEvent>

ReconnectBeforeInput::ReconnectBeforeInput(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool ReconnectBeforeInput::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    const bool input = type == QEvent::MouseButtonPress || type == QEvent::KeyPress;
    if (!input || m_db.isOpen() || m_db.driverName() != QLatin1String("QPSQL"))
        return QObject::eventFilter(watched, event);

    if (m_lastAttempt.isValid() && !m_lastAttempt.hasExpired(MinIntervalMs))
        return QObject::eventFilter(watched, event);
    m_lastAttempt.start();

    // A failure is left to the action itself, which reports it.
    QSqlError error;
    if (!DatabaseRecovery::prepareForRead(m_db, &error, DatabaseRecovery::Reader::Action))
        qCInfo(lcUi) << "The connection is still closed before the user's input:" << error.text();
    return QObject::eventFilter(watched, event);
}
