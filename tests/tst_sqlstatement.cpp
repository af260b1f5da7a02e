#include "sqlstatement.h"
#include "sqlstatementcache.h"
#include "testsupport.h"

#include <QSqlError>
#include <QTest>

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

// SqlStatement and SqlStatementCache on a real SQLite file: a statement is
// compiled once per cache, a statement in use is never shared, and without
// a cache every statement is prepared anew.
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

private:
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

QTEST_GUILESS_MAIN(tst_SqlStatement)
#include "tst_sqlstatement.moc"
