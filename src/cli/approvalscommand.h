#pragma once

#include "clicommand.h"
#include "uilanguage.h"

#include <QCoreApplication>

// approvals list: the charges that wait for approval, oldest first, with
// the customer, fee type, amount, due date and who entered them.
class ApprovalsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalsCommand)

public:
    explicit ApprovalsCommand(UiLanguage language) : m_language(language) {}

    QString name() const override { return QStringLiteral("approvals"); }
    QString summary() const override;
    QString details() const override;
    void declareArguments(ArgumentParser &parser) const override;
    ExitCode run(const ArgumentParser &arguments, CliContext &context) override;

private:
    UiLanguage m_language;
};
