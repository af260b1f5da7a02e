#include "reportfilteroptions.h"

#include "addchargecommand.h"
#include "helptext.h"
#include "recordlookup.h"

std::optional<ExitCode> ReportFilterOptions::readPeriod(QDate *from, QDate *to)
{
    const struct
    {
        QString option;
        QDate *date;
        QString example;
    } dates[] = {
        {QStringLiteral("from"), from, QStringLiteral("2026-11-01")},
        {QStringLiteral("to"), to, QStringLiteral("2026-11-30")},
    };
    for (const auto &date : dates) {
        *date.date = QDate();
        if (!m_arguments.isSet(date.option))
            continue;
        const QString text = m_arguments.value(date.option);
        *date.date = AddChargeCommand::parseIsoDate(text);
        if (!date.date->isValid()) {
            return usageError(tr("Invalid --%1 “%2”: use a calendar date as YYYY-MM-DD, "
                                 "e.g. %3.")
                                  .arg(date.option, text, date.example));
        }
    }
    if (from->isValid() && to->isValid() && *from > *to) {
        return usageError(tr("Invalid period: --from %1 is after --to %2. Swap the dates.")
                              .arg(m_arguments.value(QStringLiteral("from")),
                                   m_arguments.value(QStringLiteral("to"))));
    }
    return std::nullopt;
}

std::optional<ExitCode> ReportFilterOptions::readChargeFilter(QSqlDatabase db,
                                                              ChargeReportFilter *filter)
{
    if (const auto failure = readPeriod(&filter->from, &filter->to))
        return failure;

    const QString basis = m_arguments.value(QStringLiteral("date-basis"));
    if (!m_arguments.isSet(QStringLiteral("date-basis")) || basis == QLatin1String("entry")) {
        filter->dateBasis = ChargeReportFilter::DateBasis::EntryDate;
    } else if (basis == QLatin1String("due")) {
        filter->dateBasis = ChargeReportFilter::DateBasis::DueDate;
    } else {
        return usageError(tr("Invalid --date-basis “%1”: use entry or due.").arg(basis));
    }

    RecordLookup lookup(db, m_context);
    const QStringList codes = m_arguments.values(QStringLiteral("customer"));
    for (const QString &code : codes) {
        const auto customer = lookup.customer(code);
        if (!customer)
            return lookup.failure();
        filter->customerIds << customer->id;
    }
    filter->feeTypeCodes = m_arguments.values(QStringLiteral("fee-type"));
    filter->reasonCodes = m_arguments.values(QStringLiteral("reason"));
    filter->statuses = m_arguments.values(QStringLiteral("status"));
    filter->paymentMethodCodes = m_arguments.values(QStringLiteral("payment-method"));
    filter->enteredBy = m_arguments.values(QStringLiteral("entered-by"));

    // The filter's own check names the value and lists the known codes.
    if (const auto problem = filter->validate(db)) {
        if (problem->databaseFailure)
            return m_context.fail(ExitCode::DatabaseError, problem->message);
        return usageError(tr("Invalid %1: %2", "option name and the problem")
                              .arg(optionName(problem->field), problem->message));
    }
    return std::nullopt;
}

QString ReportFilterOptions::optionName(ChargeReportFilter::Field field)
{
    switch (field) {
    case ChargeReportFilter::Field::Period:
        return QStringLiteral("--from/--to");
    case ChargeReportFilter::Field::Customers:
        return QStringLiteral("--customer");
    case ChargeReportFilter::Field::FeeTypes:
        return QStringLiteral("--fee-type");
    case ChargeReportFilter::Field::Reasons:
        return QStringLiteral("--reason");
    case ChargeReportFilter::Field::Statuses:
        return QStringLiteral("--status");
    case ChargeReportFilter::Field::PaymentMethods:
        return QStringLiteral("--payment-method");
    case ChargeReportFilter::Field::EnteredBy:
        break;
    }
    return QStringLiteral("--entered-by");
}

ExitCode ReportFilterOptions::usageError(const QString &message)
{
    return m_context.fail(ExitCode::UsageError,
                          message + QLatin1Char('\n') + HelpText::seeHelp(m_commandName));
}
