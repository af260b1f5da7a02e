#pragma once

#include "clicommand.h"

#include <QCoreApplication>

struct IntegrityResult;

// verify [--format text|csv]: checks the audit chain, compares every charge
// and payment with its audit records and recomputes every stored total
// (IntegrityChecker), then prints the rows checked and each mismatch.
// Exits with MismatchFound when anything disagrees.
class VerifyCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)

public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override;
    QString details() const override;
    void declareArguments(ArgumentParser &parser) const override;
    ExitCode run(const ArgumentParser &arguments, CliContext &context) override;

private:
    void writeText(const IntegrityResult &result, QTextStream &out) const;
};
