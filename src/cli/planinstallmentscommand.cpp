#include "planinstallmentscommand.h"

#include "addchargecommand.h"
#include "databasesession.h"
#include "helptext.h"
#include "installmentplanner.h"
#include "installmentservice.h"
#include "logging.h"
#include "recordlookup.h"
#include "texttable.h"
#include "uilanguage.h"

#include <QLocale>

QString PlanInstallmentsCommand::summary() const
{
    return tr("Review an installment plan of a charge, and create it with --confirm.");
}

QString PlanInstallmentsCommand::details() const
{
    const QStringList paragraphs = {
        tr("Give either --count and --first-due for equal monthly installments, or --due once "
           "per installment. Equal installments are the charge's amount divided by the count "
           "and rounded down to the cent; the last one also takes the remainder, so 100.00 in "
           "3 gives 33.33, 33.33 and 33.34. Monthly due dates fall on the first date's day of "
           "the month, or on the last day of a shorter month."),
        tr("A plan has %1 to %2 installments that add up exactly to the charge's amount, due "
           "on rising dates. It can be made for a posted charge with nothing paid and no "
           "active plan. The charge is then paid one installment at a time with "
           "record-payment --installment.")
            .arg(InstallmentPlanner::MinCount)
            .arg(InstallmentPlanner::MaxCount),
        tr("Without --confirm the command prints the plan and writes nothing. With --confirm "
           "it checks the plan again and writes it with an audit record, then prints "
           "“Installment plan ID committed.”."),
    };
    return paragraphs.join(QLatin1String("\n\n"));
}

void PlanInstallmentsCommand::declareArguments(ArgumentParser &parser) const
{
    const QString noValue;
    parser.addOption({QStringLiteral("charge"), noValue, QStringLiteral("ID"),
                      tr("ID of the charge to pay in installments, as list-charges prints it."),
                      true});
    parser.addOption({QStringLiteral("count"), noValue, QStringLiteral("N"),
                      tr("Number of equal monthly installments, %1 to %2.")
                          .arg(InstallmentPlanner::MinCount)
                          .arg(InstallmentPlanner::MaxCount)});
    parser.addOption({QStringLiteral("first-due"), noValue, QStringLiteral("DATE"),
                      tr("Due date of the first of the --count installments, as YYYY-MM-DD.")});
    ArgumentParser::Option due{QStringLiteral("due"), noValue, QStringLiteral("DATE:AMOUNT"),
                               tr("One installment: its due date as YYYY-MM-DD and its amount "
                                  "with '.' as the decimal point, e.g. 2027-01-31:250.00. Give "
                                  "it once per installment, in order.")};
    due.repeatable = true;
    parser.addOption(due);
    parser.addOption({QStringLiteral("request-key"), noValue, QStringLiteral("KEY"),
                      tr("Key of this request, 8 to 100 characters. Running the command again "
                         "with the same key returns the first plan instead of writing "
                         "another. Default: a new random key.")});
    parser.addOption({QStringLiteral("confirm"), noValue, QString(),
                      tr("Create the plan. Without it nothing is written.")});
}

ExitCode PlanInstallmentsCommand::run(const ArgumentParser &arguments, CliContext &context)
{
    const bool equalParts = arguments.isSet(QStringLiteral("count"))
                            || arguments.isSet(QStringLiteral("first-due"));
    const bool explicitParts = arguments.isSet(QStringLiteral("due"));
    if (equalParts == explicitParts) {
        return context.fail(ExitCode::UsageError,
                            tr("Give either --count with --first-due, or --due once per "
                               "installment.")
                                + QLatin1Char('\n') + HelpText::seeHelp(name()));
    }

    const QString chargeText = arguments.value(QStringLiteral("charge"));
    bool isNumber = false;
    const qint64 chargeId = chargeText.toLongLong(&isNumber);
    if (!isNumber || chargeId <= 0) {
        return context.fail(ExitCode::Rejected,
                            tr("Invalid --charge “%1”: use the number that list-charges shows "
                               "in its ID column.")
                                .arg(chargeText));
    }

    DatabaseSession session(context.databasePath());
    if (!session.isOpen())
        return context.fail(ExitCode::DatabaseError, session.errorMessage());

    RecordLookup lookup(session.database(), context);
    const auto charge = lookup.charge(chargeId);
    if (!charge)
        return lookup.failure();

    InstallmentPlanRequest request;
    request.requestKey = arguments.isSet(QStringLiteral("request-key"))
                             ? arguments.value(QStringLiteral("request-key"))
                             : InstallmentPlanRequest::newRequestKey();
    request.chargeId = charge->id;
    const QString invalid = draftInstallments(arguments, *charge, &request);
    if (!invalid.isEmpty())
        return context.fail(ExitCode::Rejected, invalid + QLatin1Char('\n')
                                                    + tr("Nothing was written."));

    QTextStream &out = context.out();
    out << tr("Installment plan of charge %1 (%2):")
               .arg(QString::number(charge->id), charge->amount.format(QLocale()))
        << '\n';
    writeTable(request, out);

    InstallmentService service(session.database(), currentActor(session.database()));
    if (!arguments.isSet(QStringLiteral("confirm"))) {
        const QList<FieldError> errors = service.validate(request);
        if (!errors.isEmpty()) {
            QStringList lines;
            for (const FieldError &error : errors)
                lines << error.message;
            lines << tr("Nothing was written.");
            return context.fail(ExitCode::Rejected, lines.join(QLatin1Char('\n')));
        }
        out << '\n'
            << tr("Nothing was written. To create this plan, run the same command again with "
                  "--confirm.")
            << '\n';
        return ExitCode::Success;
    }

    const InstallmentService::Result result = service.createPlan(request);
    switch (result.status) {
    case InstallmentService::Result::Status::Committed:
        qCInfo(lcCli) << "Created installment plan" << result.planId << "for charge"
                      << charge->id;
        out << '\n' << tr("Installment plan %1 committed.").arg(result.planId) << '\n';
        return ExitCode::Success;
    case InstallmentService::Result::Status::Replayed:
        out << '\n'
            << tr("Installment plan %1 already exists for request key “%2”. Nothing more was "
                  "written.")
                   .arg(result.planId)
                   .arg(request.requestKey)
            << '\n';
        return ExitCode::Success;
    case InstallmentService::Result::Status::Rejected:
        return context.fail(ExitCode::Rejected,
                            result.errorMessage + QLatin1Char('\n') + tr("Nothing was written."));
    case InstallmentService::Result::Status::Failed:
        break;
    }
    return context.fail(ExitCode::DatabaseError, result.errorMessage);
}

QString PlanInstallmentsCommand::draftInstallments(const ArgumentParser &arguments,
                                                   const ChargeRecord &charge,
                                                   InstallmentPlanRequest *request) const
{
    const QString currency = charge.amount.currency();
    if (arguments.isSet(QStringLiteral("due"))) {
        const QStringList values = arguments.values(QStringLiteral("due"));
        for (const QString &value : values) {
            const QString dateText = value.section(QLatin1Char(':'), 0, 0);
            const QString amountText = value.section(QLatin1Char(':'), 1);
            const QDate date = AddChargeCommand::parseIsoDate(dateText);
            if (!value.contains(QLatin1Char(':')) || !date.isValid()) {
                return tr("Invalid --due “%1”: use the due date as YYYY-MM-DD, a colon and the "
                          "amount, e.g. 2027-01-31:250.00.")
                    .arg(value);
            }
            QString message;
            const auto amount = Money::parse(amountText, currency, QLocale::c(), &message,
                                             Money::Range::Positive);
            if (!amount)
                return tr("Invalid --due “%1”: %2").arg(value, message);
            request->installments << InstallmentDraft{date, *amount};
        }
        return {};
    }

    const QString countText = arguments.value(QStringLiteral("count"));
    bool isNumber = false;
    const int count = countText.toInt(&isNumber);
    if (!isNumber || count < InstallmentPlanner::MinCount
        || count > InstallmentPlanner::MaxCount) {
        return tr("Invalid --count “%1”: use a number of installments from %2 to %3.")
            .arg(countText)
            .arg(InstallmentPlanner::MinCount)
            .arg(InstallmentPlanner::MaxCount);
    }
    const QString firstText = arguments.value(QStringLiteral("first-due"));
    const QDate first = AddChargeCommand::parseIsoDate(firstText);
    if (!first.isValid()) {
        return tr("Invalid or missing --first-due “%1”: use a calendar date as YYYY-MM-DD, "
                  "e.g. 2027-01-31.")
            .arg(firstText);
    }

    const QList<Money> amounts = InstallmentPlanner::split(charge.amount, count);
    if (amounts.isEmpty()) {
        return tr("Charge %1 of %2 is too small for %3 installments: each must be at least "
                  "%4.")
            .arg(QString::number(charge.id), charge.amount.format(QLocale()),
                 QString::number(count), Money(1, currency).format(QLocale()));
    }
    const QList<QDate> dates = InstallmentPlanner::monthlyDueDates(first, count);
    for (int i = 0; i < count; ++i)
        request->installments << InstallmentDraft{dates.at(i), amounts.at(i)};
    return {};
}

void PlanInstallmentsCommand::writeTable(const InstallmentPlanRequest &request,
                                         QTextStream &out)
{
    using Alignment = TextTable::Alignment;
    TextTable table({{tr("No."), Alignment::Right},
                     {tr("Due"), Alignment::Left},
                     {tr("Amount"), Alignment::Right}});

    const QLocale locale;
    qint64 total = 0;
    QString currency;
    for (int i = 0; i < request.installments.size(); ++i) {
        const InstallmentDraft &draft = request.installments.at(i);
        table.addRow({QString::number(i + 1), draft.dueDate.toString(Qt::ISODate),
                      draft.amount.format(locale)});
        total += draft.amount.minorUnits();
        currency = draft.amount.currency();
    }
    // Money::parse() keeps each amount at or below 10^14 minor units, so
    // even thousands of them cannot overflow the sum.
    table.addRow({QString(), tr("Total"), Money(total, currency).format(locale)});
    table.write(out);
}
