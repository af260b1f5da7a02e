#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QThread>

class CustomerCountWorker;

// Counts the customers a search matches in a thread of its own, so that a
// count that reads every customer, as a one- or two-letter search does,
// does not block the window's event loop. The thread and its connection start with the
// first count and end with the counter.
class CustomerCounter : public QObject
{
    Q_OBJECT

public:
    explicit CustomerCounter(const QSqlDatabase &db, QObject *parent = nullptr);
    ~CustomerCounter() override;

    // Starts counting the customers that searchText matches. counted()
    // follows with the same generation: the number, or -1 and the reason.
    // Counts run one after another in the order started.
    void start(int generation, const QString &searchText);

signals:
    void counted(int generation, int matches, const QString &error);

private:
    QString m_sourceConnection;
    QThread m_thread;
    CustomerCountWorker *m_worker = nullptr;
};
