#include "reportcommand.h"

#include "chargereportbuilder.h"
#include "chargereportcsv.h"
#include "chargereportquery.h"
#include "companyprofile.h"
#include "databasesession.h"
#include "helptext.h"
#include "logging.h"
#include "noticereport.h"
#include "recordlookup.h"
#include "reminderletterreport.h"
#include "reportfilteroptions.h"
#include "reportfonts.h"
#include "reportpdfwriter.h"
#include "statementbuilder.h"
#include "statementcsv.h"
#include "statementquery.h"

#include <QDir>
#include <QFileInfo>

namespace {

// The options only "report charges" takes.
const QStringList ChargeFilterOptions = {
    QStringLiteral("date-basis"), QStringLiteral("fee-type"),       QStringLiteral("reason"),
    QStringLiteral("status"),     QStringLiteral("payment-method"), QStringLiteral("entered-by"),
};

QString isoDate(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace

QString ReportCommand::summary() const
{
    return tr("Write the charge report, a customer statement, charge notices or reminder "
              "letters as PDF or CSV.");
}

QString ReportCommand::details() const
{
    const QString separator = QStringLiteral(", ");
    const QStringList paragraphs = {
        tr("KIND is charges, statement, notice or reminder-letters. “report charges” lists "
           "the charges that match every filter given (all charges without filters), grouped "
           "by customer, with subtotals by customer and by fee type and totals per currency. "
           "Void charges are listed but not counted in any amount. --from and --to are "
           "inclusive days of --date-basis: entry (the day the charge was entered, in local "
           "time; the default) or due (the due date). Repeat --customer, --fee-type, "
           "--reason, --status, --payment-method or --entered-by to allow several values."),
        tr("“report statement” needs --customer, --from and --to: the opening balance before "
           "--from, every bill, charge, void, payment and payment reversal of the period with "
           "the running balance, and the closing balance."),
        tr("“report notice” writes one notice per charge, each on its own pages, for the "
           "charges given with --charge, or for every posted charge of the --customer. It "
           "needs --pdf. A void charge gets no notice. The notices print the company details "
           "set in the ChargeDesk window (Settings › Company Details); when some are "
           "missing, the command says so on standard error and prints the notices without "
           "them."),
        ReminderLetterReport::details(),
        tr("Documents follow --language. Without --pdf or --csv, report charges and report "
           "statement print the counts and totals. Files are written to a temporary file "
           "that replaces FILE only when complete."),
        tr("CSV files are UTF-8 with a byte order mark and RFC 4180, with amounts in major "
           "units with '.' and no grouping (1234.50) beside a currency column, and dates as "
           "YYYY-MM-DD. The first column, row_type, tells the kinds of rows apart: detail, "
           "subtotal_customer, subtotal_fee_type and total in the charge report, and "
           "opening_balance, detail, total_debits, total_credits and closing_balance in the "
           "statement. Charge report columns: %1. Statement columns: %2.")
            .arg(ChargeReportCsv::header().join(separator), StatementCsv::header().join(separator)),
        tr("Invalid option values end with status 1, an unknown customer or charge with 3, a "
           "void charge, a customer without posted charges for notices or an output file that "
           "cannot be written with 2. --pdf ends with status 3 when the font that reports "
           "print with, Noto Sans CJK from the Debian package fonts-noto-cjk, is not "
           "installed or cannot be loaded, and no PDF is written."),
    };
    return paragraphs.join(QLatin1String("\n\n"));
}

void ReportCommand::declareArguments(ArgumentParser &parser) const
{
    const QString noShortName;
    parser.addPositional({QStringLiteral("KIND"),
                          tr("What to write: charges, statement, notice or reminder-letters.")});
    parser.addOption({QStringLiteral("from"), noShortName, QStringLiteral("DATE"),
                      tr("First day of the period as YYYY-MM-DD.")});
    parser.addOption({QStringLiteral("to"), noShortName, QStringLiteral("DATE"),
                      tr("Last day of the period as YYYY-MM-DD, included.")});
    parser.addOption({QStringLiteral("date-basis"), noShortName, QStringLiteral("BASIS"),
                      tr("Which day of a charge --from and --to compare in report charges: "
                         "entry (the default) or due.")});
    parser.addOption({QStringLiteral("customer"), noShortName, QStringLiteral("CODE"),
                      tr("Customer code, e.g. ALFKI. Repeatable in report charges."), false,
                      true});
    parser.addOption({QStringLiteral("fee-type"), noShortName, QStringLiteral("CODE"),
                      tr("Only charges of this fee type, e.g. SERVICE. Repeatable."), false,
                      true});
    parser.addOption({QStringLiteral("reason"), noShortName, QStringLiteral("CODE"),
                      tr("Only charges with this reason, e.g. UNPAID. Repeatable."), false, true});
    parser.addOption({QStringLiteral("status"), noShortName, QStringLiteral("STATUS"),
                      tr("Only posted or only void charges. Repeatable."), false, true});
    parser.addOption({QStringLiteral("payment-method"), noShortName, QStringLiteral("CODE"),
                      tr("Only charges with this payment method, e.g. CASH. Repeatable."), false,
                      true});
    parser.addOption({QStringLiteral("entered-by"), noShortName, QStringLiteral("USER"),
                      tr("Only charges entered by this user. Repeatable."), false, true});
    parser.addOption({QStringLiteral("charge"), noShortName, QStringLiteral("ID"),
                      tr("Charge to write a notice for. Repeatable."), false, true});
    parser.addOption({QStringLiteral("as-of"), noShortName, QStringLiteral("DATE"),
                      tr("Date of reminder letters, as YYYY-MM-DD: items due before it are "
                         "overdue. Default: today.")});
    parser.addOption({QStringLiteral("record-sent"), noShortName, QString(),
                      tr("Record the reminder letters as sent once the PDF is written.")});
    parser.addOption({QStringLiteral("pdf"), noShortName, QStringLiteral("FILE"),
                      tr("Write the document as PDF to FILE.")});
    parser.addOption({QStringLiteral("csv"), noShortName, QStringLiteral("FILE"),
                      tr("Write the report or the statement as CSV to FILE.")});
}

ExitCode ReportCommand::run(const ArgumentParser &arguments, CliContext &context)
{
    const QString kindName = arguments.positionalArguments().constFirst();
    Kind kind = Kind::Charges;
    if (kindName == QLatin1String("statement")) {
        kind = Kind::Statement;
    } else if (kindName == QLatin1String("notice")) {
        kind = Kind::Notice;
    } else if (kindName == QLatin1String("reminder-letters")) {
        kind = Kind::ReminderLetters;
    } else if (kindName != QLatin1String("charges")) {
        return usageError(context, tr("Invalid KIND “%1”: use charges, statement, notice or "
                                      "reminder-letters.")
                                       .arg(kindName));
    }
    if (const auto failure = checkOptions(kind, arguments, context))
        return *failure;

    // Without the report font Chinese text would print in a fallback font,
    // as empty boxes where it has no glyphs, so no PDF is written.
    if (arguments.isSet(QStringLiteral("pdf"))) {
        const QString fontError = ReportFonts::ensureAvailable();
        if (!fontError.isEmpty())
            return context.fail(ExitCode::NotFound, fontError);
    }

    DatabaseSession session(context.databasePath());
    if (!session.isOpen())
        return context.fail(ExitCode::DatabaseError, session.errorMessage());

    switch (kind) {
    case Kind::Charges:
        return runChargeReport(arguments, session, context);
    case Kind::Statement:
        return runStatement(arguments, session, context);
    case Kind::ReminderLetters:
        return ReminderLetterReport(m_language, name()).run(arguments, session, context);
    case Kind::Notice:
        break;
    }
    return NoticeReport(m_language, name()).run(arguments, session, context);
}

std::optional<ExitCode> ReportCommand::checkOptions(Kind kind, const ArgumentParser &arguments,
                                                    CliContext &context) const
{
    const QString kindName = arguments.positionalArguments().constFirst();
    const auto notFor = [&](const QString &option) {
        return usageError(context, tr("--%1 does not apply to report %2. Leave it out.")
                                       .arg(option, kindName));
    };

    if (kind != Kind::Charges) {
        for (const QString &option : ChargeFilterOptions) {
            if (arguments.isSet(option))
                return notFor(option);
        }
    }
    if (kind != Kind::Notice && arguments.isSet(QStringLiteral("charge")))
        return notFor(QStringLiteral("charge"));
    if (kind != Kind::ReminderLetters) {
        for (const QString &option : {QStringLiteral("as-of"), QStringLiteral("record-sent")}) {
            if (arguments.isSet(option))
                return notFor(option);
        }
    } else if (const auto failure
               = ReminderLetterReport(m_language, name()).checkOptions(arguments, context)) {
        return failure;
    }

    if (kind == Kind::Statement) {
        for (const QString &option : {QStringLiteral("customer"), QStringLiteral("from"),
                                      QStringLiteral("to")}) {
            if (!arguments.isSet(option)) {
                return usageError(context, tr("report statement needs --%1.").arg(option));
            }
        }
        if (arguments.values(QStringLiteral("customer")).size() > 1) {
            return usageError(context, tr("report statement takes one --customer; run it once "
                                          "per customer."));
        }
    }

    if (kind == Kind::Notice) {
        if (arguments.isSet(QStringLiteral("from")))
            return notFor(QStringLiteral("from"));
        if (arguments.isSet(QStringLiteral("to")))
            return notFor(QStringLiteral("to"));
        if (arguments.isSet(QStringLiteral("csv")))
            return notFor(QStringLiteral("csv"));
        if (!arguments.isSet(QStringLiteral("pdf")))
            return usageError(context, tr("report notice needs --pdf FILE."));
        const bool byCharge = arguments.isSet(QStringLiteral("charge"));
        const bool byCustomer = arguments.isSet(QStringLiteral("customer"));
        if (!byCharge && !byCustomer) {
            return usageError(context, tr("report notice needs --charge ID (repeatable) or "
                                          "--customer CODE to choose the charges."));
        }
        if (byCharge && byCustomer) {
            return usageError(context, tr("report notice takes either --charge or --customer, "
                                          "not both. Leave one of them out."));
        }
        if (arguments.values(QStringLiteral("customer")).size() > 1) {
            return usageError(context, tr("report notice takes one --customer; run it once "
                                          "per customer."));
        }
    }

    for (const QString &option : {QStringLiteral("pdf"), QStringLiteral("csv")}) {
        if (const auto failure = checkOutputPath(arguments, option, context))
            return failure;
    }
    return std::nullopt;
}

std::optional<ExitCode> ReportCommand::checkOutputPath(const ArgumentParser &arguments,
                                                       const QString &option,
                                                       CliContext &context) const
{
    if (!arguments.isSet(option))
        return std::nullopt;
    const QString path = arguments.value(option);
    if (path.isEmpty() || QFileInfo(path).isDir()) {
        return usageError(context, tr("Invalid --%1 “%2”: give the path of a file, e.g. "
                                      "report.%1.")
                                       .arg(option, path));
    }
    if (!QFileInfo(path).absoluteDir().exists()) {
        return context.fail(ExitCode::NotFound,
                            tr("Folder “%1” of --%2 not found. Create it or give another path.")
                                .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()),
                                     option));
    }
    return std::nullopt;
}

ExitCode ReportCommand::runChargeReport(const ArgumentParser &arguments,
                                        DatabaseSession &session, CliContext &context)
{
    ChargeReportFilter filter;
    ReportFilterOptions options(arguments, context, name());
    if (const auto failure = options.readChargeFilter(session.database(), &filter))
        return *failure;

    ChargeReportData data;
    QString error;
    if (ChargeReportQuery(session.database(), m_language).run(filter, &data, &error)
        != ReportQueryStatus::Completed) {
        return context.fail(ExitCode::DatabaseError, error);
    }

    const QLocale locale;
    if (arguments.isSet(QStringLiteral("pdf"))) {
        const QString path = arguments.value(QStringLiteral("pdf"));
        const ReportDocument document
            = ChargeReportBuilder(CompanyProfile::load(), m_language)
                  .build(data, filter.describe(session.database(), m_language));
        if (!ReportPdfWriter::write(document, path, &error))
            return context.fail(ExitCode::Rejected, error);
        context.out() << tr("Charge report written to “%1”.").arg(path) << '\n';
    }
    if (arguments.isSet(QStringLiteral("csv"))) {
        const QString path = arguments.value(QStringLiteral("csv"));
        // NOTE: exitcode.h has no status for an output file that cannot be
        // written, so that ends with Rejected, the status of an invalid value.
        if (!ChargeReportCsv::writeFile(data, path, &error))
            return context.fail(ExitCode::Rejected, error);
        context.out() << tr("Charge report CSV written to “%1”.").arg(path) << '\n';
    }
    if (arguments.isSet(QStringLiteral("pdf")) || arguments.isSet(QStringLiteral("csv")))
        return ExitCode::Success;

    context.out() << tr("Charges listed: %1 (%2 counted, %3 void)")
                         .arg(data.rows.size())
                         .arg(data.postedCount())
                         .arg(data.voidCount())
                  << '\n';
    for (const ChargeReportSubtotal &total : std::as_const(data.totals)) {
        context.out() << tr("Total %1: %2 from %n charge(s)", nullptr, int(total.postedCount))
                             .arg(total.currency(), total.amount.format(locale))
                      << '\n';
        if (total.voidCount > 0) {
            context.out() << tr("Voided %1: %2 from %n void charge(s)", nullptr,
                                int(total.voidCount))
                                 .arg(total.currency(), total.voidAmount.format(locale))
                          << '\n';
        }
    }
    return ExitCode::Success;
}

ExitCode ReportCommand::runStatement(const ArgumentParser &arguments, DatabaseSession &session,
                                     CliContext &context)
{
    QDate from;
    QDate to;
    ReportFilterOptions options(arguments, context, name());
    if (const auto failure = options.readPeriod(&from, &to))
        return *failure;

    RecordLookup lookup(session.database(), context);
    const auto customer = lookup.customer(arguments.value(QStringLiteral("customer")));
    if (!customer)
        return lookup.failure();

    StatementData data;
    QString error;
    if (StatementQuery(session.database(), m_language).run(customer->id, from, to, &data, &error)
        != ReportQueryStatus::Completed) {
        return context.fail(ExitCode::DatabaseError, error);
    }

    if (arguments.isSet(QStringLiteral("pdf"))) {
        const QString path = arguments.value(QStringLiteral("pdf"));
        const ReportDocument document
            = StatementBuilder(CompanyProfile::load(), m_language).build(data);
        if (!ReportPdfWriter::write(document, path, &error))
            return context.fail(ExitCode::Rejected, error);
        context.out() << tr("Statement written to “%1”.").arg(path) << '\n';
    }
    if (arguments.isSet(QStringLiteral("csv"))) {
        const QString path = arguments.value(QStringLiteral("csv"));
        if (!StatementCsv::writeFile(data, path, &error))
            return context.fail(ExitCode::Rejected, error);
        context.out() << tr("Statement CSV written to “%1”.").arg(path) << '\n';
    }
    if (arguments.isSet(QStringLiteral("pdf")) || arguments.isSet(QStringLiteral("csv")))
        return ExitCode::Success;

    const QLocale locale;
    context.out() << tr("Statement of %1 %2 from %3 to %4")
                         .arg(data.customer.code, data.customer.companyName, isoDate(from),
                              isoDate(to))
                  << '\n'
                  << tr("Opening balance: %1").arg(data.opening.format(locale)) << '\n'
                  << tr("Movements: %1").arg(data.entries.size()) << '\n'
                  << tr("Debits: %1").arg(data.debits.format(locale)) << '\n'
                  << tr("Credits: %1").arg(data.creditTotal().format(locale)) << '\n'
                  << tr("Closing balance: %1").arg(data.closing.format(locale)) << '\n';
    return ExitCode::Success;
}

ExitCode ReportCommand::usageError(CliContext &context, const QString &message) const
{
    return context.fail(ExitCode::UsageError,
                        message + QLatin1Char('\n') + HelpText::seeHelp(name()));
}
