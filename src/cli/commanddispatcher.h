#pragma once

#include "argumentparser.h"
#include "clicommand.h"
#include "exitcode.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

// The top level of chargedesk-cli: parses the global options, sets up
// logging and the UI language, prints help, and runs the command named on
// the command line.
//
//   chargedesk-cli [--database PATH] [--language LANG] [-v] <command> [options]
class CommandDispatcher
{
    Q_DECLARE_TR_FUNCTIONS(CommandDispatcher)

public:
    static constexpr auto ProgramName = "chargedesk-cli";

    // Writes results to out and messages to err.
    CommandDispatcher(QTextStream &out, QTextStream &err);
    ~CommandDispatcher();

    // Runs the program with arguments as QCoreApplication::arguments()
    // returns them, the program path first. Returns the exit status.
    int run(const QStringList &arguments);

private:
    ExitCode dispatch(const ArgumentParser &globals);
    ExitCode runCommand(CliCommand &command, const QStringList &arguments,
                        const QString &databasePath);
    ExitCode usageError(const QString &message, const QString &helpCommand = QString());
    void printCommandHelp(CliCommand &command);
    void declareGlobalOptions(ArgumentParser &parser) const;
    void declareCommandArguments(CliCommand &command, ArgumentParser &parser) const;
    CliCommand *findCommand(const QString &name) const;

    static void configureLogging(bool verbose);

    QTextStream &m_out;
    QTextStream &m_err;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};
