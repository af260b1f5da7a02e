#pragma once

#include "clicommand.h"

#include <QCoreApplication>

// reverse-payment ID --reason TEXT: marks a posted payment reversed (冲销)
// through the payment service, keeping the row with who reversed it, when
// and why, and opens its amount again.
class ReversePaymentCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReversePaymentCommand)

public:
    QString name() const override { return QStringLiteral("reverse-payment"); }
    QString summary() const override;
    QString details() const override;
    void declareArguments(ArgumentParser &parser) const override;
    ExitCode run(const ArgumentParser &arguments, CliContext &context) override;
};
