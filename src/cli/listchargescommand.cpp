#include "listchargescommand.h"

#include "chargelisting.h"
#include "chargerepository.h"
#include "databasesession.h"
#include "helptext.h"
#include "recordlookup.h"

QString ListChargesCommand::summary() const
{
    return tr("List charges as a table or as CSV.");
}

QString ListChargesCommand::details() const
{
    return tr("The text format shows amounts with the currency symbol and labels in the "
              "chosen language. The CSV format is for programs and is the same in every "
              "language: UTF-8, RFC 4180 (comma-separated, CRLF line ends, fields with commas, "
              "quotes or line breaks in double quotes), a header row, codes instead of labels, "
              "amounts in major units with '.' and no grouping (1234.50), a currency column, "
              "dates as YYYY-MM-DD and timestamps in UTC ISO 8601. It has no byte order mark "
              "and writes every text as stored, so that pipes and scripts get exactly the "
              "data. For Excel, use export-csv charges.");
}

void ListChargesCommand::declareArguments(ArgumentParser &parser) const
{
    parser.addOption({QStringLiteral("customer"), QString(), QStringLiteral("CODE"),
                      tr("List only this customer's charges, e.g. ALFKI.")});
    parser.addOption({QStringLiteral("format"), QString(), QStringLiteral("FORMAT"),
                      tr("Output format: text (the default) or csv.")});
}

ExitCode ListChargesCommand::run(const ArgumentParser &arguments, CliContext &context)
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

    qint64 customerId = 0;
    if (arguments.isSet(QStringLiteral("customer"))) {
        RecordLookup lookup(session.database(), context);
        const auto customer = lookup.customer(arguments.value(QStringLiteral("customer")));
        if (!customer)
            return lookup.failure();
        customerId = customer->id;
    }

    QString error;
    const QList<ChargeRecord> charges
        = ChargeRepository(session.database()).list(customerId, &error);
    if (!error.isEmpty()) {
        return context.fail(ExitCode::DatabaseError,
                            tr("Could not read the charges from the database: %1").arg(error));
    }

    if (format == QLatin1String("csv")) {
        ChargeListing::writeCsv(charges, context.out());
    } else if (charges.isEmpty()) {
        context.out() << tr("No charges.") << '\n';
    } else {
        ChargeListing listing(session.database(), m_language);
        listing.writeTable(charges, ChargeListing::Columns::WithCustomer, context.out());
    }
    return ExitCode::Success;
}
