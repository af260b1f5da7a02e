#pragma once

#include "clicommand.h"

#include <QCoreApplication>

// lock-period --date YYYY-MM-DD [--reason TEXT]: moves the period lock date
// (关账日期) through PeriodLockService. Only an admin may; moving the date
// back needs a reason.
class LockPeriodCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(LockPeriodCommand)

public:
    QString name() const override { return QStringLiteral("lock-period"); }
    QString summary() const override;
    QString details() const override;
    void declareArguments(ArgumentParser &parser) const override;
    ExitCode run(const ArgumentParser &arguments, CliContext &context) override;
};
