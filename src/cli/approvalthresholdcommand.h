#pragma once

#include "clicommand.h"

#include <QCoreApplication>

// approval-threshold --currency CODE (--amount AMOUNT | --remove): sets or
// removes the amount above which a charge in that currency waits for
// approval, through ApprovalThresholdService.
class ApprovalThresholdCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalThresholdCommand)

public:
    QString name() const override { return QStringLiteral("approval-threshold"); }
    QString summary() const override;
    QString details() const override;
    void declareArguments(ArgumentParser &parser) const override;
    ExitCode run(const ArgumentParser &arguments, CliContext &context) override;
};
