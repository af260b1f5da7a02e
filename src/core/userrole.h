#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// The role of a ChargeDesk user. Each role may do what the roles below it
// may. Sales users add charges. Finance users also void charges, record and
// reverse payments, make installment plans and approve charges. Admins also
// manage users, approval thresholds and the period lock.
enum class UserRole {
    None,    // not a user of this database, or deactivated
    Sales,   // 销售
    Finance, // 财务
    Admin,   // 管理员
};

// Names roles for people and for the users table.
class UserRoleText
{
    Q_DECLARE_TR_FUNCTIONS(UserRoleText)

public:
    // Returns the code stored in users.role: "sales", "finance" or "admin";
    // empty for None.
    static QString code(UserRole role);

    // Returns the role stored as code, std::nullopt for any other text.
    static std::optional<UserRole> fromCode(const QString &code);

    // Returns the translated name: "Sales", "Finance" or "Administrator".
    static QString label(UserRole role);

    // Returns true when a user with role have may do what needs role need.
    static bool covers(UserRole have, UserRole need) { return int(have) >= int(need); }

    // The roles a user can have, lowest first.
    static QList<UserRole> assignable();
};
