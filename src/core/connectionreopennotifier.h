#pragma once

#include <QObject>
#include <QString>

// Announces that DatabaseRecovery opened a connection again, for example
// after the PostgreSQL server restarted. Closing a connection ends every
// query on it, so models and windows that show its rows run their queries
// again when they receive reopened().
//
// The one instance lives in the application's main thread. A connection
// reopened in a worker thread is announced there too, and receivers in
// the main thread get the signal queued.
class ConnectionReopenNotifier : public QObject
{
    Q_OBJECT

public:
    // Returns the instance, created on first use.
    static ConnectionReopenNotifier *instance();

    // Emits reopened(connectionName); DatabaseRecovery calls it.
    void announce(const QString &connectionName);

signals:
    // The connection named connectionName was closed and opened again, with
    // its session set up as when it was first opened.
    void reopened(const QString &connectionName);

private:
    ConnectionReopenNotifier() = default;
};
