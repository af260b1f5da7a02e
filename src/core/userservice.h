#pragma once

#include "userrole.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

// The only code that adds users, changes their role or name, and
// deactivates or activates them. Only an admin may, except for the first
// user: while no user is set up, any account may add itself as an admin,
// which switches roles on. At least one active admin always remains. Each
// change is written with its audit record (user.add, user.update) in one
// transaction.
//
// On PostgreSQL each change also makes the user's database login a member
// of the database role of its role (DatabaseRoles::assign), in the same
// transaction, and deactivation revokes it. ChargeDesk does not create
// logins: a login the server does not know is added as a user without a
// grant, and Result::notice says so.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    // Maximum lengths, in characters, as the users table checks them.
    static constexpr int MaxLoginLength = 100;
    static constexpr int MaxDisplayNameLength = 100;

    struct Result
    {
        enum class Status {
            Committed, // the change was written
            Rejected,  // not allowed, or an invalid value
            Failed,    // the database failed; nothing was written
        };

        Status status = Status::Failed;
        qint64 userId = 0;
        QString errorMessage; // translated, for Rejected and Failed
        QString notice;       // translated, for Committed: what still needs doing, if anything

        bool succeeded() const { return status == Status::Committed; }
    };

    // actor is the account that acts and is recorded; see currentActor().
    UserService(QSqlDatabase db, QString actor);

    // Adds an active user. displayName defaults to the login when empty.
    Result add(const QString &login, const QString &displayName, UserRole role);

    // Gives the user login the role role.
    Result setRole(const QString &login, UserRole role);

    // Changes the display name of the user login.
    Result setDisplayName(const QString &login, const QString &displayName);

    // Deactivates (active false) or activates the user login. A deactivated
    // user keeps its row, so that every author of a record stays named.
    Result setActive(const QString &login, bool active);

private:
    // The change of one user's columns that update() writes.
    struct Change
    {
        QString login;
        QString column; // "role", "display_name" or "active"
        QVariant value;
        QString auditValue;
    };

    Result update(const Change &change);

    // Grants login the database role of role (None revokes) on PostgreSQL;
    // returns true elsewhere. Sets *notice when the server has no such
    // login, and *error when a statement fails.
    bool assignDatabaseRole(const QString &login, UserRole role, QString *notice,
                            QString *error) const;

    // Returns why the actor may not manage users, empty when it may. Sets
    // *error when a query fails.
    QString refusal(bool addingFirstUser, const QString &login, UserRole role,
                    QString *error) const;

    QSqlDatabase m_db;
    QString m_actor;
};
