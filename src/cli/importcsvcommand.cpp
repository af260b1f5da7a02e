#include "importcsvcommand.h"

#include "chargeservice.h"
#include "csvcolumnmapping.h"
#include "csvimporter.h"
#include "csvimportreport.h"
#include "databasesession.h"
#include "helptext.h"
#include "logging.h"
#include "uilanguage.h"

#include <QFileInfo>

namespace {

QString targetList(CsvImportKind kind)
{
    QStringList names;
    for (const CsvColumnMapping::Target &target : CsvColumnMapping::targets(kind))
        names << (target.required ? target.name + QLatin1Char('*') : target.name);
    return names.join(QStringLiteral(", "));
}

} // namespace

QString ImportCsvCommand::summary() const
{
    return tr("Check and import customers, bills or charges from a CSV file.");
}

QString ImportCsvCommand::details() const
{
    return tr("KIND is customers, bills or charges. The fields of each kind, required ones "
              "marked *: customers: %1. bills, one row per bill line, the rows of one "
              "bill_no forming one bill: %2. charges: %3.")
               .arg(targetList(CsvImportKind::Customers), targetList(CsvImportKind::Bills),
                    targetList(CsvImportKind::Charges))
           + QStringLiteral("\n\n")
           + tr("Columns are matched to fields by their header: the field names, the column "
                "names of export-csv and common Chinese headers in simplified or traditional "
                "characters such as “客户编号”, “公司名称”, “金额”, “費用類型” and “付款期限”. "
                "--mapping field=Header maps a column by hand; field= leaves a field out.")
           + QStringLiteral("\n\n")
           + tr("The file is read as UTF-8 (with or without a byte order mark) or, when it is "
                "not valid UTF-8, as GB18030 (GBK), which Excel uses for CSV on Simplified "
                "Chinese Windows, or Big5, which Excel uses on Traditional Chinese Windows. "
                "When the bytes are valid in both, the encoding whose reading gives more "
                "frequently used Chinese characters is chosen, and the output says it was "
                "guessed. --encoding sets the encoding instead.")
           + QStringLiteral("\n\n")
           + tr("Dates are YYYY-MM-DD; YYYY/M/D is accepted too. Amounts are in the "
                "customer's currency with '.' as the decimal point. Fee types, reasons and "
                "payment methods may be codes or labels in any language. Charges are "
                "checked and written by the same rules as add-charge; a charge with status "
                "void is written and then voided with its void_reason.")
           + QStringLiteral("\n\n")
           + tr("Every line is checked first, and every problem is printed to standard error "
                "with its line number. When any line has a problem, nothing from the file is "
                "written. Otherwise everything is written in one transaction. Customers and "
                "bills that exist with the same values, and charges imported before (same "
                "request_key, or the same row of the same file), count as already present, "
                "so importing a file twice adds nothing. Exit status 0 when the file "
                "imported, 2 when a line or the file has a problem, 3 when FILE does not "
                "exist, 4 when the database failed.");
}

void ImportCsvCommand::declareArguments(ArgumentParser &parser) const
{
    parser.addPositional({QStringLiteral("KIND"),
                          tr("What the file holds: customers, bills or charges.")});
    parser.addPositional({QStringLiteral("FILE"), tr("The CSV file to import.")});
    parser.addOption({QStringLiteral("mapping"), QString(), QStringLiteral("FIELD=HEADER"),
                      tr("Take FIELD from the column named HEADER, e.g. "
                         "customer_code=客户编号. Repeat the option, or separate several "
                         "with commas."),
                      false, true});
    parser.addOption({QStringLiteral("encoding"), QString(), QStringLiteral("ENCODING"),
                      tr("Text encoding of FILE: auto (the default), utf-8, gb18030 or "
                         "big5.")});
    parser.addOption({QStringLiteral("dry-run"), QString(), QString(),
                      tr("Check every line and print what would be imported, without "
                         "writing anything.")});
    parser.addOption({QStringLiteral("acknowledge-duplicates"), QString(),
                      QStringLiteral("NOTE"),
                      tr("Charges only: note saying why charges with possible duplicates are "
                         "not duplicates, for lines whose duplicate_acknowledgement field is "
                         "empty; at most %1 characters, kept in the audit log.")
                          .arg(ChargeService::MaxNoteLength)});
}

ExitCode ImportCsvCommand::run(const ArgumentParser &arguments, CliContext &context)
{
    CsvImportPlan plan;
    const QString kindName = arguments.positionalArguments().at(0);
    const std::optional<CsvImportKind> kind = CsvImportPlan::kindFromName(kindName);
    if (!kind) {
        return usageError(context, tr("Invalid KIND “%1”: use customers, bills or charges.")
                                       .arg(kindName));
    }
    plan.kind = *kind;
    plan.filePath = arguments.positionalArguments().at(1);

    const bool encodingGiven = arguments.isSet(QStringLiteral("encoding"));
    const QString encodingName = arguments.value(QStringLiteral("encoding"));
    const std::optional<TextEncoding::Encoding> encoding = TextEncoding::fromName(encodingName);
    if (encodingGiven && !encoding) {
        return usageError(context,
                          tr("Invalid --encoding “%1”: use auto, utf-8, gb18030 or big5.")
                              .arg(encodingName));
    }
    plan.encoding = encoding.value_or(TextEncoding::Encoding::Auto);

    QString mappingError;
    if (!CsvImportPlan::parseMapping(arguments.values(QStringLiteral("mapping")), &plan.mapping,
                                     &mappingError)) {
        return usageError(context, mappingError);
    }

    plan.duplicateAcknowledgement = arguments.value(QStringLiteral("acknowledge-duplicates"));
    if (arguments.isSet(QStringLiteral("acknowledge-duplicates"))
        && plan.kind != CsvImportKind::Charges) {
        return usageError(context, tr("--acknowledge-duplicates applies only to charges. "
                                      "Leave it out."));
    }

    if (QFileInfo(plan.filePath).isDir()) {
        return context.fail(ExitCode::NotFound,
                            tr("“%1” is a folder, not a file. Give the path of a CSV file.")
                                .arg(plan.filePath));
    }
    if (!QFileInfo(plan.filePath).isFile()) {
        return context.fail(ExitCode::NotFound,
                            tr("File “%1” not found. Give the path of a CSV file.")
                                .arg(plan.filePath));
    }

    DatabaseSession session(context.databasePath());
    if (!session.isOpen())
        return context.fail(ExitCode::DatabaseError, session.errorMessage());

    const bool dryRun = arguments.isSet(QStringLiteral("dry-run"));
    qCInfo(lcCli) << "Importing" << kindName << "from" << plan.filePath
                  << (dryRun ? "(dry run)" : "");
    CsvImporter importer(session.database(), currentActor(session.database()));
    const CsvImportSummary summary = dryRun ? importer.check(plan) : importer.run(plan);

    const CsvImportReport report(summary);
    report.writeSource(context.out(), encodingGiven);
    report.writeLines(context.out(), context.err());

    const ExitCode code = report.exitCode();
    if (code != ExitCode::Success)
        return context.fail(code, report.conclusion());
    context.out() << report.conclusion() << '\n';
    return ExitCode::Success;
}

ExitCode ImportCsvCommand::usageError(CliContext &context, const QString &message) const
{
    return context.fail(ExitCode::UsageError,
                        message + QLatin1Char('\n') + HelpText::seeHelp(name()));
}
