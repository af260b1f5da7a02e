#include "helptext.h"

#include "commanddispatcher.h"
#include "textlayout.h"

namespace {

constexpr int HelpWidth = 80;

QString program()
{
    return QString::fromLatin1(CommandDispatcher::ProgramName);
}

} // namespace

QString HelpText::program(const ArgumentParser &globals,
                          const std::vector<std::unique_ptr<CliCommand>> &commands)
{
    QString text;
    text += tr("Usage: %1 [global options] <command> [options]").arg(::program()) + "\n\n";
    text += paragraph(tr("Enters supplementary charges (补费), payments (回款) and "
                         "installment plans, and shows customers, bills and charges in the "
                         "ChargeDesk database, with the same checks as the ChargeDesk "
                         "window."))
            + '\n';

    text += tr("Commands:") + '\n';
    int nameWidth = TextLayout::displayWidth(QStringLiteral("help [COMMAND]"));
    for (const auto &command : commands)
        nameWidth = qMax(nameWidth, TextLayout::displayWidth(command->name()));
    const int indent = 2 + nameWidth + 2;
    const auto addCommandLine = [&](const QString &name, const QString &summary) {
        const QStringList lines = TextLayout::wrapped(summary, HelpWidth - indent);
        text += TextLayout::padded(QStringLiteral("  ") + name, indent) + lines.join(
                    QLatin1Char('\n') + QString(indent, QLatin1Char(' ')))
                + '\n';
    };
    for (const auto &command : commands)
        addCommandLine(command->name(), command->summary());
    addCommandLine(QStringLiteral("help [COMMAND]"),
                   tr("Show this help, or the options of one command."));
    text += '\n';

    text += tr("Global options, given before the command:") + '\n';
    text += globals.helpText() + '\n';

    text += tr("Input:") + '\n';
    text += paragraph(tr("Amounts are in major units of the customer's currency, with '.' as "
                         "the decimal point: 1234.50 is ¥1,234.50 for a CNY customer and "
                         "$1,234.50 for a USD one (the Northwind customers use USD). At most "
                         "the currency's decimals are allowed (2 for CNY and USD); exponents "
                         "such as 1e5 are rejected."),
                      2);
    text += paragraph(tr("Dates are calendar dates as YYYY-MM-DD, e.g. 2024-07-31."), 2);
    text += paragraph(tr("Fee types, reasons and payment methods are given by code, e.g. "
                         "SERVICE; a wrong code is rejected with the list of known codes."),
                      2);
    text += '\n';

    text += tr("Output:") + '\n';
    text += paragraph(tr("Results go to standard output; messages and logs go to standard "
                         "error, so the output of list-charges --format csv can be piped "
                         "into other programs."),
                      2);
    text += paragraph(tr("Logs: only warnings by default; -v adds the info messages of the "
                         "chargedesk.* categories (start, stop, database, commits). "
                         "QT_LOGGING_RULES overrides both, e.g. "
                         "QT_LOGGING_RULES=\"chargedesk.*.debug=true\"."),
                      2);
    text += '\n';

    text += exitStatuses() + '\n';
    text += paragraph(tr("Run “%1 <command> --help” for the options of one command.")
                          .arg(::program()));
    return text;
}

QString HelpText::command(const CliCommand &command, const ArgumentParser &parser)
{
    QString text;
    text += usageLines(tr("Usage: %1 [global options] %2").arg(::program(), command.name()),
                       parser.synopsisParts())
            + '\n';
    text += paragraph(command.summary()) + '\n';

    text += (parser.hasPositionals() ? tr("Arguments and options:") : tr("Options:")) + '\n';
    text += parser.helpText() + '\n';

    const QString details = command.details();
    if (!details.isEmpty()) {
        const QStringList paragraphs = details.split(QLatin1String("\n\n"));
        for (const QString &part : paragraphs)
            text += paragraph(part) + '\n';
    }

    text += exitStatuses() + '\n';
    text += paragraph(tr("Run “%1 --help” for the global options and the input formats.")
                          .arg(::program()));
    return text;
}

QString HelpText::seeHelp(const QString &commandName)
{
    if (commandName.isEmpty())
        return tr("Run “%1 --help” for usage.").arg(::program());
    return tr("Run “%1 %2 --help” for usage.").arg(::program(), commandName);
}

QString HelpText::usageLines(const QString &head, const QStringList &parts)
{
    // Breaks only between parts, so that an option stays with its value.
    const int continuationIndent = 4;
    QString text = head;
    int lineWidth = TextLayout::displayWidth(head);
    for (const QString &part : parts) {
        const int partWidth = TextLayout::displayWidth(part);
        if (lineWidth + 1 + partWidth > HelpWidth) {
            text += QLatin1Char('\n') + QString(continuationIndent, QLatin1Char(' ')) + part;
            lineWidth = continuationIndent + partWidth;
        } else {
            text += QLatin1Char(' ') + part;
            lineWidth += 1 + partWidth;
        }
    }
    return text + QLatin1Char('\n');
}

QString HelpText::paragraph(const QString &text, int indent)
{
    const QString prefix(indent, QLatin1Char(' '));
    QString result;
    const QStringList lines = TextLayout::wrapped(text, HelpWidth - indent);
    for (const QString &line : lines)
        result += prefix + line + '\n';
    return result;
}

QString HelpText::exitStatuses()
{
    const QList<QPair<int, QString>> statuses = {
        {int(ExitCode::Success),
         tr("success, also when a request key was used before and nothing was written")},
        {int(ExitCode::UsageError),
         tr("usage error: unknown command or option, missing option, argument or value, "
            "invalid --language or --format")},
        {int(ExitCode::Rejected),
         tr("rejected: invalid value, exact duplicate, possible duplicate without "
            "--acknowledge-duplicate (add-charge) or --acknowledge-duplicates (import-csv), "
            "payment that looks identical to a recorded one without --acknowledge-duplicate "
            "(record-payment), bill of another customer, charge void already, payment larger "
            "than the open amount, payment reversed already, sample data that cannot be "
            "imported")},
        {int(ExitCode::NotFound),
         tr("not found: unknown customer, bill, charge, payment, installment or folder, or "
            "no report font")},
        {int(ExitCode::DatabaseError),
         tr("database error: the file cannot be opened, its schema is newer than this "
            "program, or a read or write failed")},
        {int(ExitCode::MismatchFound),
         tr("mismatch (verify): the audit chain is broken, a charge or payment differs "
            "from its audit records, or a stored total differs from its rows")},
    };

    QString text = tr("Exit status:") + '\n';
    const int indent = 5;
    for (const auto &status : statuses) {
        const QStringList lines = TextLayout::wrapped(status.second, HelpWidth - indent);
        text += QStringLiteral("  %1  ").arg(status.first)
                + lines.join(QLatin1Char('\n') + QString(indent, QLatin1Char(' '))) + '\n';
    }
    return text;
}
