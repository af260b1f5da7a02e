#pragma once

#include "clicommand.h"
#include "uilanguage.h"

#include <QCoreApplication>

// aging [--as-of DATE] [--format text|csv] [--customer CODE]...: aged
// receivables (账龄分析), what each customer owes by how many days it is
// past due, as a table for people or as CSV.
class AgingCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AgingCommand)

public:
    explicit AgingCommand(UiLanguage language) : m_language(language) {}

    QString name() const override { return QStringLiteral("aging"); }
    QString summary() const override;
    QString details() const override;
    void declareArguments(ArgumentParser &parser) const override;
    ExitCode run(const ArgumentParser &arguments, CliContext &context) override;

private:
    ExitCode usageError(CliContext &context, const QString &message) const;

    UiLanguage m_language;
};
