#pragma once

#include "clicommand.h"
#include "csvexporter.h"

#include <QCoreApplication>

#include <optional>

// export-csv customers|bills|charges [--output FILE] [--customer CODE ...]
// [--from DATE] [--to DATE] [--date-basis due|entry] [--no-bom]: writes one
// table as CSV for spreadsheets and for the CSV import, through CsvExporter.
class ExportCsvCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCsvCommand)

public:
    QString name() const override { return QStringLiteral("export-csv"); }
    QString summary() const override;
    QString details() const override;
    void declareArguments(ArgumentParser &parser) const override;
    ExitCode run(const ArgumentParser &arguments, CliContext &context) override;

private:
    // Reads the period options into filter. Returns the exit status after
    // writing the message when an option is invalid.
    std::optional<ExitCode> readPeriod(const ArgumentParser &arguments,
                                       CsvExporter::Table table, CsvExporter::Filter *filter,
                                       CliContext &context) const;

    ExitCode usageError(CliContext &context, const QString &message) const;
};
