#include "testsupport.h"
#include "transaction.h"

#include <QAtomicInt>
#include <QThread>

#include <memory>

// Transaction on real SQLite files and PostgreSQL databases: the outer
// transaction and the savepoints that nested ones open.
class tst_Transaction : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void outerCommitWritesRows();
    void destructorRollsBack();
    void innerRollbackKeepsOuterRows();
    void outerRollbackDiscardsCommittedInner();
    void threeLevels();
    void failedStatementInInnerTransaction();
    void outerCommitWithActiveInnerFails();
    void depthPerConnection();
    void depthPerThread();
    void commitStepRunsBeforeCommit();
    void failingCommitStepRollsBack();
    void commitStepOncePerKey();
    void rollbackDropsCommitSteps();

private:
    bool insert(const QString &code) const { return insertInto(m_database->db(), code); }
    QString codes() const;
    int depth() const { return Transaction::depth(m_database->connectionName()); }

    static bool insertInto(const QSqlDatabase &db, const QString &code);

    std::unique_ptr<TestDatabase> m_database;
};

void tst_Transaction::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
}

void tst_Transaction::cleanup()
{
    m_database.reset();
}

bool tst_Transaction::insertInto(const QSqlDatabase &db, const QString &code)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO customers (code, company_name, created_at, updated_at) "
        "VALUES (:code, 'Test', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"));
    query.bindValue(QStringLiteral(":code"), code);
    return query.exec();
}

QString tst_Transaction::codes() const
{
    QSqlQuery query(m_database->db());
    if (!query.exec(QStringLiteral("SELECT code FROM customers ORDER BY code")))
        return QStringLiteral("<query failed>");
    QStringList codes;
    while (query.next())
        codes << query.value(QStringLiteral("code")).toString();
    return codes.join(QLatin1Char(','));
}

void tst_Transaction::outerCommitWritesRows()
{
    Transaction transaction(m_database->db());
    QVERIFY(transaction.begin());
    QVERIFY(transaction.isActive());
    QVERIFY(!transaction.isNested());
    QCOMPARE(depth(), 1);
    QVERIFY(insert(QStringLiteral("A")));
    QVERIFY(transaction.commit());
    QVERIFY(!transaction.isActive());
    QCOMPARE(depth(), 0);
    QCOMPARE(codes(), QStringLiteral("A"));

    // A second commit has nothing to commit.
    QVERIFY(!transaction.commit());
}

void tst_Transaction::destructorRollsBack()
{
    {
        Transaction transaction(m_database->db());
        QVERIFY(transaction.begin());
        QVERIFY(insert(QStringLiteral("A")));
    }
    QCOMPARE(depth(), 0);
    QCOMPARE(codes(), QString());
}

void tst_Transaction::innerRollbackKeepsOuterRows()
{
    Transaction outer(m_database->db());
    QVERIFY(outer.begin());
    QVERIFY(insert(QStringLiteral("A")));
    {
        Transaction inner(m_database->db());
        QVERIFY(inner.begin());
        QVERIFY(inner.isNested());
        QCOMPARE(depth(), 2);
        QVERIFY(insert(QStringLiteral("B")));
        inner.rollback();
        QVERIFY(!inner.isActive());
        QCOMPARE(depth(), 1);
    }
    {
        Transaction inner(m_database->db());
        QVERIFY(inner.begin());
        QVERIFY(insert(QStringLiteral("C")));
        // The destructor rolls back to the savepoint.
    }
    {
        Transaction inner(m_database->db());
        QVERIFY(inner.begin());
        QVERIFY(insert(QStringLiteral("D")));
        QVERIFY(inner.commit());
    }
    QCOMPARE(codes(), QStringLiteral("A,D"));
    QVERIFY(outer.commit());
    QCOMPARE(depth(), 0);
    QCOMPARE(codes(), QStringLiteral("A,D"));
}

void tst_Transaction::outerRollbackDiscardsCommittedInner()
{
    {
        Transaction outer(m_database->db());
        QVERIFY(outer.begin());
        QVERIFY(insert(QStringLiteral("A")));
        Transaction inner(m_database->db());
        QVERIFY(inner.begin());
        QVERIFY(insert(QStringLiteral("B")));
        QVERIFY(inner.commit());
        outer.rollback();
    }
    QCOMPARE(depth(), 0);
    QCOMPARE(codes(), QString());
}

void tst_Transaction::threeLevels()
{
    Transaction outer(m_database->db());
    QVERIFY(outer.begin());
    QVERIFY(insert(QStringLiteral("A")));
    {
        Transaction middle(m_database->db());
        QVERIFY(middle.begin());
        QVERIFY(insert(QStringLiteral("B")));
        {
            Transaction inner(m_database->db());
            QVERIFY(inner.begin());
            QCOMPARE(depth(), 3);
            QVERIFY(insert(QStringLiteral("C")));
            QVERIFY(inner.commit());
        }
        QCOMPARE(depth(), 2);
        // Rolling back the middle level takes the committed inner one along.
        middle.rollback();
    }
    QVERIFY(insert(QStringLiteral("D")));
    QVERIFY(outer.commit());
    QCOMPARE(codes(), QStringLiteral("A,D"));
}

void tst_Transaction::failedStatementInInnerTransaction()
{
    Transaction outer(m_database->db());
    QVERIFY(outer.begin());
    QVERIFY(insert(QStringLiteral("A")));
    {
        Transaction inner(m_database->db());
        QVERIFY(inner.begin());
        QVERIFY(insert(QStringLiteral("B")));
        // The unique code makes this insert fail; the outer transaction
        // stays usable after the rollback to the savepoint.
        QVERIFY(!insert(QStringLiteral("A")));
        inner.rollback();
    }
    QVERIFY(insert(QStringLiteral("C")));
    QVERIFY(outer.commit());
    QCOMPARE(codes(), QStringLiteral("A,C"));
}

void tst_Transaction::outerCommitWithActiveInnerFails()
{
    Transaction outer(m_database->db());
    QVERIFY(outer.begin());
    QVERIFY(insert(QStringLiteral("A")));
    {
        Transaction inner(m_database->db());
        QVERIFY(inner.begin());
        QVERIFY(!outer.commit());
        QVERIFY(outer.isActive());
        QVERIFY(outer.error().text().contains(QStringLiteral("nested")));
        QVERIFY(inner.commit());
    }
    QVERIFY(outer.commit());
    QCOMPARE(codes(), QStringLiteral("A"));
}

void tst_Transaction::depthPerConnection()
{
    TestDatabase other(QStringLiteral("other"));
    QVERIFY2(other.isOpen(), qPrintable(other.error()));

    Transaction first(m_database->db());
    QVERIFY(first.begin());
    // Another connection starts its own outer transaction, not a savepoint.
    Transaction second(other.db());
    QVERIFY(second.begin());
    QVERIFY(!second.isNested());
    QCOMPARE(depth(), 1);
    QCOMPARE(Transaction::depth(other.connectionName()), 1);

    QVERIFY(insertInto(other.db(), QStringLiteral("X")));
    QVERIFY(second.commit());
    first.rollback();
    QCOMPARE(Transaction::depth(other.connectionName()), 0);
    QCOMPARE(depth(), 0);
    QCOMPARE(other.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")), 1);
}

void tst_Transaction::depthPerThread()
{
    // Each thread nests transactions on its own connection and file while
    // the others do the same; every depth must stay its own.
    constexpr int ThreadCount = 4;
    constexpr int Rounds = 40;
    QAtomicInt failures = 0;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < ThreadCount; ++t) {
        threads.push_back(std::unique_ptr<QThread>(QThread::create([t, &failures] {
            TestDatabase database(QStringLiteral("thread-%1").arg(t));
            if (!database.isOpen()) {
                failures.ref();
                return;
            }
            const QString name = database.connectionName();
            for (int round = 0; round < Rounds; ++round) {
                Transaction outer(database.db());
                Transaction inner(database.db());
                const bool ok = outer.begin() && inner.begin()
                                && Transaction::depth(name) == 2
                                && insertInto(database.db(), QString::number(round))
                                && inner.commit() && Transaction::depth(name) == 1
                                && outer.commit() && Transaction::depth(name) == 0;
                if (!ok)
                    failures.ref();
            }
            if (database.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")) != Rounds)
                failures.ref();
        })));
        threads.back()->start();
    }
    for (const auto &thread : threads)
        QVERIFY(thread->wait(60000));
    QCOMPARE(failures.loadRelaxed(), 0);
}

void tst_Transaction::commitStepRunsBeforeCommit()
{
    Transaction outer(m_database->db());
    QVERIFY(outer.begin());
    QVERIFY(insert(QStringLiteral("A")));

    // A step added inside a savepoint still waits for the outer COMMIT.
    QStringList seen;
    {
        Transaction inner(m_database->db());
        QVERIFY(inner.begin());
        Transaction::addCommitStep(m_database->connectionName(), QStringLiteral("step"),
                                   [&](QSqlDatabase db, QString *) {
                                       seen << QString::number(Transaction::depth(
                                           db.connectionName()));
                                       return insertInto(db, QStringLiteral("S"));
                                   });
        QVERIFY(inner.commit());
    }
    QVERIFY(seen.isEmpty());

    QVERIFY2(outer.commit(), qPrintable(outer.error().text()));
    QCOMPARE(seen, QStringList{QStringLiteral("1")});
    QCOMPARE(codes(), QStringLiteral("A,S"));
}

void tst_Transaction::failingCommitStepRollsBack()
{
    Transaction transaction(m_database->db());
    QVERIFY(transaction.begin());
    QVERIFY(insert(QStringLiteral("A")));
    Transaction::addCommitStep(m_database->connectionName(), QStringLiteral("refuse"),
                               [](QSqlDatabase, QString *error) {
                                   *error = QStringLiteral("refused on purpose");
                                   return false;
                               });

    QVERIFY(!transaction.commit());
    QCOMPARE(transaction.error().text(), QStringLiteral("refused on purpose"));
    QVERIFY(!transaction.isActive());
    QCOMPARE(depth(), 0);
    QCOMPARE(codes(), QString());

    // The connection writes normally afterwards, without the failed step.
    Transaction next(m_database->db());
    QVERIFY(next.begin());
    QVERIFY(insert(QStringLiteral("B")));
    QVERIFY2(next.commit(), qPrintable(next.error().text()));
    QCOMPARE(codes(), QStringLiteral("B"));
}

void tst_Transaction::commitStepOncePerKey()
{
    int first = 0;
    int second = 0;
    int other = 0;
    Transaction transaction(m_database->db());
    QVERIFY(transaction.begin());
    const QString connection = m_database->connectionName();
    Transaction::addCommitStep(connection, QStringLiteral("key"),
                               [&](QSqlDatabase, QString *) { return ++first > 0; });
    Transaction::addCommitStep(connection, QStringLiteral("key"),
                               [&](QSqlDatabase, QString *) { return ++second > 0; });
    Transaction::addCommitStep(connection, QStringLiteral("other"),
                               [&](QSqlDatabase, QString *) { return ++other > 0; });
    QVERIFY(transaction.commit());
    QCOMPARE(first, 1);
    QCOMPARE(second, 0);
    QCOMPARE(other, 1);
}

void tst_Transaction::rollbackDropsCommitSteps()
{
    int runs = 0;
    {
        Transaction transaction(m_database->db());
        QVERIFY(transaction.begin());
        Transaction::addCommitStep(m_database->connectionName(), QStringLiteral("key"),
                                   [&](QSqlDatabase, QString *) { return ++runs > 0; });
    }

    // Outside a transaction there is nothing to add a step to.
    Transaction::addCommitStep(m_database->connectionName(), QStringLiteral("key"),
                               [&](QSqlDatabase, QString *) { return ++runs > 0; });

    Transaction next(m_database->db());
    QVERIFY(next.begin());
    QVERIFY(next.commit());
    QCOMPARE(runs, 0);
}

QTEST_GUILESS_MAIN(tst_Transaction)
#include "tst_transaction.moc"
