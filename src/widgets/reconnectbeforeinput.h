#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QSqlDatabase>

// Opens a window's connection again before the user's next click or key
// press once QPSQL has closed it, after the server ended the session. What
// the input starts, such as a dialog that reads its lists in its
// constructor, then reads on an open connection instead of failing without
// an error text. Watches every input of the application and tries at most
// once per MinIntervalMs while the connection stays closed.
//
// NOTE: each attempt blocks the GUI thread until the server responds. A
// refused connection returns at once, but a host that does not respond
// blocks for the connect timeout of PostgresqlConnection (10 s).
class ReconnectBeforeInput : public QObject
{
    Q_OBJECT

public:
    static constexpr int MinIntervalMs = 1000;

    explicit ReconnectBeforeInput(QSqlDatabase db, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QSqlDatabase m_db;
    QElapsedTimer m_lastAttempt;
};
