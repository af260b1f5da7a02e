#include "verifycommand.h"

#include "databasesession.h"
#include "helptext.h"
#include "integritychecker.h"
#include "integritycsv.h"
#include "integritysummary.h"
#include "readsnapshot.h"
#include "textlayout.h"

namespace {

constexpr int TextWidth = 80;

} // namespace

QString VerifyCommand::summary() const
{
    return tr("Check the audit log's hash chain, compare charges and payments with their "
              "audit records, and recompute the stored totals.");
}

QString VerifyCommand::details() const
{
    const QStringList paragraphs = {
        tr("Reads the whole database in one snapshot and writes nothing. It checks that "
           "every audit record's hash matches its content and links to the record before "
           "it; that every charge and payment has the values, author, status and reason its "
           "audit records hold; and that charges.paid_minor, installments.paid_minor, the "
           "bills' stored lines, charges and paid totals and customers.balance_minor equal "
           "the sums of their rows."),
        tr("The text format lists the rows checked, the last audit record with its hash, "
           "and one paragraph per mismatch naming the row, the column, the stored value and "
           "the expected one. Keep the last hash somewhere else: a later run that shows the "
           "same record with another hash proves that the log was rewritten."),
        tr("The CSV format writes only the mismatches to standard output, UTF-8 without a "
           "byte order mark, with the columns %1; the counts go to standard error. Amount "
           "columns (*_minor) hold minor units.")
            .arg(IntegrityCsv::header().join(QStringLiteral(", "))),
        tr("Exits with status 0 when everything agrees and 5 when a mismatch was found."),
    };
    return paragraphs.join(QLatin1String("\n\n"));
}

void VerifyCommand::declareArguments(ArgumentParser &parser) const
{
    parser.addOption({QStringLiteral("format"), QString(), QStringLiteral("FORMAT"),
                      tr("Output format: text (the default) or csv.")});
}

ExitCode VerifyCommand::run(const ArgumentParser &arguments, CliContext &context)
{
    const QString format = arguments.isSet(QStringLiteral("format"))
                               ? arguments.value(QStringLiteral("format"))
                               : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("csv")) {
        return context.fail(ExitCode::UsageError,
                            tr("Invalid --format “%1”: use text or csv.").arg(format)
                                + QLatin1Char('\n') + HelpText::seeHelp(name()));
    }

    DatabaseSession session(context.databasePath());
    if (!session.isOpen())
        return context.fail(ExitCode::DatabaseError, session.errorMessage());

    // One snapshot, so that rows written meanwhile by others cannot look
    // like mismatches between the passes.
    QSqlDatabase db = session.database();
    QSqlError snapshotError;
    if (!ReadSnapshot::begin(db, &snapshotError)) {
        return context.fail(ExitCode::DatabaseError,
                            tr("Could not start reading the database: %1. Try again.")
                                .arg(snapshotError.text()));
    }
    const IntegrityResult result = IntegrityChecker(db).run();
    db.rollback();

    if (result.status != ReportQueryStatus::Completed)
        return context.fail(ExitCode::DatabaseError, result.errorMessage);

    if (format == QLatin1String("csv")) {
        IntegrityCsv::write(result, context.out());
        context.out().flush();
        context.err() << IntegritySummary::counts(result) << '\n';
        context.err().flush();
    } else {
        writeText(result, context.out());
    }
    return result.isClean() ? ExitCode::Success : ExitCode::MismatchFound;
}

void VerifyCommand::writeText(const IntegrityResult &result, QTextStream &out) const
{
    const auto writeParagraph = [&out](const QString &text, int indent) {
        const QString prefix(indent, QLatin1Char(' '));
        const QStringList lines = TextLayout::wrapped(TextLayout::withoutControlCharacters(text),
                                                      TextWidth - indent);
        for (const QString &line : lines)
            out << prefix << line << '\n';
    };

    writeParagraph(IntegritySummary::counts(result), 0);
    writeParagraph(IntegritySummary::lastRecord(result), 0);
    // The hash gets a line of its own, so that it can be copied whole.
    if (result.chainLastId != 0)
        writeParagraph(result.chainLastHash, 2);
    out << '\n';
    writeParagraph(IntegritySummary::outcome(result), 0);

    for (qsizetype i = 0; i < result.mismatches.size(); ++i) {
        const IntegrityMismatch &mismatch = result.mismatches.at(i);
        out << '\n';
        writeParagraph(QStringLiteral("%1. %2 (%3)")
                           .arg(QString::number(i + 1),
                                IntegrityMismatch::kindLabel(mismatch.kind),
                                IntegrityMismatch::kindCode(mismatch.kind)),
                       0);
        writeParagraph(mismatch.description(), 3);
    }
}
