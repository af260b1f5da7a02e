#include "exportcsvcommand.h"

#include "addchargecommand.h"
#include "databasesession.h"
#include "helptext.h"
#include "logging.h"
#include "recordlookup.h"

#include <QDir>
#include <QFileInfo>

namespace {

QStringList columnNames(CsvExporter::Table table)
{
    QStringList names;
    for (const CsvColumn &column : CsvExporter::columns(table))
        names << column.name;
    return names;
}

} // namespace

QString ExportCsvCommand::summary() const
{
    return tr("Export customers, bills or charges as CSV for spreadsheets and the CSV import.");
}

QString ExportCsvCommand::details() const
{
    using Table = CsvExporter::Table;
    const QString separator = QStringLiteral(", ");
    return tr("KIND is customers, bills or charges. The header row holds these column names, "
              "the same in every language: customers: %1. bills, one row per bill line: %2. "
              "charges, void ones included: %3.")
               .arg(columnNames(Table::Customers).join(separator),
                    columnNames(Table::Bills).join(separator),
                    columnNames(Table::Charges).join(separator))
           + QStringLiteral("\n\n")
           + tr("The CSV is UTF-8 and RFC 4180 (comma-separated, CRLF line ends, fields with "
                "commas, quotes or line breaks in double quotes), with codes instead of "
                "labels, amounts in major units with '.' and no grouping (1234.50), discounts "
                "in percent (2.5), dates as YYYY-MM-DD and timestamps in UTC ISO 8601. A text "
                "field that starts with =, +, -, @, a tab, a carriage return or an apostrophe "
                "gets one more apostrophe in front, so that a spreadsheet shows it as text "
                "instead of running it as a formula. The CSV import removes it again. Numbers "
                "and dates are never changed.")
           + QStringLiteral("\n\n")
           + tr("The output starts with a UTF-8 byte order mark, on standard output too, so "
                "that Excel reads Chinese text correctly from a file made with “> FILE”. "
                "--no-bom leaves it out on standard output, for programs that do not expect "
                "it. With --output the rows go to a temporary file that replaces FILE only "
                "when the export is complete, so a failed export leaves FILE as it was and "
                "creates no partial file. The command then prints the number of rows "
                "written.");
}

void ExportCsvCommand::declareArguments(ArgumentParser &parser) const
{
    parser.addPositional({QStringLiteral("KIND"),
                          tr("What to export: customers, bills or charges.")});
    parser.addOption({QStringLiteral("output"), QString(), QStringLiteral("FILE"),
                      tr("Write the CSV to FILE instead of standard output.")});
    parser.addOption({QStringLiteral("customer"), QString(), QStringLiteral("CODE"),
                      tr("Export only this customer's rows, e.g. ALFKI. Repeat the option for "
                         "more customers."),
                      false, true});
    parser.addOption({QStringLiteral("from"), QString(), QStringLiteral("DATE"),
                      tr("First day of the period as YYYY-MM-DD: bills by issue date, charges "
                         "by the day --date-basis names.")});
    parser.addOption({QStringLiteral("to"), QString(), QStringLiteral("DATE"),
                      tr("Last day of the period as YYYY-MM-DD, included.")});
    parser.addOption({QStringLiteral("date-basis"), QString(), QStringLiteral("BASIS"),
                      tr("Which day of a charge --from and --to compare: due (the due date, "
                         "the default) or entry (the day it was entered, in local time).")});
    parser.addOption({QStringLiteral("no-bom"), QString(), QString(),
                      tr("Leave out the byte order mark on standard output.")});
}

ExitCode ExportCsvCommand::run(const ArgumentParser &arguments, CliContext &context)
{
    const QString kind = arguments.positionalArguments().constFirst();
    const std::optional<CsvExporter::Table> table = CsvExporter::tableFromName(kind);
    if (!table) {
        return usageError(context,
                          tr("Invalid KIND “%1”: use customers, bills or charges.").arg(kind));
    }

    CsvExporter::Filter filter;
    if (const std::optional<ExitCode> failure = readPeriod(arguments, *table, &filter, context))
        return *failure;

    const bool toFile = arguments.isSet(QStringLiteral("output"));
    const QString path = arguments.value(QStringLiteral("output"));
    if (toFile && arguments.isSet(QStringLiteral("no-bom"))) {
        return usageError(context, tr("--no-bom applies only to standard output, because a "
                                      "file written with --output always starts with a byte "
                                      "order mark. Leave it out."));
    }
    if (toFile && (path.isEmpty() || QFileInfo(path).isDir())) {
        return usageError(context, tr("Invalid --output “%1”: give the path of a file, "
                                      "e.g. charges.csv.")
                                       .arg(path));
    }
    if (toFile && !QFileInfo(path).absoluteDir().exists()) {
        return context.fail(ExitCode::NotFound,
                            tr("Folder “%1” of --output not found. Create it or give "
                               "another path.")
                                .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    }

    DatabaseSession session(context.databasePath());
    if (!session.isOpen())
        return context.fail(ExitCode::DatabaseError, session.errorMessage());

    // An unknown code would only give an empty export, so it is reported.
    RecordLookup lookup(session.database(), context);
    const QStringList codes = arguments.values(QStringLiteral("customer"));
    for (const QString &code : codes) {
        if (!lookup.customer(code))
            return lookup.failure();
    }
    filter.customerCodes = codes;

    qCInfo(lcCli) << "Exporting" << kind << (toFile ? path : QStringLiteral("to standard output"));
    CsvExporter exporter(session.database());
    const CsvExporter::Result result
        = toFile ? exporter.exportToFile(*table, path, filter)
                 : exporter.exportToStream(*table, context.out(), filter,
                                           arguments.isSet(QStringLiteral("no-bom"))
                                               ? CsvWriter::ByteOrderMark::Omit
                                               : CsvWriter::ByteOrderMark::Write);

    // NOTE: exitcode.h has no status for an output file that cannot be
    // written (permissions, full disk), so that ends with Rejected, the
    // status of an invalid value.
    if (result.status == CsvExporter::Result::Status::OutputFailed)
        return context.fail(ExitCode::Rejected, result.errorMessage);
    if (!result.ok())
        return context.fail(ExitCode::DatabaseError, result.errorMessage);

    if (toFile)
        context.out() << tr("%n row(s) written to “%1”.", nullptr, int(result.rows)).arg(path)
                      << '\n';
    return ExitCode::Success;
}

std::optional<ExitCode> ExportCsvCommand::readPeriod(const ArgumentParser &arguments,
                                                     CsvExporter::Table table,
                                                     CsvExporter::Filter *filter,
                                                     CliContext &context) const
{
    const bool hasFrom = arguments.isSet(QStringLiteral("from"));
    const bool hasTo = arguments.isSet(QStringLiteral("to"));
    const bool hasBasis = arguments.isSet(QStringLiteral("date-basis"));
    if (table == CsvExporter::Table::Customers && (hasFrom || hasTo)) {
        return usageError(context, tr("--from and --to apply only to bills and charges, "
                                      "because customers have no date. Leave them out."));
    }
    if (hasBasis && table != CsvExporter::Table::Charges) {
        return usageError(context, tr("--date-basis applies only to charges, because bills "
                                      "are filtered by issue date. Leave it out."));
    }

    const QString fromText = arguments.value(QStringLiteral("from"));
    filter->from = AddChargeCommand::parseIsoDate(fromText);
    if (hasFrom && !filter->from.isValid()) {
        return usageError(context, tr("Invalid --from “%1”: use a calendar date as "
                                      "YYYY-MM-DD, e.g. 2024-07-01.")
                                       .arg(fromText));
    }
    const QString toText = arguments.value(QStringLiteral("to"));
    filter->to = AddChargeCommand::parseIsoDate(toText);
    if (hasTo && !filter->to.isValid()) {
        return usageError(context, tr("Invalid --to “%1”: use a calendar date as "
                                      "YYYY-MM-DD, e.g. 2024-07-31.")
                                       .arg(toText));
    }
    if (hasFrom && hasTo && filter->from > filter->to) {
        return usageError(context, tr("Invalid period: --from %1 is after --to %2. Swap the "
                                      "dates.")
                                       .arg(fromText, toText));
    }

    const QString basis = arguments.value(QStringLiteral("date-basis"));
    if (!hasBasis || basis == QLatin1String("due")) {
        filter->dateBasis = CsvExporter::Filter::DateBasis::DueDate;
    } else if (basis == QLatin1String("entry")) {
        filter->dateBasis = CsvExporter::Filter::DateBasis::EntryDate;
    } else {
        return usageError(context,
                          tr("Invalid --date-basis “%1”: use due or entry.").arg(basis));
    }
    return std::nullopt;
}

ExitCode ExportCsvCommand::usageError(CliContext &context, const QString &message) const
{
    return context.fail(ExitCode::UsageError,
                        message + QLatin1Char('\n') + HelpText::seeHelp(name()));
}
