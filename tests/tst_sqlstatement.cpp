#include "connectionstatements.h"
#include "database.h"
#include "databaserecovery.h"
#include "sqlstatement.h"
#include "sqlstatementcache.h"
#include "testbackend.h"
#include "testsupport.h"

#include <QDir>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

namespace {

const QString FeeTypeByCode = QStringLiteral("SELECT code FROM fee_types WHERE code = :code");

// Returns the fee type code that FeeTypeByCode finds for code, or an
// empty string.
QString findCode(const QSqlDatabase &db, const QString &code)
{
    SqlStatement query(db, FeeTypeByCode);
    if (!query.isPrepared())
        return {};
    query->bindValue(QStringLiteral(":code"), code);
    if (!query->exec() || !query->next())
        return {};
    return query->value(QStringLiteral("code")).toString();
}

} // namespace

// SqlStatement and SqlStatementCache on a real database: a statement is
// compiled once per cache, a statement in use is never shared, and without
// a cache every statement is prepared anew. A connection that
// Database::open() opened keeps its statements until it closes, and
// prepares them again after it was closed and opened again.
class tst_SqlStatement : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void cacheReusesPreparedQuery();
    void nestedUseGetsOwnQuery();
    void releasedQueryIsReset();
    void withoutCachePreparesAnew();
    void invalidTextReportsError();
    void innerCacheTakesOver();
    void openedConnectionKeepsStatements();
    void reopenedConnectionPreparesAgain();
    void closedSqliteConnectionPreparesAgain();
    void replacedConnectionPreparesAnew();
    void closedConnectionKeepsNothing();
    void keptStatementsAreBounded();
    void keptStatementsOnlyInUseScope();

private:
    QTemporaryDir m_directory;
    std::unique_ptr<TestDatabase> m_database;
};

void tst_SqlStatement::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
}

void tst_SqlStatement::cleanup()
{
    m_database.reset();
}

void tst_SqlStatement::cacheReusesPreparedQuery()
{
    const QSqlDatabase db = m_database->db();
    SqlStatementCache cache(db);
    QCOMPARE(SqlStatementCache::active(db.connectionName()), &cache);

    QSqlQuery *first = nullptr;
    {
        SqlStatement query(db, FeeTypeByCode);
        QVERIFY(query.isPrepared());
        first = &*query;
    }
    SqlStatement query(db, FeeTypeByCode);
    QCOMPARE(&*query, first);
    QCOMPARE(cache.size(), 1);

    // Each use binds its own values.
    query->bindValue(QStringLiteral(":code"), QStringLiteral("LATE_FEE"));
    VERIFY_SQL(*query, query->exec());
    QVERIFY(query->next());
    QCOMPARE(query->value(QStringLiteral("code")).toString(), QStringLiteral("LATE_FEE"));
}

void tst_SqlStatement::nestedUseGetsOwnQuery()
{
    const QSqlDatabase db = m_database->db();
    SqlStatementCache cache(db);

    SqlStatement outer(db, FeeTypeByCode);
    outer->bindValue(QStringLiteral(":code"), QStringLiteral("SERVICE"));
    VERIFY_SQL(*outer, outer->exec());

    // A second use of the same text while the first is open does not
    // disturb it.
    QCOMPARE(findCode(db, QStringLiteral("FREIGHT")), QStringLiteral("FREIGHT"));
    QVERIFY(outer->next());
    QCOMPARE(outer->value(QStringLiteral("code")).toString(), QStringLiteral("SERVICE"));
    QCOMPARE(cache.size(), 1);
}

void tst_SqlStatement::releasedQueryIsReset()
{
    const QSqlDatabase db = m_database->db();
    SqlStatementCache cache(db);

    QSqlQuery *cached = nullptr;
    {
        SqlStatement query(db, QStringLiteral("SELECT code FROM fee_types ORDER BY code"));
        VERIFY_SQL(*query, query->exec());
        QVERIFY(query->next());
        QVERIFY(query->isActive());
        cached = &*query;
    }

    // Reset, so that the statement keeps no read snapshot open while it waits.
    QVERIFY(!cached->isActive());
}

void tst_SqlStatement::withoutCachePreparesAnew()
{
    const QSqlDatabase db = m_database->db();
    QCOMPARE(SqlStatementCache::active(db.connectionName()), nullptr);

    SqlStatement query(db, FeeTypeByCode);
    QVERIFY(query.isPrepared());
    QVERIFY(query->isForwardOnly());
    QCOMPARE(findCode(db, QStringLiteral("MATERIAL")), QStringLiteral("MATERIAL"));
}

void tst_SqlStatement::invalidTextReportsError()
{
    const QSqlDatabase db = m_database->db();
    const QString invalid = QStringLiteral("SELECT code FROM no_such_table");
    {
        SqlStatement query(db, invalid);
        QVERIFY(!query.isPrepared());
        QVERIFY(query->lastError().isValid());
    }

    SqlStatementCache cache(db);
    SqlStatement query(db, invalid);
    QVERIFY(!query.isPrepared());
    QVERIFY(query->lastError().text().contains(QStringLiteral("no_such_table")));
    QCOMPARE(cache.size(), 0);
}

void tst_SqlStatement::innerCacheTakesOver()
{
    const QSqlDatabase db = m_database->db();
    SqlStatementCache outer(db);
    {
        SqlStatementCache inner(db);
        QCOMPARE(SqlStatementCache::active(db.connectionName()), &inner);
        QCOMPARE(findCode(db, QStringLiteral("SERVICE")), QStringLiteral("SERVICE"));
        QCOMPARE(inner.size(), 1);
        QCOMPARE(outer.size(), 0);
    }
    QCOMPARE(SqlStatementCache::active(db.connectionName()), &outer);
    QCOMPARE(findCode(db, QStringLiteral("SERVICE")), QStringLiteral("SERVICE"));
    QCOMPARE(outer.size(), 1);
}

void tst_SqlStatement::openedConnectionKeepsStatements()
{
    const QSqlDatabase db = m_database->db();
    const ConnectionStatements::Use statements(db);
    QCOMPARE(SqlStatementCache::active(db.connectionName()), nullptr);
    SqlStatementCache *connectionCache = ConnectionStatements::find(db);
    QVERIFY(connectionCache);

    QSqlQuery *first = nullptr;
    {
        SqlStatement query(db, FeeTypeByCode);
        QVERIFY(query.isPrepared());
        first = &*query;
    }
    SqlStatement query(db, FeeTypeByCode);
    QCOMPARE(&*query, first);
    query->bindValue(QStringLiteral(":code"), QStringLiteral("FREIGHT"));
    VERIFY_SQL(*query, query->exec());
    QVERIFY(query->next());
    QCOMPARE(query->value(QStringLiteral("code")).toString(), QStringLiteral("FREIGHT"));

    // Another thread never gets the connection's statements.
    SqlStatementCache *foundElsewhere = connectionCache;
    QThread *thread = QThread::create([&] { foundElsewhere = ConnectionStatements::find(db); });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    QCOMPARE(foundElsewhere, nullptr);
}

void tst_SqlStatement::reopenedConnectionPreparesAgain()
{
    QSqlDatabase db = m_database->db();
    const ConnectionStatements::Use statements(db);
    QCOMPARE(findCode(db, QStringLiteral("SERVICE")), QStringLiteral("SERVICE"));
    QCOMPARE(ConnectionStatements::find(db)->size(), 1);

    // A reopen after a fault starts a new session, where the statements of
    // the old one are invalid (on PostgreSQL they no longer exist).
    DatabaseRecovery::reopenBeforeNextTransaction(db, QStringLiteral("test"));
    QSqlError error;
    QVERIFY2(DatabaseRecovery::prepareForWrite(db, &error), qPrintable(error.text()));
    QCOMPARE(ConnectionStatements::find(db)->size(), 0);
    QCOMPARE(findCode(db, QStringLiteral("FREIGHT")), QStringLiteral("FREIGHT"));
    QCOMPARE(ConnectionStatements::find(db)->size(), 1);
}

void tst_SqlStatement::closedSqliteConnectionPreparesAgain()
{
    SKIP_ON_POSTGRESQL("QSQLITE finalizes statements on close; QPSQL reopens through "
                       "DatabaseRecovery only");
    QSqlDatabase db = m_database->db();
    const ConnectionStatements::Use statements(db);
    QCOMPARE(findCode(db, QStringLiteral("SERVICE")), QStringLiteral("SERVICE"));

    // Closed and opened around ConnectionStatements: the kept statement was
    // finalized and is prepared again.
    db.close();
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    QCOMPARE(findCode(db, QStringLiteral("MATERIAL")), QStringLiteral("MATERIAL"));
    QCOMPARE(ConnectionStatements::find(db)->size(), 1);
}

void tst_SqlStatement::replacedConnectionPreparesAnew()
{
    const QString name = QStringLiteral("sqlstatement-replaced");
    TestDatabase opened(name);
    QVERIFY2(opened.isOpen(), qPrintable(opened.error()));
    {
        const ConnectionStatements::Use statements(opened.db());
        QCOMPARE(findCode(opened.db(), QStringLiteral("SERVICE")), QStringLiteral("SERVICE"));
    }

    // Removed without Database::close() and added again under the same name:
    // the kept statements belong to the removed driver.
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
    const QSqlDatabase raw = TestBackend::openRaw(opened.location(), name);
    const ConnectionStatements::Use statements(raw);
    QVERIFY2(raw.isOpen(), qPrintable(raw.lastError().text()));
    QCOMPARE(findCode(raw, QStringLiteral("FREIGHT")), QStringLiteral("FREIGHT"));
}

void tst_SqlStatement::closedConnectionKeepsNothing()
{
    const QString name = QStringLiteral("sqlstatement-closed");
    {
        TestDatabase other(name);
        QVERIFY2(other.isOpen(), qPrintable(other.error()));
        const ConnectionStatements::Use statements(other.db());
        QVERIFY(ConnectionStatements::find(other.db()));
        QCOMPARE(findCode(other.db(), QStringLiteral("SERVICE")), QStringLiteral("SERVICE"));
    }
    QVERIFY(!QSqlDatabase::contains(name));

    // A connection of the same name that Database::open() did not open
    // prepares its statements anew.
    const QString path = QDir(m_directory.path()).filePath(QStringLiteral("plain.sqlite"));
    {
        QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        plain.setDatabaseName(path);
        QVERIFY(plain.open());
        const ConnectionStatements::Use statements(plain);
        QCOMPARE(ConnectionStatements::find(plain), nullptr);
        plain.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void tst_SqlStatement::keptStatementsAreBounded()
{
    const QSqlDatabase db = m_database->db();
    const ConnectionStatements::Use statements(db);
    for (int i = 0; i < SqlStatementCache::MaxStatements + 10; ++i) {
        SqlStatement query(db, QStringLiteral("SELECT %1 AS n").arg(i));
        VERIFY_SQL(*query, query.isPrepared() && query->exec() && query->next());
        QCOMPARE(query->value(QStringLiteral("n")).toInt(), i);
    }
    QVERIFY(ConnectionStatements::find(db)->size() <= SqlStatementCache::MaxStatements);
}

void tst_SqlStatement::keptStatementsOnlyInUseScope()
{
    const QSqlDatabase db = m_database->db();
    QCOMPARE(ConnectionStatements::find(db), nullptr);

    // Outside a Use scope a query copied out of a SqlStatement, as a model
    // keeps it, is the SqlStatement's own and outlives it unchanged.
    QSqlQuery copy;
    {
        SqlStatement query(db, FeeTypeByCode);
        query->bindValue(QStringLiteral(":code"), QStringLiteral("SERVICE"));
        VERIFY_SQL(*query, query->exec());
        copy = *query;
    }
    QCOMPARE(findCode(db, QStringLiteral("FREIGHT")), QStringLiteral("FREIGHT"));
    QVERIFY(copy.next());
    QCOMPARE(copy.value(QStringLiteral("code")).toString(), QStringLiteral("SERVICE"));

    {
        const ConnectionStatements::Use outer(db);
        {
            const ConnectionStatements::Use inner(db);
            QVERIFY(ConnectionStatements::find(db));
        }
        QVERIFY(ConnectionStatements::find(db));
    }
    QCOMPARE(ConnectionStatements::find(db), nullptr);
}

QTEST_GUILESS_MAIN(tst_SqlStatement)
#include "tst_sqlstatement.moc"
