#pragma once

#include "argumentparser.h"
#include "chargereportfilter.h"
#include "clicontext.h"
#include "exitcode.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <optional>

// Reads the filter options of "report" into values the report queries
// take. Each function writes the message and returns the exit status when
// an option is invalid: UsageError for a value that cannot be read (with a
// hint to --help), NotFound for an unknown customer, DatabaseError when a
// lookup fails.
class ReportFilterOptions
{
    Q_DECLARE_TR_FUNCTIONS(ReportFilterOptions)

public:
    ReportFilterOptions(const ArgumentParser &arguments, CliContext &context,
                        QString commandName)
        : m_arguments(arguments), m_context(context), m_commandName(std::move(commandName))
    {}

    // Reads --from and --to as YYYY-MM-DD; a missing option leaves its
    // date invalid.
    std::optional<ExitCode> readPeriod(QDate *from, QDate *to);

    // Reads every filter of "report charges" and validates it against db.
    std::optional<ExitCode> readChargeFilter(QSqlDatabase db, ChargeReportFilter *filter);

    // Returns "--fee-type" and so on for a filter field.
    static QString optionName(ChargeReportFilter::Field field);

private:
    ExitCode usageError(const QString &message);

    const ArgumentParser &m_arguments;
    CliContext &m_context;
    QString m_commandName;
};
