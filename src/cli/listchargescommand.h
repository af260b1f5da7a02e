#pragma once

#include "clicommand.h"
#include "uilanguage.h"

#include <QCoreApplication>

// list-charges [--customer CODE] [--format text|csv]: every charge, or one
// customer's, oldest first, void charges included.
class ListChargesCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ListChargesCommand)

public:
    explicit ListChargesCommand(UiLanguage language) : m_language(language) {}

    QString name() const override { return QStringLiteral("list-charges"); }
    QString summary() const override;
    QString details() const override;
    void declareArguments(ArgumentParser &parser) const override;
    ExitCode run(const ArgumentParser &arguments, CliContext &context) override;

private:
    UiLanguage m_language;
};
