#pragma once

#include "clicommand.h"
#include "uilanguage.h"

#include <QCoreApplication>

#include <optional>

class DatabaseSession;

// report charges|statement|notice|reminder-letters: builds the
// supplementary charge report, a customer statement, charge notices
// (NoticeReport) or reminder letters (ReminderLetterReport), and writes them
// as PDF (--pdf) and, for the report and the statement, as CSV (--csv). Without an output
// file the charge report and the statement print a short summary.
//
//   report charges [--from D] [--to D] [--date-basis entry|due]
//       [--customer CODE ...] [--fee-type CODE ...] [--reason CODE ...]
//       [--status posted|void ...] [--payment-method CODE ...]
//       [--entered-by USER ...] [--pdf FILE] [--csv FILE]
//   report statement --customer CODE --from D --to D [--pdf FILE] [--csv FILE]
//   report notice (--charge ID ... | --customer CODE) --pdf FILE
//   report reminder-letters --customer CODE ... [--as-of DATE] --pdf FILE
//       [--record-sent]
class ReportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    explicit ReportCommand(UiLanguage language) : m_language(language) {}

    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    QString details() const override;
    void declareArguments(ArgumentParser &parser) const override;
    ExitCode run(const ArgumentParser &arguments, CliContext &context) override;

private:
    enum class Kind { Charges, Statement, Notice, ReminderLetters };

    ExitCode runChargeReport(const ArgumentParser &arguments, DatabaseSession &session,
                             CliContext &context);
    ExitCode runStatement(const ArgumentParser &arguments, DatabaseSession &session,
                          CliContext &context);

    // Checks that every option given applies to kind and that the options
    // kind needs are there. Returns the exit status after writing the
    // message when they do not.
    std::optional<ExitCode> checkOptions(Kind kind, const ArgumentParser &arguments,
                                         CliContext &context) const;

    // Checks the path of --pdf or --csv. Returns the exit status after
    // writing the message when the path is unusable.
    std::optional<ExitCode> checkOutputPath(const ArgumentParser &arguments,
                                            const QString &option, CliContext &context) const;

    ExitCode usageError(CliContext &context, const QString &message) const;

    UiLanguage m_language;
};
