#include "agingfixture.h"
#include "clitestsupport.h"
#include "reminderfixture.h"
#include "testsupport.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

// Returns the digits that follow the first occurrence of prefix in text.
QString firstNumberAfter(const QString &text, const QString &prefix)
{
    const qsizetype start = text.indexOf(prefix);
    if (start < 0)
        return {};
    QString digits;
    for (qsizetype i = start + prefix.size(); i < text.size() && text.at(i).isDigit(); ++i)
        digits += text.at(i);
    return digits;
}

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

// Returns the line of text that starts with prefix after leading spaces, or
// an empty string.
QString lineStartingWith(const QString &text, const QString &prefix)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().startsWith(prefix))
            return line;
    }
    return {};
}

// Returns the part of text after the first line that starts with heading,
// e.g. the payments table of show-customer after "Payments:".
QString sectionAfter(const QString &text, const QString &heading)
{
    const qsizetype start = text.indexOf(QLatin1Char('\n') + heading);
    return start < 0 ? QString() : text.mid(start + 1);
}

// The day the reminder tests list as, with --as-of.
const QDate RemindersDay(2026, 5, 11);

// Returns the arguments of reminders --as-of RemindersDay, then options.
QStringList remindersAsOf(const QStringList &options = {})
{
    return QStringList{QStringLiteral("reminders"), QStringLiteral("--as-of"),
                       RemindersDay.toString(Qt::ISODate)}
           + options;
}

} // namespace

// Runs chargedesk-cli as a separate process on copies of an imported
// Northwind database, for the commands of the follow-up features.
class tst_CliFollowUp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // Payments and installment plans: record-payment, reverse-payment,
    // plan-installments, and the paid and status columns of list-charges
    // and show-customer.
    void paymentCommandsInHelp_data();
    void paymentCommandsInHelp();
    void recordPaymentPreviewWritesNothing();
    void recordPaymentConfirmAndReplay();
    void recordPaymentIdenticalNeedsNote();
    void recordPaymentSameReferenceNeedsNote();
    void recordPaymentOverpaymentRejected();
    void recordPaymentBillLines();
    void recordPaymentInvalidInput_data();
    void recordPaymentInvalidInput();
    void reversePaymentRestoresBalance();
    void reversePaymentRejections();
    void voidChargeWithPaymentRejected();
    void planInstallmentsEqualSplit();
    void planInstallmentsExplicitDueDates();
    void planInstallmentsInvalidInput_data();
    void planInstallmentsInvalidInput();
    void installmentPaymentsSettleCharge();

    // Reminders: the reminders command on databases written here.
    void remindersHelp();
    void remindersText();
    void remindersCsv();
    void remindersWindow_data();
    void remindersWindow();
    void remindersLeaveOutHidden();
    void remindersUsageErrors_data();
    void remindersUsageErrors();
    void remindersFollowLocalZone_data();
    void remindersFollowLocalZone();

    // Aged receivables and reminder letters: aging and report
    // reminder-letters.
    void agingHelp();
    void agingTextTable();
    void agingCsvOutput();
    void agingCustomerFilter();
    void agingUsageErrors_data();
    void agingUsageErrors();
    void reminderLettersWrittenAndRecorded();
    void reminderLettersRejected_data();
    void reminderLettersRejected();

private:
    CliResult run(const QStringList &arguments) const;
    QString freshDatabase();
    // Adds a charge of amount for ALFKI through add-charge; returns its ID.
    QString addCharge(const QString &amount, const QString &bill = QString());
    QStringList paymentArguments(const QString &chargeId, const QString &amount) const;
    // Returns ALFKI's outstanding balance line of show-customer.
    QString balanceLine();

    QTemporaryDir m_dir;
    QString m_seedPath;     // imported Northwind data, copied by freshDatabase()
    QString m_databasePath; // the database run() passes
    int m_databaseCount = 0;
    int m_chargeCount = 0;

    // Runs chargedesk-cli in English on databasePath, with settings in the
    // test folder and the variables in environment.
    CliResult runReminders(const QString &databasePath, const QStringList &arguments,
                           QProcessEnvironment environment = QProcessEnvironment()) const;

    // Writes a database with reminder items around RemindersDay and returns
    // its path.
    QString reminderDatabase();

    qint64 m_overdueId = 0;     // HUALIAN, 12 days overdue
    qint64 m_todayId = 0;       // ALFKI, due on RemindersDay
    qint64 m_soonId = 0;        // HUALIAN, due in 3 days
    qint64 m_laterId = 0;       // ALFKI, due in 20 days
    qint64 m_installmentId = 0; // ALFKI, installment 2 of 3, due in 5 days, half paid

    // Writes a database with open items around AgingDay (see its
    // definition) and returns its path.
    QString agingDatabase();

    // Runs chargedesk-cli in English on databasePath, with the company
    // details in the test folder.
    CliResult runAging(const QString &databasePath, const QStringList &arguments) const;
};

CliResult tst_CliFollowUp::run(const QStringList &arguments) const
{
    return runCli(QStringList{QStringLiteral("--database"), m_databasePath,
                              QStringLiteral("--language"), QStringLiteral("en")}
                  + arguments);
}

QString tst_CliFollowUp::freshDatabase()
{
    m_databasePath = TestBackend::copyLocation(
        m_seedPath, m_dir, QStringLiteral("test-%1.sqlite").arg(++m_databaseCount));
    return m_databasePath;
}

void tst_CliFollowUp::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(CHARGEDESK_CLI_PATH)), CHARGEDESK_CLI_PATH);

    m_seedPath = TestBackend::newLocation(m_dir, QStringLiteral("seed.sqlite"));
    QVERIFY(!m_seedPath.isEmpty());
    m_databasePath = m_seedPath;
    const CliResult result = run({QStringLiteral("import-northwind"),
                                  QStringLiteral(NORTHWIND_DIR)});
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.err));
}

QString tst_CliFollowUp::addCharge(const QString &amount, const QString &bill)
{
    // Each charge gets its own due date, so that none is a duplicate.
    QStringList arguments = {
        QStringLiteral("add-charge"), QStringLiteral("--customer"), QStringLiteral("ALFKI"),
        QStringLiteral("--fee-type"), QStringLiteral("SERVICE"),
        QStringLiteral("--amount"), amount,
        QStringLiteral("--reason"), QStringLiteral("UNPAID"),
        QStringLiteral("--payment-method"), QStringLiteral("BANK_TRANSFER"),
        QStringLiteral("--due"),
        QDate::currentDate().addDays(30 + ++m_chargeCount).toString(Qt::ISODate),
        QStringLiteral("--acknowledge-duplicate"), QStringLiteral("Separate order"),
        QStringLiteral("--confirm")};
    if (!bill.isEmpty())
        arguments << QStringLiteral("--bill") << bill;
    const CliResult result = run(arguments);
    if (result.exitCode != 0) {
        qWarning() << "add-charge failed:" << result.exitCode << result.err;
        return {};
    }
    return firstNumberAfter(result.out, QStringLiteral("Charge "));
}

QStringList tst_CliFollowUp::paymentArguments(const QString &chargeId,
                                              const QString &amount) const
{
    return {QStringLiteral("record-payment"), QStringLiteral("--charge"), chargeId,
            QStringLiteral("--amount"), amount, QStringLiteral("--paid-on"), today(),
            QStringLiteral("--payment-method"), QStringLiteral("BANK_TRANSFER")};
}

QString tst_CliFollowUp::balanceLine()
{
    const CliResult result = run({QStringLiteral("show-customer"), QStringLiteral("ALFKI")});
    return lineStartingWith(result.out, QStringLiteral("Outstanding balance:"));
}

void tst_CliFollowUp::paymentCommandsInHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("options");

    QTest::newRow("record-payment")
        << QStringLiteral("record-payment")
        << QStringList{QStringLiteral("--bill NO"), QStringLiteral("--charge ID"),
                       QStringLiteral("--installment SEQ"), QStringLiteral("--amount AMOUNT"),
                       QStringLiteral("--paid-on DATE"), QStringLiteral("--payment-method CODE"),
                       QStringLiteral("--reference TEXT"), QStringLiteral("--note TEXT"),
                       QStringLiteral("--request-key KEY"),
                       QStringLiteral("--acknowledge-duplicate NOTE"), QStringLiteral("--confirm")};
    QTest::newRow("reverse-payment") << QStringLiteral("reverse-payment")
                                     << QStringList{QStringLiteral("ID"),
                                                    QStringLiteral("--reason TEXT")};
    QTest::newRow("plan-installments")
        << QStringLiteral("plan-installments")
        << QStringList{QStringLiteral("--charge ID"), QStringLiteral("--count N"),
                       QStringLiteral("--first-due DATE"), QStringLiteral("--due DATE:AMOUNT"),
                       QStringLiteral("--request-key KEY"), QStringLiteral("--confirm"),
                       QStringLiteral("33.34")};
}

void tst_CliFollowUp::paymentCommandsInHelp()
{
    QFETCH(QString, command);
    QFETCH(QStringList, options);

    const CliResult overview = runCli({QStringLiteral("--language"), QStringLiteral("en"),
                                       QStringLiteral("--help")});
    QCOMPARE(overview.exitCode, 0);
    QVERIFY2(overview.out.contains(QStringLiteral("\n  ") + command), qPrintable(overview.out));

    const CliResult result = runCli({QStringLiteral("--language"), QStringLiteral("en"), command,
                                     QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const QString &option : options)
        QVERIFY2(result.out.contains(option), qPrintable(option));
}

void tst_CliFollowUp::recordPaymentPreviewWritesNothing()
{
    freshDatabase();
    const QString chargeId = addCharge(QStringLiteral("100.00"));
    QVERIFY(!chargeId.isEmpty());
    const QString before = balanceLine();

    const CliResult result = run(paymentArguments(chargeId, QStringLiteral("40.00")));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("A payment of US$40.00")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("from US$100.00 to US$60.00")),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("Nothing was written")), qPrintable(result.out));
    QCOMPARE(balanceLine(), before);

    const CliResult shown = run({QStringLiteral("show-customer"), QStringLiteral("ALFKI")});
    QVERIFY2(shown.out.contains(QStringLiteral("Payments: 0\n")), qPrintable(shown.out));
}

void tst_CliFollowUp::recordPaymentConfirmAndReplay()
{
    freshDatabase();
    const QString chargeId = addCharge(QStringLiteral("100.00"));
    const QStringList arguments = paymentArguments(chargeId, QStringLiteral("40.00"))
                                  << QStringLiteral("--request-key")
                                  << QStringLiteral("cli-payment-0001")
                                  << QStringLiteral("--reference")
                                  << QStringLiteral("ICBC 778")
                                  << QStringLiteral("--confirm");

    const CliResult first = run(arguments);
    QCOMPARE(first.exitCode, 0);
    const QString paymentId = firstNumberAfter(first.out, QStringLiteral("Payment "));
    QVERIFY2(!paymentId.isEmpty(), qPrintable(first.out));
    QVERIFY2(first.out.contains(QStringLiteral("US$60.00 is still open")), qPrintable(first.out));

    // The same key again writes nothing and names the first payment.
    const CliResult second = run(arguments);
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(QStringLiteral("Payment %1 already exists").arg(paymentId)),
             qPrintable(second.out));

    const CliResult shown = run({QStringLiteral("show-customer"), QStringLiteral("ALFKI")});
    QVERIFY2(shown.out.contains(QStringLiteral("Payments: 1\n")), qPrintable(shown.out));
    const QString paymentLine = lineStartingWith(sectionAfter(shown.out,
                                                              QStringLiteral("Payments:")),
                                                 paymentId + QLatin1Char(' '));
    QVERIFY2(paymentLine.contains(QStringLiteral("ICBC 778")), qPrintable(shown.out));
    QVERIFY2(paymentLine.contains(QStringLiteral("Charge %1").arg(chargeId)),
             qPrintable(paymentLine));
    QVERIFY2(paymentLine.contains(QStringLiteral("Posted")), qPrintable(paymentLine));

    // list-charges shows the paid amount and the payment status.
    const CliResult listed = run({QStringLiteral("list-charges"), QStringLiteral("--customer"),
                                  QStringLiteral("ALFKI")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(QStringLiteral("Paid")), qPrintable(listed.out));
    const QString chargeLine = lineStartingWith(listed.out, chargeId + QLatin1Char(' '));
    QVERIFY2(chargeLine.contains(QStringLiteral("US$40.00")), qPrintable(listed.out));
    QVERIFY2(chargeLine.contains(QStringLiteral("Partly paid")), qPrintable(chargeLine));
}

void tst_CliFollowUp::recordPaymentIdenticalNeedsNote()
{
    freshDatabase();
    const QString chargeId = addCharge(QStringLiteral("100.00"));
    const QStringList arguments = paymentArguments(chargeId, QStringLiteral("30.00"))
                                  << QStringLiteral("--confirm");

    const CliResult first = run(arguments);
    QCOMPARE(first.exitCode, 0);
    const QString paymentId = firstNumberAfter(first.out, QStringLiteral("Payment "));
    QVERIFY2(!paymentId.isEmpty(), qPrintable(first.out));
    const QString before = balanceLine();

    // The same command again, with a new random request key: stopped
    // before writing, with the earlier payment and the option to add.
    const CliResult second = run(arguments);
    QCOMPARE(second.exitCode, 2);
    QVERIFY2(second.err.contains(QStringLiteral("Payment %1 looks identical").arg(paymentId)),
             qPrintable(second.err));
    QVERIFY2(second.err.contains(QStringLiteral("US$30.00")), qPrintable(second.err));
    QVERIFY2(second.err.contains(QStringLiteral("--acknowledge-duplicate")),
             qPrintable(second.err));
    QVERIFY2(second.err.contains(QStringLiteral("Nothing was written")), qPrintable(second.err));
    QCOMPARE(balanceLine(), before);
    const CliResult shownOnce = run({QStringLiteral("show-customer"), QStringLiteral("ALFKI")});
    QVERIFY2(shownOnce.out.contains(QStringLiteral("Payments: 1\n")), qPrintable(shownOnce.out));

    // Without --confirm the review lists the payment and stops the same way.
    const CliResult preview = run(paymentArguments(chargeId, QStringLiteral("30.00")));
    QCOMPARE(preview.exitCode, 2);
    QVERIFY2(preview.out.contains(QStringLiteral("Payment %1 looks identical").arg(paymentId)),
             qPrintable(preview.out));

    // A blank note is named as the problem.
    const CliResult blank = run(QStringList(arguments) << QStringLiteral("--acknowledge-duplicate")
                                                       << QStringLiteral("  "));
    QCOMPARE(blank.exitCode, 2);
    QVERIFY2(blank.err.contains(QStringLiteral("--acknowledge-duplicate is blank")),
             qPrintable(blank.err));
    QVERIFY2(blank.err.contains(QStringLiteral("Nothing was written")), qPrintable(blank.err));

    // With the note it is written, and the note is kept.
    const CliResult acknowledged = run(QStringList(arguments)
                                       << QStringLiteral("--acknowledge-duplicate")
                                       << QStringLiteral("Second transfer for the same order"));
    QCOMPARE(acknowledged.exitCode, 0);
    const QString secondId = firstNumberAfter(acknowledged.out, QStringLiteral("Payment "));
    QVERIFY2(!secondId.isEmpty() && secondId != paymentId, qPrintable(acknowledged.out));
    const CliResult shownTwice = run({QStringLiteral("show-customer"), QStringLiteral("ALFKI")});
    QVERIFY2(shownTwice.out.contains(QStringLiteral("Payments: 2\n")),
             qPrintable(shownTwice.out));

    const QString connection = QStringLiteral("payment-note");
    QString note;
    {
        const QSqlDatabase db = TestBackend::openRaw(m_databasePath, connection);
        QVERIFY(db.isOpen());
        QSqlQuery query(db);
        VERIFY_SQL(query, query.prepare(QStringLiteral(
            "SELECT duplicate_ack_note FROM payments WHERE id = :id")));
        query.bindValue(QStringLiteral(":id"), secondId.toLongLong());
        VERIFY_SQL(query, query.exec());
        QVERIFY(query.next());
        note = query.value(QStringLiteral("duplicate_ack_note")).toString();
    }
    QSqlDatabase::removeDatabase(connection);
    QCOMPARE(note, QStringLiteral("Second transfer for the same order"));

    // A note where no payment looks identical is not kept, and the output
    // reports that.
    const CliResult unused = run(paymentArguments(chargeId, QStringLiteral("5.00"))
                                 << QStringLiteral("--acknowledge-duplicate")
                                 << QStringLiteral("Not needed") << QStringLiteral("--confirm"));
    QCOMPARE(unused.exitCode, 0);
    QVERIFY2(unused.out.contains(QStringLiteral("is not needed and is not kept")),
             qPrintable(unused.out));
}

void tst_CliFollowUp::recordPaymentSameReferenceNeedsNote()
{
    freshDatabase();
    const QString chargeId = addCharge(QStringLiteral("80.00"));
    const CliResult first = run(
        {QStringLiteral("record-payment"), QStringLiteral("--bill"), QStringLiteral("10643"),
         QStringLiteral("--amount"), QStringLiteral("100.00"), QStringLiteral("--paid-on"),
         QDate::currentDate().addDays(-3).toString(Qt::ISODate),
         QStringLiteral("--payment-method"), QStringLiteral("BANK_TRANSFER"),
         QStringLiteral("--reference"), QStringLiteral("TX-2026-9"), QStringLiteral("--confirm")});
    QCOMPARE(first.exitCode, 0);
    const QString paymentId = firstNumberAfter(first.out, QStringLiteral("Payment "));

    // Another item, amount and date, but the same bank transaction number.
    const CliResult second = run(paymentArguments(chargeId, QStringLiteral("80.00"))
                                 << QStringLiteral("--reference") << QStringLiteral("TX-2026-9")
                                 << QStringLiteral("--confirm"));
    QCOMPARE(second.exitCode, 2);
    QVERIFY2(second.err.contains(QStringLiteral("Payment %1 has the same reference TX-2026-9")
                                     .arg(paymentId)),
             qPrintable(second.err));
    const CliResult shown = run({QStringLiteral("show-customer"), QStringLiteral("ALFKI")});
    QVERIFY2(shown.out.contains(QStringLiteral("Payments: 1\n")), qPrintable(shown.out));
}

void tst_CliFollowUp::recordPaymentOverpaymentRejected()
{
    freshDatabase();
    const QString chargeId = addCharge(QStringLiteral("100.00"));
    const QString before = balanceLine();

    const CliResult result = run(paymentArguments(chargeId, QStringLiteral("100.01"))
                                 << QStringLiteral("--confirm"));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("Invalid --amount “100.01”")),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("Enter at most US$100.00")),
             qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(balanceLine(), before);

    const CliResult exact = run(paymentArguments(chargeId, QStringLiteral("100.00"))
                                << QStringLiteral("--confirm"));
    QCOMPARE(exact.exitCode, 0);
    QVERIFY2(exact.out.contains(QStringLiteral("nothing is left to pay")), qPrintable(exact.out));
    const CliResult listed = run({QStringLiteral("list-charges")});
    QVERIFY2(lineStartingWith(listed.out, chargeId + QLatin1Char(' '))
                 .contains(QStringLiteral("Settled")),
             qPrintable(listed.out));
}

void tst_CliFollowUp::recordPaymentBillLines()
{
    freshDatabase();
    // Bill 10643 of ALFKI has lines of US$843.96; a charge on it does not
    // count as its own lines.
    QVERIFY(!addCharge(QStringLiteral("100.00"), QStringLiteral("10643")).isEmpty());
    const QStringList arguments = {
        QStringLiteral("record-payment"), QStringLiteral("--bill"), QStringLiteral("10643"),
        QStringLiteral("--amount"), QStringLiteral("843.97"), QStringLiteral("--paid-on"),
        today(), QStringLiteral("--payment-method"), QStringLiteral("CHEQUE")};
    const CliResult tooMuch = run(arguments);
    QCOMPARE(tooMuch.exitCode, 2);
    QVERIFY2(tooMuch.err.contains(QStringLiteral("Enter at most US$843.96")),
             qPrintable(tooMuch.err));

    QStringList exact = arguments;
    exact[4] = QStringLiteral("843.96");
    const CliResult paid = run(exact << QStringLiteral("--confirm"));
    QCOMPARE(paid.exitCode, 0);
    QVERIFY2(paid.out.contains(QStringLiteral("bill 10643")), qPrintable(paid.out));

    const CliResult shown = run({QStringLiteral("show-customer"), QStringLiteral("ALFKI")});
    const QString billLine = lineStartingWith(shown.out, QStringLiteral("10643 "));
    QVERIFY2(billLine.contains(QStringLiteral("US$843.96")), qPrintable(billLine));
    // Lines, charges, paid and balance: the balance is the charge only.
    QVERIFY2(billLine.trimmed().endsWith(QStringLiteral("US$100.00")), qPrintable(billLine));
}

void tst_CliFollowUp::recordPaymentInvalidInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const QStringList base = {QStringLiteral("--amount"), QStringLiteral("1.00"),
                              QStringLiteral("--paid-on"), today(),
                              QStringLiteral("--payment-method"), QStringLiteral("CASH")};
    const QString record = QStringLiteral("record-payment");
    QTest::newRow("neither bill nor charge") << (QStringList{record} + base) << 1
                                             << "Give either --bill or --charge";
    QTest::newRow("both bill and charge")
        << (QStringList{record, QStringLiteral("--bill"), QStringLiteral("10643"),
                        QStringLiteral("--charge"), QStringLiteral("1")}
            + base)
        << 1 << "Give either --bill or --charge";
    QTest::newRow("installment without charge")
        << (QStringList{record, QStringLiteral("--bill"), QStringLiteral("10643"),
                        QStringLiteral("--installment"), QStringLiteral("1")}
            + base)
        << 1 << "--installment needs --charge";
    QTest::newRow("missing amount")
        << QStringList{record, QStringLiteral("--charge"), QStringLiteral("1"),
                       QStringLiteral("--paid-on"), today(),
                       QStringLiteral("--payment-method"), QStringLiteral("CASH")}
        << 1 << "--amount";
    QTest::newRow("unknown charge")
        << (QStringList{record, QStringLiteral("--charge"), QStringLiteral("999")} + base) << 3
        << "Charge 999 not found";
    QTest::newRow("invalid charge ID")
        << (QStringList{record, QStringLiteral("--charge"), QStringLiteral("x1")} + base) << 2
        << "Invalid --charge “x1”";
    QTest::newRow("unknown bill")
        << (QStringList{record, QStringLiteral("--bill"), QStringLiteral("NOPE")} + base) << 3
        << "Bill “NOPE” not found";
    QTest::newRow("charge without plan")
        << (QStringList{record, QStringLiteral("--charge"), QStringLiteral("1"),
                        QStringLiteral("--installment"), QStringLiteral("1")}
            + base)
        << 3 << "has no active installment plan";
    QTest::newRow("invalid date")
        << QStringList{record, QStringLiteral("--charge"), QStringLiteral("1"),
                       QStringLiteral("--amount"), QStringLiteral("1"),
                       QStringLiteral("--paid-on"), QStringLiteral("5.12.2026"),
                       QStringLiteral("--payment-method"), QStringLiteral("CASH")}
        << 2 << "Invalid --paid-on “5.12.2026”";
    QTest::newRow("future date")
        << QStringList{record, QStringLiteral("--charge"), QStringLiteral("1"),
                       QStringLiteral("--amount"), QStringLiteral("1"),
                       QStringLiteral("--paid-on"),
                       QDate::currentDate().addDays(1).toString(Qt::ISODate),
                       QStringLiteral("--payment-method"), QStringLiteral("CASH")}
        << 2 << "after today";
    QTest::newRow("unknown method")
        << QStringList{record, QStringLiteral("--charge"), QStringLiteral("1"),
                       QStringLiteral("--amount"), QStringLiteral("1"),
                       QStringLiteral("--paid-on"), today(),
                       QStringLiteral("--payment-method"), QStringLiteral("GOLD")}
        << 2 << "Invalid --payment-method “GOLD”";
    QTest::newRow("zero amount")
        << QStringList{record, QStringLiteral("--charge"), QStringLiteral("1"),
                       QStringLiteral("--amount"), QStringLiteral("0"),
                       QStringLiteral("--paid-on"), today(),
                       QStringLiteral("--payment-method"), QStringLiteral("CASH")}
        << 2 << "Invalid --amount “0”";
}

void tst_CliFollowUp::recordPaymentInvalidInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    freshDatabase();
    QCOMPARE(addCharge(QStringLiteral("10.00")), QStringLiteral("1"));
    const CliResult result = run(arguments << QStringLiteral("--confirm"));
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());

    const CliResult shown = run({QStringLiteral("show-customer"), QStringLiteral("ALFKI")});
    QVERIFY2(shown.out.contains(QStringLiteral("Payments: 0\n")), qPrintable(shown.out));
}

void tst_CliFollowUp::reversePaymentRestoresBalance()
{
    freshDatabase();
    const QString chargeId = addCharge(QStringLiteral("100.00"));
    const QString before = balanceLine();

    const CliResult paid = run(paymentArguments(chargeId, QStringLiteral("25.50"))
                               << QStringLiteral("--confirm"));
    QCOMPARE(paid.exitCode, 0);
    const QString paymentId = firstNumberAfter(paid.out, QStringLiteral("Payment "));
    QVERIFY(balanceLine() != before);

    const CliResult reversed = run({QStringLiteral("reverse-payment"), paymentId,
                                    QStringLiteral("--reason"),
                                    QStringLiteral("Transfer returned by the bank")});
    QCOMPARE(reversed.exitCode, 0);
    QCOMPARE(reversed.out, QStringLiteral("Payment %1 is reversed.\n").arg(paymentId));
    QCOMPARE(balanceLine(), before);

    const CliResult shown = run({QStringLiteral("show-customer"), QStringLiteral("ALFKI")});
    QVERIFY2(lineStartingWith(sectionAfter(shown.out, QStringLiteral("Payments:")),
                              paymentId + QLatin1Char(' '))
                 .contains(QStringLiteral("Reversed")),
             qPrintable(shown.out));
    QVERIFY2(lineStartingWith(sectionAfter(shown.out, QStringLiteral("Charges:")),
                              chargeId + QLatin1Char(' '))
                 .contains(QStringLiteral("Unpaid")),
             qPrintable(shown.out));
}

void tst_CliFollowUp::reversePaymentRejections()
{
    freshDatabase();
    const QString chargeId = addCharge(QStringLiteral("100.00"));
    const CliResult paid = run(paymentArguments(chargeId, QStringLiteral("10.00"))
                               << QStringLiteral("--confirm"));
    const QString paymentId = firstNumberAfter(paid.out, QStringLiteral("Payment "));
    QVERIFY(!paymentId.isEmpty());

    const CliResult noReason = run({QStringLiteral("reverse-payment"), paymentId});
    QCOMPARE(noReason.exitCode, 1);
    const CliResult blankReason = run({QStringLiteral("reverse-payment"), paymentId,
                                       QStringLiteral("--reason"), QStringLiteral(" ")});
    QCOMPARE(blankReason.exitCode, 2);

    QCOMPARE(run({QStringLiteral("reverse-payment"), paymentId, QStringLiteral("--reason"),
                  QStringLiteral("Wrong charge")})
                 .exitCode,
             0);
    const CliResult twice = run({QStringLiteral("reverse-payment"), paymentId,
                                 QStringLiteral("--reason"), QStringLiteral("Again")});
    QCOMPARE(twice.exitCode, 2);
    QVERIFY2(twice.err.contains(QStringLiteral("already reversed")), qPrintable(twice.err));

    const CliResult unknown = run({QStringLiteral("reverse-payment"), QStringLiteral("999"),
                                   QStringLiteral("--reason"), QStringLiteral("Typo")});
    QCOMPARE(unknown.exitCode, 3);
    const CliResult invalid = run({QStringLiteral("reverse-payment"), QStringLiteral("abc"),
                                   QStringLiteral("--reason"), QStringLiteral("Typo")});
    QCOMPARE(invalid.exitCode, 2);
}

void tst_CliFollowUp::voidChargeWithPaymentRejected()
{
    freshDatabase();
    const QString chargeId = addCharge(QStringLiteral("100.00"));
    const CliResult paid = run(paymentArguments(chargeId, QStringLiteral("0.01"))
                               << QStringLiteral("--confirm"));
    QCOMPARE(paid.exitCode, 0);

    const CliResult voided = run({QStringLiteral("void-charge"), chargeId,
                                  QStringLiteral("--reason"), QStringLiteral("Entered twice")});
    QCOMPARE(voided.exitCode, 2);
    QVERIFY2(voided.err.contains(QStringLiteral("Reverse its payments first")),
             qPrintable(voided.err));
}

void tst_CliFollowUp::planInstallmentsEqualSplit()
{
    freshDatabase();
    const QString chargeId = addCharge(QStringLiteral("100.00"));
    const QStringList arguments = {QStringLiteral("plan-installments"), QStringLiteral("--charge"),
                                   chargeId, QStringLiteral("--count"), QStringLiteral("3"),
                                   QStringLiteral("--first-due"), QStringLiteral("2027-01-31")};

    const CliResult preview = run(arguments);
    QCOMPARE(preview.exitCode, 0);
    QVERIFY2(lineStartingWith(preview.out, QStringLiteral("1 ")).contains(QStringLiteral(
                 "2027-01-31")),
             qPrintable(preview.out));
    QVERIFY2(lineStartingWith(preview.out, QStringLiteral("2 ")).contains(QStringLiteral(
                 "2027-02-28")),
             qPrintable(preview.out));
    const QString third = lineStartingWith(preview.out, QStringLiteral("3 "));
    QVERIFY2(third.contains(QStringLiteral("2027-03-31")), qPrintable(preview.out));
    QVERIFY2(third.contains(QStringLiteral("US$33.34")), qPrintable(preview.out));
    QVERIFY2(preview.out.contains(QStringLiteral("Nothing was written")), qPrintable(preview.out));

    // Nothing was written, so the charge is still paid as a whole.
    QCOMPARE(run(paymentArguments(chargeId, QStringLiteral("1.00"))).exitCode, 0);

    const CliResult created = run(arguments + QStringList{QStringLiteral("--request-key"),
                                                          QStringLiteral("cli-plan-0001"),
                                                          QStringLiteral("--confirm")});
    QCOMPARE(created.exitCode, 0);
    const QString planId = firstNumberAfter(created.out, QStringLiteral("\nInstallment plan "));
    QVERIFY2(!planId.isEmpty(), qPrintable(created.out));
    QVERIFY2(created.out.contains(QStringLiteral("Installment plan %1 committed").arg(planId)),
             qPrintable(created.out));

    const CliResult replayed = run(arguments + QStringList{QStringLiteral("--request-key"),
                                                           QStringLiteral("cli-plan-0001"),
                                                           QStringLiteral("--confirm")});
    QCOMPARE(replayed.exitCode, 0);
    QVERIFY2(replayed.out.contains(QStringLiteral("already exists")), qPrintable(replayed.out));

    // A second plan for the same charge is rejected.
    const CliResult second = run(arguments + QStringList{QStringLiteral("--confirm")});
    QCOMPARE(second.exitCode, 2);
    QVERIFY2(second.err.contains(QStringLiteral("already has installment plan %1").arg(planId)),
             qPrintable(second.err));
}

void tst_CliFollowUp::planInstallmentsExplicitDueDates()
{
    freshDatabase();
    const QString chargeId = addCharge(QStringLiteral("1000.00"));
    QStringList arguments = {QStringLiteral("plan-installments"), QStringLiteral("--charge"),
                             chargeId, QStringLiteral("--due"),
                             QStringLiteral("2027-01-15:600.00"), QStringLiteral("--due"),
                             QStringLiteral("2027-03-01:399.99")};
    const CliResult short1 = run(arguments);
    QCOMPARE(short1.exitCode, 2);
    QVERIFY2(short1.err.contains(QStringLiteral("US$0.01 less than the US$1,000.00")),
             qPrintable(short1.err));
    QVERIFY2(short1.out.contains(QStringLiteral("US$999.99")), qPrintable(short1.out));

    arguments[6] = QStringLiteral("2027-03-01:400.00");
    const CliResult created = run(arguments << QStringLiteral("--confirm"));
    QCOMPARE(created.exitCode, 0);
    QVERIFY2(lineStartingWith(created.out, QStringLiteral("2 "))
                 .contains(QStringLiteral("2027-03-01")),
             qPrintable(created.out));
    QVERIFY2(created.out.contains(QStringLiteral("committed")), qPrintable(created.out));
}

void tst_CliFollowUp::planInstallmentsInvalidInput_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("no installments") << QStringList() << 1 << "Give either --count";
    QTest::newRow("count and due")
        << QStringList{QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--due"),
                       QStringLiteral("2027-01-01:1")}
        << 1 << "Give either --count";
    QTest::newRow("one installment")
        << QStringList{QStringLiteral("--count"), QStringLiteral("1"),
                       QStringLiteral("--first-due"), QStringLiteral("2027-01-31")}
        << 2 << "Invalid --count “1”";
    QTest::newRow("61 installments")
        << QStringList{QStringLiteral("--count"), QStringLiteral("61"),
                       QStringLiteral("--first-due"), QStringLiteral("2027-01-31")}
        << 2 << "from 2 to 60";
    QTest::newRow("missing first due")
        << QStringList{QStringLiteral("--count"), QStringLiteral("3")} << 2 << "--first-due";
    QTest::newRow("due without amount")
        << QStringList{QStringLiteral("--due"), QStringLiteral("2027-01-31")} << 2
        << "Invalid --due “2027-01-31”";
    QTest::newRow("due with bad amount")
        << QStringList{QStringLiteral("--due"), QStringLiteral("2027-01-31:1.234"),
                       QStringLiteral("--due"), QStringLiteral("2027-02-28:1")}
        << 2 << "Invalid --due “2027-01-31:1.234”";
    QTest::newRow("dates not rising")
        << QStringList{QStringLiteral("--due"), QStringLiteral("2027-02-28:5.00"),
                       QStringLiteral("--due"), QStringLiteral("2027-01-31:5.00")}
        << 2 << "not after installment 1";
}

void tst_CliFollowUp::planInstallmentsInvalidInput()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    freshDatabase();
    const QString chargeId = addCharge(QStringLiteral("10.00"));
    const CliResult result = run(QStringList{QStringLiteral("plan-installments"),
                                             QStringLiteral("--charge"), chargeId}
                                 + options + QStringList{QStringLiteral("--confirm")});
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY2(!result.out.contains(QStringLiteral("committed")), qPrintable(result.out));
}

void tst_CliFollowUp::installmentPaymentsSettleCharge()
{
    freshDatabase();
    const QString chargeId = addCharge(QStringLiteral("100.00"));
    QCOMPARE(run({QStringLiteral("plan-installments"), QStringLiteral("--charge"), chargeId,
                  QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--first-due"),
                  QDate::currentDate().addMonths(1).toString(Qt::ISODate),
                  QStringLiteral("--confirm")})
                 .exitCode,
             0);

    // The charge itself is paid one installment at a time.
    const CliResult whole = run(paymentArguments(chargeId, QStringLiteral("10.00"))
                                << QStringLiteral("--confirm"));
    QCOMPARE(whole.exitCode, 2);
    QVERIFY2(whole.err.contains(QStringLiteral("first open installment is number 1")),
             qPrintable(whole.err));

    const QStringList amounts = {QStringLiteral("33.33"), QStringLiteral("33.33"),
                                 QStringLiteral("33.34")};
    for (int seq = 1; seq <= 3; ++seq) {
        const CliResult paid = run(paymentArguments(chargeId, amounts.at(seq - 1))
                                   << QStringLiteral("--installment") << QString::number(seq)
                                   << QStringLiteral("--confirm"));
        QCOMPARE(paid.exitCode, 0);
        QVERIFY2(paid.out.contains(QStringLiteral("installment %1 of charge").arg(seq)),
                 qPrintable(paid.out));
    }

    const CliResult listed = run({QStringLiteral("list-charges")});
    const QString chargeLine = lineStartingWith(listed.out, chargeId + QLatin1Char(' '));
    QVERIFY2(chargeLine.contains(QStringLiteral("Settled")), qPrintable(listed.out));
    // The amount and the paid columns.
    QCOMPARE(chargeLine.count(QStringLiteral("US$100.00")), 2);

    const CliResult beyond = run(paymentArguments(chargeId, QStringLiteral("1"))
                                 << QStringLiteral("--installment") << QStringLiteral("4"));
    QCOMPARE(beyond.exitCode, 3);
    QVERIFY2(beyond.err.contains(QStringLiteral("installments 1 to 3")), qPrintable(beyond.err));
}

CliResult tst_CliFollowUp::runReminders(const QString &databasePath, const QStringList &arguments,
                                        QProcessEnvironment environment) const
{
    // The settings file of the test folder, so a window chosen on this
    // machine does not change the default --days.
    const QString configHome = m_dir.filePath(QStringLiteral("reminders-config"));
    QDir().mkpath(configHome);
    if (!environment.contains(QStringLiteral("XDG_CONFIG_HOME")))
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    return runCli(QStringList{QStringLiteral("--database"), databasePath,
                              QStringLiteral("--language"), QStringLiteral("en")}
                      + arguments,
                  environment);
}

QString tst_CliFollowUp::reminderDatabase()
{
    using namespace ReminderFixture;
    const QString connection = QStringLiteral("reminders-%1").arg(++m_databaseCount);
    const QString path = TestBackend::newLocation(m_dir, connection + QStringLiteral(".sqlite"));
    QString error;
    if (!Database::open(path, connection, &error)) {
        qWarning() << error;
        return {};
    }
    {
        const QSqlDatabase db = QSqlDatabase::database(connection);
        const qint64 alfki =
            insertCustomer(db, QStringLiteral("ALFKI"), QStringLiteral("Alfreds Futterkiste"));
        const qint64 hualian = insertCustomer(db, QStringLiteral("HUALIAN"),
                                              QStringLiteral("北京华联商贸有限公司"));
        m_overdueId = insertCharge(db, hualian, RemindersDay.addDays(-12), 123450);
        m_todayId = insertCharge(db, alfki, RemindersDay, 5000);
        m_soonId = insertCharge(db, hualian, RemindersDay.addDays(3), 880000,
                                QStringLiteral("MATERIAL"));
        m_laterId = insertCharge(db, alfki, RemindersDay.addDays(20), 100);

        // A plan of three installments: the first overdue, the second
        // partly paid and due soon, the third paid.
        const qint64 planCharge = insertCharge(db, alfki, RemindersDay.addDays(-40), 30000);
        const qint64 plan = insertPlan(db, planCharge);
        insertInstallment(db, plan, planCharge, 1, RemindersDay.addDays(-5), 10000);
        m_installmentId =
            insertInstallment(db, plan, planCharge, 2, RemindersDay.addDays(5), 10000);
        setInstallmentPaid(db, m_installmentId, 5000);
        const qint64 third = insertInstallment(db, plan, planCharge, 3, RemindersDay, 10000);
        setInstallmentPaid(db, third, 10000);
    }
    Database::close(connection);
    return path;
}

void tst_CliFollowUp::remindersHelp()
{
    const CliResult program = runCli({QStringLiteral("--help")});
    QCOMPARE(program.exitCode, 0);
    QVERIFY2(program.out.contains(QLatin1String("\n  reminders ")), qPrintable(program.out));

    const CliResult result = runCli({QStringLiteral("reminders"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const QString &part : {QStringLiteral("--days N"), QStringLiteral("--format FORMAT"),
                                QStringLiteral("--as-of DATE"), QStringLiteral("0 to 90"),
                                QStringLiteral("due_soon")}) {
        QVERIFY2(result.out.contains(part), qPrintable(part + QLatin1Char('\n') + result.out));
    }
}

void tst_CliFollowUp::remindersText()
{
    const QString path = reminderDatabase();
    const CliResult result = runReminders(path, remindersAsOf());
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));

    // A title, the header, the rule and five items.
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 8, qPrintable(result.out));
    QVERIFY2(lines.at(0).startsWith(QLatin1String("Reminders on 2026-05-11")),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QLatin1String("Status")), qPrintable(lines.at(1)));

    // Oldest first: the overdue charge and installment, then due today and
    // due soon. The later charge is outside the window.
    QVERIFY2(lines.at(3).contains(QStringLiteral("Charge %1,").arg(m_overdueId))
                 && lines.at(3).contains(QLatin1String("2026-04-29"))
                 && lines.at(3).contains(QStringLiteral("¥1,234.50"))
                 && lines.at(3).contains(QStringLiteral("HUALIAN 北京华联")),
             qPrintable(lines.at(3)));
    QVERIFY2(lines.at(4).contains(QLatin1String("Installment 1 of 3")), qPrintable(lines.at(4)));
    QVERIFY2(lines.at(5).startsWith(QLatin1String("Due today"))
                 && lines.at(5).contains(QStringLiteral("Charge %1,").arg(m_todayId)),
             qPrintable(lines.at(5)));
    QVERIFY2(lines.at(6).contains(QStringLiteral("Charge %1, Material fee").arg(m_soonId)),
             qPrintable(lines.at(6)));
    QVERIFY2(lines.at(7).contains(QLatin1String("Installment 2 of 3"))
                 && lines.at(7).contains(QStringLiteral("¥50.00")),
             qPrintable(lines.at(7)));
    QVERIFY2(!result.out.contains(QStringLiteral("Charge %1,").arg(m_laterId)),
             qPrintable(result.out));
}

void tst_CliFollowUp::remindersCsv()
{
    const QString path = reminderDatabase();
    const CliResult result =
        runReminders(path, remindersAsOf({QStringLiteral("--format"), QStringLiteral("csv")}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!result.outBytes.startsWith("\xEF\xBB\xBF"));

    const QStringList records = result.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(records.size(), 6);
    QCOMPARE(records.at(0),
             QStringLiteral("step,days_past_due,due_date,customer_code,customer_name,item_kind,"
                            "item_id,charge_id,installment_seq,fee_type_code,open_amount,"
                            "currency"));
    QCOMPARE(records.at(1),
             QStringLiteral("overdue,12,2026-04-29,HUALIAN,北京华联商贸有限公司,charge,%1,%1,,"
                            "SERVICE,1234.50,CNY")
                 .arg(m_overdueId));
    QCOMPARE(records.at(3),
             QStringLiteral("due_today,0,2026-05-11,ALFKI,Alfreds Futterkiste,charge,%1,%1,,"
                            "SERVICE,50.00,CNY")
                 .arg(m_todayId));
    QVERIFY2(records.at(5).startsWith(
                 QStringLiteral("due_soon,-5,2026-05-16,ALFKI,Alfreds Futterkiste,installment,%1,")
                     .arg(m_installmentId)),
             qPrintable(records.at(5)));
    QVERIFY2(records.at(5).endsWith(QLatin1String(",2,SERVICE,50.00,CNY")),
             qPrintable(records.at(5)));
}

void tst_CliFollowUp::remindersWindow_data()
{
    QTest::addColumn<QString>("days");
    QTest::addColumn<int>("items");

    QTest::newRow("0: overdue and due today") << QStringLiteral("0") << 3;
    QTest::newRow("3: due soon on the last day") << QStringLiteral("3") << 4;
    QTest::newRow("default 7") << QString() << 5;
    QTest::newRow("20: the later charge") << QStringLiteral("20") << 6;
    QTest::newRow("90") << QStringLiteral("90") << 6;
}

void tst_CliFollowUp::remindersWindow()
{
    QFETCH(QString, days);
    QFETCH(int, items);

    const QString path = reminderDatabase();
    QStringList options = {QStringLiteral("--format"), QStringLiteral("csv")};
    if (!days.isEmpty())
        options << QStringLiteral("--days") << days;
    const CliResult result = runReminders(path, remindersAsOf(options));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size() - 1, items);
}

void tst_CliFollowUp::remindersLeaveOutHidden()
{
    const QString path = reminderDatabase();
    {
        const QString connection = QStringLiteral("reminders-hide");
        QString error;
        QVERIFY2(Database::open(path, connection, &error), qPrintable(error));
        const QSqlDatabase db = QSqlDatabase::database(connection);
        QVERIFY(ReminderFixture::execute(
            db,
            QStringLiteral("INSERT INTO reminder_snoozes (item_kind, item_id, snoozed_until, "
                           "created_by, created_at) VALUES ('charge', ?, '2026-05-12', "
                           "'tester', '2026-05-11T08:00:00.000Z')"),
            {m_todayId}));
        QVERIFY(ReminderFixture::execute(
            db,
            QStringLiteral("INSERT INTO customer_contacts (customer_id, charge_id, contacted_on, "
                           "note, created_by, created_at) SELECT customer_id, id, "
                           "'2026-05-08', 'Called', 'tester', '2026-05-08T08:00:00.000Z' "
                           "FROM charges WHERE id = ?"),
            {m_overdueId}));
    }
    Database::close(QStringLiteral("reminders-hide"));

    const CliResult result =
        runReminders(path, remindersAsOf({QStringLiteral("--format"), QStringLiteral("csv")}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(!result.out.contains(QStringLiteral(",charge,%1,").arg(m_todayId)),
             qPrintable(result.out));
    QVERIFY2(!result.out.contains(QStringLiteral(",charge,%1,").arg(m_overdueId)),
             qPrintable(result.out));

    // The snooze ends on 2026-05-12, and the overdue item comes back 7 days
    // after its contact, on 2026-05-15.
    const CliResult later =
        runReminders(path, {QStringLiteral("reminders"), QStringLiteral("--as-of"),
                            QStringLiteral("2026-05-15"), QStringLiteral("--format"),
                            QStringLiteral("csv")});
    QVERIFY2(later.out.contains(QStringLiteral(",charge,%1,").arg(m_todayId)),
             qPrintable(later.out));
    QVERIFY2(later.out.contains(QStringLiteral(",charge,%1,").arg(m_overdueId)),
             qPrintable(later.out));
}

void tst_CliFollowUp::remindersUsageErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("expected");

    QTest::newRow("days negative") << QStringList{QStringLiteral("--days"), QStringLiteral("-1")}
                                   << QStringLiteral("Invalid --days “-1”");
    QTest::newRow("days too many") << QStringList{QStringLiteral("--days"), QStringLiteral("91")}
                                   << QStringLiteral("Invalid --days “91”");
    QTest::newRow("days text") << QStringList{QStringLiteral("--days"), QStringLiteral("week")}
                               << QStringLiteral("Invalid --days “week”");
    QTest::newRow("as-of month 13")
        << QStringList{QStringLiteral("--as-of"), QStringLiteral("2026-13-01")}
        << QStringLiteral("Invalid --as-of “2026-13-01”");
    QTest::newRow("as-of local format")
        << QStringList{QStringLiteral("--as-of"), QStringLiteral("11/05/2026")}
        << QStringLiteral("Invalid --as-of “11/05/2026”");
    QTest::newRow("format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")}
                            << QStringLiteral("Invalid --format “xml”");
}

void tst_CliFollowUp::remindersUsageErrors()
{
    QFETCH(QStringList, options);
    QFETCH(QString, expected);

    const QString path = m_dir.filePath(QStringLiteral("reminders-unused.sqlite"));
    const CliResult result =
        runReminders(path, QStringList{QStringLiteral("reminders")} + options);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(expected), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void tst_CliFollowUp::remindersFollowLocalZone_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<bool>("listed");

    // A charge due on today's date in UTC+14 is due today there, and still
    // one or two days away in UTC-12.
    QTest::newRow("UTC+14") << QByteArray("Pacific/Kiritimati") << true;
    QTest::newRow("UTC-12") << QByteArray("Etc/GMT+12") << false;
}

void tst_CliFollowUp::remindersFollowLocalZone()
{
    QFETCH(QByteArray, zone);
    QFETCH(bool, listed);

    const QDate eastToday = QDateTime::currentDateTimeUtc()
                                .toTimeZone(QTimeZone(QByteArrayLiteral("Pacific/Kiritimati")))
                                .date();
    const QString connection = QStringLiteral("reminders-zone-%1").arg(++m_databaseCount);
    const QString path = TestBackend::newLocation(m_dir, connection + QStringLiteral(".sqlite"));
    qint64 chargeId = 0;
    {
        QString error;
        QVERIFY2(Database::open(path, connection, &error), qPrintable(error));
        const QSqlDatabase db = QSqlDatabase::database(connection);
        const qint64 customerId = ReminderFixture::insertCustomer(
            db, QStringLiteral("ALFKI"), QStringLiteral("Alfreds Futterkiste"));
        chargeId = ReminderFixture::insertCharge(db, customerId, eastToday);
    }
    Database::close(connection);
    QVERIFY(chargeId > 0);

    QProcessEnvironment environment;
    environment.insert(QStringLiteral("TZ"), QString::fromLatin1(zone));
    const CliResult result = runReminders(path,
                                          {QStringLiteral("reminders"), QStringLiteral("--days"),
                                           QStringLiteral("0"), QStringLiteral("--format"),
                                           QStringLiteral("csv")},
                                          environment);
    QCOMPARE(result.exitCode, 0);
    const QString row =
        QStringLiteral("due_today,0,%1,ALFKI").arg(eastToday.toString(Qt::ISODate));
    QCOMPARE(result.out.contains(row), listed);
    QCOMPARE(result.out.contains(QStringLiteral(",charge,%1,").arg(chargeId)), listed);
}

namespace {

// The as-of day of the aging and reminder letter tests.
const QDate AgingDay(2026, 6, 30);

// Returns the text pdftotext extracts from the PDF at path, or a null
// string when pdftotext is missing or fails.
QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

// SHHD (CNY) owes 1,234.50 12 days overdue, 88.88 75 days overdue and
// 500.00 due in 15 days; ALFKI (USD) owes a bill of 814.00 33 days overdue;
// QUIET owes 1.00 due in 3 days.
QString tst_CliFollowUp::agingDatabase()
{
    using namespace AgingFixture;
    const QString connection = QStringLiteral("aging-%1").arg(++m_databaseCount);
    const QString path = TestBackend::newLocation(m_dir, connection + QStringLiteral(".sqlite"));
    QString error;
    if (!Database::open(path, connection, &error)) {
        qWarning() << error;
        return {};
    }
    {
        const QSqlDatabase db = QSqlDatabase::database(connection);
        const qint64 shanghai = insertCustomer(db, QStringLiteral("SHHD"),
                                               QStringLiteral("上海华东贸易有限公司"));
        const qint64 alfki = insertCustomer(db, QStringLiteral("ALFKI"),
                                            QStringLiteral("Alfreds Futterkiste"),
                                            QStringLiteral("USD"));
        const qint64 quiet = insertCustomer(db, QStringLiteral("QUIET"),
                                            QStringLiteral("守时客户"));
        insertCharge(db, shanghai, AgingDay.addDays(-12), 123450);
        insertCharge(db, shanghai, AgingDay.addDays(-75), 8888);
        insertCharge(db, shanghai, AgingDay.addDays(15), 50000);
        insertBill(db, alfki, QStringLiteral("10643"), AgingDay.addDays(-33), 81400,
                   QStringLiteral("USD"));
        insertCharge(db, quiet, AgingDay.addDays(3), 100);
    }
    Database::close(connection);
    return path;
}

CliResult tst_CliFollowUp::runAging(const QString &databasePath,
                                    const QStringList &arguments) const
{
    const QString configHome = m_dir.filePath(QStringLiteral("aging-config"));
    QSettings settings(configHome + QStringLiteral("/ChargeDesk/ChargeDesk.conf"),
                       QSettings::IniFormat);
    settings.beginGroup(QStringLiteral("company"));
    settings.setValue(QStringLiteral("name"), QStringLiteral("杭州云帆信息技术有限公司"));
    settings.setValue(QStringLiteral("phone"), QStringLiteral("0571-8888 6666"));
    settings.setValue(QStringLiteral("bank_account"), QStringLiteral("5719 0000 1234 5678"));
    settings.endGroup();
    settings.sync();

    QProcessEnvironment environment;
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    return runCli(QStringList{QStringLiteral("--database"), databasePath,
                              QStringLiteral("--language"), QStringLiteral("en")}
                      + arguments,
                  environment);
}

void tst_CliFollowUp::agingHelp()
{
    const CliResult program = runCli({QStringLiteral("--language"), QStringLiteral("en"),
                                      QStringLiteral("--help")});
    QCOMPARE(program.exitCode, 0);
    QVERIFY2(program.out.contains(QLatin1String("\n  aging ")), qPrintable(program.out));

    const CliResult aging = runCli({QStringLiteral("--language"), QStringLiteral("en"),
                                    QStringLiteral("aging"), QStringLiteral("--help")});
    QCOMPARE(aging.exitCode, 0);
    for (const QString &part :
         {QStringLiteral("--as-of DATE"), QStringLiteral("--format FORMAT"),
          QStringLiteral("--customer CODE"), QStringLiteral("not_due, d1_30, d31_60")}) {
        QVERIFY2(aging.out.contains(part), qPrintable(part + QLatin1Char('\n') + aging.out));
    }

    const CliResult report = runCli({QStringLiteral("--language"), QStringLiteral("en"),
                                     QStringLiteral("report"), QStringLiteral("--help")});
    QCOMPARE(report.exitCode, 0);
    for (const QString &part : {QStringLiteral("reminder-letters"),
                                QStringLiteral("--record-sent")}) {
        QVERIFY2(report.out.contains(part), qPrintable(part + QLatin1Char('\n') + report.out));
    }
}

void tst_CliFollowUp::agingTextTable()
{
    const QString path = agingDatabase();
    const CliResult result = runAging(path, {QStringLiteral("aging"), QStringLiteral("--as-of"),
                                             AgingDay.toString(Qt::ISODate)});
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));

    QVERIFY2(result.out.startsWith(QStringLiteral("Aged receivables as of 2026-06-30\n")),
             qPrintable(result.out));
    const QString header = lineStartingWith(result.out, QStringLiteral("Code"));
    for (const QString &title :
         {QStringLiteral("Not yet due"), QStringLiteral("1–30 days"), QStringLiteral("31–60 days"),
          QStringLiteral("61–90 days"), QStringLiteral("Over 90 days"), QStringLiteral("Total")}) {
        QVERIFY2(header.contains(title), qPrintable(header));
    }

    const QStringList shanghai = lineStartingWith(result.out, QStringLiteral("SHHD"))
                                     .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QCOMPARE(shanghai,
             QStringList({QStringLiteral("SHHD"), QStringLiteral("上海华东贸易有限公司"),
                          QStringLiteral("CNY"), QStringLiteral("¥500.00"),
                          QStringLiteral("¥1,234.50"), QStringLiteral("¥0.00"),
                          QStringLiteral("¥88.88"), QStringLiteral("¥0.00"),
                          QStringLiteral("¥1,823.38")}));
    const QStringList cnyTotal = lineStartingWith(result.out, QStringLiteral("Total CNY"))
                                     .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QCOMPARE(cnyTotal.constLast(), QStringLiteral("¥1,824.38"));
    const QString usdTotal = lineStartingWith(result.out, QStringLiteral("Total USD"));
    QVERIFY2(usdTotal.endsWith(QStringLiteral("US$814.00")), qPrintable(result.out));
    const QString quiet = lineStartingWith(result.out, QStringLiteral("QUIET"));
    QVERIFY2(quiet.contains(QStringLiteral("¥1.00")), qPrintable(result.out));
}

void tst_CliFollowUp::agingCsvOutput()
{
    const QString path = agingDatabase();
    const CliResult result = runAging(path, {QStringLiteral("aging"), QStringLiteral("--as-of"),
                                             AgingDay.toString(Qt::ISODate),
                                             QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!result.outBytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = result.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    const QStringList expected = {
        QStringLiteral("row_type,customer_code,customer_name,currency,not_due,d1_30,d31_60,"
                       "d61_90,over_90,total"),
        QStringLiteral("customer,SHHD,上海华东贸易有限公司,CNY,500.00,1234.50,0.00,88.88,0.00,"
                       "1823.38"),
        QStringLiteral("customer,QUIET,守时客户,CNY,1.00,0.00,0.00,0.00,0.00,1.00"),
        QStringLiteral("total,,,CNY,501.00,1234.50,0.00,88.88,0.00,1824.38"),
        QStringLiteral("customer,ALFKI,Alfreds Futterkiste,USD,0.00,0.00,814.00,0.00,0.00,"
                       "814.00"),
        QStringLiteral("total,,,USD,0.00,0.00,814.00,0.00,0.00,814.00"),
    };
    QCOMPARE(lines, expected);
}

void tst_CliFollowUp::agingCustomerFilter()
{
    const QString path = agingDatabase();
    const CliResult result = runAging(
        path, {QStringLiteral("aging"), QStringLiteral("--as-of"), AgingDay.toString(Qt::ISODate),
               QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--customer"),
               QStringLiteral("ALFKI"), QStringLiteral("--customer"), QStringLiteral("QUIET")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!result.out.contains(QStringLiteral("SHHD")));
    QVERIFY(result.out.contains(QStringLiteral("total,,,CNY,1.00,0.00,0.00,0.00,0.00,1.00")));
    QVERIFY(result.out.contains(QStringLiteral("customer,ALFKI,")));

    // Twenty days later the 500.00 are five days overdue.
    const CliResult later = runAging(
        path, {QStringLiteral("aging"), QStringLiteral("--as-of"), QStringLiteral("2026-07-20"),
               QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--customer"),
               QStringLiteral("SHHD")});
    QCOMPARE(later.exitCode, 0);
    QVERIFY2(later.out.contains(QStringLiteral("customer,SHHD,上海华东贸易有限公司,CNY,0.00,"
                                               "500.00,1234.50,0.00,88.88,1823.38")),
             qPrintable(later.out));
}

void tst_CliFollowUp::agingUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")}
                            << 1 << QStringLiteral("Invalid --format “xml”");
    QTest::newRow("date") << QStringList{QStringLiteral("--as-of"), QStringLiteral("2026-02-30")}
                          << 1 << QStringLiteral("Invalid --as-of “2026-02-30”");
    QTest::newRow("customer") << QStringList{QStringLiteral("--customer"),
                                             QStringLiteral("NOPE")}
                              << 3 << QStringLiteral("NOPE");
}

void tst_CliFollowUp::agingUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    const CliResult result = runAging(agingDatabase(), QStringList{QStringLiteral("aging")}
                                                           + arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

void tst_CliFollowUp::reminderLettersWrittenAndRecorded()
{
    const QString path = agingDatabase();
    const QString pdf = m_dir.filePath(QStringLiteral("letters.pdf"));
    const CliResult result = runAging(
        path, {QStringLiteral("report"), QStringLiteral("reminder-letters"),
               QStringLiteral("--customer"), QStringLiteral("SHHD"), QStringLiteral("--customer"),
               QStringLiteral("QUIET"), QStringLiteral("--customer"), QStringLiteral("ALFKI"),
               QStringLiteral("--as-of"), AgingDay.toString(Qt::ISODate), QStringLiteral("--pdf"),
               pdf, QStringLiteral("--record-sent")});
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("2 reminder letter")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("recorded as sent on 2026-06-30")),
             qPrintable(result.out));
    QVERIFY2(result.err.contains(QStringLiteral("QUIET has nothing overdue")),
             qPrintable(result.err));
    QVERIFY(QFile::exists(pdf));

    // Two letters with their three overdue items.
    {
        QString error;
        const QString connection = QStringLiteral("aging-check");
        QVERIFY2(Database::open(path, connection, &error), qPrintable(error));
        QSqlQuery query(QSqlDatabase::database(connection));
        VERIFY_SQL(query, query.exec(QStringLiteral(
                              "SELECT (SELECT COUNT(*) FROM reminder_letters "
                              "WHERE letter_date = '2026-06-30') AS letters, "
                              "(SELECT COUNT(*) FROM reminder_letter_items) AS items, "
                              "(SELECT SUM(outstanding_minor) FROM reminder_letter_items "
                              "WHERE currency = 'CNY') AS cny")));
        QVERIFY(query.next());
        QCOMPARE(query.value(QStringLiteral("letters")).toInt(), 2);
        QCOMPARE(query.value(QStringLiteral("items")).toInt(), 3);
        QCOMPARE(query.value(QStringLiteral("cny")).toLongLong(), 132338);
        query.finish();
    }
    Database::close(QStringLiteral("aging-check"));

    const QString text = pdfText(pdf);
    if (text.isNull())
        QSKIP("pdftotext is not installed (Debian package poppler-utils).");
    for (const QString &expected :
         {QStringLiteral("上海华东贸易有限公司"), QStringLiteral("¥1,323.38"),
          QStringLiteral("Alfreds Futterkiste"), QStringLiteral("US$814.00"),
          QStringLiteral("杭州云帆信息技术有限公司")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + QLatin1Char('\n') + text));
    }
    QVERIFY(!text.contains(QStringLiteral("守时客户")));
    QVERIFY(!text.contains(QStringLiteral("¥500.00")));
}

void tst_CliFollowUp::reminderLettersRejected_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const QString pdf = QStringLiteral("--pdf");
    const QString file = m_dir.filePath(QStringLiteral("rejected.pdf"));
    const QString customer = QStringLiteral("--customer");
    QTest::newRow("no pdf") << QStringList{customer, QStringLiteral("SHHD")} << 1
                            << QStringLiteral("needs --pdf FILE");
    QTest::newRow("no customer") << QStringList{pdf, file} << 1
                                 << QStringLiteral("needs --customer CODE");
    QTest::newRow("csv") << QStringList{customer, QStringLiteral("SHHD"), pdf, file,
                                        QStringLiteral("--csv"), QStringLiteral("x.csv")}
                         << 1 << QStringLiteral("--csv does not apply");
    QTest::newRow("bad date") << QStringList{customer, QStringLiteral("SHHD"), pdf, file,
                                             QStringLiteral("--as-of"), QStringLiteral("June")}
                              << 1 << QStringLiteral("Invalid --as-of “June”");
    QTest::newRow("nothing overdue")
        << QStringList{customer, QStringLiteral("QUIET"), pdf, file, QStringLiteral("--as-of"),
                       AgingDay.toString(Qt::ISODate)}
        << 2 << QStringLiteral("Nothing of QUIET is overdue on 2026-06-30");
    QTest::newRow("unknown") << QStringList{customer, QStringLiteral("NOPE"), pdf, file} << 3
                             << QStringLiteral("NOPE");
}

void tst_CliFollowUp::reminderLettersRejected()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    const QString path = agingDatabase();
    const CliResult result = runAging(path, QStringList{QStringLiteral("report"),
                                                        QStringLiteral("reminder-letters"),
                                                        QStringLiteral("--record-sent")}
                                                + arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("rejected.pdf"))));

    // --as-of and --record-sent belong to reminder letters only.
    const CliResult charges = runAging(path, {QStringLiteral("report"), QStringLiteral("charges"),
                                              QStringLiteral("--record-sent")});
    QCOMPARE(charges.exitCode, 1);
    QVERIFY2(charges.err.contains(QStringLiteral("--record-sent does not apply")),
             qPrintable(charges.err));
}

QTEST_GUILESS_MAIN(tst_CliFollowUp)
#include "tst_clifollowup.moc"
