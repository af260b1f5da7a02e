#include "agingcommand.h"

#include "addchargecommand.h"
#include "agingcsv.h"
#include "agingquery.h"
#include "agingreportbuilder.h"
#include "databasesession.h"
#include "helptext.h"
#include "recordlookup.h"
#include "texttable.h"

QString AgingCommand::summary() const
{
    return tr("Show aged receivables: what each customer owes by days past due.");
}

QString AgingCommand::details() const
{
    const QStringList paragraphs = {
        tr("Lists the open part of bills, posted charges without an installment plan, and "
           "installments of active plans, one row per customer and currency, summed by the "
           "days from the due date to --as-of: not yet due (0 days or fewer), 1–30, 31–60, "
           "61–90 and over 90 days. A total row per currency follows its customers; amounts "
           "in different currencies are never added. The amounts are those open now, also "
           "for an --as-of day in the past."),
        tr("The text format shows amounts with the currency symbol in the chosen language. "
           "The CSV format is UTF-8 without a byte order mark, RFC 4180, with the columns %1. "
           "row_type is customer or total, amounts are in major units with '.' and no "
           "grouping (1234.50), and text fields that start with =, +, -, @ or an apostrophe "
           "get an apostrophe in front, as in the files the window saves.")
            .arg(AgingCsv::header().join(QStringLiteral(", "))),
        tr("Invalid option values end with status 1, an unknown customer with 3."),
    };
    return paragraphs.join(QLatin1String("\n\n"));
}

void AgingCommand::declareArguments(ArgumentParser &parser) const
{
    parser.addOption({QStringLiteral("as-of"), QString(), QStringLiteral("DATE"),
                      tr("Day the days past due are counted to, as YYYY-MM-DD. Default: "
                         "today.")});
    parser.addOption({QStringLiteral("format"), QString(), QStringLiteral("FORMAT"),
                      tr("Output format: text (the default) or csv.")});
    parser.addOption({QStringLiteral("customer"), QString(), QStringLiteral("CODE"),
                      tr("Only this customer, e.g. ALFKI. Repeatable; all customers when "
                         "left out."),
                      false, true});
}

ExitCode AgingCommand::run(const ArgumentParser &arguments, CliContext &context)
{
    const QString format = arguments.isSet(QStringLiteral("format"))
                               ? arguments.value(QStringLiteral("format"))
                               : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("csv"))
        return usageError(context, tr("Invalid --format “%1”: use text or csv.").arg(format));

    QDate asOf = QDate::currentDate();
    if (arguments.isSet(QStringLiteral("as-of"))) {
        const QString text = arguments.value(QStringLiteral("as-of"));
        asOf = AddChargeCommand::parseIsoDate(text);
        if (!asOf.isValid()) {
            return usageError(context, tr("Invalid --as-of “%1”: use a calendar date as "
                                          "YYYY-MM-DD, e.g. 2026-06-30.")
                                           .arg(text));
        }
    }

    DatabaseSession session(context.databasePath());
    if (!session.isOpen())
        return context.fail(ExitCode::DatabaseError, session.errorMessage());

    QList<qint64> customerIds;
    RecordLookup lookup(session.database(), context);
    for (const QString &code : arguments.values(QStringLiteral("customer"))) {
        const auto customer = lookup.customer(code);
        if (!customer)
            return lookup.failure();
        customerIds << customer->id;
    }

    AgingData data;
    QString error;
    if (AgingQuery(session.database(), m_language).run(asOf, customerIds, &data, &error)
        != ReportQueryStatus::Completed) {
        return context.fail(ExitCode::DatabaseError, error);
    }

    if (format == QLatin1String("csv")) {
        AgingCsv::write(data, context.out());
        return ExitCode::Success;
    }

    const QString isoAsOf = asOf.toString(Qt::ISODate);
    if (data.rows.isEmpty()) {
        context.out() << tr("No customer has an open amount on %1.").arg(isoAsOf) << '\n';
        return ExitCode::Success;
    }

    context.out() << tr("Aged receivables as of %1").arg(isoAsOf) << "\n\n";
    QList<TextTable::Column> columns = {{tr("Code")}, {tr("Customer")}, {tr("Currency")}};
    for (int bucket = 0; bucket < AgingBucketCount; ++bucket) {
        columns << TextTable::Column{AgingReportBuilder::bucketTitle(AgingBucket(bucket)),
                                     TextTable::Alignment::Right};
    }
    columns << TextTable::Column{tr("Total"), TextTable::Alignment::Right};

    const QLocale locale;
    const auto cells = [&locale](const AgingRow &row, const QString &code,
                                 const QString &name) {
        QStringList cells = {code, name, row.currency};
        for (int bucket = 0; bucket < AgingBucketCount; ++bucket)
            cells << row.bucket(AgingBucket(bucket)).format(locale);
        cells << row.total().format(locale);
        return cells;
    };
    TextTable table(columns);
    for (const QString &currency : data.currencies()) {
        for (const AgingRow &row : data.rowsIn(currency))
            table.addRow(cells(row, row.customerCode, row.customerName));
        table.addRow(cells(data.totalIn(currency), QString(), tr("Total %1").arg(currency)));
    }
    table.write(context.out());
    return ExitCode::Success;
}

ExitCode AgingCommand::usageError(CliContext &context, const QString &message) const
{
    return context.fail(ExitCode::UsageError,
                        message + QLatin1Char('\n') + HelpText::seeHelp(name()));
}
