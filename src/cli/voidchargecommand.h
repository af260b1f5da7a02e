#pragma once

#include "clicommand.h"

#include <QCoreApplication>

// void-charge ID --reason TEXT: marks a posted charge void through the
// charge service, keeping the row with who voided it, when and why.
class VoidChargeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(VoidChargeCommand)

public:
    QString name() const override { return QStringLiteral("void-charge"); }
    QString summary() const override;
    QString details() const override;
    void declareArguments(ArgumentParser &parser) const override;
    ExitCode run(const ArgumentParser &arguments, CliContext &context) override;
};
