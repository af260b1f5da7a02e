#include "customercounter.h"

#include "customercountworker.h"

CustomerCounter::CustomerCounter(const QSqlDatabase &db, QObject *parent)
    : QObject(parent)
    , m_sourceConnection(db.connectionName())
{
    m_thread.setObjectName(QStringLiteral("customer-count"));
}

CustomerCounter::~CustomerCounter()
{
    // The worker closes its connection in its own thread, as the thread ends.
    m_thread.quit();
    m_thread.wait();
}

void CustomerCounter::start(int generation, const QString &searchText)
{
    if (!m_worker) {
        m_worker = new CustomerCountWorker(m_sourceConnection);
        m_worker->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        connect(m_worker, &CustomerCountWorker::counted, this, &CustomerCounter::counted);
        m_thread.start();
    }
    QMetaObject::invokeMethod(m_worker, "count", Qt::QueuedConnection, Q_ARG(int, generation),
                              Q_ARG(QString, searchText));
}
