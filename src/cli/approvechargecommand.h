#pragma once

#include "clicommand.h"

#include <QCoreApplication>

// approve ID, or reject ID --reason TEXT: decides on a charge that waits for
// approval, through ChargeService::approve() or reject().
class ApproveChargeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ApproveChargeCommand)

public:
    // reject is true for the reject command, false for approve.
    explicit ApproveChargeCommand(bool reject) : m_reject(reject) {}

    QString name() const override
    {
        return m_reject ? QStringLiteral("reject") : QStringLiteral("approve");
    }
    QString summary() const override;
    QString details() const override;
    void declareArguments(ArgumentParser &parser) const override;
    ExitCode run(const ArgumentParser &arguments, CliContext &context) override;

private:
    bool m_reject = false;
};
