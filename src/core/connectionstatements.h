#pragma once

#include <QSqlDatabase>
#include <QString>

class SqlStatementCache;

// Keeps a lasting SqlStatementCache for each connection that
// Database::open() opened, from the open to Database::close(), so that the
// statements the services run on a connection are prepared once per
// connection instead of once per use. The charge service alone runs about
// 25 statements for each commit. SQLite spends most of a short query in
// compiling it, and on PostgreSQL each prepare is a round trip.
//
// Statements are prepared again after the connection was closed and opened
// again: DatabaseRecovery clears them before it reopens a connection, and
// SqlStatementCache prepares again a statement that QSQLITE finalized.
//
// The cache is used only inside a Use scope, which ChargeService opens
// around its review and commit. Code that copies a QSqlQuery out of a
// SqlStatement, as a QSqlQueryModel does, would share the cached query,
// which its next user resets and runs again. A connection is used only in
// the thread that opened it, so the cache is found only in that thread.
//
// NOTE: on PostgreSQL, QPSQL deallocates each dropped statement on the
// server, so after a lost connection every kept statement logs "Unable to
// free statement: no connection to the server" once. QPSQL also looks for
// change notices (LISTEN) that arrived during a query only when it runs a
// statement, which DEALLOCATE was. A notice that arrives while a kept
// statement of a window's connection reads its rows then waits for the
// next statement. So the reads that a window repeats while others commit,
// such as the customer list and the customer header, keep none there.
class ConnectionStatements
{
public:
    // Starts keeping the statements of db for the calling thread, replacing
    // what was kept for a connection of the same name.
    static void attach(const QSqlDatabase &db);

    // Drops the kept statements of the connection named connectionName,
    // before the connection is closed and opened again.
    static void clear(const QString &connectionName);

    // Stops keeping statements for the connection named connectionName and
    // finalizes them; call before the connection closes.
    static void detach(const QString &connectionName);

    // Returns the lasting cache of db for the calling thread inside a Use
    // scope of its connection, or nullptr.
    static SqlStatementCache *find(const QSqlDatabase &db);

    // Makes SqlStatement take the kept statements of a connection in the
    // calling thread while it exists. Scopes nest.
    class Use
    {
    public:
        explicit Use(const QSqlDatabase &db);
        ~Use();

        Use(const Use &) = delete;
        Use &operator=(const Use &) = delete;

    private:
        QString m_connectionName;
    };
};
