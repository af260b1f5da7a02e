// The audit chain and the integrity check: how records are chained, and
// that each kind of change made past the application is reported with its
// ids and both values. The changes are a charge or payment edited in the
// file, an audit record edited or deleted, and a stored total changed.

#include "approvalthresholdservice.h"
#include "auditchain.h"
#include "auditchainhead.h"
#include "auditlog.h"
#include "chargeapprover.h"
#include "compactjson.h"
#include "database.h"
#include "integritychecker.h"
#include "integritycsv.h"
#include "integrityfixture.h"
#include "readsnapshot.h"
#include "testsupport.h"
#include "transaction.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QtTest>

#include <limits>
#include <memory>

using Kind = IntegrityMismatch::Kind;

class tst_Integrity : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void canonicalSerialisationIsStable();
    void appendLinksEachRecord();
    void appendAllLinksEachRecord();
    void compactJsonMatchesQJsonDocument_data();
    void compactJsonMatchesQJsonDocument();
    void headMovesOncePerTransaction();
    void cleanDatabaseVerifies();
    void chargeEditIsReported_data();
    void chargeEditIsReported();
    void voidWithoutAuditRecordIsReported();
    void paymentEditIsReported();
    void undoneReversalIsReported();
    void approvedAndRejectedChargesVerify();
    void approverEditIsReported();
    void approvalWithoutRecordIsReported();
    void deletedRowIsReported_data();
    void deletedRowIsReported();
    void auditRecordEditIsReported();
    void rehashedAuditRecordBreaksNextLink();
    void auditRecordDeletionIsReported();
    void lastAuditRecordDeletionIsReported();
    void storedTotalEditIsReported_data();
    void storedTotalEditIsReported();
    void triggersRejectChanges_data();
    void triggersRejectChanges();
    void upgradeChainsExistingRecords_data();
    void upgradeChainsExistingRecords();
    void concurrentWritersKeepOneChain();
    void progressReachesTotal();
    void cancelStopsCheck();
    void csvListsEachMismatch();

private:
    QSqlDatabase db() const { return m_database->db(); }
    qint64 scalar(const QString &sql) const { return m_database->scalar(sql); }

    // Runs the check inside a read transaction, as the window and the
    // command line do.
    IntegrityResult check(const ReportProgress &progress = ReportProgress()) const;

    // Changes table past its triggers (IntegrityFixture::tamper).
    void tamper(const QString &table, const QStringList &statements);

    // Returns the id of the audit record of action on entity entityId.
    qint64 auditId(const QString &action, qint64 entityId) const;

    // Sets an approval threshold of 500.00 CNY and enters a charge of
    // 600.00, which waits for approval. Returns its id, 0 on failure.
    qint64 enterPendingCharge();

    std::unique_ptr<TestDatabase> m_database;
    IntegrityFixture::Ids m_ids;
};

namespace {

// Returns the mismatches of result, one line each, for failure messages.
QString listed(const IntegrityResult &result)
{
    QStringList lines;
    for (const IntegrityMismatch &mismatch : result.mismatches)
        lines << IntegrityMismatch::kindCode(mismatch.kind) + QLatin1Char(' ')
                     + mismatch.description();
    return lines.isEmpty() ? QStringLiteral("(no mismatches)") : lines.join(QLatin1Char('\n'));
}

// Returns the first mismatch of kind on table row rowId and column, or
// nullptr.
const IntegrityMismatch *find(const IntegrityResult &result, Kind kind, const QString &table,
                              qint64 rowId, const QString &column)
{
    for (const IntegrityMismatch &mismatch : result.mismatches) {
        if (mismatch.kind == kind && mismatch.table == table && mismatch.rowId == rowId
            && mismatch.column == column) {
            return &mismatch;
        }
    }
    return nullptr;
}

// Returns how many mismatches of result are about the audit chain itself.
qsizetype chainMismatches(const IntegrityResult &result)
{
    qsizetype count = 0;
    for (const IntegrityMismatch &mismatch : result.mismatches) {
        if (mismatch.kind == Kind::AuditHash || mismatch.kind == Kind::AuditLink
            || mismatch.kind == Kind::ChainHead) {
            ++count;
        }
    }
    return count;
}

// Returns audit record id as stored, or an empty record when it is missing.
AuditRecord readRecord(QSqlDatabase db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT id, occurred_at, actor, action, entity, entity_id, details, note, prev_hash, "
        "record_hash FROM audit_log WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec() || !query.next())
        return AuditRecord();
    return AuditRecord::fromQuery(query);
}

// Returns text as an SQL string literal, for the statements a tamperer
// types.
QString literal(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

void tst_Integrity::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
    m_ids = IntegrityFixture::Ids();
    QString error;
    QVERIFY2(IntegrityFixture::seed(db(), &m_ids, &error), qPrintable(error));
}

void tst_Integrity::cleanup()
{
    m_database.reset();
}

IntegrityResult tst_Integrity::check(const ReportProgress &progress) const
{
    QSqlDatabase connection = db();
    QSqlError error;
    if (!ReadSnapshot::begin(connection, &error))
        qWarning() << "No read snapshot:" << error.text();
    const IntegrityResult result = IntegrityChecker(connection).run(progress);
    connection.rollback();
    return result;
}

void tst_Integrity::tamper(const QString &table, const QStringList &statements)
{
    QString error;
    QVERIFY2(IntegrityFixture::tamper(m_database->location(), db(), table, statements, &error),
             qPrintable(error));
}

qint64 tst_Integrity::auditId(const QString &action, qint64 entityId) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral(
        "SELECT id FROM audit_log WHERE action = :action AND entity_id = :entity_id"));
    query.bindValue(QStringLiteral(":action"), action);
    query.bindValue(QStringLiteral(":entity_id"), entityId);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

qint64 tst_Integrity::enterPendingCharge()
{
    // While the users table is empty every account acts as an admin.
    const ApprovalThresholdService::Result threshold
        = ApprovalThresholdService(db(), QStringLiteral("tester"))
              .set(Money(50000, QStringLiteral("CNY")));
    if (!threshold.succeeded()) {
        qWarning() << threshold.errorMessage;
        return 0;
    }
    return PaymentFixture::addCharge(db(), m_ids.customerId, m_ids.billId,
                                     QStringLiteral("600.00"));
}

void tst_Integrity::canonicalSerialisationIsStable()
{
    AuditRecord record;
    record.id = 7;
    record.occurredAt = QStringLiteral("2026-01-02T03:04:05.678Z");
    record.actor = QStringLiteral("张三");
    record.action = QStringLiteral("charge.add");
    record.entity = QStringLiteral("charge");
    record.entityId = 42;
    record.details = QStringLiteral("{\"amount_minor\":12050,\"note\":\"运费\"}");
    record.note = QStringLiteral("a:b\nc");
    record.prevHash = AuditChain::genesisHash();

    // The bytes and the hash were computed independently of this code
    // (Python's hashlib), from the format that auditchain.h documents.
    const QByteArray expected = QByteArrayLiteral("chargedesk-audit-v1\n"
                                                  "id:1:7\n"
                                                  "occurred_at:24:2026-01-02T03:04:05.678Z\n"
                                                  "actor:6:\xe5\xbc\xa0\xe4\xb8\x89\n"
                                                  "action:10:charge.add\n"
                                                  "entity:6:charge\n"
                                                  "entity_id:2:42\n"
                                                  "details:38:{\"amount_minor\":12050,"
                                                  "\"note\":\"\xe8\xbf\x90\xe8\xb4\xb9\"}\n"
                                                  "note:5:a:b\nc\n"
                                                  "prev_hash:64:")
                               + QByteArray(64, '0') + QByteArrayLiteral("\n");
    QCOMPARE(AuditChain::canonicalBytes(record), expected);
    QCOMPARE(AuditChain::recordHash(record),
             QStringLiteral("5f6567b20f9a9257dfc2be1aa0d44d04d43937cfee33001862bc397d4ddb200d"));
    QVERIFY(AuditChain::isHash(AuditChain::recordHash(record)));

    // Every field is covered: changing any one changes the hash.
    const QString original = AuditChain::recordHash(record);
    AuditRecord changed = record;
    changed.id = 8;
    QVERIFY(AuditChain::recordHash(changed) != original);
    changed = record;
    changed.note = QStringLiteral("a:b\nd");
    QVERIFY(AuditChain::recordHash(changed) != original);
    changed = record;
    changed.prevHash = QString(64, QLatin1Char('1'));
    QVERIFY(AuditChain::recordHash(changed) != original);
}

void tst_Integrity::appendLinksEachRecord()
{
    const qint64 before = scalar(QStringLiteral("SELECT MAX(id) FROM audit_log"));
    AuditLog log(db());
    QString error;
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(log.append(QStringLiteral("tester"), QStringLiteral("test.append"),
                            QStringLiteral("test"), i, {{QStringLiteral("n"), i}},
                            QStringLiteral("note %1").arg(i), &error),
                 qPrintable(error));
    }

    QSqlQuery query(db());
    VERIFY_SQL(query, query.exec(QStringLiteral(
                          "SELECT id, occurred_at, actor, action, entity, entity_id, details, "
                          "note, prev_hash, record_hash FROM audit_log ORDER BY id")));
    QString previousHash = AuditChain::genesisHash();
    qint64 expectedId = 1;
    while (query.next()) {
        const AuditRecord record = AuditRecord::fromQuery(query);
        QCOMPARE(record.id, expectedId);
        QCOMPARE(record.prevHash, previousHash);
        QCOMPARE(record.recordHash, AuditChain::recordHash(record));
        previousHash = record.recordHash;
        ++expectedId;
    }
    QCOMPARE(expectedId - 1, before + 3);

    const auto head = AuditChainHead(db()).read(&error);
    QVERIFY2(head, qPrintable(error));
    QCOMPARE(head->lastId, before + 3);
    QCOMPARE(head->lastHash, previousHash);
}

void tst_Integrity::appendAllLinksEachRecord()
{
    // 250 records take three INSERT statements of 100 rows or fewer, and
    // the records before and after come from append() in the same
    // transaction.
    const qint64 before = scalar(QStringLiteral("SELECT MAX(id) FROM audit_log"));
    QList<AuditLog::Entry> entries;
    for (int i = 0; i < 250; ++i) {
        entries.append({i, {{QStringLiteral("n"), i},
                            {QStringLiteral("name"), QStringLiteral("客户 \"%1\"").arg(i)}}});
    }
    AuditLog log(db());
    QString error;
    Transaction transaction(db());
    QVERIFY(transaction.begin());
    QVERIFY2(log.append(QStringLiteral("tester"), QStringLiteral("test.first"),
                        QStringLiteral("test"), -1, {}, QString(), &error),
             qPrintable(error));
    QVERIFY2(log.appendAll(QStringLiteral("tester"), QStringLiteral("test.append"),
                           QStringLiteral("test"), entries, QString(), &error),
             qPrintable(error));
    QVERIFY2(log.append(QStringLiteral("tester"), QStringLiteral("test.last"),
                        QStringLiteral("test"), -2, {}, QString(), &error),
             qPrintable(error));
    QVERIFY2(transaction.commit(), qPrintable(transaction.error().text()));

    QSqlQuery query(db());
    VERIFY_SQL(query, query.exec(QStringLiteral(
                          "SELECT id, occurred_at, actor, action, entity, entity_id, details, "
                          "note, prev_hash, record_hash FROM audit_log ORDER BY id")));
    QString previousHash = AuditChain::genesisHash();
    qint64 expectedId = 1;
    while (query.next()) {
        const AuditRecord record = AuditRecord::fromQuery(query);
        QCOMPARE(record.id, expectedId);
        QCOMPARE(record.prevHash, previousHash);
        QCOMPARE(record.recordHash, AuditChain::recordHash(record));
        if (record.action == QLatin1String("test.append")) {
            const qint64 index = record.id - before - 2;
            QCOMPARE(record.entityId, index);
            QCOMPARE(record.details,
                     QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(
                                                         entries.at(index).details))
                                           .toJson(QJsonDocument::Compact)));
        }
        previousHash = record.recordHash;
        ++expectedId;
    }
    QCOMPARE(expectedId - 1, before + 252);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                   "'test.append'")),
             qint64(250));

    const auto head = AuditChainHead(db()).read(&error);
    QVERIFY2(head, qPrintable(error));
    QCOMPARE(head->lastId, before + 252);
    QCOMPARE(head->lastHash, previousHash);
    const IntegrityResult result = check();
    QVERIFY2(result.mismatches.isEmpty(), qPrintable(listed(result)));
}

void tst_Integrity::compactJsonMatchesQJsonDocument_data()
{
    QTest::addColumn<QVariantMap>("map");

    QTest::newRow("empty") << QVariantMap();
    QTest::newRow("customer") << QVariantMap{
        {QStringLiteral("code"), QStringLiteral("C00042")},
        {QStringLiteral("company_name"), QStringLiteral("上海运通贸易有限公司")},
        {QStringLiteral("fax"), QString()},
        {QStringLiteral("phone"), QStringLiteral("")},
        {QStringLiteral("line"), 42},
        {QStringLiteral("source"), QStringLiteral("csv")}};
    QTest::newRow("integers") << QVariantMap{
        {QStringLiteral("int"), -2147483647 - 1},
        {QStringLiteral("large"), qint64(9007199254740993LL)},
        {QStringLiteral("min"), std::numeric_limits<qint64>::min()}};
    QTest::newRow("escapes") << QVariantMap{
        {QStringLiteral("quote \" key"), QStringLiteral("a \"b\" c\\d/e")},
        {QStringLiteral("controls"), QStringLiteral("tab\tnl\ncr\rbs\bff\f\x01\x1f\x7f")},
        {QStringLiteral("separators"), QString(QChar(0x2028)) + QChar(0x2029)}};
    QTest::newRow("surrogates") << QVariantMap{
        {QStringLiteral("pair"), QStringLiteral("😀 ok")},
        {QStringLiteral("lone"), QString(QChar(0xD800)) + QStringLiteral("x")},
        {QString(QChar(0xDC00)), 1}};
    QTest::newRow("other types") << QVariantMap{
        {QStringLiteral("amount"), 12.5},
        {QStringLiteral("flag"), true},
        {QStringLiteral("none"), QVariant()},
        {QStringLiteral("text"), QStringLiteral("x")}};
}

void tst_Integrity::compactJsonMatchesQJsonDocument()
{
    QFETCH(QVariantMap, map);

    // Audit hashes cover the details text, so the text must not depend on
    // which writer produced it.
    const QString expected = QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
    QCOMPARE(CompactJson::fromVariantMap(map), expected);
}

void tst_Integrity::headMovesOncePerTransaction()
{
    QString error;
    const auto before = AuditChainHead(db()).read(&error);
    QVERIFY2(before, qPrintable(error));

    auto append = [this](int n, QString *appendError) {
        return AuditLog(db()).append(QStringLiteral("tester"), QStringLiteral("test.append"),
                                     QStringLiteral("test"), n, {}, QString(), appendError);
    };

    Transaction transaction(db());
    QVERIFY(transaction.begin());
    QVERIFY2(append(1, &error), qPrintable(error));

    // The second record sits in a savepoint that is rolled back, so the
    // third links to the first.
    {
        Transaction inner(db());
        QVERIFY(inner.begin());
        QVERIFY2(append(2, &error), qPrintable(error));
    }
    QVERIFY2(append(3, &error), qPrintable(error));

    const auto during = AuditChainHead(db()).read(&error);
    QVERIFY2(during, qPrintable(error));
    QCOMPARE(during->lastId, before->lastId);
    QVERIFY2(transaction.commit(), qPrintable(transaction.error().text()));

    const auto after = AuditChainHead(db()).read(&error);
    QVERIFY2(after, qPrintable(error));
    QCOMPARE(after->lastId, before->lastId + 2);
    QCOMPARE(scalar(QStringLiteral("SELECT MAX(entity_id) FROM audit_log WHERE action = "
                                   "'test.append'")),
             qint64(3));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                   "'test.append'")),
             qint64(2));

    // A rolled back transaction leaves the head where it was.
    {
        Transaction discarded(db());
        QVERIFY(discarded.begin());
        QVERIFY2(append(4, &error), qPrintable(error));
    }
    const auto unchanged = AuditChainHead(db()).read(&error);
    QVERIFY2(unchanged, qPrintable(error));
    QCOMPARE(unchanged->lastId, after->lastId);
    QCOMPARE(unchanged->lastHash, after->lastHash);

    const IntegrityResult result = check();
    QVERIFY2(result.mismatches.isEmpty(), qPrintable(listed(result)));
}

void tst_Integrity::cleanDatabaseVerifies()
{
    const IntegrityResult result = check();
    QCOMPARE(result.status, ReportQueryStatus::Completed);
    QVERIFY2(result.isClean(), qPrintable(listed(result)));

    // Two bills, three charges, a void, a plan, four payments and a reversal.
    QCOMPARE(result.auditRecords, 12);
    QCOMPARE(result.auditRecords, scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")));
    QCOMPARE(result.charges, 3);
    QCOMPARE(result.payments, 4);
    QCOMPARE(result.bills, 2);
    QCOMPARE(result.customers, 2);
    QCOMPARE(result.installments, 3);
    QCOMPARE(result.chainLastId, scalar(QStringLiteral("SELECT MAX(id) FROM audit_log")));
    QCOMPARE(result.firstBrokenAuditId, 0);

    QString error;
    const auto head = AuditChainHead(db()).read(&error);
    QVERIFY2(head, qPrintable(error));
    QCOMPARE(result.chainLastHash, head->lastHash);
}

void tst_Integrity::chargeEditIsReported_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("newValue");

    QTest::newRow("amount") << "amount_minor" << "99999";
    QTest::newRow("currency") << "currency" << "'USD'";
    QTest::newRow("fee type") << "fee_type_code" << "'OTHER'";
    QTest::newRow("reason") << "reason_code" << "'OTHER'";
    QTest::newRow("due date") << "due_date" << "'2031-12-31'";
    QTest::newRow("request key") << "request_key" << "'tampered-key-0001'";
    QTest::newRow("note") << "note" << "'changed afterwards'";
    QTest::newRow("customer") << "customer_id"
                              << "(SELECT id FROM customers WHERE code = 'GLOBEX')";
    QTest::newRow("bill") << "bill_id" << "NULL";
    QTest::newRow("method") << "payment_method_code" << "'CASH'";
    QTest::newRow("author") << "created_by" << "'mallory'";
    QTest::newRow("entered") << "created_at" << "'2020-01-01T00:00:00.000Z'";
    QTest::newRow("duplicate note") << "duplicate_ack_note" << "'nothing to see'";
}

void tst_Integrity::chargeEditIsReported()
{
    QFETCH(QString, column);
    QFETCH(QString, newValue);

    QSqlQuery before(db());
    VERIFY_SQL(before, before.exec(QStringLiteral("SELECT %1 FROM charges WHERE id = %2")
                                       .arg(column)
                                       .arg(m_ids.chargeId)));
    VERIFY_SQL(before, before.next());
    const QVariant oldValue = before.value(0);
    before.finish();

    tamper(QStringLiteral("charges"),
           {QStringLiteral("UPDATE charges SET %1 = %2 WHERE id = %3")
                .arg(column, newValue)
                .arg(m_ids.chargeId)});

    const IntegrityResult result = check();
    QCOMPARE(result.status, ReportQueryStatus::Completed);
    QVERIFY(!result.isClean());
    const IntegrityMismatch *mismatch
        = find(result, Kind::AuditedValue, QStringLiteral("charges"), m_ids.chargeId, column);
    QVERIFY2(mismatch, qPrintable(listed(result)));
    QCOMPARE(mismatch->auditId, auditId(QStringLiteral("charge.add"), m_ids.chargeId));
    QCOMPARE(mismatch->expected, oldValue.isNull() ? QString() : oldValue.toString());
    QVERIFY(mismatch->stored != mismatch->expected);
    QVERIFY2(mismatch->description().contains(QString::number(m_ids.chargeId)),
             qPrintable(mismatch->description()));

    // The chain itself is intact: only the row changed.
    QCOMPARE(chainMismatches(result), 0);
}

void tst_Integrity::voidWithoutAuditRecordIsReported()
{
    tamper(QStringLiteral("charges"),
           {QStringLiteral("UPDATE charges SET status = 'void', voided_by = 'mallory', "
                           "voided_at = '2026-01-01T00:00:00.000Z', void_reason = 'gone', "
                           "paid_minor = 0 WHERE id = %1")
                .arg(m_ids.chargeId)});

    const IntegrityResult result = check();
    const IntegrityMismatch *mismatch = find(result, Kind::AuditMissing,
                                             QStringLiteral("charges"), m_ids.chargeId,
                                             QStringLiteral("charge.void"));
    QVERIFY2(mismatch, qPrintable(listed(result)));

    // The charge no longer counts, so the totals that include it disagree.
    QVERIFY2(find(result, Kind::StoredTotal, QStringLiteral("bills"), m_ids.billId,
                  QStringLiteral("charges_total_minor")),
             qPrintable(listed(result)));
    QVERIFY2(find(result, Kind::StoredTotal, QStringLiteral("charges"), m_ids.chargeId,
                  QStringLiteral("paid_minor")),
             qPrintable(listed(result)));
}

void tst_Integrity::paymentEditIsReported()
{
    tamper(QStringLiteral("payments"),
           {QStringLiteral("UPDATE payments SET amount_minor = 99 WHERE id = %1")
                .arg(m_ids.billPaymentId)});

    const IntegrityResult result = check();
    const IntegrityMismatch *mismatch = find(result, Kind::AuditedValue,
                                             QStringLiteral("payments"), m_ids.billPaymentId,
                                             QStringLiteral("amount_minor"));
    QVERIFY2(mismatch, qPrintable(listed(result)));
    QCOMPARE(mismatch->stored, QStringLiteral("99"));
    QCOMPARE(mismatch->expected, QStringLiteral("1000"));
    QCOMPARE(mismatch->currency, QStringLiteral("CNY"));
    QCOMPARE(mismatch->auditId, auditId(QStringLiteral("payment.add"), m_ids.billPaymentId));

    const IntegrityMismatch *billPaid = find(result, Kind::StoredTotal, QStringLiteral("bills"),
                                             m_ids.billId, QStringLiteral("paid_minor"));
    QVERIFY2(billPaid, qPrintable(listed(result)));
    QCOMPARE(billPaid->stored.toLongLong() - billPaid->expected.toLongLong(), 1000 - 99);
    QVERIFY2(find(result, Kind::StoredTotal, QStringLiteral("customers"), m_ids.customerId,
                  QStringLiteral("balance_minor")),
             qPrintable(listed(result)));
}

void tst_Integrity::undoneReversalIsReported()
{
    tamper(QStringLiteral("payments"),
           {QStringLiteral("UPDATE payments SET status = 'posted', reversed_by = NULL, "
                           "reversed_at = NULL, reverse_reason = NULL WHERE id = %1")
                .arg(m_ids.reversedPaymentId)});

    const IntegrityResult result = check();
    const IntegrityMismatch *mismatch = find(result, Kind::AuditedValue,
                                             QStringLiteral("payments"),
                                             m_ids.reversedPaymentId, QStringLiteral("status"));
    QVERIFY2(mismatch, qPrintable(listed(result)));
    QCOMPARE(mismatch->stored, QStringLiteral("posted"));
    QCOMPARE(mismatch->expected, QStringLiteral("reversed"));
    QCOMPARE(mismatch->auditId,
             auditId(QStringLiteral("payment.reverse"), m_ids.reversedPaymentId));
}

void tst_Integrity::approvedAndRejectedChargesVerify()
{
    const qint64 approvedId = enterPendingCharge();
    const qint64 rejectedId = enterPendingCharge();
    QVERIFY(approvedId != 0 && rejectedId != 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM charges WHERE status = 'pending'")), 2);

    ChargeApprover checker(db(), QStringLiteral("checker"));
    const auto approved = checker.approve(approvedId);
    QVERIFY2(approved.ok, qPrintable(approved.errorMessage));
    const auto rejected = checker.reject(rejectedId, QStringLiteral("Not agreed"));
    QVERIFY2(rejected.ok, qPrintable(rejected.errorMessage));

    const IntegrityResult result = check();
    QVERIFY2(result.isClean(), qPrintable(listed(result)));
    QCOMPARE(result.charges, 5);
}

void tst_Integrity::approverEditIsReported()
{
    const qint64 chargeId = enterPendingCharge();
    QVERIFY(chargeId != 0);
    const auto approved = ChargeApprover(db(), QStringLiteral("checker")).approve(chargeId);
    QVERIFY2(approved.ok, qPrintable(approved.errorMessage));
    tamper(QStringLiteral("charges"),
           {QStringLiteral("UPDATE charges SET approved_by = 'mallory' WHERE id = %1")
                .arg(chargeId)});

    const IntegrityResult result = check();
    const IntegrityMismatch *mismatch = find(result, Kind::AuditedValue,
                                             QStringLiteral("charges"), chargeId,
                                             QStringLiteral("approved_by"));
    QVERIFY2(mismatch, qPrintable(listed(result)));
    QCOMPARE(mismatch->stored, QStringLiteral("mallory"));
    QCOMPARE(mismatch->expected, QStringLiteral("checker"));
    QCOMPARE(mismatch->auditId, auditId(QStringLiteral("charge.approve"), chargeId));
}

void tst_Integrity::approvalWithoutRecordIsReported()
{
    // A pending charge set to posted in the file, past the maker–checker
    // rule, counts in the totals without anyone's approval.
    const qint64 chargeId = enterPendingCharge();
    QVERIFY(chargeId != 0);
    tamper(QStringLiteral("charges"),
           {QStringLiteral("UPDATE charges SET status = 'posted' WHERE id = %1").arg(chargeId)});

    const IntegrityResult result = check();
    QVERIFY2(find(result, Kind::AuditMissing, QStringLiteral("charges"), chargeId,
                  QStringLiteral("charge.approve")),
             qPrintable(listed(result)));
    QVERIFY2(find(result, Kind::StoredTotal, QStringLiteral("customers"), m_ids.customerId,
                  QStringLiteral("balance_minor")),
             qPrintable(listed(result)));
}

void tst_Integrity::deletedRowIsReported_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("createAction");
    QTest::addColumn<QString>("changeAction");

    QTest::newRow("void charge") << "charges" << "charge.add" << "charge.void";
    QTest::newRow("reversed payment") << "payments" << "payment.add" << "payment.reverse";
}

void tst_Integrity::deletedRowIsReported()
{
    QFETCH(QString, table);
    QFETCH(QString, createAction);
    QFETCH(QString, changeAction);

    const qint64 id = table == QLatin1String("charges") ? m_ids.voidChargeId
                                                        : m_ids.reversedPaymentId;
    tamper(table, {QStringLiteral("DELETE FROM %1 WHERE id = %2").arg(table).arg(id)});

    const IntegrityResult result = check();
    for (const QString &action : {createAction, changeAction}) {
        const IntegrityMismatch *mismatch = find(result, Kind::RowMissing, table, id, action);
        QVERIFY2(mismatch, qPrintable(action + QLatin1Char('\n') + listed(result)));
        QCOMPARE(mismatch->auditId, auditId(action, id));
    }
}

void tst_Integrity::auditRecordEditIsReported()
{
    const qint64 recordId = auditId(QStringLiteral("charge.add"), m_ids.chargeId);
    tamper(QStringLiteral("audit_log"),
           {QStringLiteral("UPDATE audit_log SET details = replace(details, '12050', '99999') "
                           "WHERE id = %1")
                .arg(recordId)});

    const IntegrityResult result = check();
    const IntegrityMismatch *mismatch = find(result, Kind::AuditHash,
                                             QStringLiteral("audit_log"), recordId,
                                             QStringLiteral("record_hash"));
    QVERIFY2(mismatch, qPrintable(listed(result)));
    QCOMPARE(mismatch->stored, readRecord(db(), recordId).recordHash);
    QVERIFY(AuditChain::isHash(mismatch->expected));
    QVERIFY(mismatch->expected != mismatch->stored);
    QCOMPARE(result.firstBrokenAuditId, recordId);

    // The next record still links to the stored hash, so the break shows at
    // the edited record only.
    QCOMPARE(chainMismatches(result), 1);

    // The charge now differs from its edited record.
    QVERIFY2(find(result, Kind::AuditedValue, QStringLiteral("charges"), m_ids.chargeId,
                  QStringLiteral("amount_minor")),
             qPrintable(listed(result)));
}

void tst_Integrity::rehashedAuditRecordBreaksNextLink()
{
    // A tamperer who has read the format rewrites the record's hash too.
    const qint64 recordId = auditId(QStringLiteral("charge.add"), m_ids.chargeId);
    AuditRecord record = readRecord(db(), recordId);
    record.details.replace(QStringLiteral("12050"), QStringLiteral("99999"));
    record.recordHash = AuditChain::recordHash(record);
    tamper(QStringLiteral("audit_log"),
           {QStringLiteral("UPDATE audit_log SET details = %1, record_hash = %2 WHERE id = %3")
                .arg(literal(record.details), literal(record.recordHash))
                .arg(recordId)});

    const IntegrityResult result = check();
    QVERIFY2(!find(result, Kind::AuditHash, QStringLiteral("audit_log"), recordId,
                   QStringLiteral("record_hash")),
             qPrintable(listed(result)));
    const IntegrityMismatch *link = find(result, Kind::AuditLink, QStringLiteral("audit_log"),
                                         recordId + 1, QStringLiteral("prev_hash"));
    QVERIFY2(link, qPrintable(listed(result)));
    QCOMPARE(link->expected, record.recordHash);
    QCOMPARE(link->previousAuditId, recordId);
    QCOMPARE(result.firstBrokenAuditId, recordId + 1);
}

void tst_Integrity::auditRecordDeletionIsReported()
{
    const qint64 recordId = auditId(QStringLiteral("charge.add"), m_ids.voidChargeId);
    const qint64 lastId = scalar(QStringLiteral("SELECT MAX(id) FROM audit_log"));
    QVERIFY(recordId > 1 && recordId < lastId);
    tamper(QStringLiteral("audit_log"),
           {QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(recordId)});

    const IntegrityResult result = check();
    const IntegrityMismatch *link = find(result, Kind::AuditLink, QStringLiteral("audit_log"),
                                         recordId + 1, QStringLiteral("prev_hash"));
    QVERIFY2(link, qPrintable(listed(result)));
    QCOMPARE(link->previousAuditId, recordId - 1);
    QVERIFY2(link->description().contains(
                 QStringLiteral("audit record %1 was deleted").arg(recordId)),
             qPrintable(link->description()));
    QCOMPARE(result.firstBrokenAuditId, recordId + 1);
    QCOMPARE(chainMismatches(result), 1);

    // The charge lost its creation record.
    QVERIFY2(find(result, Kind::AuditMissing, QStringLiteral("charges"), m_ids.voidChargeId,
                  QStringLiteral("charge.add")),
             qPrintable(listed(result)));
}

void tst_Integrity::lastAuditRecordDeletionIsReported()
{
    const qint64 lastId = scalar(QStringLiteral("SELECT MAX(id) FROM audit_log"));
    tamper(QStringLiteral("audit_log"),
           {QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(lastId)});

    const IntegrityResult result = check();
    const IntegrityMismatch *head = find(result, Kind::ChainHead,
                                         QStringLiteral("audit_chain_head"), 1,
                                         QStringLiteral("last_id"));
    QVERIFY2(head, qPrintable(listed(result)));
    QCOMPARE(head->stored, QString::number(lastId));
    QCOMPARE(head->expected, QString::number(lastId - 1));
    QCOMPARE(result.firstBrokenAuditId, lastId);
    QCOMPARE(chainMismatches(result), 1);
}

void tst_Integrity::storedTotalEditIsReported_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");

    QTest::newRow("customer balance") << "customers" << "balance_minor";
    QTest::newRow("bill lines") << "bills" << "lines_total_minor";
    QTest::newRow("bill charges") << "bills" << "charges_total_minor";
    QTest::newRow("bill paid") << "bills" << "paid_minor";
    QTest::newRow("charge paid") << "charges" << "paid_minor";
    QTest::newRow("installment paid") << "installments" << "paid_minor";
}

void tst_Integrity::storedTotalEditIsReported()
{
    QFETCH(QString, table);
    QFETCH(QString, column);

    const QHash<QString, qint64> ids = {
        {QStringLiteral("customers"), m_ids.customerId},
        {QStringLiteral("bills"), m_ids.billId},
        {QStringLiteral("charges"), m_ids.chargeId},
        {QStringLiteral("installments"), m_ids.installmentId},
    };
    const qint64 id = ids.value(table);
    const qint64 before = scalar(
        QStringLiteral("SELECT %1 FROM %2 WHERE id = %3").arg(column, table).arg(id));
    // One less, because the installment is paid in full and its paid
    // amount cannot exceed its amount.
    tamper(table, {QStringLiteral("UPDATE %1 SET %2 = %2 - 1 WHERE id = %3")
                       .arg(table, column)
                       .arg(id)});

    const IntegrityResult result = check();
    QCOMPARE(result.mismatches.size(), 1);
    const IntegrityMismatch *mismatch = find(result, Kind::StoredTotal, table, id, column);
    QVERIFY2(mismatch, qPrintable(listed(result)));
    QCOMPARE(mismatch->stored, QString::number(before - 1));
    QCOMPARE(mismatch->expected, QString::number(before));
    QCOMPARE(mismatch->currency, QStringLiteral("CNY"));
    QCOMPARE(result.firstBrokenAuditId, 0);

    // Customers and bills are named by the code and number people know.
    const QHash<QString, QString> names = {
        {QStringLiteral("customers"), QStringLiteral("ACME")},
        {QStringLiteral("bills"), QStringLiteral("ACME-1")},
    };
    QCOMPARE(mismatch->rowName, names.value(table));
    QVERIFY2(mismatch->description().contains(names.value(table)),
             qPrintable(mismatch->description()));
}

void tst_Integrity::triggersRejectChanges_data()
{
    QTest::addColumn<QString>("statement");

    QTest::newRow("audit update") << "UPDATE audit_log SET note = 'changed' WHERE id = 1";
    QTest::newRow("audit hash removed")
        << "UPDATE audit_log SET prev_hash = NULL, record_hash = NULL WHERE id = 1";
    QTest::newRow("audit delete") << "DELETE FROM audit_log WHERE id = 1";
    QTest::newRow("audit insert without hashes")
        << "INSERT INTO audit_log (id, occurred_at, actor, action, entity, entity_id, details, "
           "note) VALUES (100000, '2026-01-01T00:00:00.000Z', 'mallory', 'charge.add', "
           "'charge', 1, '{}', '')";
    QTest::newRow("charge delete") << "DELETE FROM charges";
    QTest::newRow("payment delete") << "DELETE FROM payments";
    QTest::newRow("chain head delete") << "DELETE FROM audit_chain_head";
    QTest::newRow("chain head back")
        << "UPDATE audit_chain_head SET last_id = 0, last_hash = "
           "'0000000000000000000000000000000000000000000000000000000000000000'";
    QTest::newRow("chain head rehash")
        << "UPDATE audit_chain_head SET last_hash = "
           "'ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff'";
}

void tst_Integrity::triggersRejectChanges()
{
    QFETCH(QString, statement);

    QSqlQuery query(db());
    QVERIFY2(!query.exec(statement), qPrintable(statement));

    const IntegrityResult result = check();
    QVERIFY2(result.isClean(), qPrintable(listed(result)));
}

void tst_Integrity::upgradeChainsExistingRecords_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("records");

    QTest::newRow("version 1") << "schema-v1.sqlite" << qint64(4);
    QTest::newRow("version 2") << "schema-v2.sqlite" << qint64(15);
}

void tst_Integrity::upgradeChainsExistingRecords()
{
    SKIP_ON_POSTGRESQL("the earlier versions exist as SQLite files only");
    QFETCH(QString, file);
    QFETCH(qint64, records);

    QTemporaryDir dir;
    const QString path = dir.filePath(file);
    QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/") + file, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    const QString connection = QStringLiteral("upgrade");
    QString error;
    QVERIFY2(Database::open(path, connection, &error), qPrintable(error));
    IntegrityResult result;
    qint64 unchained = -1;
    {
        QSqlDatabase upgraded = QSqlDatabase::database(connection);
        QCOMPARE(Database::storedSchemaVersion(upgraded), Database::SchemaVersion);
        result = IntegrityChecker(upgraded).run();

        QSqlQuery query(upgraded);
        if (query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE prev_hash IS NULL "
                                      "OR record_hash IS NULL"))
            && query.next()) {
            unchained = query.value(0).toLongLong();
        }
    }
    Database::close(connection);

    QCOMPARE(result.status, ReportQueryStatus::Completed);
    QVERIFY2(result.isClean(), qPrintable(listed(result)));
    QCOMPARE(result.auditRecords, records);
    QCOMPARE(result.chainLastId, records);
    QCOMPARE(unchained, 0);
}

void tst_Integrity::concurrentWritersKeepOneChain()
{
    constexpr int Writers = 3;
    constexpr int RecordsEach = 30;
    const qint64 before = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const QString location = m_database->location();

    // Each writer has a connection of its own, as a second window or
    // process would, and appends each record in a transaction of its own.
    QList<QThread *> threads;
    QStringList errors;
    QMutex errorsMutex;
    for (int writer = 0; writer < Writers; ++writer) {
        threads << QThread::create([&, writer] {
            const QString name = QStringLiteral("writer-%1").arg(writer);
            QString error;
            if (!Database::open(location, name, &error)) {
                QMutexLocker locker(&errorsMutex);
                errors << error;
                return;
            }
            {
                QSqlDatabase connection = QSqlDatabase::database(name);
                for (int i = 0; i < RecordsEach && error.isEmpty(); ++i) {
                    Transaction transaction(connection);
                    if (!transaction.begin()) {
                        error = transaction.error().text();
                        break;
                    }
                    if (AuditLog(connection).append(QStringLiteral("writer"),
                                                    QStringLiteral("test.concurrent"),
                                                    QStringLiteral("test"), writer, {},
                                                    QString(), &error)
                        && !transaction.commit()) {
                        error = transaction.error().text();
                    }
                }
            }
            Database::close(name);
            if (!error.isEmpty()) {
                QMutexLocker locker(&errorsMutex);
                errors << error;
            }
        });
    }
    for (QThread *thread : std::as_const(threads))
        thread->start();
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(120000));
        delete thread;
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));

    const IntegrityResult result = check();
    QVERIFY2(result.isClean(), qPrintable(listed(result)));
    QCOMPARE(result.auditRecords, before + Writers * RecordsEach);
}

void tst_Integrity::progressReachesTotal()
{
    QList<QPair<qsizetype, qsizetype>> reports;
    const IntegrityResult result = check([&reports](qsizetype done, qsizetype total) {
        reports << qMakePair(done, total);
        return true;
    });
    QCOMPARE(result.status, ReportQueryStatus::Completed);
    QVERIFY(reports.size() >= 2);

    // The charges are read twice, once against the audit log and once for
    // their paid amounts.
    const qsizetype rows = result.auditRecords + 2 * result.charges + result.payments
                           + result.installments + result.bills + result.customers;
    QCOMPARE(reports.constLast().first, rows);
    QCOMPARE(reports.constLast().second, rows);
}

void tst_Integrity::cancelStopsCheck()
{
    const IntegrityResult result = check([](qsizetype, qsizetype) { return false; });
    QCOMPARE(result.status, ReportQueryStatus::Canceled);
    QVERIFY(!result.isClean());
}

void tst_Integrity::csvListsEachMismatch()
{
    tamper(QStringLiteral("charges"),
           {QStringLiteral("UPDATE charges SET amount_minor = 99999 WHERE id = %1")
                .arg(m_ids.chargeId)});
    const IntegrityResult result = check();
    QVERIFY(!result.mismatches.isEmpty());

    QString text;
    QTextStream out(&text);
    IntegrityCsv::write(result, out);
    out.flush();

    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), result.mismatches.size() + 1);
    QCOMPARE(lines.constFirst(), IntegrityCsv::header().join(QLatin1Char(',')));
    const QString chargeRow = QStringLiteral("audited_value,charges,%1,,amount_minor,99999,12050,"
                                             "CNY,%2,")
                                  .arg(m_ids.chargeId)
                                  .arg(auditId(QStringLiteral("charge.add"), m_ids.chargeId));
    QVERIFY2(text.contains(chargeRow), qPrintable(text));
}

QTEST_GUILESS_MAIN(tst_Integrity)
#include "tst_integrity.moc"
