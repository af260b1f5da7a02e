#include "commanddispatcher.h"

#include "addchargecommand.h"
#include "agingcommand.h"
#include "approvalscommand.h"
#include "approvalthresholdcommand.h"
#include "approvechargecommand.h"
#include "connectionsettings.h"
#include "database.h"
#include "databaselocation.h"
#include "exportcsvcommand.h"
#include "generatecommand.h"
#include "helptext.h"
#include "importcsvcommand.h"
#include "importnorthwindcommand.h"
#include "listchargescommand.h"
#include "lockperiodcommand.h"
#include "logging.h"
#include "planinstallmentscommand.h"
#include "recordpaymentcommand.h"
#include "reminderscommand.h"
#include "reportcommand.h"
#include "reversepaymentcommand.h"
#include "showcustomercommand.h"
#include "showsettingscommand.h"
#include "translations.h"
#include "userscommand.h"
#include "verifycommand.h"
#include "voidchargecommand.h"

#include <QLoggingCategory>
#include <QSettings>

namespace {

const QStringList GlobalOptionArguments = {
    QStringLiteral("--database"), QStringLiteral("--language"), QStringLiteral("--verbose"),
    QStringLiteral("-v"),
};

bool mentionsGlobalOption(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        const QString name = argument.section(QLatin1Char('='), 0, 0);
        if (GlobalOptionArguments.contains(name))
            return true;
    }
    return false;
}

} // namespace

CommandDispatcher::CommandDispatcher(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

CommandDispatcher::~CommandDispatcher() = default;

int CommandDispatcher::run(const QStringList &arguments)
{
    // A first pass finds --verbose and --language. The parser's messages
    // and option descriptions are translated when they are created, so the
    // arguments are parsed again once the language is installed.
    ArgumentParser firstPass;
    declareGlobalOptions(firstPass);
    firstPass.setStopAtFirstPositional(true);
    const bool parsed = firstPass.parse(arguments.mid(1));

    configureLogging(parsed && firstPass.isSet(QStringLiteral("verbose")));

    UiLanguage language = Translations::systemLanguage();
    const QString languageName = firstPass.value(QStringLiteral("language"));
    const bool languageValid = !parsed || !firstPass.isSet(QStringLiteral("language"))
                               || Translations::parseLanguageName(languageName, &language);
    Translations::apply(language);

    ArgumentParser globals;
    declareGlobalOptions(globals);
    globals.setStopAtFirstPositional(true);
    globals.parse(arguments.mid(1));

    m_commands.clear();
    m_commands.push_back(std::make_unique<ImportNorthwindCommand>());
    m_commands.push_back(std::make_unique<ImportCsvCommand>());
    m_commands.push_back(std::make_unique<AddChargeCommand>(language));
    m_commands.push_back(std::make_unique<VoidChargeCommand>());
    m_commands.push_back(std::make_unique<RecordPaymentCommand>());
    m_commands.push_back(std::make_unique<ReversePaymentCommand>());
    m_commands.push_back(std::make_unique<PlanInstallmentsCommand>());
    m_commands.push_back(std::make_unique<ListChargesCommand>(language));
    m_commands.push_back(std::make_unique<ShowCustomerCommand>(language));
    m_commands.push_back(std::make_unique<ReportCommand>(language));
    m_commands.push_back(std::make_unique<AgingCommand>(language));
    m_commands.push_back(std::make_unique<RemindersCommand>(language));
    m_commands.push_back(std::make_unique<ExportCsvCommand>());
    m_commands.push_back(std::make_unique<LockPeriodCommand>());
    m_commands.push_back(std::make_unique<ShowSettingsCommand>());
    m_commands.push_back(std::make_unique<UsersCommand>());
    m_commands.push_back(std::make_unique<ApprovalThresholdCommand>());
    m_commands.push_back(std::make_unique<ApprovalsCommand>(language));
    m_commands.push_back(std::make_unique<ApproveChargeCommand>(false));
    m_commands.push_back(std::make_unique<ApproveChargeCommand>(true));
    m_commands.push_back(std::make_unique<VerifyCommand>());
    m_commands.push_back(std::make_unique<GenerateCommand>());

    qCInfo(lcCli) << ProgramName << "started, language" << Translations::languageName(language);

    ExitCode code = ExitCode::Success;
    if (!parsed) {
        code = usageError(globals.errorText());
    } else if (!languageValid) {
        code = usageError(tr("Invalid --language “%1”: use zh_CN, zh_TW, en or system.")
                              .arg(languageName));
    } else {
        code = dispatch(globals);
    }

    m_out.flush();
    m_err.flush();
    qCInfo(lcCli) << ProgramName << "finished with exit status" << int(code);
    return int(code);
}

ExitCode CommandDispatcher::dispatch(const ArgumentParser &globals)
{
    if (globals.isSet(QStringLiteral("help"))) {
        m_out << HelpText::program(globals, m_commands);
        return ExitCode::Success;
    }
    if (globals.isSet(QStringLiteral("version"))) {
        m_out << ProgramName << ' ' << QCoreApplication::applicationVersion() << '\n';
        return ExitCode::Success;
    }

    const QStringList remaining = globals.remainingArguments();
    if (remaining.isEmpty())
        return usageError(tr("Missing command."));

    const QString name = remaining.constFirst();
    const QStringList commandArguments = remaining.mid(1);

    if (name == QLatin1String("help")) {
        if (commandArguments.isEmpty()) {
            m_out << HelpText::program(globals, m_commands);
            return ExitCode::Success;
        }
        CliCommand *command = findCommand(commandArguments.constFirst());
        if (!command || commandArguments.size() > 1) {
            return usageError(tr("Unknown command “%1”.")
                                  .arg(commandArguments.join(QLatin1Char(' '))));
        }
        printCommandHelp(*command);
        return ExitCode::Success;
    }

    CliCommand *command = findCommand(name);
    if (!command)
        return usageError(tr("Unknown command “%1”.").arg(name));

    // Without --database the program uses the connection the window saved,
    // so that both work on the same data.
    QSettings settings;
    const QString databasePath
        = globals.isSet(QStringLiteral("database"))
              ? globals.value(QStringLiteral("database"))
              : ConnectionSettings::startupLocation(QString(), settings);
    if (databasePath.isEmpty())
        return usageError(tr("Invalid --database “”: give the path of a database file or "
                             "the URL of a PostgreSQL database."));

    return runCommand(*command, commandArguments, databasePath);
}

ExitCode CommandDispatcher::runCommand(CliCommand &command, const QStringList &arguments,
                                       const QString &databasePath)
{
    ArgumentParser parser;
    declareCommandArguments(command, parser);

    if (!parser.parse(arguments)) {
        QString message = tr("%1: %2").arg(command.name(), parser.errorText());
        if (mentionsGlobalOption(arguments))
            message += QLatin1Char(' ')
                       + tr("Global options such as --database go before the command name.");
        return usageError(message, command.name());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << HelpText::command(command, parser);
        return ExitCode::Success;
    }
    if (!parser.checkRequired())
        return usageError(tr("%1: %2").arg(command.name(), parser.errorText()), command.name());

    qCInfo(lcCli) << "Running" << command.name() << "on"
                  << DatabaseLocation::redacted(databasePath);
    CliContext context(m_out, m_err, databasePath);
    return command.run(parser, context);
}

ExitCode CommandDispatcher::usageError(const QString &message, const QString &helpCommand)
{
    m_out.flush();
    m_err << message << '\n' << HelpText::seeHelp(helpCommand) << '\n';
    m_err.flush();
    return ExitCode::UsageError;
}

void CommandDispatcher::printCommandHelp(CliCommand &command)
{
    ArgumentParser parser;
    declareCommandArguments(command, parser);
    m_out << HelpText::command(command, parser);
}

void CommandDispatcher::declareCommandArguments(CliCommand &command,
                                                ArgumentParser &parser) const
{
    command.declareArguments(parser);
    parser.addOption({QStringLiteral("help"), QStringLiteral("h"), QString(),
                      tr("Show the options of this command.")});
}

void CommandDispatcher::declareGlobalOptions(ArgumentParser &parser) const
{
    parser.addOption({QStringLiteral("database"), QString(), QStringLiteral("PATH"),
                      tr("SQLite database file, created and brought up to date when needed, "
                         "or the URL of an existing PostgreSQL database, "
                         "postgresql://user@host:port/dbname; PostgreSQL reads the password "
                         "from PGPASSWORD or ~/.pgpass. Default: the connection chosen in "
                         "the window under Settings › Database Connection, else %1")
                          .arg(Database::defaultPath())});
    parser.addOption({QStringLiteral("language"), QString(), QStringLiteral("LANG"),
                      tr("Language of messages and labels: zh_CN, zh_TW, en, or system for "
                         "the language of the locale (LANG, LC_ALL), which is the default.")});
    parser.addOption({QStringLiteral("verbose"), QStringLiteral("v"), QString(),
                      tr("Log info messages to standard error as well as warnings.")});
    parser.addOption({QStringLiteral("help"), QStringLiteral("h"), QString(),
                      tr("Show this help.")});
    parser.addOption({QStringLiteral("version"), QString(), QString(),
                      tr("Show the program's version.")});
}

CliCommand *CommandDispatcher::findCommand(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

void CommandDispatcher::configureLogging(bool verbose)
{
    // QT_LOGGING_RULES is applied after these rules, so it still overrides
    // them. Without -v only warnings reach standard error.
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("chargedesk.*.info=true")
                                             : QStringLiteral("chargedesk.*.info=false"));

    // QT_MESSAGE_PATTERN, when set, replaces this pattern.
    qSetMessagePattern(QStringLiteral("%{category}: %{type}: %{message}"));
}
