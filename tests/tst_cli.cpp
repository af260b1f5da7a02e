#include "clitestsupport.h"
#include "csvtestsupport.h"
#include "customerrepository.h"
#include "database.h"
#include "money.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

// The CSV column names of list-charges, in order.
const QStringList CsvHeader = {
    QStringLiteral("id"),          QStringLiteral("customer_code"),
    QStringLiteral("bill_no"),     QStringLiteral("fee_type_code"),
    QStringLiteral("amount"),      QStringLiteral("currency"),
    QStringLiteral("reason_code"), QStringLiteral("note"),
    QStringLiteral("payment_method_code"), QStringLiteral("due_date"),
    QStringLiteral("status"),      QStringLiteral("duplicate_ack_note"),
    QStringLiteral("created_by"),  QStringLiteral("created_at"),
    QStringLiteral("voided_by"),   QStringLiteral("voided_at"),
    QStringLiteral("void_reason"), QStringLiteral("request_key"),
};

// Returns arguments with option's value replaced, or the option appended.
QStringList withOption(QStringList arguments, const QString &option, const QString &value)
{
    const qsizetype index = arguments.indexOf(option);
    if (index >= 0)
        arguments[index + 1] = value;
    else
        arguments << option << value;
    return arguments;
}

QStringList withoutOption(QStringList arguments, const QString &option)
{
    const qsizetype index = arguments.indexOf(option);
    if (index >= 0)
        arguments.remove(index, 2);
    return arguments;
}

// A valid add-charge for customer ALFKI on its bill 10643 (issued 1997-08-25).
QStringList chargeArguments()
{
    return {QStringLiteral("add-charge"),
            QStringLiteral("--customer"), QStringLiteral("ALFKI"),
            QStringLiteral("--bill"), QStringLiteral("10643"),
            QStringLiteral("--fee-type"), QStringLiteral("SERVICE"),
            QStringLiteral("--amount"), QStringLiteral("1234.50"),
            QStringLiteral("--reason"), QStringLiteral("UNPAID"),
            QStringLiteral("--payment-method"), QStringLiteral("BANK_TRANSFER"),
            QStringLiteral("--due"), QStringLiteral("2024-07-31")};
}

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

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void importCountsAndReimport();
    void importBuiltinAddsNothingMore();
    void importMissingFolder();
    void helpListsEveryCommand();
    void commandHelp_data();
    void commandHelp();
    void usageErrors_data();
    void usageErrors();

    void addChargeWithoutConfirmWritesNothing();
    void addChargeConfirmPrintsId();
    void requestKeyReplayReturnsSameCharge();
    void exactDuplicateRejected();
    void possibleDuplicateNeedsAcknowledgement();
    void invalidInputRejected_data();
    void invalidInputRejected();
    void noteStoredVerbatim();

    void voidChargeNeedsReason();
    void voidChargeUnknownOrInvalidId();
    void listChargesText();
    void listChargesUnknownCustomer();
    void labelsFollowLanguageButCsvDoesNot();
    void verboseLogsStayOffStdout();
    void showCustomerIncludesCharge();

    void newerSchemaRejected();
    void unreadableDatabaseRejected();
    void savedConnectionIsTheDefault();
    void chineseMessages();

private:
    CliResult run(const QStringList &arguments) const;
    QString freshDatabase();
    QList<QStringList> chargeRows();
    QString commitCharge(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_seedPath;     // imported Northwind data, copied by freshDatabase()
    QString m_databasePath; // the database run() passes
    int m_databaseCount = 0;
};

CliResult tst_Cli::run(const QStringList &arguments) const
{
    return runCli(QStringList{QStringLiteral("--database"), m_databasePath,
                              QStringLiteral("--language"), QStringLiteral("en")}
                  + arguments);
}

QString tst_Cli::freshDatabase()
{
    m_databasePath = TestBackend::copyLocation(
        m_seedPath, m_dir, QStringLiteral("test-%1.sqlite").arg(++m_databaseCount));
    return m_databasePath;
}

// Returns the charge rows of list-charges --format csv without the header.
// Returns an empty list, with a warning, when the command fails or the
// header differs.
QList<QStringList> tst_Cli::chargeRows()
{
    const CliResult result = run({QStringLiteral("list-charges"), QStringLiteral("--format"),
                                  QStringLiteral("csv")});
    if (!result.finished || result.exitCode != 0) {
        qWarning() << "list-charges failed:" << result.exitCode << result.err;
        return {};
    }
    QList<QStringList> rows = parseCsv(result.out);
    if (rows.isEmpty() || rows.constFirst() != CsvHeader) {
        qWarning() << "Unexpected CSV header:" << result.out.left(300);
        return {};
    }
    rows.removeFirst();
    return rows;
}

// Commits a charge and returns its ID, or an empty string.
QString tst_Cli::commitCharge(const QStringList &arguments)
{
    const CliResult result = run(arguments + QStringList{QStringLiteral("--confirm")});
    if (!result.finished || result.exitCode != 0) {
        qWarning() << "add-charge --confirm failed:" << result.exitCode << result.err;
        return {};
    }
    return firstNumberAfter(result.out, QStringLiteral("Charge "));
}

void tst_Cli::initTestCase()
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

void tst_Cli::importCountsAndReimport()
{
    m_databasePath = TestBackend::newLocation(m_dir, QStringLiteral("import.sqlite"));

    const CliResult first = run({QStringLiteral("import-northwind"),
                                 QStringLiteral(NORTHWIND_DIR)});
    QVERIFY(first.finished);
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.contains(QLatin1String("Customers added: 91\n")), qPrintable(first.out));
    QVERIFY2(first.out.contains(QLatin1String("Bills added: 830\n")), qPrintable(first.out));

    const CliResult second = run({QStringLiteral("import-northwind"),
                                  QStringLiteral(NORTHWIND_DIR)});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(QLatin1String("Customers added: 0\n")), qPrintable(second.out));
    QVERIFY2(second.out.contains(QLatin1String("Bills added: 0\n")), qPrintable(second.out));
    QVERIFY2(second.out.contains(QLatin1String("Bill lines added: 0\n")), qPrintable(second.out));
    QVERIFY2(second.out.contains(QLatin1String("Customers skipped (already present): 91\n")),
             qPrintable(second.out));
    QVERIFY2(second.out.contains(QLatin1String("Bills skipped (already present): 830\n")),
             qPrintable(second.out));
}

void tst_Cli::importBuiltinAddsNothingMore()
{
    freshDatabase();
    const CliResult result = run({QStringLiteral("import-northwind"), QStringLiteral("builtin")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QLatin1String("Customers added: 0\n")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("Bills skipped (already present): 830\n")),
             qPrintable(result.out));
}

void tst_Cli::importMissingFolder()
{
    freshDatabase();
    const QString missing = m_dir.filePath(QStringLiteral("no-such-folder"));
    const CliResult result = run({QStringLiteral("import-northwind"), missing});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(missing), qPrintable(result.err));
}

void tst_Cli::helpListsEveryCommand()
{
    const QStringList commands = {
        QStringLiteral("import-northwind"), QStringLiteral("add-charge"),
        QStringLiteral("void-charge"),      QStringLiteral("list-charges"),
        QStringLiteral("show-customer"),
    };
    const QList<QStringList> invocations = {
        {QStringLiteral("--help")}, {QStringLiteral("-h")}, {QStringLiteral("help")}};
    for (const QStringList &arguments : invocations) {
        const CliResult result = runCli(QStringList{QStringLiteral("--language"),
                                                    QStringLiteral("en")}
                                        + arguments);
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, 0);
        for (const QString &command : commands)
            QVERIFY2(result.out.contains(command), qPrintable(command));
        QVERIFY(result.out.contains(QLatin1String("--database PATH")));
        QVERIFY(result.out.contains(QLatin1String("--language LANG")));
        QVERIFY(result.out.contains(QLatin1String("YYYY-MM-DD")));
        QVERIFY(result.out.contains(QLatin1String("1234.50")));
        QVERIFY(result.out.contains(QLatin1String("Exit status:")));
        for (int status = 0; status <= 4; ++status)
            QVERIFY(result.out.contains(QStringLiteral("\n  %1  ").arg(status)));
        QVERIFY(result.err.isEmpty());
    }
}

void tst_Cli::commandHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("options");

    QTest::newRow("import-northwind") << QStringLiteral("import-northwind")
                                      << QStringList{QStringLiteral("DIR"),
                                                     QStringLiteral("builtin")};
    QTest::newRow("add-charge")
        << QStringLiteral("add-charge")
        << QStringList{QStringLiteral("--customer CODE"), QStringLiteral("--bill NO"),
                       QStringLiteral("--fee-type CODE"), QStringLiteral("--amount AMOUNT"),
                       QStringLiteral("--reason CODE"), QStringLiteral("--note TEXT"),
                       QStringLiteral("--payment-method CODE"), QStringLiteral("--due DATE"),
                       QStringLiteral("--request-key KEY"),
                       QStringLiteral("--acknowledge-duplicate NOTE"),
                       QStringLiteral("--confirm"), QStringLiteral("major units"),
                       QStringLiteral("YYYY-MM-DD")};
    QTest::newRow("void-charge") << QStringLiteral("void-charge")
                                 << QStringList{QStringLiteral("ID"),
                                                QStringLiteral("--reason TEXT")};
    QTest::newRow("list-charges") << QStringLiteral("list-charges")
                                  << QStringList{QStringLiteral("--customer CODE"),
                                                 QStringLiteral("--format FORMAT"),
                                                 QStringLiteral("RFC 4180")};
    QTest::newRow("show-customer") << QStringLiteral("show-customer")
                                   << QStringList{QStringLiteral("CODE")};
}

void tst_Cli::commandHelp()
{
    QFETCH(QString, command);
    QFETCH(QStringList, options);

    const QList<QStringList> invocations = {{command, QStringLiteral("--help")},
                                            {QStringLiteral("help"), command}};
    for (const QStringList &arguments : invocations) {
        const CliResult result = runCli(QStringList{QStringLiteral("--language"),
                                                    QStringLiteral("en")}
                                        + arguments);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("Usage: chargedesk-cli [global options] ")
                                       + command),
                 qPrintable(result.out));
        for (const QString &option : options)
            QVERIFY2(result.out.contains(option), qPrintable(option));
        QVERIFY(result.out.contains(QLatin1String("Exit status:")));
    }
}

void tst_Cli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("no command") << QStringList{} << QStringLiteral("Missing command");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QStringLiteral("“frobnicate”");
    QTest::newRow("unknown option")
        << (chargeArguments() << QStringLiteral("--colour")) << QStringLiteral("“--colour”");
    QTest::newRow("missing required option")
        << withoutOption(chargeArguments(), QStringLiteral("--amount"))
        << QStringLiteral("--amount");
    QTest::newRow("missing value")
        << QStringList{QStringLiteral("list-charges"), QStringLiteral("--customer")}
        << QStringLiteral("--customer");
    QTest::newRow("repeated option")
        << (chargeArguments() << QStringLiteral("--amount") << QStringLiteral("5"))
        << QStringLiteral("--amount");
    QTest::newRow("missing argument") << QStringList{QStringLiteral("show-customer")}
                                      << QStringLiteral("CODE");
    QTest::newRow("extra argument")
        << QStringList{QStringLiteral("show-customer"), QStringLiteral("ALFKI"),
                       QStringLiteral("ANATR")}
        << QStringLiteral("“ANATR”");
    QTest::newRow("invalid format")
        << QStringList{QStringLiteral("list-charges"), QStringLiteral("--format"),
                       QStringLiteral("xml")}
        << QStringLiteral("“xml”");
    QTest::newRow("global option after command")
        << QStringList{QStringLiteral("list-charges"), QStringLiteral("--database"),
                       QStringLiteral("other.sqlite")}
        << QStringLiteral("before the command");
    QTest::newRow("invalid language")
        << QStringList{QStringLiteral("--language"), QStringLiteral("klingon"),
                       QStringLiteral("list-charges")}
        << QStringLiteral("“klingon”");
}

void tst_Cli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    // The language row brings its own --language, which may be given once.
    const QString path = freshDatabase();
    QStringList global = {QStringLiteral("--database"), path};
    if (!arguments.contains(QLatin1String("--language")))
        global << QStringLiteral("--language") << QStringLiteral("en");

    const CliResult result = runCli(global + arguments);
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("--help")), qPrintable(result.err));
    QCOMPARE(chargeRows().size(), 0);
}

void tst_Cli::addChargeWithoutConfirmWritesNothing()
{
    freshDatabase();
    const CliResult result = run(chargeArguments()
                                 << QStringLiteral("--request-key")
                                 << QStringLiteral("preview-key-1"));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QLatin1String("1,234.50")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("ALFKI")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("10643")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("Nothing was written")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("--confirm")), qPrintable(result.out));
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));

    QCOMPARE(chargeRows().size(), 0);
}

void tst_Cli::addChargeConfirmPrintsId()
{
    freshDatabase();
    const CliResult result = run(chargeArguments() << QStringLiteral("--confirm"));
    QCOMPARE(result.exitCode, 0);
    const QString id = firstNumberAfter(result.out, QStringLiteral("Charge "));
    QVERIFY2(!id.isEmpty(), qPrintable(result.out));
    QCOMPARE(result.out, QStringLiteral("Charge %1 committed.\n").arg(id));

    const QList<QStringList> rows = chargeRows();
    QCOMPARE(rows.size(), 1);
    const QStringList &row = rows.constFirst();
    QCOMPARE(row.size(), CsvHeader.size());
    QCOMPARE(row.at(CsvHeader.indexOf(QLatin1String("id"))), id);
    QCOMPARE(row.at(CsvHeader.indexOf(QLatin1String("customer_code"))), QStringLiteral("ALFKI"));
    QCOMPARE(row.at(CsvHeader.indexOf(QLatin1String("bill_no"))), QStringLiteral("10643"));
    QCOMPARE(row.at(CsvHeader.indexOf(QLatin1String("fee_type_code"))), QStringLiteral("SERVICE"));
    QCOMPARE(row.at(CsvHeader.indexOf(QLatin1String("amount"))), QStringLiteral("1234.50"));
    QCOMPARE(row.at(CsvHeader.indexOf(QLatin1String("currency"))), QStringLiteral("USD"));
    QCOMPARE(row.at(CsvHeader.indexOf(QLatin1String("reason_code"))), QStringLiteral("UNPAID"));
    QCOMPARE(row.at(CsvHeader.indexOf(QLatin1String("payment_method_code"))),
             QStringLiteral("BANK_TRANSFER"));
    QCOMPARE(row.at(CsvHeader.indexOf(QLatin1String("due_date"))), QStringLiteral("2024-07-31"));
    QCOMPARE(row.at(CsvHeader.indexOf(QLatin1String("status"))), QStringLiteral("posted"));
}

void tst_Cli::requestKeyReplayReturnsSameCharge()
{
    freshDatabase();
    const QStringList arguments = chargeArguments() << QStringLiteral("--request-key")
                                                    << QStringLiteral("replay-key-1");
    const QString id = commitCharge(arguments);
    QVERIFY(!id.isEmpty());

    const CliResult replay = run(arguments + QStringList{QStringLiteral("--confirm")});
    QCOMPARE(replay.exitCode, 0);
    QCOMPARE(firstNumberAfter(replay.out, QStringLiteral("Charge ")), id);
    QVERIFY2(replay.out.contains(QLatin1String("already exists")), qPrintable(replay.out));

    const CliResult preview = run(arguments);
    QCOMPARE(preview.exitCode, 0);
    QVERIFY2(preview.out.contains(QStringLiteral("charge %1").arg(id)), qPrintable(preview.out));

    // The same key with another amount is a different request.
    const CliResult changed = run(withOption(arguments, QStringLiteral("--amount"),
                                             QStringLiteral("99.00"))
                                  << QStringLiteral("--confirm"));
    QCOMPARE(changed.exitCode, 2);
    QVERIFY2(changed.err.contains(QStringLiteral("replay-key-1")), qPrintable(changed.err));
    QVERIFY2(changed.err.contains(QStringLiteral("charge %1").arg(id)), qPrintable(changed.err));
    QVERIFY(changed.out.isEmpty());

    QCOMPARE(chargeRows().size(), 1);
}

void tst_Cli::exactDuplicateRejected()
{
    freshDatabase();
    const QString id = commitCharge(chargeArguments());
    QVERIFY(!id.isEmpty());

    const QList<QStringList> attempts = {chargeArguments(),
                                         chargeArguments() << QStringLiteral("--confirm")};
    for (const QStringList &arguments : attempts) {
        const CliResult result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("exact duplicate of charge %1").arg(id)),
                 qPrintable(result.err));
        QVERIFY(!result.out.contains(QLatin1String("committed")));
    }
    QCOMPARE(chargeRows().size(), 1);
}

void tst_Cli::possibleDuplicateNeedsAcknowledgement()
{
    freshDatabase();
    const QString first = commitCharge(chargeArguments());
    QVERIFY(!first.isEmpty());

    // Same customer and amount, due 10 days later, another fee type.
    const QStringList similar = withOption(
        withOption(chargeArguments(), QStringLiteral("--due"), QStringLiteral("2024-08-10")),
        QStringLiteral("--fee-type"), QStringLiteral("MATERIAL"));

    const CliResult unacknowledged = run(similar + QStringList{QStringLiteral("--confirm")});
    QCOMPARE(unacknowledged.exitCode, 2);
    QVERIFY2(unacknowledged.err.contains(QStringLiteral("possible duplicate of charge %1")
                                             .arg(first)),
             qPrintable(unacknowledged.err));
    QVERIFY2(unacknowledged.err.contains(QLatin1String("--acknowledge-duplicate")),
             qPrintable(unacknowledged.err));
    QCOMPARE(chargeRows().size(), 1);

    const QStringList acknowledged = withOption(similar, QStringLiteral("--acknowledge-duplicate"),
                                                QStringLiteral("Material delivered separately"));
    const CliResult preview = run(acknowledged);
    QCOMPARE(preview.exitCode, 0);
    QVERIFY2(preview.out.contains(QLatin1String("Possible duplicates:")), qPrintable(preview.out));

    const QString second = commitCharge(acknowledged);
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);

    const QList<QStringList> rows = chargeRows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).at(CsvHeader.indexOf(QLatin1String("duplicate_ack_note"))),
             QStringLiteral("Material delivered separately"));
}

void tst_Cli::invalidInputRejected_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("messageParts");

    const QStringList base = chargeArguments();
    const QString amount = QStringLiteral("--amount");
    const QString due = QStringLiteral("--due");

    QTest::newRow("amount letters") << withOption(base, amount, QStringLiteral("abc")) << 2
                                    << QStringList{amount, QStringLiteral("“abc”")};
    QTest::newRow("amount zero") << withOption(base, amount, QStringLiteral("0")) << 2
                                 << QStringList{amount, QStringLiteral("“0”")};
    QTest::newRow("amount negative") << withOption(base, amount, QStringLiteral("-5")) << 2
                                     << QStringList{amount, QStringLiteral("“-5”")};
    QTest::newRow("amount three decimals") << withOption(base, amount, QStringLiteral("1.234"))
                                           << 2 << QStringList{amount, QStringLiteral("“1.234”")};
    QTest::newRow("amount exponent") << withOption(base, amount, QStringLiteral("1e5")) << 2
                                     << QStringList{amount, QStringLiteral("“1e5”")};
    QTest::newRow("amount over a trillion")
        << withOption(base, amount, QStringLiteral("1000000000001")) << 2
        << QStringList{amount, QStringLiteral("“1000000000001”")};
    QTest::newRow("amount empty") << withOption(base, amount, QString()) << 2
                                  << QStringList{amount, QStringLiteral("“”")};
    QTest::newRow("due month 13") << withOption(base, due, QStringLiteral("2024-13-01")) << 2
                                  << QStringList{due, QStringLiteral("“2024-13-01”")};
    QTest::newRow("due one-digit month") << withOption(base, due, QStringLiteral("2024-7-31"))
                                         << 2 << QStringList{due, QStringLiteral("“2024-7-31”")};
    QTest::newRow("due not ISO") << withOption(base, due, QStringLiteral("31.07.2024")) << 2
                                 << QStringList{due, QStringLiteral("YYYY-MM-DD")};
    QTest::newRow("due before bill") << withOption(base, due, QStringLiteral("1997-01-01")) << 2
                                     << QStringList{due, QStringLiteral("“1997-01-01”")};
    QTest::newRow("unknown customer")
        << withOption(base, QStringLiteral("--customer"), QStringLiteral("NOPE")) << 3
        << QStringList{QStringLiteral("“NOPE”"), QStringLiteral("not found")};
    QTest::newRow("unknown bill") << withOption(base, QStringLiteral("--bill"),
                                                QStringLiteral("99999"))
                                  << 3
                                  << QStringList{QStringLiteral("“99999”"),
                                                 QStringLiteral("not found")};
    QTest::newRow("bill of another customer")
        << withOption(base, QStringLiteral("--bill"), QStringLiteral("10248")) << 2
        << QStringList{QStringLiteral("--bill"), QStringLiteral("“10248”"),
                       QStringLiteral("another customer")};
    QTest::newRow("unknown fee type")
        << withOption(base, QStringLiteral("--fee-type"), QStringLiteral("NO_SUCH_FEE")) << 2
        << QStringList{QStringLiteral("--fee-type"), QStringLiteral("“NO_SUCH_FEE”"),
                       QStringLiteral("SERVICE")};
    QTest::newRow("unknown reason")
        << withOption(base, QStringLiteral("--reason"), QStringLiteral("BECAUSE")) << 2
        << QStringList{QStringLiteral("--reason"), QStringLiteral("“BECAUSE”"),
                       QStringLiteral("UNPAID")};
    QTest::newRow("unknown payment method")
        << withOption(base, QStringLiteral("--payment-method"), QStringLiteral("BITCOIN")) << 2
        << QStringList{QStringLiteral("--payment-method"), QStringLiteral("“BITCOIN”"),
                       QStringLiteral("CASH")};
    QTest::newRow("note of 2000 characters")
        << withOption(base, QStringLiteral("--note"), QString(2000, QLatin1Char('n'))) << 2
        << QStringList{QStringLiteral("--note"), QStringLiteral("2000")};
    QTest::newRow("request key too short")
        << withOption(base, QStringLiteral("--request-key"), QStringLiteral("short")) << 2
        << QStringList{QStringLiteral("--request-key"), QStringLiteral("“short”")};
}

void tst_Cli::invalidInputRejected()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, messageParts);

    freshDatabase();
    const QList<QStringList> attempts = {arguments,
                                         arguments + QStringList{QStringLiteral("--confirm")}};
    for (const QStringList &attempt : attempts) {
        const CliResult result = run(attempt);
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, exitCode);
        for (const QString &part : messageParts)
            QVERIFY2(result.err.contains(part),
                     qPrintable(part + QStringLiteral(" in: ") + result.err));
        QVERIFY2(!result.out.contains(QLatin1String("committed")), qPrintable(result.out));
    }
    QCOMPARE(chargeRows().size(), 0);
}

void tst_Cli::noteStoredVerbatim()
{
    const QString path = freshDatabase();
    const QString note = QStringLiteral("He said \"pay now\", didn't he?\n"
                                        "'; DROP TABLE charges; -- 😀 补费");
    const QString id = commitCharge(withOption(chargeArguments(), QStringLiteral("--note"), note));
    QVERIFY(!id.isEmpty());

    const QList<QStringList> rows = chargeRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().at(CsvHeader.indexOf(QLatin1String("note"))), note);

    {
        QSqlDatabase db = TestBackend::openRaw(path, QStringLiteral("verbatim"));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QVERIFY(db.tables().contains(QStringLiteral("charges")));
        QSqlQuery query(db);
        QVERIFY2(query.exec(QStringLiteral("SELECT COUNT(*) AS n FROM charges")) && query.next(),
                 qPrintable(query.lastError().text()));
        QCOMPARE(query.value(QStringLiteral("n")).toInt(), 1);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("verbatim"));
}

void tst_Cli::voidChargeNeedsReason()
{
    freshDatabase();
    const QString id = commitCharge(chargeArguments());
    QVERIFY(!id.isEmpty());
    const int statusColumn = int(CsvHeader.indexOf(QLatin1String("status")));

    const QStringList blankReasons = {QString(), QStringLiteral("   ")};
    for (const QString &reason : blankReasons) {
        const CliResult result = run({QStringLiteral("void-charge"), id,
                                      QStringLiteral("--reason"), reason});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("reason")), qPrintable(result.err));
        const QList<QStringList> rows = chargeRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.constFirst().at(statusColumn), QStringLiteral("posted"));
    }

    const CliResult missing = run({QStringLiteral("void-charge"), id});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QLatin1String("--reason")), qPrintable(missing.err));

    const CliResult voided = run({QStringLiteral("void-charge"), id, QStringLiteral("--reason"),
                                  QStringLiteral("Entered twice")});
    QCOMPARE(voided.exitCode, 0);
    QCOMPARE(voided.out, QStringLiteral("Charge %1 is void.\n").arg(id));

    const QList<QStringList> rows = chargeRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().at(statusColumn), QStringLiteral("void"));
    QCOMPARE(rows.constFirst().at(CsvHeader.indexOf(QLatin1String("void_reason"))),
             QStringLiteral("Entered twice"));

    const CliResult again = run({QStringLiteral("void-charge"), id, QStringLiteral("--reason"),
                                 QStringLiteral("Once more")});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(QLatin1String("already void")), qPrintable(again.err));
}

void tst_Cli::voidChargeUnknownOrInvalidId()
{
    freshDatabase();
    const CliResult unknown = run({QStringLiteral("void-charge"), QStringLiteral("9999"),
                                   QStringLiteral("--reason"), QStringLiteral("Wrong")});
    QCOMPARE(unknown.exitCode, 3);
    QVERIFY2(unknown.err.contains(QLatin1String("9999")), qPrintable(unknown.err));

    const CliResult invalid = run({QStringLiteral("void-charge"), QStringLiteral("abc"),
                                   QStringLiteral("--reason"), QStringLiteral("Wrong")});
    QCOMPARE(invalid.exitCode, 2);
    QVERIFY2(invalid.err.contains(QStringLiteral("“abc”")), qPrintable(invalid.err));
}

void tst_Cli::listChargesText()
{
    freshDatabase();
    const CliResult empty = run({QStringLiteral("list-charges")});
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(empty.out, QStringLiteral("No charges.\n"));

    const QString id = commitCharge(chargeArguments());
    QVERIFY(!id.isEmpty());

    const CliResult result = run({QStringLiteral("list-charges"), QStringLiteral("--customer"),
                                  QStringLiteral("ALFKI")});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // header, rule, one charge
    QVERIFY2(lines.at(0).contains(QLatin1String("Fee type")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(2).contains(QLatin1String("1,234.50")), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(2).contains(QLatin1String("Service fee")), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(2).contains(QLatin1String("Bank transfer")), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(2).contains(QLatin1String("2024-07-31")), qPrintable(lines.at(2)));

    const CliResult other = run({QStringLiteral("list-charges"), QStringLiteral("--customer"),
                                 QStringLiteral("ANATR"), QStringLiteral("--format"),
                                 QStringLiteral("csv")});
    QCOMPARE(other.exitCode, 0);
    QCOMPARE(parseCsv(other.out).size(), 1); // the header only
}

void tst_Cli::listChargesUnknownCustomer()
{
    freshDatabase();
    const CliResult result = run({QStringLiteral("list-charges"), QStringLiteral("--customer"),
                                  QStringLiteral("NOPE")});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(QStringLiteral("“NOPE”")), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void tst_Cli::labelsFollowLanguageButCsvDoesNot()
{
    const QString path = freshDatabase();
    QVERIFY(!commitCharge(chargeArguments()).isEmpty());

    const auto runIn = [&](const QString &language, const QStringList &arguments) {
        return runCli(QStringList{QStringLiteral("--database"), path,
                                  QStringLiteral("--language"), language}
                      + arguments);
    };
    const QStringList text = {QStringLiteral("list-charges")};
    const QStringList csv = {QStringLiteral("list-charges"), QStringLiteral("--format"),
                             QStringLiteral("csv")};

    const CliResult simplified = runIn(QStringLiteral("zh_CN"), text);
    QCOMPARE(simplified.exitCode, 0);
    QVERIFY2(simplified.out.contains(QStringLiteral("服务费")), qPrintable(simplified.out));
    QVERIFY2(simplified.out.contains(QStringLiteral("银行转账")), qPrintable(simplified.out));

    const CliResult traditional = runIn(QStringLiteral("zh_TW"), text);
    QCOMPARE(traditional.exitCode, 0);
    QVERIFY2(traditional.out.contains(QStringLiteral("服務費")), qPrintable(traditional.out));

    const CliResult englishCsv = runIn(QStringLiteral("en"), csv);
    const CliResult chineseCsv = runIn(QStringLiteral("zh_CN"), csv);
    QCOMPARE(englishCsv.exitCode, 0);
    QCOMPARE(chineseCsv.exitCode, 0);
    QCOMPARE(chineseCsv.out, englishCsv.out);
}

void tst_Cli::verboseLogsStayOffStdout()
{
    freshDatabase();
    const CliResult quiet = run({QStringLiteral("list-charges"), QStringLiteral("--format"),
                                 QStringLiteral("csv")});
    QCOMPARE(quiet.exitCode, 0);
    QVERIFY2(quiet.err.isEmpty(), qPrintable(quiet.err));

    const CliResult verbose = run({QStringLiteral("-v"), QStringLiteral("list-charges"),
                                   QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(verbose.exitCode, 0);
    QVERIFY2(verbose.err.contains(QLatin1String("chargedesk.cli")), qPrintable(verbose.err));
    QCOMPARE(verbose.out, quiet.out);
}

void tst_Cli::showCustomerIncludesCharge()
{
    const QString path = freshDatabase();
    Money before;
    {
        QString error;
        QVERIFY2(Database::open(path, QStringLiteral("balance"), &error), qPrintable(error));
        const auto customer = CustomerRepository(QSqlDatabase::database(QStringLiteral("balance")))
                                  .findByCode(QStringLiteral("ALFKI"), &error);
        QVERIFY2(customer.has_value(), qPrintable(error));
        before = customer->balance;
    }
    Database::close(QStringLiteral("balance"));
    QCOMPARE(before.currency(), QStringLiteral("USD"));

    const QString id = commitCharge(chargeArguments());
    QVERIFY(!id.isEmpty());

    const CliResult result = run({QStringLiteral("show-customer"), QStringLiteral("ALFKI")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QLatin1String("Alfreds Futterkiste")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("Maria Anders")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("030-0074321")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("Bills: 6\n")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("Charges: 1\n")), qPrintable(result.out));

    // --language en formats money for en_US.
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const Money after(before.minorUnits() + 123450, before.currency());
    QVERIFY2(result.out.contains(QStringLiteral("Outstanding balance: %1\n")
                                     .arg(after.format(english))),
             qPrintable(result.out));

    const CliResult unknown = run({QStringLiteral("show-customer"), QStringLiteral("NOPE")});
    QCOMPARE(unknown.exitCode, 3);
}

void tst_Cli::newerSchemaRejected()
{
    m_databasePath = TestBackend::newLocation(m_dir, QStringLiteral("newer.sqlite"));
    {
        QSqlDatabase db = TestBackend::openRaw(m_databasePath, QStringLiteral("newer"));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY2(query.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER "
                                           "PRIMARY KEY, applied_at TEXT NOT NULL)")),
                 qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO schema_version (version, applied_at) "
                                           "VALUES (99, '2030-01-01T00:00:00Z')")),
                 qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));

    const QList<QStringList> commands = {
        {QStringLiteral("list-charges")},
        {QStringLiteral("show-customer"), QStringLiteral("ALFKI")},
        chargeArguments() << QStringLiteral("--confirm"),
        {QStringLiteral("import-northwind"), QStringLiteral(NORTHWIND_DIR)},
    };
    for (const QStringList &arguments : commands) {
        const CliResult result = run(arguments);
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.err.contains(QLatin1String("newer")), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    // The database is left as it was.
    {
        QSqlDatabase db = TestBackend::openRaw(m_databasePath, QStringLiteral("newer"));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QCOMPARE(db.tables(), QStringList{QStringLiteral("schema_version")});
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
}

void tst_Cli::unreadableDatabaseRejected()
{
    SKIP_ON_POSTGRESQL("reads files that are not SQLite databases");
    const QString textFile = m_dir.filePath(QStringLiteral("not-a-database.txt"));
    {
        QFile file(textFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("just some text, not SQLite\n") > 0);
    }
    const QStringList paths = {textFile, m_dir.path()};
    for (const QString &path : paths) {
        m_databasePath = path;
        const CliResult result = run({QStringLiteral("list-charges")});
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(!result.err.isEmpty(), qPrintable(path));
    }
}

void tst_Cli::savedConnectionIsTheDefault()
{
    freshDatabase();
    const QString committed = commitCharge(chargeArguments());
    QVERIFY(!committed.isEmpty());

    // The window keeps its connection in QSettings, under XDG_CONFIG_HOME.
    const QString configHome = m_dir.filePath(QStringLiteral("config"));
    const QString dataHome = m_dir.filePath(QStringLiteral("data"));
    {
        QSettings saved(configHome + QStringLiteral("/ChargeDesk/ChargeDesk.conf"),
                        QSettings::IniFormat);
        saved.setValue(QStringLiteral("database/location"), m_databasePath);
        saved.sync();
        QCOMPARE(saved.status(), QSettings::NoError);
    }
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);

    const CliResult saved = runCli({QStringLiteral("--language"), QStringLiteral("en"),
                                    QStringLiteral("list-charges"), QStringLiteral("--format"),
                                    QStringLiteral("csv")},
                                   environment);
    QVERIFY(saved.finished);
    QCOMPARE(saved.exitCode, 0);
    QVERIFY2(saved.out.contains(QLatin1Char('\n') + committed + QLatin1Char(',')),
             qPrintable(saved.out));
    QVERIFY2(!QFileInfo::exists(dataHome + QStringLiteral("/ChargeDesk/ChargeDesk")),
             "the default database was created although a connection is saved");

    // --database still wins over the saved connection.
    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    const CliResult given = runCli({QStringLiteral("--database"), other,
                                    QStringLiteral("list-charges"), QStringLiteral("--format"),
                                    QStringLiteral("csv")},
                                   environment);
    QCOMPARE(given.exitCode, 0);
    QVERIFY2(!given.out.contains(QLatin1Char('\n') + committed + QLatin1Char(',')),
             qPrintable(given.out));
    QVERIFY(QFileInfo::exists(other));
}

void tst_Cli::chineseMessages()
{
    // The message of an unknown command, as CommandDispatcher translates it.
    const char *source = "Unknown command “%1”.";
    QTranslator translator;
    if (!translator.load(QStringLiteral(":/i18n/chargedesk_zh_CN.qm")))
        QSKIP("chargedesk_zh_CN.qm is not built into the core library");
    const QString translated = translator.translate("CommandDispatcher", source);
    if (translated.isEmpty())
        QSKIP("chargedesk_zh_CN.qm has no translation of the unknown-command message yet");

    const CliResult result = runCli({QStringLiteral("--language"), QStringLiteral("zh_CN"),
                                     QStringLiteral("frobnicate")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(translated.arg(QStringLiteral("frobnicate"))),
             qPrintable(result.err));
}

QTEST_GUILESS_MAIN(tst_Cli)

#include "tst_cli.moc"
