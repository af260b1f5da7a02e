#pragma once

#include "clicommand.h"

#include <QCoreApplication>

// import-csv customers|bills|charges FILE [--mapping TARGET=HEADER ...]
// [--encoding auto|utf-8|gb18030] [--dry-run] [--acknowledge-duplicates NOTE]:
// checks a CSV file line by line and imports it through CsvImporter, all
// lines or none.
class ImportCsvCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCsvCommand)

public:
    QString name() const override { return QStringLiteral("import-csv"); }
    QString summary() const override;
    QString details() const override;
    void declareArguments(ArgumentParser &parser) const override;
    ExitCode run(const ArgumentParser &arguments, CliContext &context) override;

private:
    ExitCode usageError(CliContext &context, const QString &message) const;
};
