#include "usercontext.h"

#include "databaseroles.h"
#include "logging.h"

#include <QLocale>

UserContext UserContext::resolve(const QSqlDatabase &db, const QString &login, QString *error)
{
    UserContext context;
    context.m_login = login;

    // On PostgreSQL the server decides first: a login without a role may
    // not read the users, and while none is set up only the owner writes.
    QString queryError;
    std::optional<DatabaseRoles::Session> session;
    if (DatabaseRoles::isPostgresql(db)) {
        session = DatabaseRoles::session(db, &queryError);
        if (!session) {
            *error = queryError;
            return context;
        }
        context.m_sessionLogin = session->login;
        context.m_databaseOwner = session->owner;
        if (!session->readsUsers) {
            context.m_standing = Standing::NoDatabaseRole;
            return context;
        }
    }

    const UserDirectory directory(db);
    const int count = directory.count(&queryError);
    if (count == 0) {
        context.m_usersSetUp = false;
        context.m_standing = session && !session->bypassesGrants ? Standing::NoDatabaseRole
                                                                 : Standing::Unrestricted;
        return context;
    }

    std::optional<UserRecord> user;
    if (queryError.isEmpty())
        user = directory.find(login, &queryError);
    if (queryError.isEmpty())
        context.m_admins = directory.activeAdmins(&queryError);
    if (!queryError.isEmpty()) {
        *error = queryError;
        qCWarning(lcService) << "Could not read the user" << login << ":" << queryError;
        return context;
    }

    if (user) {
        context.m_user = *user;
        context.m_standing = user->active ? Standing::Registered : Standing::Inactive;
    }
    return context;
}

QString UserContext::displayName() const
{
    return m_user.displayName.isEmpty() ? m_login : m_user.displayName;
}

UserRole UserContext::role() const
{
    switch (m_standing) {
    case Standing::Unrestricted:
        return UserRole::Admin;
    case Standing::Registered:
        return m_user.role;
    case Standing::Unknown:
    case Standing::Inactive:
    case Standing::NoDatabaseRole:
        break;
    }
    return UserRole::None;
}

bool UserContext::may(UserAction action) const
{
    return UserRoleText::covers(role(), UserActionText::requiredRole(action));
}

QString UserContext::refusal(UserAction action) const
{
    if (may(action))
        return {};

    const QString what = UserActionText::label(action);
    switch (m_standing) {
    case Standing::Unknown:
        return tr("%1 is not allowed, because the account “%2” is not a ChargeDesk user of "
                  "this database. Ask an administrator to add it under Settings › Users and "
                  "Roles. %3")
            .arg(what, m_login, adminSentence());
    case Standing::Inactive:
        return tr("%1 is not allowed, because the user %2 is deactivated. Ask an administrator "
                  "to activate the user again under Settings › Users and Roles. %3")
            .arg(what, m_user.nameForMessages(), adminSentence());
    case Standing::NoDatabaseRole:
        return tr("%1 is not allowed. %2").arg(what, accessRefusal());
    case Standing::Registered:
    case Standing::Unrestricted:
        break;
    }
    const UserRole needed = UserActionText::requiredRole(action);
    return tr("%1 needs the role %2, but the user %3 has the role %4. If you need to do this, "
              "ask an administrator to change your role under Settings › Users and Roles. %5")
        .arg(what, UserRoleText::label(needed), m_user.nameForMessages(),
             UserRoleText::label(m_user.role), adminSentence());
}

QString UserContext::accessRefusal() const
{
    switch (m_standing) {
    case Standing::Unknown:
        return tr("The account “%1” is not a ChargeDesk user of this database. Ask an "
                  "administrator to add it under Settings › Users and Roles or with "
                  "“chargedesk-cli users add”. %2")
            .arg(m_login, adminSentence());
    case Standing::Inactive:
        return tr("The user %1 is deactivated and cannot use this database. Ask an "
                  "administrator to activate the user again under Settings › Users and Roles. "
                  "%2")
            .arg(m_user.nameForMessages(), adminSentence());
    case Standing::NoDatabaseRole:
        if (!m_usersSetUp) {
            return tr("No ChargeDesk user is set up in this database yet, and the database "
                      "login “%1” does not own it, so the server refuses its changes. Ask the "
                      "owner of the database, “%2”, to open ChargeDesk once and add the first "
                      "administrator under Settings › Users and Roles; that administrator can "
                      "then add “%1”.")
                .arg(m_sessionLogin, m_databaseOwner);
        }
        return tr("The database login “%1” has no ChargeDesk role in this database, so the "
                  "server refuses to show or change its data. Ask a ChargeDesk administrator "
                  "to add “%1” as a user under Settings › Users and Roles, or, if it is a user "
                  "already, to deactivate and activate it again, which grants its role. While "
                  "no user is set up, only the owner of the database, “%2”, can add the first "
                  "administrator.")
            .arg(m_sessionLogin, m_databaseOwner);
    case Standing::Registered:
    case Standing::Unrestricted:
        break;
    }
    return {};
}

QString UserContext::adminSentence() const
{
    return tr("The administrator is %1.", nullptr, int(m_admins.size())).arg(adminNames());
}

QString UserContext::accessRefusalFor(const QSqlDatabase &db, const QString &login)
{
    QString error;
    const UserContext user = resolve(db, login, &error);
    if (!error.isEmpty()) {
        return tr("Could not read the users of the database: %1. Try again; if it persists, "
                  "check the database.")
            .arg(error);
    }
    const QString refusal = user.accessRefusal();
    if (!refusal.isEmpty())
        qCInfo(lcService) << "Account" << login << "refused:" << refusal;
    return refusal;
}

QString UserContext::adminNames() const
{
    QStringList names;
    for (const UserRecord &admin : m_admins)
        names << admin.nameForMessages();
    return QLocale().createSeparatedList(names);
}
