#pragma once

#include "argumentparser.h"
#include "clicontext.h"
#include "exitcode.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class DatabaseSession;

// "report reminder-letters": writes a reminder letter (催款通知) per
// customer with amounts overdue on the letter date as one PDF, and with
// --record-sent records the letters as sent.
//
//   report reminder-letters --customer CODE ... [--as-of DATE] --pdf FILE
//       [--record-sent]
class ReminderLetterReport
{
    Q_DECLARE_TR_FUNCTIONS(ReminderLetterReport)

public:
    // commandName is the command whose help usage errors point to.
    ReminderLetterReport(UiLanguage language, QString commandName)
        : m_language(language), m_commandName(std::move(commandName))
    {}

    // The paragraph of "report --help" about reminder letters.
    static QString details();

    // Checks that the options needed are there and that no option of the
    // other kinds is. Returns the exit status after writing the message
    // when they are not.
    std::optional<ExitCode> checkOptions(const ArgumentParser &arguments,
                                         CliContext &context) const;

    ExitCode run(const ArgumentParser &arguments, DatabaseSession &session,
                 CliContext &context) const;

private:
    ExitCode usageError(CliContext &context, const QString &message) const;

    UiLanguage m_language;
    QString m_commandName;
};
