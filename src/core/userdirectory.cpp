#include "userdirectory.h"

#include "repositoryquery.h"
#include "sqlstatement.h"

namespace {

UserRecord userFromQuery(const QSqlQuery &query)
{
    UserRecord user;
    user.id = query.value(QStringLiteral("id")).toLongLong();
    user.login = query.value(QStringLiteral("login")).toString();
    user.displayName = query.value(QStringLiteral("display_name")).toString();
    user.role = UserRoleText::fromCode(query.value(QStringLiteral("role")).toString())
                    .value_or(UserRole::None);
    user.active = query.value(QStringLiteral("active")).toInt() == 1;
    user.createdBy = query.value(QStringLiteral("created_by")).toString();
    user.createdAt = timestampFromColumn(query.value(QStringLiteral("created_at")));
    user.updatedBy = query.value(QStringLiteral("updated_by")).toString();
    user.updatedAt = timestampFromColumn(query.value(QStringLiteral("updated_at")));
    return user;
}

} // namespace

QString UserRecord::nameForMessages() const
{
    if (displayName.isEmpty() || displayName == login)
        return login;
    return QStringLiteral("%1 (%2)").arg(displayName, login);
}

QList<UserRecord> UserDirectory::users(QString *error) const
{
    return select(QString(), {}, error);
}

std::optional<UserRecord> UserDirectory::find(const QString &login, QString *error) const
{
    const QList<UserRecord> found = select(QStringLiteral("WHERE login = :login"),
                                           {{QStringLiteral(":login"), login}}, error);
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

int UserDirectory::count(QString *error) const
{
    SqlStatement query(m_db, QStringLiteral("SELECT COUNT(*) AS user_count FROM users"));
    if (!execSelect(query, {}, "User", error) || !query->next())
        return -1;
    return query->value(QStringLiteral("user_count")).toInt();
}

QList<UserRecord> UserDirectory::activeAdmins(QString *error) const
{
    return select(QStringLiteral("WHERE role = 'admin' AND active = 1"), {}, error);
}

QList<UserRecord> UserDirectory::select(const QString &where, const QVariantMap &values,
                                        QString *error) const
{
    QList<UserRecord> users;
    SqlStatement query(m_db, QStringLiteral(
        "SELECT id, login, display_name, role, active, created_by, created_at, updated_by, "
        "updated_at FROM users %1 ORDER BY login").arg(where));
    if (!execSelect(query, values, "User", error))
        return users;
    while (query->next())
        users << userFromQuery(*query);
    return users;
}
