// Faults of the environment on an SQLite database: a full disk, a write that
// fails, a read-only file and another program's lock. For each, a charge
// and a payment must fail with a message that names the file and states
// what to do, write nothing, and succeed once the cause is gone, without a
// restart. Also the sorting of driver errors into faults, and a
// write-ahead log removed under an open connection.

#include "chargerequest.h"
#include "chargeservice.h"
#include "database.h"
#include "databasefault.h"
#include "databaserecovery.h"
#include "faultinjection.h"
#include "paymentfixture.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlRecord>
#include <QUuid>

#include <memory>

class tst_Faults : public QObject
{
    Q_OBJECT

public:
    enum class Fault { DiskFull, WriteError, Locked, ReadOnly };
    enum class Action { Charge, Payment };

private slots:
    void init();
    void cleanup();

    void sortsSqliteCodes_data();
    void sortsSqliteCodes();
    void sortsSqlStates_data();
    void sortsSqlStates();
    void sortsErrorText_data();
    void sortsErrorText();
    void otherErrorKeepsMessage();

    void faultWritesNothingThenRecovers_data();
    void faultWritesNothingThenRecovers();
    void ioErrorReopensConnection();
    void removedLogIsCopiedFirst();
    void removedLogWithReadOnlyFileRefusesWrites();

private:
    // Counts and sums that every charge or payment changes.
    struct Ledger
    {
        qint64 charges = -1;
        qint64 payments = -1;
        qint64 auditRecords = -1;
        qint64 customerBalance = -1;
        qint64 billChargesTotal = -1;
        qint64 billPaid = -1;

        bool operator==(const Ledger &other) const
        {
            return charges == other.charges && payments == other.payments
                   && auditRecords == other.auditRecords
                   && customerBalance == other.customerBalance
                   && billChargesTotal == other.billChargesTotal && billPaid == other.billPaid;
        }
    };

    // The outcome of one commit attempt.
    struct Attempt
    {
        bool succeeded = false;
        qint64 id = 0;
        QString message;
    };

    // Reads the ledger through a connection of its own, as another program
    // would see the file.
    Ledger readLedger() const;

    // Commits the prepared charge or payment request once.
    Attempt attempt(Action action);

    // Prepares and reviews a charge or payment request of amountText,
    // before any fault. Its notes are long enough that two such rows do not
    // fit in one page of the database.
    void prepare(Action action, const QString &amountText);

    // Returns the explanation that the message of fault must contain.
    QString explanationOf(Fault fault) const;

    // Closes the service connection and opens it again, for faults that
    // exist only for connections opened after them.
    bool reopenDatabase();

    qint64 countAudit(const QString &entity, qint64 id) const;

    std::unique_ptr<TestDatabase> m_database;
    qint64 m_customerId = 0;
    qint64 m_billId = 0;
    ChargeRequest m_chargeRequest;
    ChargeReview m_chargeReview;
    PaymentRequest m_paymentRequest;
    PaymentReview m_paymentReview;
};

Q_DECLARE_METATYPE(tst_Faults::Fault)
Q_DECLARE_METATYPE(tst_Faults::Action)
Q_DECLARE_METATYPE(DatabaseFault::Kind)

namespace {

// SQLite's raw texts, which no fault message may show instead of its own.
const QStringList RawTexts = {
    QStringLiteral("database or disk is full"),
    QStringLiteral("disk I/O error"),
    QStringLiteral("database is locked"),
    QStringLiteral("attempt to write a readonly database"),
    QStringLiteral("Unable to fetch row"),
};

} // namespace

void tst_Faults::init()
{
    SKIP_ON_POSTGRESQL("the faults are simulated on SQLite files");

    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
    m_customerId = PaymentFixture::insertCustomer(m_database->db(), QStringLiteral("C-FAULT"),
                                                  QStringLiteral("故障测试有限公司"));
    QVERIFY(m_customerId > 0);
    m_billId = PaymentFixture::insertBill(m_database->db(), QStringLiteral("B-FAULT-1"),
                                          m_customerId, 100000);
    QVERIFY(m_billId > 0);
}

void tst_Faults::cleanup()
{
    m_database.reset();
}

tst_Faults::Ledger tst_Faults::readLedger() const
{
    const QString name = QStringLiteral("ledger-") + QUuid::createUuid().toString();
    Ledger ledger;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_database->path());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            const auto value = [&db](const QString &sql) -> qint64 {
                QSqlQuery query(db);
                if (!query.exec(sql) || !query.next())
                    return -1;
                return query.value(0).toLongLong();
            };
            ledger.charges = value(QStringLiteral("SELECT COUNT(*) FROM charges"));
            ledger.payments = value(QStringLiteral("SELECT COUNT(*) FROM payments"));
            ledger.auditRecords = value(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
            ledger.customerBalance = value(
                QStringLiteral("SELECT balance_minor FROM customers WHERE id = %1")
                    .arg(m_customerId));
            ledger.billChargesTotal = value(
                QStringLiteral("SELECT charges_total_minor FROM bills WHERE id = %1")
                    .arg(m_billId));
            ledger.billPaid = value(
                QStringLiteral("SELECT paid_minor FROM bills WHERE id = %1").arg(m_billId));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ledger;
}

qint64 tst_Faults::countAudit(const QString &entity, qint64 id) const
{
    QSqlQuery query(m_database->db());
    query.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM audit_log WHERE entity = :entity AND entity_id = :id"));
    query.bindValue(QStringLiteral(":entity"), entity);
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void tst_Faults::prepare(Action action, const QString &amountText)
{
    // 500 characters of four bytes each in UTF-8 (U+20000, 𠀀).
    const QString longNote = QString::fromUcs4(std::u32string(500, U'\U00020000').c_str());

    if (action == Action::Charge) {
        m_chargeRequest = ChargeRequest();
        m_chargeRequest.requestKey = ChargeRequest::newRequestKey();
        m_chargeRequest.customerId = m_customerId;
        m_chargeRequest.billId = m_billId;
        m_chargeRequest.feeTypeCode = QStringLiteral("SERVICE");
        m_chargeRequest.amountText = amountText;
        m_chargeRequest.reasonCode = QStringLiteral("BILLING_ERROR");
        m_chargeRequest.paymentMethodCode = QStringLiteral("BANK_TRANSFER");
        m_chargeRequest.dueDate = QDate::currentDate().addDays(30);
        m_chargeRequest.note = longNote;
        m_chargeRequest.duplicateAcknowledgement = longNote;
        m_chargeReview = ChargeService(m_database->db(), QStringLiteral("tester"))
                             .review(m_chargeRequest);
        QVERIFY2(m_chargeReview.isValid(), qPrintable(m_chargeReview.problemText()));
        return;
    }

    m_paymentRequest = PaymentFixture::paymentRequest(m_customerId, amountText);
    m_paymentRequest.billId = m_billId;
    m_paymentRequest.note = longNote;
    m_paymentReview = PaymentService(m_database->db(), QStringLiteral("tester"))
                          .review(m_paymentRequest);
    QVERIFY2(m_paymentReview.isValid(), qPrintable(m_paymentReview.problemText()));
}

tst_Faults::Attempt tst_Faults::attempt(Action action)
{
    Attempt outcome;
    if (action == Action::Charge) {
        const auto result = ChargeService(m_database->db(), QStringLiteral("tester"))
                                .commit(m_chargeRequest, m_chargeReview);
        outcome.succeeded = result.status == ChargeService::CommitResult::Status::Committed;
        outcome.id = result.chargeId;
        outcome.message = result.errorMessage;
    } else {
        const auto result = PaymentService(m_database->db(), QStringLiteral("tester"))
                                .commit(m_paymentRequest, m_paymentReview);
        outcome.succeeded = result.status == PaymentService::CommitResult::Status::Committed;
        outcome.id = result.paymentId;
        outcome.message = result.errorMessage;
    }
    return outcome;
}

QString tst_Faults::explanationOf(Fault fault) const
{
    // The SQLite result code that each fault raises.
    int code = 0;
    switch (fault) {
    case Fault::DiskFull:
        code = 13;
        break;
    case Fault::WriteError:
        code = 10;
        break;
    case Fault::Locked:
        code = 5;
        break;
    case Fault::ReadOnly:
        code = 8;
        break;
    }
    const QSqlError error(QString(), QString(), QSqlError::StatementError,
                          QString::number(code));
    return DatabaseFault::fromError(error, m_database->db()).explanation();
}

bool tst_Faults::reopenDatabase()
{
    Database::close(m_database->connectionName());
    QString error;
    const bool opened = Database::open(m_database->path(), m_database->connectionName(), &error);
    if (!opened)
        qWarning() << "Could not open the database again:" << error;
    return opened;
}

void tst_Faults::sortsSqliteCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<DatabaseFault::Kind>("kind");
    QTest::addColumn<bool>("reconnect");

    QTest::newRow("SQLITE_FULL") << 13 << DatabaseFault::Kind::DiskFull << false;
    QTest::newRow("SQLITE_IOERR") << 10 << DatabaseFault::Kind::IoError << true;
    QTest::newRow("SQLITE_IOERR_WRITE") << (10 | (3 << 8)) << DatabaseFault::Kind::IoError << true;
    QTest::newRow("SQLITE_BUSY") << 5 << DatabaseFault::Kind::Locked << false;
    QTest::newRow("SQLITE_LOCKED") << 6 << DatabaseFault::Kind::Locked << false;
    QTest::newRow("SQLITE_READONLY") << 8 << DatabaseFault::Kind::ReadOnly << true;
    QTest::newRow("SQLITE_READONLY_DBMOVED")
        << (8 | (4 << 8)) << DatabaseFault::Kind::ReadOnly << true;
    QTest::newRow("SQLITE_CANTOPEN") << 14 << DatabaseFault::Kind::CannotOpen << true;
    QTest::newRow("SQLITE_CORRUPT") << 11 << DatabaseFault::Kind::Corrupt << false;
    QTest::newRow("SQLITE_NOTADB") << 26 << DatabaseFault::Kind::Corrupt << false;
    QTest::newRow("SQLITE_CONSTRAINT") << 19 << DatabaseFault::Kind::Other << false;
    QTest::newRow("SQLITE_ERROR") << 1 << DatabaseFault::Kind::Other << false;
}

void tst_Faults::sortsSqliteCodes()
{
    QFETCH(int, code);
    QFETCH(DatabaseFault::Kind, kind);
    QFETCH(bool, reconnect);

    const QSqlError error(QStringLiteral("driver text"), QStringLiteral("database text"),
                          QSqlError::StatementError, QString::number(code));
    const DatabaseFault fault = DatabaseFault::fromError(error, m_database->db());
    QCOMPARE(fault.kind(), kind);
    QCOMPARE(fault.needsReconnect(), reconnect);
    QCOMPARE(fault.isEnvironmentFault(), kind != DatabaseFault::Kind::Other);
    QCOMPARE(fault.explanation().isEmpty(), kind == DatabaseFault::Kind::Other);
    if (fault.isEnvironmentFault())
        QVERIFY(fault.explanation().contains(QDir::toNativeSeparators(m_database->path())));
}

void tst_Faults::sortsSqlStates_data()
{
    QTest::addColumn<QString>("sqlState");
    QTest::addColumn<DatabaseFault::Kind>("kind");

    QTest::newRow("08006 connection failure") << "08006" << DatabaseFault::Kind::ConnectionLost;
    QTest::newRow("08003 no connection") << "08003" << DatabaseFault::Kind::ConnectionLost;
    QTest::newRow("57P01 admin shutdown") << "57P01" << DatabaseFault::Kind::ConnectionLost;
    QTest::newRow("57P03 cannot connect now") << "57P03" << DatabaseFault::Kind::ConnectionLost;
    QTest::newRow("53100 disk full") << "53100" << DatabaseFault::Kind::DiskFull;
    QTest::newRow("25006 read-only transaction") << "25006" << DatabaseFault::Kind::ReadOnly;
    QTest::newRow("55P03 lock not available") << "55P03" << DatabaseFault::Kind::Locked;
    QTest::newRow("58030 io error") << "58030" << DatabaseFault::Kind::IoError;
    QTest::newRow("XX001 data corrupted") << "XX001" << DatabaseFault::Kind::Corrupt;
    QTest::newRow("40001 retried by WriteRetry") << "40001" << DatabaseFault::Kind::Other;
    QTest::newRow("40P01 retried by WriteRetry") << "40P01" << DatabaseFault::Kind::Other;
    QTest::newRow("23505 unique violation") << "23505" << DatabaseFault::Kind::Other;
}

void tst_Faults::sortsSqlStates()
{
    QFETCH(QString, sqlState);
    QFETCH(DatabaseFault::Kind, kind);

    QCOMPARE(DatabaseFault::kindOfSqlState(sqlState), kind);
}

void tst_Faults::sortsErrorText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DatabaseFault::Kind>("kind");

    QTest::newRow("full") << "database or disk is full Unable to fetch row"
                          << DatabaseFault::Kind::DiskFull;
    QTest::newRow("read-only") << "Could not read charge 4: attempt to write a readonly "
                                  "database Unable to fetch row"
                               << DatabaseFault::Kind::ReadOnly;
    QTest::newRow("busy") << "database is locked Unable to begin transaction"
                          << DatabaseFault::Kind::Locked;
    QTest::newRow("io") << "disk I/O error Unable to fetch row" << DatabaseFault::Kind::IoError;
    QTest::newRow("cannot open") << "unable to open database file Error opening database"
                                 << DatabaseFault::Kind::CannotOpen;
    QTest::newRow("malformed") << "database disk image is malformed"
                               << DatabaseFault::Kind::Corrupt;
    QTest::newRow("constraint") << "CHECK constraint failed: amount_minor > 0"
                                << DatabaseFault::Kind::Other;
    QTest::newRow("empty") << "" << DatabaseFault::Kind::None;
}

void tst_Faults::sortsErrorText()
{
    QFETCH(QString, text);
    QFETCH(DatabaseFault::Kind, kind);

    QCOMPARE(DatabaseFault::fromText(text, m_database->db()).kind(), kind);
}

void tst_Faults::otherErrorKeepsMessage()
{
    const DatabaseFault fault = DatabaseFault::fromText(
        QStringLiteral("CHECK constraint failed: amount_minor > 0"), m_database->db());
    QCOMPARE(fault.message(QStringLiteral("The charge was not saved."),
                           QStringLiteral("The charge was not saved: the amount is invalid.")),
             QStringLiteral("The charge was not saved: the amount is invalid."));

    const DatabaseFault full
        = DatabaseFault::fromText(QStringLiteral("database or disk is full"), m_database->db());
    const QString message = full.message(QStringLiteral("The charge was not saved."),
                                         QStringLiteral("unused"));
    QVERIFY2(message.startsWith(QStringLiteral("The charge was not saved. ")),
             qPrintable(message));
    QVERIFY2(message.contains(full.explanation()), qPrintable(message));
}

void tst_Faults::faultWritesNothingThenRecovers_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<Action>("action");

    const QList<QPair<const char *, Fault>> faults = {
        {"disk full", Fault::DiskFull},
        {"write error", Fault::WriteError},
        {"locked", Fault::Locked},
        {"read-only", Fault::ReadOnly},
    };
    for (const auto &[name, fault] : faults) {
        QTest::addRow("%s, charge", name) << fault << Action::Charge;
        QTest::addRow("%s, payment", name) << fault << Action::Payment;
    }
}

void tst_Faults::faultWritesNothingThenRecovers()
{
    QFETCH(Fault, fault);
    QFETCH(Action, action);

    // A full disk stops only a write that needs a new page. A first row
    // of the same size leaves too little room in the table's last page.
    if (fault == Fault::DiskFull) {
        prepare(action, QStringLiteral("99.00"));
        QVERIFY(!QTest::currentTestFailed());
        const Attempt first = attempt(action);
        QVERIFY2(first.succeeded, qPrintable(first.message));
    }

    prepare(action, action == Action::Charge ? QStringLiteral("120.50")
                                             : QStringLiteral("250.00"));
    QVERIFY(!QTest::currentTestFailed());
    const Ledger before = readLedger();
    QVERIFY(before.charges >= 0);

    // Each fault lasts until its object is cleared or destroyed.
    std::unique_ptr<FaultInjection::FileSizeLimit> sizeLimit;
    FaultInjection::LockHolder lockHolder;
    FaultInjection::ImmutableFile immutable;
    QSqlQuery pragma(m_database->db());
    switch (fault) {
    case Fault::DiskFull:
        QVERIFY(FaultInjection::fillDatabase(m_database->db()));
        break;
    case Fault::WriteError:
        // A limit of 0 bytes makes every append to the write-ahead log fail.
        sizeLimit = std::make_unique<FaultInjection::FileSizeLimit>(0);
        QVERIFY(sizeLimit->isActive());
        break;
    case Fault::Locked: {
        VERIFY_SQL(pragma, pragma.exec(QStringLiteral("PRAGMA busy_timeout = 300")));
        QString error;
        QVERIFY2(lockHolder.hold(m_database->path(), &error), qPrintable(error));
        break;
    }
    case Fault::ReadOnly: {
        // The attribute stops only connections opened after it, as when a
        // file is made read-only between two sessions.
        pragma = QSqlQuery();
        Database::close(m_database->connectionName());
        QString reason;
        if (!immutable.set(m_database->path(), &reason)) {
            QVERIFY(reopenDatabase());
            QSKIP(qPrintable(reason));
        }
        QVERIFY(reopenDatabase());
        break;
    }
    }

    const Attempt failed = attempt(action);
    QVERIFY2(!failed.succeeded, "the attempt succeeded despite the fault");
    QVERIFY2(failed.message.contains(QDir::toNativeSeparators(m_database->path())),
             qPrintable(failed.message));
    QVERIFY2(failed.message.contains(explanationOf(fault)), qPrintable(failed.message));
    for (const QString &raw : RawTexts)
        QVERIFY2(!failed.message.contains(raw), qPrintable(failed.message));

    // The cause goes away, and the failed attempt left nothing behind.
    switch (fault) {
    case Fault::DiskFull:
        QVERIFY(FaultInjection::emptyDatabase(m_database->db()));
        break;
    case Fault::WriteError:
        sizeLimit->lift();
        break;
    case Fault::Locked:
        lockHolder.release();
        break;
    case Fault::ReadOnly:
        immutable.clear();
        break;
    }
    QCOMPARE(readLedger(), before);

    // The next attempt in the same process succeeds.
    const Attempt retried = attempt(action);
    QVERIFY2(retried.succeeded, qPrintable(retried.message));
    QVERIFY(retried.id > 0);

    const Ledger after = readLedger();
    QCOMPARE(after.auditRecords, before.auditRecords + 1);
    if (action == Action::Charge) {
        QCOMPARE(after.charges, before.charges + 1);
        QCOMPARE(after.payments, before.payments);
        QCOMPARE(after.customerBalance, before.customerBalance + 12050);
        QCOMPARE(after.billChargesTotal, before.billChargesTotal + 12050);
        QCOMPARE(countAudit(QStringLiteral("charge"), retried.id), 1);
    } else {
        QCOMPARE(after.payments, before.payments + 1);
        QCOMPARE(after.charges, before.charges);
        QCOMPARE(after.customerBalance, before.customerBalance - 25000);
        QCOMPARE(after.billPaid, before.billPaid + 25000);
        QCOMPARE(countAudit(QStringLiteral("payment"), retried.id), 1);
    }

    // The write is in the file once the program has closed it.
    Database::close(m_database->connectionName());
    QCOMPARE(readLedger(), after);
}

void tst_Faults::ioErrorReopensConnection()
{
    const QSqlDatabase db = m_database->db();
    const QString material = QStringLiteral("MATERIAL");

    // One charge commits before the fault and two after it; none may be
    // lost when the program closes the file.
    QVERIFY(PaymentFixture::addCharge(db, m_customerId, m_billId, QStringLiteral("10.00"),
                                      material)
            > 0);
    prepare(Action::Charge, QStringLiteral("120.50"));
    {
        FaultInjection::FileSizeLimit limit(0);
        QVERIFY(limit.isActive());
        const Attempt failed = attempt(Action::Charge);
        QVERIFY(!failed.succeeded);
        QVERIFY2(failed.message.contains(explanationOf(Fault::WriteError)),
                 qPrintable(failed.message));
        QVERIFY(DatabaseRecovery::isMarkedForReopen(db));
    }

    const Attempt retried = attempt(Action::Charge);
    QVERIFY2(retried.succeeded, qPrintable(retried.message));
    QVERIFY(!DatabaseRecovery::isMarkedForReopen(db));
    QVERIFY(PaymentFixture::addCharge(db, m_customerId, m_billId, QStringLiteral("20.00"),
                                      material)
            > 0);

    Database::close(m_database->connectionName());
    QCOMPARE(readLedger().charges, 3);
}

void tst_Faults::removedLogIsCopiedFirst()
{
    const QSqlDatabase db = m_database->db();
    QVERIFY(PaymentFixture::addCharge(db, m_customerId, m_billId, QStringLiteral("10.00"),
                                      QStringLiteral("MATERIAL"))
            > 0);
    prepare(Action::Charge, QStringLiteral("120.50"));

    // Another program removes the log that holds the first charge while the
    // connection has it open.
    const QString log = m_database->path() + QStringLiteral("-wal");
    QVERIFY(QFile::exists(log));
    QVERIFY(QFile::remove(log));

    const Attempt next = attempt(Action::Charge);
    QVERIFY2(next.succeeded, qPrintable(next.message));
    QVERIFY(QFile::exists(log));

    // Both charges are in the file, read by a connection of its own.
    const Ledger ledger = readLedger();
    QCOMPARE(ledger.charges, 2);
    Database::close(m_database->connectionName());
    QCOMPARE(readLedger().charges, 2);
}

void tst_Faults::removedLogWithReadOnlyFileRefusesWrites()
{
    const QSqlDatabase db = m_database->db();
    QVERIFY(PaymentFixture::addCharge(db, m_customerId, m_billId, QStringLiteral("10.00"),
                                      QStringLiteral("MATERIAL"))
            > 0);
    prepare(Action::Charge, QStringLiteral("120.50"));

    // With the log removed and the file immutable, the first charge exists
    // only in the connection's open log handle. Closing the connection, or
    // writing into the removed log, would lose it.
    FaultInjection::ImmutableFile immutable;
    QString reason;
    if (!immutable.set(m_database->path(), &reason))
        QSKIP(qPrintable(reason));
    QVERIFY(QFile::remove(m_database->path() + QStringLiteral("-wal")));

    const Attempt refused = attempt(Action::Charge);
    QVERIFY(!refused.succeeded);
    QVERIFY2(refused.message.contains(QDir::toNativeSeparators(m_database->path())),
             qPrintable(refused.message));
    for (const QString &raw : RawTexts)
        QVERIFY2(!refused.message.contains(raw), qPrintable(refused.message));

    immutable.clear();
    const Attempt retried = attempt(Action::Charge);
    QVERIFY2(retried.succeeded, qPrintable(retried.message));

    Database::close(m_database->connectionName());
    QCOMPARE(readLedger().charges, 2);
}

QTEST_GUILESS_MAIN(tst_Faults)
#include "tst_faults.moc"
