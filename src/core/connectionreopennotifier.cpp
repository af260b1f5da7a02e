#include "connectionreopennotifier.h"

#include <QCoreApplication>
#include <QThread>

ConnectionReopenNotifier *ConnectionReopenNotifier::instance()
{
    // Static initialization is thread-safe. The instance is never deleted,
    // because connections may be reopened until the program exits.
    static ConnectionReopenNotifier *const notifier = [] {
        auto *created = new ConnectionReopenNotifier;
        if (QCoreApplication *application = QCoreApplication::instance())
            created->moveToThread(application->thread());
        return created;
    }();
    return notifier;
}

void ConnectionReopenNotifier::announce(const QString &connectionName)
{
    emit reopened(connectionName);
}
