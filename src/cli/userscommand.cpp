#include "userscommand.h"

#include "databasesession.h"
#include "logging.h"
#include "texttable.h"
#include "uilanguage.h"
#include "usercontext.h"
#include "userservice.h"

namespace {

const QStringList Actions = {QStringLiteral("list"), QStringLiteral("add"),
                             QStringLiteral("set-role"), QStringLiteral("deactivate"),
                             QStringLiteral("activate")};

} // namespace

QString UsersCommand::summary() const
{
    return tr("List the users and their roles, add a user, change a role, or deactivate or "
              "activate a user.");
}

QString UsersCommand::details() const
{
    return tr("ACTION is list, add, set-role, deactivate or activate. A user is an operating "
              "system account with the role sales (adds charges), finance (also voids "
              "charges, records and reverses payments, makes installment plans and approves "
              "charges) or admin (also manages users, approval thresholds and the period "
              "lock). While no user is set up, every account acts as an admin; the first user "
              "must be your own account with the role admin, and adding it switches roles on. "
              "From then on, accounts that are not active users cannot use the database. Only "
              "an admin may change users, and the last active admin cannot be demoted or "
              "deactivated.");
}

void UsersCommand::declareArguments(ArgumentParser &parser) const
{
    parser.addPositional({QStringLiteral("ACTION"),
                          tr("list, add, set-role, deactivate or activate.")});
    parser.addOption({QStringLiteral("login"), QString(), QStringLiteral("LOGIN"),
                      tr("The user's login: the operating system account on an SQLite file, "
                         "the server login on PostgreSQL; required except for list.")});
    parser.addOption({QStringLiteral("role"), QString(), QStringLiteral("ROLE"),
                      tr("sales, finance or admin; required for add and set-role.")});
    parser.addOption({QStringLiteral("name"), QString(), QStringLiteral("NAME"),
                      tr("The name that lists and messages show, for add; the login when "
                         "left out.")});
}

ExitCode UsersCommand::run(const ArgumentParser &arguments, CliContext &context)
{
    const QString action = arguments.positionalArguments().constFirst();
    if (!Actions.contains(action)) {
        return context.fail(ExitCode::UsageError,
                            tr("Unknown action “%1”: use list, add, set-role, deactivate or "
                               "activate.")
                                .arg(action));
    }
    if (action == QLatin1String("list"))
        return list(context, context.databasePath());

    const QString login = arguments.value(QStringLiteral("login"));
    if (login.trimmed().isEmpty()) {
        return context.fail(ExitCode::UsageError,
                            tr("users %1 needs --login LOGIN, the user's login.")
                                .arg(action));
    }
    const bool needsRole = action == QLatin1String("add") || action == QLatin1String("set-role");
    const std::optional<UserRole> role
        = UserRoleText::fromCode(arguments.value(QStringLiteral("role")));
    if (needsRole && !role) {
        return context.fail(ExitCode::UsageError,
                            tr("users %1 needs --role with sales, finance or admin; “%2” is "
                               "none of them.")
                                .arg(action, arguments.value(QStringLiteral("role"))));
    }

    DatabaseSession session(context.databasePath());
    if (!session.isOpen())
        return context.fail(ExitCode::DatabaseError, session.errorMessage());

    UserService service(session.database(), currentActor(session.database()));
    UserService::Result result;
    QString done;
    if (action == QLatin1String("add")) {
        result = service.add(login, arguments.value(QStringLiteral("name")), *role);
        done = tr("Added %1 with the role %2.").arg(login.trimmed(), UserRoleText::label(*role));
    } else if (action == QLatin1String("set-role")) {
        result = service.setRole(login, *role);
        done = tr("%1 has the role %2 now.").arg(login, UserRoleText::label(*role));
    } else {
        const bool activate = action == QLatin1String("activate");
        result = service.setActive(login, activate);
        done = activate ? tr("%1 is active again.").arg(login)
                        : tr("%1 is deactivated.").arg(login);
    }
    if (!result.succeeded()) {
        return context.fail(result.status == UserService::Result::Status::Failed
                                ? ExitCode::DatabaseError
                                : ExitCode::Rejected,
                            result.errorMessage);
    }

    qCInfo(lcCli) << "users" << action << login;
    context.out() << done << '\n';
    if (!result.notice.isEmpty())
        context.err() << result.notice << '\n';
    return ExitCode::Success;
}

ExitCode UsersCommand::list(CliContext &context, const QString &databasePath)
{
    DatabaseSession session(databasePath);
    if (!session.isOpen())
        return context.fail(ExitCode::DatabaseError, session.errorMessage());

    QString error;
    const QList<UserRecord> users = UserDirectory(session.database()).users(&error);
    if (!error.isEmpty()) {
        return context.fail(ExitCode::DatabaseError,
                            tr("Could not read the users from the database: %1").arg(error));
    }
    if (users.isEmpty()) {
        context.out() << tr("No users are set up, so every account acts as an admin. Add your "
                            "own account first: users add --login %1 --role admin")
                             .arg(currentActor(session.database()))
                      << '\n';
        return ExitCode::Success;
    }

    TextTable table({{tr("Login")}, {tr("Name")}, {tr("Role")}, {tr("Status")}});
    for (const UserRecord &user : users) {
        table.addRow({user.login, user.displayName, UserRoleText::code(user.role),
                      user.active ? tr("active") : tr("deactivated")});
    }
    table.write(context.out());
    return ExitCode::Success;
}
