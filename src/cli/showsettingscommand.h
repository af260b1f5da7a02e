#pragma once

#include "clicommand.h"

#include <QCoreApplication>

// show-settings: the settings kept in the database that decide what may be
// entered: the acting account and its role, the period lock date with every
// move of it, and the approval thresholds per currency.
class ShowSettingsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShowSettingsCommand)

public:
    QString name() const override { return QStringLiteral("show-settings"); }
    QString summary() const override;
    QString details() const override;
    void declareArguments(ArgumentParser &parser) const override;
    ExitCode run(const ArgumentParser &arguments, CliContext &context) override;
};
