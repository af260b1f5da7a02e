#pragma once

#include <QObject>
#include <QString>

// Counts the customers a search matches on a database connection of its
// own, in the thread it lives in (see CustomerCounter). The connection is a
// clone of the window's, opened on the first count and closed with the
// worker.
class CustomerCountWorker : public QObject
{
    Q_OBJECT

public:
    // sourceConnection names the connection whose settings are cloned.
    explicit CustomerCountWorker(const QString &sourceConnection);
    ~CustomerCountWorker() override;

public slots:
    // Counts the customers that searchText matches and emits counted() with
    // the number, or with -1 and the reason when the count failed.
    void count(int generation, const QString &searchText);

signals:
    void counted(int generation, int matches, const QString &error);

private:
    bool open(QString *error);

    QString m_sourceConnection;
    QString m_connection;
};
