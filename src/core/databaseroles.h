#pragma once

#include "userrole.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The database roles of ChargeDesk's roles on PostgreSQL, and the login of
// a connection as the server reports it.
//
// Schema version 4 makes each ChargeDesk role a NOLOGIN database role whose
// grants refuse what the role may not do (postgresql_0004.sql names them
// and lists the grants). A database administrator creates the logins;
// UserService calls assign() to make each user's login a member of the
// role of its user, in the transaction of the user's change. SQLite has no
// database roles, so every function here is for PostgreSQL connections.
class DatabaseRoles
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseRoles)

public:
    // The connected login and what it may do regardless of ChargeDesk's
    // roles.
    struct Session
    {
        QString login;             // session_user
        QString owner;             // the role that owns the database
        bool bypassesGrants = false; // a superuser or a member of the owner role
        bool readsUsers = false;   // may SELECT the users table
    };

    // The result of assign().
    enum class Assignment {
        Assigned,    // the login is a member of the role's database role only
        NoSuchLogin, // the server has no role of that name; nothing was granted
        Failed,      // a statement failed; see the error
    };

    // True for a connection of the QPSQL driver.
    static bool isPostgresql(const QSqlDatabase &db);

    // Reads the connected login. Returns std::nullopt and sets *error when
    // the query fails.
    static std::optional<Session> session(const QSqlDatabase &db, QString *error);

    // True when login may be named in GRANT and REVOKE: a letter or _,
    // then letters, digits, _, @ or -, at most 63 characters. Identifiers
    // cannot be bound, so only such names are quoted into a statement.
    static bool isValidLogin(const QString &login);

    // Makes the login a member of the database role of role and of no other
    // ChargeDesk role; UserRole::None revokes all three. An admin gets its
    // role WITH ADMIN OPTION, so that it may grant roles in turn. Runs in
    // the caller's transaction. The connected login needs ADMIN OPTION on
    // the roles (an admin), CREATEROLE or superuser; otherwise the server
    // refuses with SQLSTATE 42501 and *error has its text.
    static Assignment assign(const QSqlDatabase &db, const QString &login, UserRole role,
                             QString *error);

    // Returns the name of the database role of role as database_roles
    // stores it; empty, with *error set, when it cannot be read.
    static QString roleName(const QSqlDatabase &db, UserRole role, QString *error);

private:
    static bool exec(const QSqlDatabase &db, const QString &statement, QString *error);
};
