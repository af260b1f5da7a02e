#pragma once

#include "argumentparser.h"
#include "clicommand.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

// The text of "chargedesk-cli --help" and "chargedesk-cli <command> --help":
// usage, commands, options with their units, input formats, logging and
// exit statuses, wrapped to 80 columns.
class HelpText
{
    Q_DECLARE_TR_FUNCTIONS(HelpText)

public:
    static QString program(const ArgumentParser &globals,
                           const std::vector<std::unique_ptr<CliCommand>> &commands);

    static QString command(const CliCommand &command, const ArgumentParser &parser);

    // A short hint for the end of an error message.
    static QString seeHelp(const QString &commandName = QString());

private:
    // Returns head followed by parts, wrapped to the help width.
    static QString usageLines(const QString &head, const QStringList &parts);
    static QString paragraph(const QString &text, int indent = 0);
    static QString exitStatuses();
};
