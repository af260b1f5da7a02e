#pragma once

#include "userrole.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// The C++ step of the migration to schema version 4 on PostgreSQL: creates
// the database roles of sales, finance and admin, stores their names in
// database_roles and grants their privileges (chargedesk_apply_grants() of
// postgresql_0004.sql). It runs after that script, inside the migration's
// transaction, so a failure leaves the database at version 3.
class DatabaseRoleMigration
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseRoleMigration)

public:
    // The longest role name PostgreSQL keeps, in bytes (NAMEDATALEN - 1).
    static constexpr int MaxRoleNameLength = 63;

    // Returns the role name of role for the database named database:
    // chargedesk_<database>_<role code>. The database part is in lower case
    // with every character but a-z, 0-9 and _ replaced by _. A part that this
    // changed, or that would make the name longer than 63 bytes, is cut to
    // 35 characters and followed by _ and the first 8 hex digits of the MD5
    // of the database name. So two databases do not share roles unless their
    // MD5s begin alike.
    static QString roleName(const QString &database, UserRole role);

    // Creates the roles that are missing, stores the names and grants the
    // privileges. When a role is missing and the migrating account may not
    // create roles, or may not grant them, sets *error to a translated
    // message with the statements a PostgreSQL administrator runs, and
    // returns false.
    static bool createRoles(const QSqlDatabase &db, QString *error);
};
