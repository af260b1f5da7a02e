#include "usercontext.h"

#include "logging.h"

#include <QLocale>

UserContext UserContext::resolve(const QSqlDatabase &db, const QString &login, QString *error)
{
    UserContext context;
    context.m_login = login;

    const UserDirectory directory(db);
    QString queryError;
    const int count = directory.count(&queryError);
    if (count == 0) {
        context.m_standing = Standing::Unrestricted;
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
