#include "userrole.h"

QString UserRoleText::code(UserRole role)
{
    switch (role) {
    case UserRole::Sales:
        return QStringLiteral("sales");
    case UserRole::Finance:
        return QStringLiteral("finance");
    case UserRole::Admin:
        return QStringLiteral("admin");
    case UserRole::None:
        break;
    }
    return {};
}

std::optional<UserRole> UserRoleText::fromCode(const QString &code)
{
    for (UserRole role : assignable()) {
        if (UserRoleText::code(role) == code)
            return role;
    }
    return std::nullopt;
}

QString UserRoleText::label(UserRole role)
{
    switch (role) {
    case UserRole::Sales:
        //: User role that adds charges (销售).
        return tr("Sales");
    case UserRole::Finance:
        //: User role that also voids charges, records payments and approves (财务).
        return tr("Finance");
    case UserRole::Admin:
        //: User role that also manages users and settings (管理员).
        return tr("Administrator");
    case UserRole::None:
        //: Role of an account that is not a user of the database.
        return tr("None");
    }
    return {};
}

QList<UserRole> UserRoleText::assignable()
{
    return {UserRole::Sales, UserRole::Finance, UserRole::Admin};
}
