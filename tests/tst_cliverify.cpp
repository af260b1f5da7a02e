// chargedesk-cli verify: its exit statuses, the counts and mismatches it
// prints as text and as CSV, and its place in the help.

#include "clitestsupport.h"
#include "integritycsv.h"
#include "integrityfixture.h"
#include "testsupport.h"

#include <QtTest>

#include <memory>

class tst_CliVerify : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void cleanDatabaseExitsZero();
    void editedChargeExitsWithMismatch();
    void csvListsMismatches();
    void editedAuditRecordNamesFirstBrokenRecord();
    void invalidFormatIsUsageError();
    void helpListsVerify();

private:
    // Runs verify on the fixture's database, with arguments after it.
    CliResult verify(const QStringList &arguments = {}) const;

    std::unique_ptr<TestDatabase> m_database;
    IntegrityFixture::Ids m_ids;
};

// The exit status of a verify run that found a mismatch (ExitCode::MismatchFound).
constexpr int MismatchFoundStatus = 5;

void tst_CliVerify::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
    m_ids = IntegrityFixture::Ids();
    QString error;
    QVERIFY2(IntegrityFixture::seed(m_database->db(), &m_ids, &error), qPrintable(error));
}

void tst_CliVerify::cleanup()
{
    m_database.reset();
}

CliResult tst_CliVerify::verify(const QStringList &arguments) const
{
    return runCli(QStringList{QStringLiteral("--language"), QStringLiteral("en"),
                              QStringLiteral("--database"), m_database->location(),
                              QStringLiteral("verify")}
                  + arguments);
}

void tst_CliVerify::cleanDatabaseExitsZero()
{
    const CliResult result = verify();
    QVERIFY(result.finished);
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QVERIFY2(result.out.contains(QStringLiteral("Checked 12 audit records, 3 charges, 4 "
                                                "payments, 2 bills, 2 customers and 3")),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("No mismatches")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("Last audit record: 12, with the hash")),
             qPrintable(result.out));
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
}

void tst_CliVerify::editedChargeExitsWithMismatch()
{
    QString error;
    QVERIFY2(IntegrityFixture::tamper(
                 m_database->location(), m_database->db(), QStringLiteral("charges"),
                 {QStringLiteral("UPDATE charges SET amount_minor = 99999 WHERE id = %1")
                      .arg(m_ids.chargeId)},
                 &error),
             qPrintable(error));

    const CliResult result = verify();
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, MismatchFoundStatus);
    QVERIFY2(result.out.contains(QStringLiteral("(audited_value)")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("Charge %1: amount_minor is “¥999.99”")
                                     .arg(m_ids.chargeId)),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("“¥120.50”")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("(stored_total)")), qPrintable(result.out));
}

void tst_CliVerify::csvListsMismatches()
{
    QString error;
    QVERIFY2(IntegrityFixture::tamper(
                 m_database->location(), m_database->db(), QStringLiteral("customers"),
                 {QStringLiteral("UPDATE customers SET balance_minor = balance_minor + 1 "
                                 "WHERE id = %1")
                      .arg(m_ids.customerId)},
                 &error),
             qPrintable(error));

    const CliResult result = verify({QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, MismatchFoundStatus);

    // Standard output contains the CSV only, without a byte order mark, and
    // the counts go to standard error.
    const QStringList lines = result.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), IntegrityCsv::header().join(QLatin1Char(',')));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("stored_total,customers,%1,ACME,balance_minor,")
                                        .arg(m_ids.customerId)),
             qPrintable(lines.at(1)));
    QVERIFY2(result.err.contains(QStringLiteral("3 charges")), qPrintable(result.err));
}

void tst_CliVerify::editedAuditRecordNamesFirstBrokenRecord()
{
    QString error;
    QVERIFY2(IntegrityFixture::tamper(m_database->location(), m_database->db(),
                                      QStringLiteral("audit_log"),
                                      {QStringLiteral("UPDATE audit_log SET actor = 'mallory' "
                                                      "WHERE id = 4")},
                                      &error),
             qPrintable(error));

    const CliResult result = verify();
    QCOMPARE(result.exitCode, MismatchFoundStatus);
    QVERIFY2(result.out.contains(QStringLiteral("The audit chain cannot be trusted from audit "
                                                "record 4 on.")),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("(audit_hash)")), qPrintable(result.out));
}

void tst_CliVerify::invalidFormatIsUsageError()
{
    const CliResult result = verify({QStringLiteral("--format"), QStringLiteral("xml")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("Invalid --format “xml”")),
             qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void tst_CliVerify::helpListsVerify()
{
    const CliResult help = runCli({QStringLiteral("--language"), QStringLiteral("en"),
                                   QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QStringLiteral("  verify ")), qPrintable(help.out));
    QVERIFY2(help.out.contains(QStringLiteral("  5  mismatch (verify)")), qPrintable(help.out));

    const CliResult commandHelp = runCli({QStringLiteral("--language"), QStringLiteral("en"),
                                          QStringLiteral("verify"), QStringLiteral("--help")});
    QCOMPARE(commandHelp.exitCode, 0);
    QVERIFY2(commandHelp.out.contains(QStringLiteral("--format")), qPrintable(commandHelp.out));
}

QTEST_GUILESS_MAIN(tst_CliVerify)
#include "tst_cliverify.moc"
