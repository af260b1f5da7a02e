#pragma once

#include "clicommand.h"

#include <QCoreApplication>

// generate: fills an empty database with realistic customers, bills and
// charges for benchmarks, the same for the same seed (see DataGenerator).
// Reports progress on standard error every few seconds and ends with a
// summary line of the counts and the time taken.
class GenerateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)

public:
    QString name() const override { return QStringLiteral("generate"); }
    QString summary() const override;
    QString details() const override;
    void declareArguments(ArgumentParser &parser) const override;
    ExitCode run(const ArgumentParser &arguments, CliContext &context) override;

private:
    // Reads the whole number of option into *value. Returns an empty
    // string, or a translated message naming the option, the value typed
    // and the range, when it is not a whole number from minimum to maximum.
    static QString readCount(const ArgumentParser &arguments, const QString &option,
                             qint64 minimum, qint64 maximum, qint64 *value);
};
