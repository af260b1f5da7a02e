#pragma once

#include "clicommand.h"

#include <QCoreApplication>

// users ACTION: lists the users of the database (list), adds one (add
// --login LOGIN --role ROLE [--name NAME]), changes a role (set-role --login
// LOGIN --role ROLE), or deactivates or activates a user (deactivate,
// activate --login LOGIN), through UserService.
class UsersCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(UsersCommand)

public:
    QString name() const override { return QStringLiteral("users"); }
    QString summary() const override;
    QString details() const override;
    void declareArguments(ArgumentParser &parser) const override;
    ExitCode run(const ArgumentParser &arguments, CliContext &context) override;

private:
    static ExitCode list(CliContext &context, const QString &databasePath);
};
