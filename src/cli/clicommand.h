#pragma once

#include "argumentparser.h"
#include "clicontext.h"
#include "exitcode.h"

#include <QString>

// One subcommand of chargedesk-cli. The dispatcher declares its options on
// a parser, parses the arguments after the command name, handles --help
// and missing required options, and then calls run().
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    // The word typed on the command line, e.g. "add-charge".
    virtual QString name() const = 0;

    // One translated sentence for the command list in --help.
    virtual QString summary() const = 0;

    // Translated paragraphs for "<command> --help" after the option list:
    // behaviour, output and exit statuses particular to the command.
    virtual QString details() const { return {}; }

    // Adds the command's options and positional arguments to parser.
    virtual void declareArguments(ArgumentParser &parser) const = 0;

    // Runs the command with parsed arguments.
    virtual ExitCode run(const ArgumentParser &arguments, CliContext &context) = 0;
};
