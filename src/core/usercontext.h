#pragma once

#include "useraction.h"
#include "userdirectory.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// The user who acts: an account (see currentActor()) resolved against the
// users table, with the role that decides what the account may do.
//
// While no user is set up, every account acts as an admin, so that a new or
// upgraded database works as before and someone can add the first user.
// Adding the first user, who must be an active admin, switches roles on.
// From then on an account that is not a user, or a deactivated user, may
// not use the database. The services resolve the actor inside their
// transaction, so a role changed meanwhile counts at once. The windows
// resolve it to hide or disable what the role may not do.
//
// On PostgreSQL the account is the database login (session_user, see
// currentActor(const QSqlDatabase &)), and the database role that
// UserService granted it refuses at the server what the role may not do.
// A login that owns the database, or a superuser, bypasses those grants;
// for it the operating-system account names the user, as on SQLite. A
// login that may not read the users table, or that does not own the
// database while no user is set up, gets Standing::NoDatabaseRole.
//
// NOTE: writes that no role restricts (customer details, imports of
// customers and bills, contacts, snoozes, reminder letters) check only that
// the account may use the database, when the program opens it.
class UserContext
{
    Q_DECLARE_TR_FUNCTIONS(UserContext)

public:
    enum class Standing {
        Unrestricted,   // no user is set up; the account acts as an admin
        Registered,     // an active user
        Unknown,        // users are set up, and this account is not one of them
        Inactive,       // a deactivated user
        NoDatabaseRole, // PostgreSQL: the server refuses the login, which has no role
    };

    // Returns the context of login. On PostgreSQL the connection's login is
    // checked first (see Standing::NoDatabaseRole). When a query fails, sets
    // *error and returns an Unknown context.
    static UserContext resolve(const QSqlDatabase &db, const QString &login, QString *error);

    QString login() const { return m_login; }

    // The user's display name, or the login when there is none.
    QString displayName() const;

    // Admin while unrestricted, None for Unknown and Inactive.
    UserRole role() const;

    Standing standing() const { return m_standing; }

    bool may(UserAction action) const;

    // Returns why the user may not do action, translated, naming the action,
    // the user, the role needed and the admins to ask; empty when allowed.
    QString refusal(UserAction action) const;

    // Returns why the account may not use the database at all because it is
    // not a user or is deactivated, translated; empty when it may.
    QString accessRefusal() const;

    // Returns why login may not use the database at db at all, translated,
    // or why that could not be read; empty when it may. The window and the
    // command line call it once after opening the database.
    static QString accessRefusalFor(const QSqlDatabase &db, const QString &login);

    // Returns the active admins as a list for messages, e.g.
    // "Wang Fang (wangf) and root".
    QString adminNames() const;

    // Returns a sentence that names the active admins, e.g. "The
    // administrators are Wang Fang (wangf) and root.", translated.
    QString adminSentence() const;

private:
    QString m_login;
    Standing m_standing = Standing::Unknown;
    UserRecord m_user;
    QList<UserRecord> m_admins;
    QString m_sessionLogin;   // PostgreSQL: the connection's login
    QString m_databaseOwner;  // PostgreSQL: the role that owns the database
    bool m_usersSetUp = true; // false while the users table is empty
};
