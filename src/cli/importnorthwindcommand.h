#pragma once

#include "clicommand.h"

#include <QCoreApplication>

// import-northwind DIR: loads the Northwind sample customers, bills and
// bill lines from a folder of CSV files, or from the copy built into the
// program when DIR is "builtin".
class ImportNorthwindCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportNorthwindCommand)

public:
    QString name() const override { return QStringLiteral("import-northwind"); }
    QString summary() const override;
    QString details() const override;
    void declareArguments(ArgumentParser &parser) const override;
    ExitCode run(const ArgumentParser &arguments, CliContext &context) override;
};
