#pragma once

#include "argumentparser.h"
#include "clicontext.h"
#include "exitcode.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QString>

class DatabaseSession;

// "report notice": writes a charge notice (费用通知单) per posted charge as
// one PDF, for the charges given or for all posted charges of a customer.
// ReportCommand checks the options before run().
//
//   report notice (--charge ID ... | --customer CODE) --pdf FILE
class NoticeReport
{
    Q_DECLARE_TR_FUNCTIONS(NoticeReport)

public:
    // commandName is the command whose help usage errors point to.
    NoticeReport(UiLanguage language, QString commandName)
        : m_language(language), m_commandName(std::move(commandName))
    {}

    ExitCode run(const ArgumentParser &arguments, DatabaseSession &session,
                 CliContext &context) const;

private:
    ExitCode usageError(CliContext &context, const QString &message) const;

    UiLanguage m_language;
    QString m_commandName;
};
